package dk.kulturmetropol.rules.internal;

/**
 * The rule whose consequence is running on this thread, set by the engine's listener around each firing so that
 * {@link dk.kulturmetropol.rules.pack.Derive} can stamp what a rule derives with the rule's name and clause without
 * being passed the engine's context. Not API.
 *
 * @param rule     the rule's name
 * @param clauseId its {@code @clause} id, or {@code null} when it declares none ({@code @derived} and {@code @datapack} rules)
 */
public record Firing(String rule, String clauseId) {
    private static final ThreadLocal<Firing> CURRENT = new ThreadLocal<>();

    /** The firing on this thread; refused outside a rule's consequence. */
    public static Firing current() {
        Firing firing = CURRENT.get();
        if (firing == null) {
            throw new IllegalStateException("Derive's helpers are called from a rule's consequence (then ...), "
                    + "where the engine tells them which rule is firing; no rule is firing on this thread");
        }
        return firing;
    }

    /** The clause the firing rule cites, refused when it declares none. */
    public String clause() {
        if (clauseId == null) {
            throw new IllegalStateException("rule '" + rule + "' has no @clause(\"...\") metadata: every rule that derives a "
                    + "duty, line, seat, post or place cites its clause");
        }
        return clauseId;
    }

    static void begin(Firing firing) {
        CURRENT.set(firing);
    }

    static void end() {
        CURRENT.remove();
    }
}
