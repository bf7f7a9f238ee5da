package dk.kulturmetropol.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dk.kulturmetropol.model.Validity;

/**
 * Why an answer is empty, as data and in words.
 *
 * <pre>{@code
 * Why why = g.holders("political-chair", Criteria.any().asOf(LocalDate.of(2025, 3, 1))).why().orElseThrow();
 * why.reason();    // OUTSIDE_PERIOD
 * why.intervals(); // [2021-01-01..2024-12-31]: when what the rules state does hold
 * why.text();      // "nothing applies on 2025-03-01: the chair's term (2021-01-01..2024-12-31) ended before 2025-03-01"
 * }</pre>
 *
 * @param reason    the kind of reason
 * @param intervals for a date outside them, the intervals in which what the rules state holds; else empty
 * @param text      the reason in words, as the command line prints it
 * @param asOf      the date asked about, for a date outside them; else {@code null}
 */
public record Why(Reason reason, List<Validity> intervals, String text, java.time.LocalDate asOf) {
    /**
     * Checks that the reason and text are given, and copies the intervals.
     *
     * @param reason    the kind of reason
     * @param intervals the intervals in which what the rules state holds; copied
     * @param text      the reason in words
     * @param asOf      the date asked about, or {@code null}
     * @throws NullPointerException when {@code reason}, {@code intervals} or {@code text} is null
     */
    public Why {
        Objects.requireNonNull(reason, "reason");
        intervals = List.copyOf(intervals);
        Objects.requireNonNull(text, "text");
    }

    /**
     * Why, with no date: for {@link Reason#NO_RULE}.
     *
     * @param reason    the kind of reason
     * @param intervals the intervals in which what the rules state holds, or none
     * @param text      the reason in words
     * @throws NullPointerException when {@code reason}, {@code intervals} or {@code text} is null
     */
    public Why(Reason reason, List<Validity> intervals, String text) {
        this(reason, intervals, text, null);
    }

    /** The kinds of reason an answer is empty. */
    public enum Reason {
        /** No rule states a duty, line, seat, holder or place for what was asked. */
        NO_RULE,
        /** The date asked about is outside the agreement period. */
        OUTSIDE_PERIOD,
        /** The date is inside the period, but outside every term or interval in which what the rules state holds. */
        OUTSIDE_TERM;

        /**
         * The id as JSON prints it: {@code no-rule}, {@code outside-period}, {@code outside-term}.
         *
         * @return the id JSON prints as {@code why.reason}
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
