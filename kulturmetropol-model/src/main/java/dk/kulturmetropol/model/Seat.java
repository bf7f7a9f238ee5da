package dk.kulturmetropol.model;

import java.util.List;
import java.util.Objects;

/**
 * A seat in a body (not to be confused with {@link PartnerMembership}, a municipality in the agreement). A seat whose
 * sentence names no member (the administrative board
 * "consisting of representatives from KMK") has no member and is {@linkplain #isUnspecified() unspecified}.
 *
 * @param rule     the rule that derived it
 * @param clauseId the clause it rests on
 * @param body     body id, e.g. {@code kmk}
 * @param member   the member, or {@code null} when the text names none
 * @param modality {@code must} for a seat the text gives, {@code may} for one a partner may fill
 * @param validity when it holds
 * @param reading  where the seat rests on a reading rather than the plain sentence, that reading; else {@code null}
 */
public record Seat(String rule, String clauseId, String body, ActorRef member, Modality modality, Validity validity,
                   String reading) implements Derived {
    public Seat {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(validity, "validity");
    }

    /** The same seat, marked as resting on a reading given in words. */
    public Seat reading(String newReading) {
        return new Seat(rule, clauseId, body, member, modality, validity, newReading);
    }

    public boolean isUnspecified() {
        return member == null;
    }

    @Override
    public List<String> clauseIds() {
        return List.of(clauseId);
    }
}
