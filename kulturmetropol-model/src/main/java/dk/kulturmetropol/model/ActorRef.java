package dk.kulturmetropol.model;

import java.util.List;
import java.util.Objects;

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

    /**
     * Checks both parts.
     *
     * @param role  the role id, e.g. {@code project-chief}
     * @param scope the focus area or municipality id, or {@code null}
     * @throws IllegalArgumentException when {@code role}, or a non-null {@code scope}, is not an ASCII kebab-case id
     *     (including a {@code null} role), naming the value
     */
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
     * @param id the actor id, {@code role} or {@code role:scope}; {@code null} is refused as a role that is no id
     * @return the id split into role and scope
     * @throws IllegalArgumentException when a part is not an ASCII kebab-case id, naming it
     */
    public static ActorRef of(String id) {
        return id == null ? new ActorRef(null, null) : parse(id);
    }

    /**
     * A scoped actor such as {@code project-chief:music}.
     *
     * @param role  the role id, e.g. {@code project-chief}
     * @param scope the focus area or municipality id, e.g. {@code music}, or {@code null} for an unscoped actor
     * @return the actor {@code role:scope} (or {@code role} when {@code scope} is null)
     * @throws IllegalArgumentException when a part is not an ASCII kebab-case id, naming it
     */
    public static ActorRef of(String role, String scope) {
        return new ActorRef(role, scope);
    }

    /**
     * Reads {@code role} or {@code role:scope}.
     *
     * @param text the actor id as answers print it; split at its first colon
     * @return the actor with its role and, after a colon, its scope
     * @throws NullPointerException     when {@code text} is null
     * @throws IllegalArgumentException when a part is not an ASCII kebab-case id, naming it
     */
    public static ActorRef parse(String text) {
        Objects.requireNonNull(text, "actor");
        int colon = text.indexOf(':');
        return colon < 0 ? new ActorRef(text, null) : new ActorRef(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * Checks that {@code id} is an actor id ({@code role} or {@code role:scope}) and returns it unchanged.
     *
     * @param id the actor id to check
     * @return {@code id} itself, so the check can be written inline in a constructor
     * @throws NullPointerException     when {@code id} is null
     * @throws IllegalArgumentException when a part is not an ASCII kebab-case id, naming it and saying what is accepted
     */
    public static String requireActor(String id) {
        parse(id);
        return id;
    }

    /**
     * {@link #requireActor(String)}, or {@code null} for {@code null} (an actor the text does not name).
     *
     * @param id the actor id to check, or {@code null}
     * @return {@code id} itself, {@code null} included
     * @throws IllegalArgumentException when a part of a non-null {@code id} is not an ASCII kebab-case id, naming it
     */
    public static String requireActorOrNull(String id) {
        return id == null ? null : requireActor(id);
    }

    /**
     * Checks each of {@code ids} as {@link #requireActor(String)} does, and returns them as an unmodifiable list.
     *
     * @param ids the actor ids to check; the list itself must not be null
     * @return an unmodifiable copy of {@code ids}, in the same order
     * @throws NullPointerException     when {@code ids} or one of its elements is null
     * @throws IllegalArgumentException naming the first id that is not an actor id
     */
    public static List<String> requireActors(List<String> ids) {
        List<String> copy = List.copyOf(ids);
        copy.forEach(ActorRef::requireActor);
        return copy;
    }

    /**
     * The id as written in answers: {@code role} or {@code role:scope}.
     *
     * @return {@code role}, or {@code role:scope} when scoped: the form every question and answer takes
     */
    public String id() {
        return scope == null ? role : role + ":" + scope;
    }

    /**
     * Whether {@code text} is an ASCII kebab-case id.
     *
     * @param text the text to check; {@code null} is no id
     * @return true for lower-case ASCII letters and digits in groups joined by single hyphens ({@code project-chief}),
     *     false for anything else (upper case, æ/ø/å, a colon, leading or trailing hyphens)
     */
    public static boolean isId(String text) {
        // the language of [a-z0-9]+(-[a-z0-9]+)*, read a character at a time: every fact checks its actors, and this is
        // several times quicker than the regular expression
        if (text == null || text.isEmpty()) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
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
