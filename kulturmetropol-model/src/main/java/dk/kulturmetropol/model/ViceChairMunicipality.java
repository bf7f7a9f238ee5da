package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A fact of the agreement, as inserted into the rule session. A partner whose culture committee chair the agreement names vice-chair; the kommissorium itself names none.
 * Rule packs may match it, e.g. {@code ViceChairMunicipality($v : validity)}.
 *
 * @param municipality the partner's id
 * @param validity when it holds
 */
public record ViceChairMunicipality(String municipality, Validity validity) {
    /**
     * Checks that the days are given.
     *
     * @param municipality the partner's id
     * @param validity     the days it holds
     * @throws NullPointerException when {@code validity} is null
     */
    public ViceChairMunicipality {
        Objects.requireNonNull(validity, "validity");
    }
}
