package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A fact of the agreement, as inserted into the rule session. The chair municipality and its term: its culture committee chair is political chair, its culture chief administrative chair.
 * Rule packs may match it, e.g. {@code ChairMunicipality($v : validity)}.
 *
 * @param municipality the chair municipality's id
 * @param validity when it holds
 */
public record ChairMunicipality(String municipality, Validity validity) {
    /**
     * Checks that the term is given.
     *
     * @param municipality the chair municipality's id
     * @param validity     its term
     * @throws NullPointerException when {@code validity} is null
     */
    public ChairMunicipality {
        Objects.requireNonNull(validity, "validity");
    }
}
