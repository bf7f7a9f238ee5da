package dk.kulturmetropol.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dk.kulturmetropol.model.Clause;

/**
 * One thing {@link Governance#validate(Criteria)} found about the mandate set as a whole.
 *
 * <pre>{@code
 * for (Finding f : Governance.kulturmetropolen().validate()) {
 *     System.out.println(f.severity().id() + " " + f.code() + ": " + f.message());
 * }
 * }</pre>
 *
 * @param severity {@code error} (the rules contradict themselves or leave something required undone), {@code warning}
 *                 (the text itself leaves it open), or {@code info}
 * @param code     a stable id for the kind of finding, e.g. {@code no-approver}, {@code reporting-cycle}
 * @param message  the finding in words, with the dates it concerns
 * @param actors   the actors involved, as answers print them
 * @param matters  the matters involved
 * @param clauses  the clauses the finding rests on
 * @param parts    what the message is made of, by name (ids, dates), to write it in another language with
 *                 {@code Sentences.message("finding." + code, parts, false)}; empty for a finding made by hand
 */
public record Finding(Severity severity, String code, String message, List<String> actors, List<String> matters,
                      List<Clause> clauses, java.util.Map<String, String> parts) {
    /**
     * Checks that severity, code and message are given, and copies the rest; {@code null} parts read as none.
     *
     * @param severity how much it matters
     * @param code     the kind of finding's id
     * @param message  the finding in English words
     * @param actors   the actors involved; copied
     * @param matters  the matters involved; copied
     * @param clauses  the clauses it rests on; copied
     * @param parts    what the message is made of, or {@code null}; copied
     * @throws NullPointerException when {@code severity}, {@code code}, {@code message} or a list is null
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        actors = List.copyOf(actors);
        matters = List.copyOf(matters);
        clauses = List.copyOf(clauses);
        parts = parts == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    }

    /**
     * A finding with its message alone, no parts.
     *
     * @param severity how much it matters
     * @param code     the kind of finding's id
     * @param message  the finding in English words
     * @param actors   the actors involved; copied
     * @param matters  the matters involved; copied
     * @param clauses  the clauses it rests on; copied
     * @throws NullPointerException when {@code severity}, {@code code}, {@code message} or a list is null
     */
    public Finding(Severity severity, String code, String message, List<String> actors, List<String> matters, List<Clause> clauses) {
        this(severity, code, message, actors, matters, clauses, java.util.Map.of());
    }

    /** How much a finding matters. */
    public enum Severity {
        /** The rules contradict themselves, or leave something required to no one. */
        ERROR,
        /** What the text itself leaves open: an unnamed bearer, holder or appointer. */
        WARNING,
        /** Worth knowing; nothing to fix. */
        INFO;

        /**
         * {@code error}, {@code warning} or {@code info}.
         *
         * @return the id JSON prints as the finding's {@code severity}
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code error no-approver: ...}, for messages and logs. */
    @Override
    public String toString() {
        return severity.id() + " " + code + ": " + message;
    }
}
