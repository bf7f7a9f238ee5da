package dk.kulturmetropol.model;

import java.util.Locale;

/**
 * How strongly the text binds the actor: must (skal, har ansvar), should (opfordres), may (kan, Det er muligt, op til);
 * or {@link #STATED}, a fact the text states as done, which binds no one to anything.
 *
 * <p>JSON consumers: {@code "modality"} is one of {@code must}, {@code should}, {@code may} and {@code stated}; treat
 * {@code stated} as no duty at all (nothing is left for anyone to do), and an id you do not know the same way.
 */
public enum Modality {
    /** A duty: skal, har ansvar for. */
    MUST,
    /** An encouragement, not a duty: opfordres til. */
    SHOULD,
    /** A power or an option, not a duty: kan, Det er muligt, op til. */
    MAY,
    /**
     * Not a duty: the sentence states the act as done ("Ishøj Kommune er valgt for perioden 1.1.2021 til 31.12.2024",
     * chairs.who-3), fixing what was done (a term). Nothing is left to do, so no one must, should or may do it; the row
     * says what the text states and that it names no one who did it. Last, so the ids before it keep their order.
     */
    STATED;

    /**
     * The lower-case id used in answers: {@code must}, {@code should}, {@code may}, {@code stated}.
     *
     * @return the id JSON answers carry in {@code modality}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
