package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed interval of dates during which a fact holds, with the basis that bounds it
 * (the agreement period, a term of office, a partner's membership).
 *
 * <pre>{@code
 * Validity term = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "the agreement period");
 * term.contains(LocalDate.of(2025, 3, 1)); // false
 * }</pre>
 *
 * @param from  first day it holds
 * @param to    last day it holds
 * @param basis what bounds it, in words, e.g. {@code "ishoej's term as chair municipality"}
 */
public record Validity(LocalDate from, LocalDate to, String basis) {

    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(basis, "basis");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("validity of " + basis + " ends " + to + ", before it starts " + from);
        }
    }

    /** Whether {@code date} lies within, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether the two intervals share at least one day. */
    public boolean overlaps(Validity other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** Whether every day of {@code other} lies within this one. */
    public boolean covers(Validity other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    /**
     * The days both hold; only call when {@link #overlaps} holds. It is named after {@code other}'s basis when
     * {@code other} bounds either end (a seat that starts later limits a duty), else after this one's.
     */
    public Validity intersect(Validity other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return new Validity(start, end, start.equals(other.from) || end.equals(other.to) ? other.basis : basis);
    }

    /** Why {@code date} falls outside, e.g. {@code "the agreement period (2021-01-01..2024-12-31) ended before 2025-03-01"}. */
    public String whyNotOn(LocalDate date) {
        return basis + " (" + this + ")" + (date.isAfter(to) ? " ended before " : " had not begun on ") + date;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
