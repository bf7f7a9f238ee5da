package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Frequency;

/**
 * How often a body met in one year or quarter, against what the text says.
 *
 * <pre>{@code
 * for (MeetingFinding f : g.meetings(List.of(new Meeting("kmk", LocalDate.of(2022, 2, 3))), LocalDate.of(2022, 12, 31))) {
 *     System.out.println(f.body() + " " + f.period() + ": " + f.held() + " of " + f.expected() + ", " + f.status());
 * }
 * // administrative-board 2021-Q1: 0 of at least 1, BELOW ... kmk 2021: 0 of 4, BELOW; kmk 2022: 1 of 4, OPEN (the year runs to its last day)
 * }</pre>
 *
 * @param body     the body, e.g. {@code kmk}
 * @param period   the year ({@code 2021}) or quarter ({@code 2021-Q3}) judged
 * @param held     meetings the record lists in it
 * @param expected what the text says, e.g. {@code 4}, {@code 1-2}, {@code at least 1}
 * @param status   how the two compare
 * @param clause   the sentence that sets how often
 * @param frequency how often, typed; {@code null} for a meeting outside the period, which is not judged
 * @param from     the first day of the year or quarter judged: its first, or the first the agreement (and the duty) covers;
 *                 {@code null} for a meeting outside the period
 * @param to       the last day judged: the year's or quarter's last, or the last the agreement covers; {@code null} likewise
 * @param proRata  where the agreement covers only part of the year or quarter, the count it was judged against: the
 *                 text's count read pro rata for the days covered, a reading (the text sets a count for a whole year or
 *                 quarter only); {@code null} for a whole one
 */
public record MeetingFinding(String body, String period, int held, String expected, Status status, Clause clause, Frequency frequency,
                             LocalDate from, LocalDate to, Frequency proRata) {
    /**
     * Checks that the required parts are given, and that a finding judged pro rata names the days judged.
     *
     * @param body      the body
     * @param period    the year or quarter judged
     * @param held      meetings held in it
     * @param expected  what the text says
     * @param status    how the two compare
     * @param clause    the sentence that sets how often
     * @param frequency how often, or {@code null}
     * @param from      the first day judged, or {@code null}
     * @param to        the last day judged, or {@code null}
     * @param proRata   the count read pro rata, or {@code null}
     * @throws NullPointerException     when the body, period, expected count, status or clause is null
     * @throws IllegalArgumentException when {@code proRata} is given without both {@code from} and {@code to}
     */
    public MeetingFinding {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clause, "clause");
        if (proRata != null && (from == null || to == null)) {
            throw new IllegalArgumentException("a finding judged pro rata names the days judged, found from " + from + ", to " + to);
        }
    }

    /**
     * A finding with no typed frequency and no days judged: a meeting outside the period.
     *
     * @param body     the body
     * @param period   the year or quarter the meeting falls in
     * @param held     meetings held
     * @param expected what the text says
     * @param status   how the two compare, normally {@link Status#OUTSIDE_PERIOD}
     * @param clause   the sentence that sets how often
     * @throws NullPointerException when a part is null
     */
    public MeetingFinding(String body, String period, int held, String expected, Status status, Clause clause) {
        this(body, period, held, expected, status, clause, null, null, null, null);
    }

    /**
     * Whether the agreement covers only part of the year or quarter, so the count was read pro rata ({@link #proRata}).
     *
     * @return true when {@link #proRata()} is set
     */
    public boolean partial() {
        return proRata != null;
    }

    /**
     * Where the year or quarter was judged pro rata, that reading in words, e.g. {@code the agreement covers
     * 2021-07-01..2021-12-31 of 2021 (184 of 365 days); the text's count for a whole year, 4, is read pro rata as 2-3}.
     *
     * @return the reading in English words, or empty for a whole year or quarter
     */
    public java.util.Optional<String> reading() {
        if (proRata == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("the agreement covers " + from + ".." + to + " of " + period + " (" + days() + " of " + wholeDays()
                + " days); the text's count for a whole " + frequency.per().id() + ", " + expected + ", is read pro rata as "
                + count(proRata));
    }

    /**
     * Where judged pro rata, the count it was judged against as {@link #expected} writes one ({@code 2-3}, {@code at least 0}); else {@code null}.
     *
     * @return the count as text, or {@code null} for a whole year or quarter
     */
    public String proRataExpected() {
        return proRata == null ? null : count(proRata);
    }

    /**
     * The days judged.
     *
     * @return the days from {@code from} to {@code to}, both included; 0 for a meeting outside the period
     */
    public long days() {
        return from == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The days of the whole year or quarter judged.
     *
     * @return 365 or 366 for a year, 90 to 92 for a quarter; 0 for a meeting outside the period
     */
    public long wholeDays() {
        if (from == null) {
            return 0;
        }
        LocalDate start = frequency.per() == Frequency.Per.QUARTER ? from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1)
                : from.withDayOfYear(1);
        LocalDate end = frequency.per() == Frequency.Per.QUARTER ? start.plusMonths(3) : start.plusYears(1);
        return java.time.temporal.ChronoUnit.DAYS.between(start, end);
    }

    /** A count as the findings write it: {@code 4}, {@code 1-2}, {@code at least 1}. */
    static String count(Frequency f) {
        if (f.max() == null) {
            return "at least " + f.min();
        }
        return f.min() == f.max() ? String.valueOf(f.min()) : f.min() + "-" + f.max();
    }

    /** How the meetings held compare with what the text says. */
    public enum Status {
        /** As often as the text says. */
        OK,
        /**
         * As often as the text says so far, in a year or quarter still running, where the text sets a most: one more
         * meeting would be more than it says ("fire gange årligt" is exact).
         */
        OK_SO_FAR,
        /** Less often (a year or quarter with no meeting in the record included). */
        BELOW,
        /**
         * More often than the text says (only where it sets a most, not where it says "at least"); said at once, in a
         * year or quarter still running too, as a meeting held stays held.
         */
        ABOVE,
        /** The year or quarter is still running on the date judged, and fewer meetings than the text says are held so far. */
        OPEN,
        /** A meeting recorded outside the agreement period: not judged. */
        OUTSIDE_PERIOD;

        /**
         * {@code ok}, {@code ok-so-far}, {@code below}, {@code above}, {@code open}, {@code outside-period}.
         *
         * @return the id JSON prints as the finding's {@code status}
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
