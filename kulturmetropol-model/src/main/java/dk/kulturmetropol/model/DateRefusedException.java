package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date {@link Dates#parse} refuses, with what was wrong with it as data, so that the refusal can be said in another
 * language than the English of {@link #getMessage()}:
 *
 * <pre>{@code
 * try {
 *     Dates.parse("01-06-2022");
 * } catch (DateRefusedException e) {
 *     e.problem();   // DAY_FIRST
 *     e.meant();     // Optional[2022-06-01]
 * }
 * }</pre>
 */
public final class DateRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What was wrong with the date. */
    public enum Problem {
        /** No date at all, or only blanks. */
        EMPTY,
        /** Written {@code YYYY-MM-DD} with a month that is not 1 to 12: {@link #month()} has it. */
        NO_SUCH_MONTH,
        /** Written {@code YYYY-MM-DD} with a day the month does not have: {@link #year()} and {@link #month()} name the month. */
        NO_SUCH_DAY,
        /** A month or a day of one digit: {@link #meant()} is the date written right. */
        ONE_DIGIT,
        /** A date and a time: {@link #dateAlone()} is the date part as written. */
        DATE_AND_TIME,
        /** The day written first, {@code 01-06-2022}: {@link #meant()} is the date it would be, if there is one. */
        DAY_FIRST,
        /** Not a date in any form it knows. */
        NOT_A_DATE
    }

    /**
     * What was wrong with the date.
     */
    private final Problem problem;
    /**
     * The text refused, trimmed.
     */
    private final String text;
    /**
     * The year written, or 0 when the problem names none.
     */
    private final int year;
    /**
     * The month written, or 0 when the problem names none.
     */
    private final int month;
    /**
     * The date meant, or {@code null} when none can be told.
     */
    private final LocalDate meant;
    /**
     * The date part of a date and a time, or {@code null}.
     */
    private final String dateAlone;

    DateRefusedException(String message, Problem problem, String text, int year, int month, LocalDate meant, String dateAlone) {
        super(message);
        this.problem = problem;
        this.text = text;
        this.year = year;
        this.month = month;
        this.meant = meant;
        this.dateAlone = dateAlone;
    }

    /**
     * What was wrong with it.
     *
     * @return the problem, never {@code null}: what a message in another language is chosen by
     */
    public Problem problem() {
        return problem;
    }

    /**
     * The text refused, without surrounding blanks; empty for {@link Problem#EMPTY}.
     *
     * @return the text as given, trimmed
     */
    public String text() {
        return text;
    }

    /**
     * The year written, for {@link Problem#NO_SUCH_MONTH} and {@link Problem#NO_SUCH_DAY}; else 0.
     *
     * @return the year as written, or 0 when the problem is another
     */
    public int year() {
        return year;
    }

    /**
     * The month written (1 to 12 for {@link Problem#NO_SUCH_DAY}, any number for {@link Problem#NO_SUCH_MONTH}); else 0.
     *
     * @return the month as written, or 0 when the problem is another
     */
    public int month() {
        return month;
    }

    /**
     * The date the text would be if written {@code YYYY-MM-DD}, for {@link Problem#ONE_DIGIT} and {@link Problem#DAY_FIRST}.
     *
     * @return the date meant, or empty for another problem and for a day-first text that is no date either way
     */
    public Optional<LocalDate> meant() {
        return Optional.ofNullable(meant);
    }

    /**
     * The date part of a date and a time, as written, for {@link Problem#DATE_AND_TIME}.
     *
     * @return the date part ({@code 2023-01-01} of {@code 2023-01-01T15:45}), or empty for another problem
     */
    public Optional<String> dateAlone() {
        return Optional.ofNullable(dateAlone);
    }
}
