package dk.kulturmetropol.rules;

import java.util.Objects;

import dk.kulturmetropol.model.Clause;

/**
 * One step by which an actor comes to bear a duty that the text gives to someone else: it holds a post
 * ({@code culture-committee-chair:ishoej} holds {@code political-chair}), sits in a body
 * ({@code culture-chief:koege} sits in {@code kmk}), or answers to a body for another actor's duties
 * ({@code culture-chief:roskilde} answers to {@code kmk} for {@code home-municipality:music}).
 *
 * <pre>{@code
 * Row<Duty> row = g.duties("culture-chief:koege").rows().get(0);
 * row.through();   // [sits in kmk]: a KMK duty, borne through the seat kmk.who gives
 * }</pre>
 *
 * @param kind             {@code post}, {@code seat} or {@code accountable}
 * @param actor            the post, the body, or the actor whose duties are answered for
 * @param to               for {@code accountable}, to whom; else {@code null}
 * @param clause           the clause that makes the step
 * @param namedByAgreement for a post, whether the agreement names its holder and the clause does not (a home municipality
 *                         that took over mid-period: home.list names the first); the clause then makes the post only
 */
public record Through(String kind, String actor, String to, Clause clause, boolean namedByAgreement) {
    /**
     * Checks that the kind, actor and clause are given.
     *
     * @param kind             {@code post}, {@code seat} or {@code accountable}
     * @param actor            the post, the body, or the actor answered for
     * @param to               to whom, or {@code null}
     * @param clause           the clause that makes the step
     * @param namedByAgreement whether the agreement, not the clause, names the post's holder
     * @throws NullPointerException when {@code kind}, {@code actor} or {@code clause} is null
     */
    public Through {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clause, "clause");
    }

    /**
     * A step whose clause names whom it concerns.
     *
     * @param kind   {@code post}, {@code seat} or {@code accountable}
     * @param actor  the post, the body, or the actor answered for
     * @param to     to whom, or {@code null}
     * @param clause the clause that makes the step
     * @throws NullPointerException when {@code kind}, {@code actor} or {@code clause} is null
     */
    public Through(String kind, String actor, String to, Clause clause) {
        this(kind, actor, to, clause, false);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case "post" -> "holds " + actor;
            case "seat" -> "sits in " + actor;
            default -> "answers to " + to + " for " + actor;
        };
    }
}
