package dk.kulturmetropol.model;

import java.util.List;
import java.util.Objects;

/**
 * Who holds a post, or what a role resolves to, during a term: {@code political-chair} is held by
 * {@code culture-committee-chair:ishoej}; {@code home-municipality:music} is {@code roskilde}.
 * A holding whose sentence names no holder ("Der udpeges to politiske næstformænd") has none and is
 * {@linkplain #isUnspecified() unspecified}.
 *
 * @param rule     the rule that derived it
 * @param clauseId the clause it rests on
 * @param post     the post or role, its actor id (e.g. {@code political-chair}, {@code home-municipality:music})
 * @param holder   the id of who holds it, or {@code null} when the text names no one
 * @param validity the term
 * @param namedByAgreement whether the holder comes from the agreement (its file or {@code Agreement}) rather than
 *                 from the sentence: "Ishøj Kommunes kulturudvalgsformand er formand ..." names its holder word for word
 *                 (false), while another chair municipality in an agreement file, or a vice-chair the text leaves to be
 *                 appointed, comes from the agreement (true)
 * @param reading  where the holding rests on a reading rather than the plain sentence, that reading; else {@code null}
 */
public record PostHolding(String rule, String clauseId, String post, String holder, Validity validity,
                          boolean namedByAgreement, String reading) implements Derived {
    /**
     * Checks the required parts and the ids.
     *
     * @param rule             the rule's name
     * @param clauseId         the clause id
     * @param post             the post's actor id
     * @param holder           the holder's actor id, or {@code null}
     * @param validity         the term
     * @param namedByAgreement whether the agreement names the holder
     * @param reading          the reading, or {@code null}
     * @throws NullPointerException     when the rule, clause id, post or validity is null, naming it
     * @throws IllegalArgumentException when {@code post}, or a non-null {@code holder}, is not an actor id
     */
    public PostHolding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(validity, "validity");
        ActorRef.requireActor(post);
        ActorRef.requireActorOrNull(holder);
    }

    /**
     * The same holding, its holder named by the agreement rather than by the sentence.
     *
     * @return a copy with {@code namedByAgreement} true
     */
    public PostHolding fromAgreement() {
        return new PostHolding(rule, clauseId, post, holder, validity, true, reading);
    }

    /**
     * The same holding, its holder named by the agreement rather than by the sentence, unless {@code namedByText}.
     *
     * @param namedByText whether the sentence names the holder word for word
     * @return a copy with {@code namedByAgreement} the opposite of {@code namedByText}
     */
    public PostHolding fromAgreementUnless(boolean namedByText) {
        return new PostHolding(rule, clauseId, post, holder, validity, !namedByText, reading);
    }

    /**
     * The same holding, marked as resting on a reading given in words.
     *
     * @param newReading the reading in words, or {@code null} for the plain sentence
     * @return a copy; this holding is unchanged
     */
    public PostHolding reading(String newReading) {
        return new PostHolding(rule, clauseId, post, holder, validity, namedByAgreement, newReading);
    }

    /**
     * Whether the sentence names no holder ("Der udpeges to politiske næstformænd").
     *
     * @return true when {@link #holder()} is {@code null}
     */
    public boolean isUnspecified() {
        return holder == null;
    }

    @Override
    public List<String> clauseIds() {
        return List.of(clauseId);
    }
}
