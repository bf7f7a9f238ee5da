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

    /**
     * The bases the model writes, each naming one thing: the agreement, the chair municipality, a partner. Written and
     * recognised here alone, so that {@link Sentences#basis} can say them in another language.
     */
    enum Basis {
        PERIOD("the agreement period of %s", ".+", "basis.period", "name", false),
        TERM("the term of '%s' as chair municipality", "[a-z0-9-]+", "basis.term", "municipality", true),
        MEMBERSHIP("the membership of partner '%s'", "[a-z0-9-]+", "basis.membership", "partner", true);

        private final String format;
        private final java.util.regex.Pattern pattern;
        final String key;
        final String part;
        final boolean partIsActor;

        Basis(String format, String partPattern, String key, String part, boolean partIsActor) {
            this.format = format;
            String[] around = format.split("%s", -1);
            this.pattern = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(around[0]) + "(" + partPattern + ")"
                    + java.util.regex.Pattern.quote(around[1]));
            this.key = key;
            this.part = part;
            this.partIsActor = partIsActor;
        }

        /** The basis naming {@code what}. */
        String of(String what) {
            return String.format(java.util.Locale.ROOT, format, what);
        }

        /** What {@code basis} names, when it is of this shape. */
        java.util.Optional<String> named(String basis) {
            java.util.regex.Matcher m = pattern.matcher(basis);
            return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
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
