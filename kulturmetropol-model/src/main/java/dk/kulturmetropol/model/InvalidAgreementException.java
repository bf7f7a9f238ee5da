package dk.kulturmetropol.model;

/**
 * An agreement that cannot hold: its message names the offending value and what was expected,
 * e.g. {@code home municipality 'gladsaxe' of focus area 'music' is not a partner; partners are: albertslund, ...}.
 */
public class InvalidAgreementException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidAgreementException(String message) {
        super(message);
    }
}
