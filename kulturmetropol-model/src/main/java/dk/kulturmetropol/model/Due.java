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
    public enum Kind { ON, YEARLY, AFTER_PERIOD }

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

    /** Due on {@code date}. */
    public static Due on(LocalDate date) {
        return new Due(Kind.ON, Objects.requireNonNull(date, "due date"), null);
    }

    /** Due each year on {@code monthDay}. */
    public static Due yearlyOn(MonthDay monthDay) {
        return new Due(Kind.YEARLY, null, Objects.requireNonNull(monthDay, "due month-day"));
    }

    /** Due after {@code periodEnd}, on a date the text leaves open. */
    public static Due afterPeriodEnds(LocalDate periodEnd) {
        return new Due(Kind.AFTER_PERIOD, Objects.requireNonNull(periodEnd, "period end"), null);
    }

    /** Whether it falls due after {@code periodEnd}. */
    public boolean isAfter(LocalDate periodEnd) {
        return kind != Kind.YEARLY && date.isAfter(periodEnd) || kind == Kind.AFTER_PERIOD;
    }

    /**
     * The dates it falls due within {@code validity}: the date itself for {@link Kind#ON} (when inside), each year's
     * month-day inside for {@link Kind#YEARLY} (never before the validity starts, e.g. before a partner joins), and
     * none for {@link Kind#AFTER_PERIOD}, whose date the text leaves open.
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
