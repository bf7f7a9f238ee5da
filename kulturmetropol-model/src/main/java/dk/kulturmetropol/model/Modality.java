package dk.kulturmetropol.model;

import java.util.Locale;

/** How strongly the text binds the actor: must (skal, har ansvar), should (opfordres), may (kan, Det er muligt, op til). */
public enum Modality {
    MUST, SHOULD, MAY;

    /** The lower-case id used in answers: {@code must}, {@code should}, {@code may}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
