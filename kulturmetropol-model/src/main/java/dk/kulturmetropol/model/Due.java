package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * When a duty falls due: on a date, on a month-day every year, or after the agreement period ends
 * on a date the text leaves open (a final account can only be rendered once the period is over).
 *
 * <pre>{@code
 * Due.on(LocalDate.of(2023, 9, 15));                  // "2023-09-15"
 * Due.yearlyOn(MonthDay.of(2, 1));                    // "each --02-01"
 * Due.afterPeriodEnds(LocalDate.of(2024, 12, 31));     // "after 2024-12-31, on a date the text leaves open"
 * }</pre>
 *
 * @param date      the date it falls due, or for {@link Kind#AFTER_PERIOD} the last day of the period
 * @param monthDay  the yearly month-day, for {@link Kind#YEARLY}; never 29 February, which most years lack (say
 *                  28 February or 1 March, the day it falls due every year)
 * @param kind      which of the three
 */
public record Due(Kind kind, LocalDate date, MonthDay monthDay) {

    /** The three shapes of a deadline. */
    public enum Kind {
        /** On one date, {@link Due#date()}. */
        ON,
        /** On the same month-day every year, {@link Due#monthDay()}. */
        YEARLY,
        /** After the agreement period, whose last day is {@link Due#date()}, on a date the text leaves open. */
        AFTER_PERIOD
    }

    /**
     * Checks that the kind has what it needs.
     *
     * @param kind     which of the three
     * @param date     the date, needed by {@link Kind#ON} and {@link Kind#AFTER_PERIOD}
     * @param monthDay the month-day, needed by {@link Kind#YEARLY}
     * @throws NullPointerException     when {@code kind} is null
     * @throws IllegalArgumentException when {@code YEARLY} lacks a month-day or is 29 February, or another kind lacks a
     *     date
     */
    public Due {
        Objects.requireNonNull(kind, "due kind");
        if (kind == Kind.YEARLY ? monthDay == null : date == null) {
            throw new IllegalArgumentException("due " + kind + " needs " + (kind == Kind.YEARLY ? "a month-day" : "a date"));
        }
        if (kind == Kind.YEARLY && monthDay.equals(MonthDay.of(2, 29))) {
            // the day it would fall due in other years is a choice the library will not make for the text
            throw new IllegalArgumentException("a yearly deadline on --02-29 falls due in leap years only; expected --02-28 "
                    + "or --03-01, the day it falls due every year");
        }
    }

    /**
     * Due on {@code date}.
     *
     * @param date the day it falls due
     * @return a deadline of kind {@link Kind#ON}
     * @throws NullPointerException when {@code date} is null
     */
    public static Due on(LocalDate date) {
        return new Due(Kind.ON, Objects.requireNonNull(date, "due date"), null);
    }

    /**
     * Due each year on {@code monthDay}.
     *
     * @param monthDay the day of the year, e.g. {@code MonthDay.of(2, 1)}; not 29 February
     * @return a deadline of kind {@link Kind#YEARLY}
     * @throws NullPointerException     when {@code monthDay} is null
     * @throws IllegalArgumentException when {@code monthDay} is 29 February
     */
    public static Due yearlyOn(MonthDay monthDay) {
        return new Due(Kind.YEARLY, null, Objects.requireNonNull(monthDay, "due month-day"));
    }

    /**
     * Due after {@code periodEnd}, on a date the text leaves open.
     *
     * @param periodEnd the last day of the agreement period
     * @return a deadline of kind {@link Kind#AFTER_PERIOD}
     * @throws NullPointerException when {@code periodEnd} is null
     */
    public static Due afterPeriodEnds(LocalDate periodEnd) {
        return new Due(Kind.AFTER_PERIOD, Objects.requireNonNull(periodEnd, "period end"), null);
    }

    /**
     * Whether it falls due after {@code periodEnd}.
     *
     * @param periodEnd the last day of the agreement period
     * @return true for a deadline after the period, or on a date after {@code periodEnd}; false for a yearly deadline
     */
    public boolean isAfter(LocalDate periodEnd) {
        return kind != Kind.YEARLY && date.isAfter(periodEnd) || kind == Kind.AFTER_PERIOD;
    }

    /**
     * The dates it falls due within {@code validity}: the date itself for {@link Kind#ON} (when inside), each year's
     * month-day inside for {@link Kind#YEARLY} (never before the validity starts, e.g. before a partner joins), and
     * none for {@link Kind#AFTER_PERIOD}, whose date the text leaves open.
     *
     * @param validity the days to look in, e.g. the duty's own validity or a calendar's window
     * @return the dates in order, empty when none falls within
     */
    public java.util.List<LocalDate> occurrencesWithin(Validity validity) {
        return switch (kind) {
            case ON -> validity.contains(date) ? java.util.List.of(date) : java.util.List.of();
            case AFTER_PERIOD -> java.util.List.of();
            case YEARLY -> java.util.stream.IntStream.rangeClosed(validity.from().getYear(), validity.to().getYear())
                    .mapToObj(monthDay::atYear).filter(validity::contains).toList();
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ON -> date.toString();
            case YEARLY -> "each " + monthDay;
            case AFTER_PERIOD -> "after " + date + ", on a date the text leaves open";
        };
    }
}
