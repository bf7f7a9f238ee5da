package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A fact of the agreement, as inserted into the rule session. The agreement period, inserted once per agreement; rules that hold for the whole period match it.
 * Rule packs may match it, e.g. {@code AgreementPeriod($v : validity)}.
 *
 * @param agreement the agreement's name
 * @param validity when it holds
 */
public record AgreementPeriod(String agreement, Validity validity) {
    /**
     * Checks that the period is given.
     *
     * @param agreement the agreement's name
     * @param validity  the period
     * @throws NullPointerException when {@code validity} is null
     */
    public AgreementPeriod {
        Objects.requireNonNull(validity, "validity");
    }
}
