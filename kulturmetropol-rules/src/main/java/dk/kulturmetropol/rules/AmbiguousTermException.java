package dk.kulturmetropol.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A question named a term in words that fit more than one id equally well, so it is refused rather than guessed. The
 * message names the words and every id they fit, each with its Danish label
 * ({@code actor 'projektchef' fits 3 ids: project-chief:culture-and-health (projektchef for ...), ...; give one of them}).
 *
 * <pre>{@code
 * try {
 *     g.idOf("actor", "projektchef");
 * } catch (AmbiguousTermException e) {
 *     e.candidates(); // [project-chief:culture-and-health, project-chief:music, project-chief:youth]
 * }
 * }</pre>
 */
public class AmbiguousTermException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /**
     * The kind of id asked for.
     */
    private final String kind;
    /**
     * The words given.
     */
    private final String value;
    /**
     * The ids the words fit, in the order given.
     */
    private final List<String> candidates;

    /**
     * Refuses {@code value}, naming every id it fits.
     *
     * @param kind       the kind of id: action, matter, actor, scope, post, body or subject
     * @param value      the words given
     * @param candidates every id the words fit, to its Danish label
     */
    public AmbiguousTermException(String kind, String value, Map<String, String> candidates) {
        super(kind + " '" + value + "' fits " + candidates.size() + " ids: " + candidates.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")) + "; give one of them");
        this.kind = kind;
        this.value = value;
        this.candidates = List.copyOf(new LinkedHashMap<>(candidates).keySet());
    }

    /**
     * What kind of id: action, matter, actor, scope, post, body, subject.
     *
     * @return the kind, as the question names it
     */
    public String kind() {
        return kind;
    }

    /**
     * The words that were given.
     *
     * @return the words as given
     */
    public String value() {
        return value;
    }

    /**
     * Every id the words fit, sorted.
     *
     * @return an unmodifiable list of two ids or more
     */
    public List<String> candidates() {
        return candidates;
    }
}
