package dk.kulturmetropol.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A helper that splits an actor id into its parts. Everywhere in the API an actor is its id, a {@code String}
 * written as answers print it: a role, optionally scoped to a focus area or a municipality, {@code role:scope}
 * ({@code kmk}, {@code project-chief:music}). This record reads such an id, and checks one.
 *
 * <pre>{@code
 * ActorRef.parse("home-municipality:music").role();  // "home-municipality"
 * ActorRef.parse("home-municipality:music").scope(); // "music"
 * ActorRef.requireActor("project-chief:music");      // the id itself, or IllegalArgumentException naming it
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

    /**
     * Checks that {@code id} is an actor id ({@code role} or {@code role:scope}) and returns it unchanged.
     *
     * @throws NullPointerException     when {@code id} is null
     * @throws IllegalArgumentException when a part is not an ASCII kebab-case id, naming it and saying what is accepted
     */
    public static String requireActor(String id) {
        parse(id);
        return id;
    }

    /** {@link #requireActor(String)}, or {@code null} for {@code null} (an actor the text does not name). */
    public static String requireActorOrNull(String id) {
        return id == null ? null : requireActor(id);
    }

    /** Checks each of {@code ids} as {@link #requireActor(String)} does, and returns them as an unmodifiable list. */
    public static List<String> requireActors(List<String> ids) {
        List<String> copy = List.copyOf(ids);
        copy.forEach(ActorRef::requireActor);
        return copy;
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
