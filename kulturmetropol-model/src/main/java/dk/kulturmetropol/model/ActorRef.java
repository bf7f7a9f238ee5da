package dk.kulturmetropol.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An actor as the text names it: a role, optionally scoped to a focus area or a municipality,
 * written {@code role:scope}.
 *
 * <pre>{@code
 * ActorRef.parse("home-municipality:music"); // role home-municipality, scope music
 * ActorRef.of("kmk").id();                   // "kmk"
 * }</pre>
 *
 * @param role  the kebab-case role id, e.g. {@code project-chief}
 * @param scope the focus area or municipality id, or {@code null} when unscoped
 */
public record ActorRef(String role, String scope) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ActorRef {
        requireId(role, "actor role");
        if (scope != null) {
            requireId(scope, "actor scope");
        }
    }

    /**
     * An actor written as answers print it: {@code kmk}, or with a scope, {@code partner-municipality:albertslund}
     * (the same as {@link #parse(String)}).
     *
     * @throws IllegalArgumentException when a part is not an ASCII kebab-case id, naming it
     */
    public static ActorRef of(String id) {
        return id == null ? new ActorRef(null, null) : parse(id);
    }

    /** A scoped actor such as {@code project-chief:music}. */
    public static ActorRef of(String role, String scope) {
        return new ActorRef(role, scope);
    }

    /** Reads {@code role} or {@code role:scope}. */
    public static ActorRef parse(String text) {
        Objects.requireNonNull(text, "actor");
        int colon = text.indexOf(':');
        return colon < 0 ? new ActorRef(text, null) : new ActorRef(text.substring(0, colon), text.substring(colon + 1));
    }

    /** Reads each of {@code texts} as {@link #parse(String)} does. */
    public static ActorRef[] parseAll(String... texts) {
        ActorRef[] refs = new ActorRef[texts.length];
        for (int i = 0; i < texts.length; i++) {
            refs[i] = parse(texts[i]);
        }
        return refs;
    }

    /** The id as written in answers: {@code role} or {@code role:scope}. */
    public String id() {
        return scope == null ? role : role + ":" + scope;
    }

    /** Whether {@code text} is an ASCII kebab-case id. */
    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    static void requireId(String value, String what) {
        if (!isId(value)) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' is not an id: expected ASCII kebab-case such as 'project-chief' (æ, ø, å written ae, oe, aa)");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
