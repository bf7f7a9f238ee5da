package dk.kulturmetropol.model;

/**
 * An agreement that cannot hold: its message names the offending value and what was expected,
 * e.g. {@code home municipality 'gladsaxe' of focus area 'music' is not a partner; partners are: albertslund, ...}.
 */
public class InvalidAgreementException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Where in the agreement the offending value is, e.g. {@code partners[3].left}, or {@code null}. */
    private final String path;

    /**
     * An agreement refused where no single key is to blame.
     *
     * @param message what is wrong, naming the offending value and what was expected
     */
    public InvalidAgreementException(String message) {
        this(message, null);
    }

    /**
     * @param message what is wrong, naming the offending value and what was expected
     * @param path    where in the agreement, as its keys: {@code partners[3].left}, {@code focusAreas[1].home},
     *                {@code chair.municipality}, {@code secretariat.host}, {@code viceChairs[0]}; or {@code null}
     */
    public InvalidAgreementException(String message, String path) {
        super(message);
        this.path = path;
    }

    /**
     * Where in the agreement the offending value is, e.g. {@code partners[3].left}, when known.
     *
     * @return the path of keys, or empty when the problem has no one place
     */
    public java.util.Optional<String> path() {
        return java.util.Optional.ofNullable(path);
    }
}
