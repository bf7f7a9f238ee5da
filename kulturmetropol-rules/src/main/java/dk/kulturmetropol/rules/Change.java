package dk.kulturmetropol.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;

/**
 * One difference between what the rules state for two agreements (or rule sets): a duty, seat, post holding,
 * reporting line or placement that appears, disappears or changes. Facts are compared as the rules state them, the
 * bearer as named and not as resolved, so a new KMK member adds a seat but changes no KMK duty.
 *
 * <pre>{@code
 * List<Change> joining = Governance.kulturmetropolen().changesTo(later);
 * joining.get(0).toString(); // "+ partner-municipality:gladsaxe must engage ..., 2023-01-01..2024-12-31 (partner.tasks-1)"
 * }</pre>
 *
 * @param kind    added, removed or changed
 * @param before  the fact before; empty when added
 * @param after   the fact after; empty when removed
 * @param clauses the clauses of the facts, after's first
 */
public record Change(Kind kind, Optional<Derived> before, Optional<Derived> after, List<Clause> clauses) {
    /**
     * Checks the kind and copies the clauses; a {@code null} side reads as empty.
     *
     * @param kind    added, removed or changed
     * @param before  the fact before, or {@code null} or empty when added
     * @param after   the fact after, or {@code null} or empty when removed
     * @param clauses the clauses of the facts; copied
     * @throws NullPointerException when {@code kind} or {@code clauses} is null
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        before = before == null ? Optional.empty() : before;
        after = after == null ? Optional.empty() : after;
        clauses = List.copyOf(clauses);
    }

    /** How a fact differs. */
    public enum Kind {
        /** It holds after, not before. */
        ADDED,
        /** It held before, not after. */
        REMOVED,
        /** The same rule states it of the same actors, with other dates, modality, frequency, deadline or reading. */
        CHANGED;

        /**
         * {@code added}, {@code removed} or {@code changed}.
         *
         * @return the id JSON prints as the change's {@code kind}
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The kind of fact: {@code duty}, {@code line}, {@code seat}, {@code post} or {@code place}.
     *
     * @return the kind of the fact after, or before when removed
     */
    public String factKind() {
        Derived fact = after.orElseGet(before::orElseThrow);
        return switch (fact.getClass().getSimpleName()) {
            case "Duty" -> "duty";
            case "ReportingLine" -> "line";
            case "Seat" -> "seat";
            case "PostHolding" -> "post";
            default -> "place";
        };
    }

    /**
     * What a fact says, without its dates or clauses, in the text output's words: {@code culture-chief:gladsaxe must sit in kmk}.
     *
     * @param fact the fact to describe
     * @return one line in English ids, as the text output of {@code diff} prints it
     */
    public static String describe(Derived fact) {
        return Summary.what(fact);
    }

    /** {@code + ...} for added, {@code - ...} for removed, {@code ~ before -> after} for changed. */
    @Override
    public String toString() {
        return switch (kind) {
            case ADDED -> "+ " + Summary.of(after.orElseThrow());
            case REMOVED -> "- " + Summary.of(before.orElseThrow());
            case CHANGED -> "~ " + Summary.of(before.orElseThrow()) + "\n    -> " + Summary.of(after.orElseThrow());
        };
    }
}
