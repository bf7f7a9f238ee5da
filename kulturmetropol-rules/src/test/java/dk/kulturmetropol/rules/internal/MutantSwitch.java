package dk.kulturmetropol.rules.internal;

/**
 * Which mutant of a mutant schema is switched on, for {@link DrlMutationTest}: the schema's rules call it in their
 * conditions. Inherited by the threads a thread starts, since the rules run on a thread of their own
 * ({@link DerivedFacts#run(org.kie.api.KieBase, java.util.Collection)}). Public only because the rules' generated
 * classes, in another package, call it.
 */
public final class MutantSwitch {
    /** No mutant: every rule reads as written. */
    static final int NONE = -1;
    // not InheritableThreadLocal.withInitial, which is ThreadLocal's and makes a value the threads started do not inherit
    private static final InheritableThreadLocal<Integer> ON = new InheritableThreadLocal<>() {
        @Override
        protected Integer initialValue() {
            return NONE;
        }
    };

    private MutantSwitch() {
    }

    /**
     * Whether mutant {@code mutant} is the one switched on. {@code fact} is one the rule matched, unused: a condition
     * that names none is evaluated once, as the rules are compiled, not as they run.
     */
    public static boolean is(int mutant, Object fact) {
        return ON.get() == mutant;
    }

    /** Whether the mutant switched on, if any, is not one of {@code first..last}: the rule they mutate reads as written. */
    public static boolean noneOf(int first, int last, Object fact) {
        int on = ON.get();
        return on < first || on > last;
    }

    /** Runs {@code task} with mutant {@code mutant} switched on, in this thread and the threads it starts. */
    static <T> T with(int mutant, java.util.function.Supplier<T> task) {
        ON.set(mutant);
        try {
            return task.get();
        } finally {
            ON.set(NONE);
        }
    }
}
