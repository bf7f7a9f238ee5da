package dk.kulturmetropol.rules;

import java.util.Collection;
import java.util.List;

/**
 * A question used an id the governance does not know. The message names the kind, the value and what
 * is accepted, e.g. {@code unknown action 'aprove'; expected one of: advise, align, approve, ...}.
 */
public class UnknownTermException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String value;
    private final List<String> accepted;

    public UnknownTermException(String kind, String value, Collection<String> accepted) {
        super("unknown " + kind + " '" + value + "'; expected one of: " + String.join(", ", accepted));
        this.kind = kind;
        this.value = value;
        this.accepted = List.copyOf(accepted);
    }

    /** What kind of id: action, matter, actor, scope, post, body, subject. */
    public String kind() {
        return kind;
    }

    /** The id that was given. */
    public String value() {
        return value;
    }

    /** The ids that are accepted, sorted. */
    public List<String> accepted() {
        return accepted;
    }
}
