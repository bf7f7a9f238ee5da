package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A fact of the agreement, as inserted into the rule session. The partner that hosts the secretariat, for the agreement period.
 * Rule packs may match it, e.g. {@code SecretariatHost($v : validity)}.
 *
 * @param municipality the host's id
 * @param validity when it holds
 */
public record SecretariatHost(String municipality, Validity validity) {
    /**
     * Checks that the days are given.
     *
     * @param municipality the host's id
     * @param validity     the days it hosts
     * @throws NullPointerException when {@code validity} is null
     */
    public SecretariatHost {
        Objects.requireNonNull(validity, "validity");
    }
}
