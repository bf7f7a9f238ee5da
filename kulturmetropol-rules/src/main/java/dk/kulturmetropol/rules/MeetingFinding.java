package dk.kulturmetropol.rules;

import java.util.Locale;
import java.util.Objects;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Frequency;

/**
 * How often a body met in one year or quarter, against what the text says.
 *
 * @param body     the body, e.g. {@code kmk}
 * @param period   the year ({@code 2021}) or quarter ({@code 2021-Q3}) judged
 * @param held     meetings the record lists in it
 * @param expected what the text says, e.g. {@code 4}, {@code 1-2}, {@code at least 1}
 * @param status   how the two compare
 * @param clause   the sentence that sets how often
 * @param frequency how often, typed; {@code null} for a meeting outside the period, which is not judged
 */
public record MeetingFinding(String body, String period, int held, String expected, Status status, Clause clause, Frequency frequency) {
    public MeetingFinding {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clause, "clause");
    }

    /** A finding with no typed frequency. */
    public MeetingFinding(String body, String period, int held, String expected, Status status, Clause clause) {
        this(body, period, held, expected, status, clause, null);
    }

    /** How the meetings held compare with what the text says. */
    public enum Status {
        /** As often as the text says. */
        OK,
        /** Less often. */
        BELOW,
        /** More often than the text allows. */
        ABOVE,
        /** The year or quarter is still running on the date judged. */
        OPEN,
        /** A meeting recorded outside the agreement period: not judged. */
        OUTSIDE_PERIOD;

        /** {@code ok}, {@code below}, {@code above}, {@code open}, {@code outside-period}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
