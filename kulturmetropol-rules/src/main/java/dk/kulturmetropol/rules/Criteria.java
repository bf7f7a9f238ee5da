package dk.kulturmetropol.rules;

import java.time.LocalDate;

/**
 * Narrows a question to a scope (a focus area or a municipality) and to a date.
 *
 * <pre>{@code
 * Criteria.any().scope("music").asOf(LocalDate.of(2022, 6, 1))
 * }</pre>
 *
 * @param scope a focus area or municipality id, or {@code null} for every scope
 * @param asOf  the date asked about, or {@code null} for the whole agreement period
 */
public record Criteria(String scope, LocalDate asOf) {
    private static final Criteria ANY = new Criteria(null, null);

    /** Every scope, the whole period. */
    public static Criteria any() {
        return ANY;
    }

    /** Only duties for {@code newScope}, and those that apply to every scope. */
    public Criteria scope(String newScope) {
        return new Criteria(newScope, asOf);
    }

    /** Only what holds on {@code date}. */
    public Criteria asOf(LocalDate date) {
        return new Criteria(scope, date);
    }
}
