package dk.kulturmetropol.model;

import java.util.List;

/**
 * What every derived fact carries: the rule that derived it, when it holds, and the clauses it rests on. The rules
 * derive five kinds, and only these: a duty, a reporting line, a seat in a body, a post holding and a placement.
 */
public sealed interface Derived
        permits Duty, ReportingLine, Seat, PostHolding, Placement {
    /**
     * The name of the rule that derived it.
     *
     * @return the rule's name as in the DRL (or the library rule that turned a data pack entry into it), e.g.
     *     {@code kmk-approves-annual-plan}
     */
    String rule();

    /**
     * When it holds.
     *
     * @return the days it holds, both ends included, and what bounds them
     */
    Validity validity();

    /**
     * The clauses it rests on; never empty.
     *
     * @return the ids of the clauses, e.g. {@code [kmk.tasks-5]}; a transitive reporting line lists one per step
     */
    List<String> clauseIds();

    /**
     * Where it rests on a reading rather than the plain sentence, that reading in words; else {@code null}.
     *
     * @return the reading in words, or {@code null} for a fact that rests on the plain sentence
     */
    default String reading() {
        return null;
    }
}
