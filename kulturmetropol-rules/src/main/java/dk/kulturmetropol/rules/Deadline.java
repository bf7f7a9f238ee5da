package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import dk.kulturmetropol.model.Duty;

/**
 * Something that falls due: a dated deadline a rule sets ({@code due 2024-03-01}, or each 1 February), an event on its
 * date; or a duty the text asks yearly or quarterly without a date, a to-do with a window that is a reading: the
 * accounts of a year in the year after ({@link Kind#YEAR_AFTER}), the plan for a year before it begins
 * ({@link Kind#YEAR_BEFORE}), a counted duty such as KMK's four meetings within the year or quarter it counts over
 * ({@link Kind#RECURRING}), a focus area's final accounts in the year after it ends ({@link Kind#AFTER_END}). A to-do
 * falls due on its window's last day.
 *
 * <pre>{@code
 * Deadline d = g.calendar(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).get(0);
 * d.date();        // 2022-03-31, the window's last day
 * d.kind();        // RECURRING: the administrative board meets at least quarterly (board.meetings)
 * d.countedOver(); // Optional[2022-Q1]
 * d.reading();     // "a reading: the text gives no date within 2022-Q1; due by its last day"
 * }</pre>
 *
 * @param date     when it falls due: the deadline, or the last day of the window
 * @param kind     a deadline the rules date, or which window was read for it
 * @param row      the duty, its bearer resolved on that date, and its clause
 * @param when     why this date, in words: {@code due each --02-01}, {@code counted over 2022}, {@code for 2021, in the year after}
 * @param start    the window's first day; the date itself for a dated deadline
 * @param concerns the year or quarter it concerns ({@code 2021} for the 2021 accounts, {@code 2022-Q3}); empty for a dated deadline
 * @param reading  how the window was read where the text gives none; empty for a dated deadline
 * @param before   for a window of accounts that ends early, the dated deadline of another bearer's duty on the same
 *                 accounts that falls inside the year read (a rule pack's "audited account ... due 15 September"): the
 *                 window ends the day before it, as the accounts go on to it; its row, on its date. {@code null} otherwise
 */
public record Deadline(LocalDate date, Kind kind, Row<Duty> row, String when, LocalDate start, String concerns, String reading,
                       Row<Duty> before) {
    /**
     * Checks that every part is given, the window is in order, and only a window has a reading.
     *
     * @param date     when it falls due
     * @param kind     a dated deadline, or which window was read
     * @param row      the duty with its clause
     * @param when     why this date, in words
     * @param start    the window's first day, not after {@code date}
     * @param concerns the year or quarter it concerns, or {@code ""}
     * @param reading  how the window was read; {@code ""} exactly when {@code kind} is {@link Kind#DEADLINE}
     * @param before   the dated deadline a window ends before, or {@code null}
     * @throws NullPointerException     when a part but {@code before} is null, naming it
     * @throws IllegalArgumentException when {@code start} is after {@code date}, or the reading does not fit the kind
     */
    public Deadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(concerns, "concerns");
        Objects.requireNonNull(reading, "reading");
        if (start.isAfter(date)) {
            throw new IllegalArgumentException("a window starts " + start + ", after it falls due " + date);
        }
        if ((kind == Kind.DEADLINE) != reading.isEmpty()) {
            throw new IllegalArgumentException("a dated deadline has no reading, and a window has one: found " + kind.id() + " with '" + reading + "'");
        }
    }

    /**
     * A deadline whose window, if any, ends where the reading puts it, before nothing else.
     *
     * @param date     when it falls due
     * @param kind     a dated deadline, or which window was read
     * @param row      the duty with its clause
     * @param when     why this date, in words
     * @param start    the window's first day, not after {@code date}
     * @param concerns the year or quarter it concerns, or {@code ""}
     * @param reading  how the window was read; {@code ""} exactly when {@code kind} is {@link Kind#DEADLINE}
     * @throws NullPointerException     when a part is null, naming it
     * @throws IllegalArgumentException when {@code start} is after {@code date}, or the reading does not fit the kind
     */
    public Deadline(LocalDate date, Kind kind, Row<Duty> row, String when, LocalDate start, String concerns, String reading) {
        this(date, kind, row, when, start, concerns, reading, null);
    }

    /**
     * The dated deadline this window ends before, if it ends early.
     *
     * @return the other bearer's dated deadline on the same accounts, on its date; empty for a window that ends where the reading puts it
     */
    public java.util.Optional<Row<Duty>> endsBefore() {
        return java.util.Optional.ofNullable(before);
    }

    /** A deadline the rules date: an event on {@code date}. */
    static Deadline dated(LocalDate date, Row<Duty> row, String when) {
        return new Deadline(date, Kind.DEADLINE, row, when, date, "", "");
    }

    /** Where the date comes from. */
    public enum Kind {
        /** A date a rule sets. */
        DEADLINE,
        /** A counted duty (meetings), within the year or quarter it counts over. */
        RECURRING,
        /** An account of a year, read as due in the year after it. */
        YEAR_AFTER,
        /** A plan or budget for a year, read as due in the year before it begins. */
        YEAR_BEFORE,
        /**
         * What can be done only once a focus area has ended, on a date the text does not set (its final accounts,
         * home.tasks-3): read as due in the year after it ends, from the day after. Last, so JSON readers of the other
         * ids see no change.
         */
        AFTER_END;

        /**
         * {@code deadline}, {@code recurring}, {@code year-after}, {@code year-before} or {@code after-end}.
         *
         * @return the id JSON prints as the deadline's {@code kind}
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Whether it is a to-do with a window (read where the text gives none), not an event on a date the text sets.
     *
     * @return true for every kind but {@link Kind#DEADLINE}
     */
    public boolean isWindow() {
        return kind != Kind.DEADLINE;
    }

    /**
     * For a recurring duty, the year or quarter it is counted over ({@code 2022}, {@code 2022-Q3}), which its date falls
     * in; empty otherwise.
     *
     * @return the year ({@code YYYY}) or quarter ({@code YYYY-Qn}), or empty for any other kind
     */
    public java.util.Optional<String> countedOver() {
        return kind == Kind.RECURRING ? java.util.Optional.of(concerns) : java.util.Optional.empty();
    }

    /** {@code 2022-12-31 kmk must meet kmk, counted over 2022 (kmk.meetings)}. */
    @Override
    public String toString() {
        return (isWindow() ? start + ".." : "") + date + " " + Summary.what(row.fact()) + (isWindow() ? ", " + when : "") + " (" + row.clause().id() + ")";
    }
}
