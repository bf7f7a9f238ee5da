package dk.kulturmetropol.model;

import java.util.List;

/**
 * What every derived fact carries: the rule that derived it, when it holds, and the clauses it rests on. The rules
 * derive five kinds, and only these: a duty, a reporting line, a seat in a body, a post holding and a placement.
 */
public sealed interface Derived
        permits Duty, ReportingLine, Seat, PostHolding, Placement {
    /** The name of the rule that derived it. */
    String rule();

    /** When it holds. */
    Validity validity();

    /** The clauses it rests on; never empty. */
    List<String> clauseIds();

    /** Where it rests on a reading rather than the plain sentence, that reading in words; else {@code null}. */
    default String reading() {
        return null;
    }
}
