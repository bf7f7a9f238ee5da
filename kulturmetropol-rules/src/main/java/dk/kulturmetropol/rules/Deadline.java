package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import dk.kulturmetropol.model.Duty;

/**
 * Something that falls due on a day: a dated deadline a rule sets ({@code due 2024-03-01}, or each 1 February), or a
 * recurring duty counted over a year or quarter (KMK meets four times a year), which the text gives no date and so falls
 * due at the end of the year or quarter it counts over.
 *
 * @param date when it falls due
 * @param kind a deadline the rules date, or a recurring duty
 * @param row  the duty, its bearer resolved on that date, and its clause
 * @param when why this date, in words: {@code due each --02-01}, {@code counted over 2022}
 */
public record Deadline(LocalDate date, Kind kind, Row<Duty> row, String when) {
    public Deadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(when, "when");
    }

    /** Where the date comes from. */
    public enum Kind {
        /** A date a rule sets. */
        DEADLINE,
        /** The end of the year or quarter a recurring duty counts over. */
        RECURRING;

        /** {@code deadline} or {@code recurring}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * For a recurring duty, the year or quarter it is counted over ({@code 2022}, {@code 2022-Q3}), which its date falls
     * in; empty for a dated deadline.
     */
    public java.util.Optional<String> countedOver() {
        return kind == Kind.RECURRING ? java.util.Optional.of(CountedPeriod.containing(row.fact().frequency().per(), date).label())
                : java.util.Optional.empty();
    }

    /** {@code 2022-12-31 kmk must meet kmk, 4 per year, counted over 2022 (kmk.meetings)}. */
    @Override
    public String toString() {
        return date + " " + Summary.what(row.fact()) + (kind == Kind.RECURRING ? ", " + when : "") + " (" + row.clause().id() + ")";
    }
}
