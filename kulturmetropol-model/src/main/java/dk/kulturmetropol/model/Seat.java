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
 * @param member   the member's actor id (e.g. {@code culture-chief:roskilde}), or {@code null} when the text names none
 * @param drawnFrom the body the members are drawn from when the sentence says so but names none ("repræsentanter fra
 *                 KMK": {@code kmk}), else {@code null}
 * @param modality {@code must} for a seat the text gives, {@code may} for one a partner may fill
 * @param validity when it holds
 * @param namedByAgreement whether the member comes from the agreement (its file or {@code Agreement}) rather than
 *                 from the text: the text names Ishøj, Roskilde and Albertslund Kommune word for word, but not the
 *                 other partners of "9 partnerkommuner", whose seats the agreement fills
 * @param reading  where the seat rests on a reading rather than the plain sentence, that reading; else {@code null}
 */
public record Seat(String rule, String clauseId, String body, String member, String drawnFrom, Modality modality,
                   Validity validity, boolean namedByAgreement, String reading) implements Derived {
    /**
     * Checks the required parts and the ids.
     *
     * @param rule             the rule's name
     * @param clauseId         the clause id
     * @param body             the body id
     * @param member           the member's actor id, or {@code null}
     * @param drawnFrom        the body members are drawn from, or {@code null}
     * @param modality         the modality
     * @param validity         when it holds
     * @param namedByAgreement whether the agreement names the member
     * @param reading          the reading, or {@code null}
     * @throws NullPointerException     when the rule, clause id, body, modality or validity is null, naming it
     * @throws IllegalArgumentException when a non-null {@code member} or {@code drawnFrom} is not an actor id
     */
    public Seat {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(validity, "validity");
        ActorRef.requireActorOrNull(member);
        ActorRef.requireActorOrNull(drawnFrom);
    }

    /**
     * A seat whose member the text names (or whose sentence names none), as the rules derive most seats.
     *
     * @param rule     the rule that derived it
     * @param clauseId the clause it rests on
     * @param body     the body id, e.g. {@code kmk}
     * @param member   the member's actor id, or {@code null} when the sentence names none
     * @param modality {@code must} for a seat the text gives, {@code may} for one a partner may fill
     * @param validity when it holds
     * @param reading  the reading it rests on, or {@code null} for the plain sentence
     */
    public Seat(String rule, String clauseId, String body, String member, Modality modality, Validity validity, String reading) {
        this(rule, clauseId, body, member, null, modality, validity, false, reading);
    }

    /**
     * The same seat, marked as resting on a reading given in words.
     *
     * @param newReading the reading in words, or {@code null} for the plain sentence
     * @return a copy; this seat is unchanged
     */
    public Seat reading(String newReading) {
        return new Seat(rule, clauseId, body, member, drawnFrom, modality, validity, namedByAgreement, newReading);
    }

    /**
     * The same seat, its member named by the agreement rather than by the text, unless {@code namedByText}.
     *
     * @param namedByText whether the sentence names the member word for word
     * @return a copy with {@code namedByAgreement} the opposite of {@code namedByText}
     */
    public Seat fromAgreementUnless(boolean namedByText) {
        return new Seat(rule, clauseId, body, member, drawnFrom, modality, validity, !namedByText, reading);
    }

    /**
     * The same seat, its members drawn from {@code from} (a body), though the sentence names none of them.
     *
     * @param from the id of the body the members come from, e.g. {@code kmk}
     * @return a copy; this seat is unchanged
     */
    public Seat withMembersFrom(String from) {
        return new Seat(rule, clauseId, body, member, ActorRef.requireActor(from), modality, validity, namedByAgreement, reading);
    }

    /**
     * The same seat, valid during {@code newValidity}.
     *
     * @param newValidity the days it holds
     * @return a copy; this seat is unchanged
     */
    public Seat during(Validity newValidity) {
        return new Seat(rule, clauseId, body, member, drawnFrom, modality, newValidity, namedByAgreement, reading);
    }

    /**
     * Whether the sentence names no member (the administrative board "consisting of representatives from KMK").
     *
     * @return true when {@link #member()} is {@code null}
     */
    public boolean isUnspecified() {
        return member == null;
    }

    @Override
    public List<String> clauseIds() {
        return List.of(clauseId);
    }
}
