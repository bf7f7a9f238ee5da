package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A fact of the agreement, as inserted into the rule session. A partner municipality and the days it takes part (the whole period, or from joining to leaving).
 * Rule packs may match it, e.g. {@code PartnerMembership($v : validity)}.
 *
 * @param municipality the partner's id
 * @param validity when it holds
 */
public record PartnerMembership(String municipality, Validity validity) {
    /**
     * Checks that the days are given.
     *
     * @param municipality the partner's id
     * @param validity     the days it takes part
     * @throws NullPointerException when {@code validity} is null
     */
    public PartnerMembership {
        Objects.requireNonNull(validity, "validity");
    }
}
