package dk.kulturmetropol.rules;

import java.util.List;
import java.util.Objects;

import dk.kulturmetropol.model.Clause;

/**
 * One answer: the derived fact, what its actor resolves to on the date asked, and the clauses it rests on.
 *
 * @param fact       a {@link dk.kulturmetropol.model.Duty}, {@link dk.kulturmetropol.model.ReportingLine},
 *                   {@link dk.kulturmetropol.model.Membership} or {@link dk.kulturmetropol.model.PostHolding}
 * @param resolvedTo what the actor (the holder, for a post; the member, for a seat) resolves to: for
 *                   {@code home-municipality:music} {@code [roskilde]}, for {@code political-chair}
 *                   {@code [culture-committee-chair:ishoej]}, for {@code kmk} its members; empty when unspecified
 * @param clauses    the clauses it rests on; never empty
 * @param <T>        the kind of fact
 */
public record Row<T>(T fact, List<String> resolvedTo, List<Clause> clauses) {
    public Row {
        Objects.requireNonNull(fact, "fact");
        resolvedTo = List.copyOf(resolvedTo);
        clauses = List.copyOf(clauses);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("answer row " + fact + " rests on no clause");
        }
    }

    /** The clause it rests on (the first, for a transitive reporting line). */
    public Clause clause() {
        return clauses.get(0);
    }
}
