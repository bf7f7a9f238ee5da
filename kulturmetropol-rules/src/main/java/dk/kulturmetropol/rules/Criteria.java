package dk.kulturmetropol.rules;

import java.time.LocalDate;

/**
 * What narrows a question, the same for every question: a scope (a focus area or a municipality), a date, and, for
 * reporting lines, a subject. A question ignores what does not apply to it (a scope for {@code holders}).
 *
 * <pre>{@code
 * Criteria.any().scope("music").asOf(LocalDate.of(2022, 6, 1))
 * Criteria.any().about("employment")
 * }</pre>
 *
 * @param scope   a focus area or municipality id, or {@code null} for every scope
 * @param asOf    the date asked about, or {@code null} for the whole agreement period
 * @param subject for reporting lines, what they are about ({@code employment}, {@code realisation}), or {@code null} for every subject
 */
public record Criteria(String scope, LocalDate asOf, String subject) {
    private static final Criteria ANY = new Criteria(null, null, null);

    /**
     * Every scope, the whole period, every subject.
     *
     * @return the criteria that narrow nothing; shared, as every instance is immutable
     */
    public static Criteria any() {
        return ANY;
    }

    /**
     * Only duties for {@code newScope}, and those that apply to every scope.
     *
     * @param newScope a focus area or municipality id ({@code music}, {@code roskilde}) or its name as typed
     *     ({@code Musikindsatsen}); {@code null} for every scope. Checked when a question reads it
     * @return new criteria; these are unchanged
     */
    public Criteria scope(String newScope) {
        return new Criteria(newScope, asOf, subject);
    }

    /**
     * Only what holds on {@code date}.
     *
     * @param date the day asked about, or {@code null} for the whole agreement period
     * @return new criteria; these are unchanged
     */
    public Criteria asOf(LocalDate date) {
        return new Criteria(scope, date, subject);
    }

    /**
     * Only reporting lines about {@code newSubject}, and those whose sentence names no subject.
     *
     * @param newSubject a subject id: the library's are {@code realisation}, {@code employment}, {@code accounts},
     *     {@code home-municipality-duties} and {@code general}, a DRL pack may add its own; {@code null} for every
     *     subject. Checked when a question reads it
     * @return new criteria; these are unchanged
     */
    public Criteria about(String newSubject) {
        return new Criteria(scope, asOf, newSubject);
    }
}
