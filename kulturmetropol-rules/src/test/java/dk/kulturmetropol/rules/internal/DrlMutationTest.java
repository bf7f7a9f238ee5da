package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kulturmetropol.rules.RulePackException;
import dk.kulturmetropol.rules.internal.RuleCasesTest.Check;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * Mutation testing of the kommissorium's DRL: would {@link RuleCasesTest} notice a wrong rule condition? For each file,
 * {@link Mutator} makes mutants of the {@code when} parts, one change each: a constraint of a pattern dropped, an
 * {@code eval}/{@code not} element dropped, a comparison flipped, an {@code eval} negated. Each mutant is compiled with
 * the other files unchanged and every check of {@link RuleCasesTest#checks()} is made against it; a mutant that passes
 * them all survives, and this test fails naming it. A mutant that does not compile is stillborn and only counted.
 */
class DrlMutationTest {
    /** Appended to the origin of the mutated source, so that compile errors show whether they are in the mutant. */
    private static final String MUTANT = " (mutant)";

    @Test
    void should_kill_every_mutant_of_the_rule_conditions() {
        long start = System.nanoTime();
        List<RuleSource> sources = RuleSources.kommissorium();
        List<Check> checks = RuleCasesTest.checks().toList();
        assertThat(firstFailure(KieBases.compile(sources), checks)).as("a check that fails on the unmutated rules").isEmpty();

        // Mutants are compiled and checked on two threads: a compile keeps one core busy, and this machine has two.
        List<java.util.concurrent.Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            int file = i;
            RuleSource source = sources.get(i);
            for (Mutant mutant : Mutator.mutants(RuleSources.KOMMISSORIUM.get(i), source.drl())) {
                tasks.add(() -> {
                    List<RuleSource> mutated = new ArrayList<>(sources);
                    mutated.set(file, new RuleSource(source.origin() + MUTANT, mutant.drl()));
                    long compileStart = System.nanoTime();
                    KieBase base;
                    try {
                        base = KieBases.compile(mutated);
                    } catch (RulePackException e) {
                        // only the mutant's own errors make it stillborn; any other would skip a mutant for nothing
                        assertThat(e.getMessage()).as("errors compiling %s", mutant).contains(MUTANT);
                        return new Outcome(mutant, "stillborn", e.getMessage(), System.nanoTime() - compileStart);
                    }
                    long compiled = System.nanoTime() - compileStart;
                    return firstFailure(base, checks)
                            .map(killer -> new Outcome(mutant, "killed", "by " + killer, compiled))
                            .orElseGet(() -> new Outcome(mutant, "SURVIVED", "", compiled));
                });
            }
        }
        List<Outcome> outcomes = runOnTwoThreads(tasks);
        int mutants = outcomes.size();
        int stillborn = 0;
        long compiling = 0;
        List<String> survivors = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            report(outcome.kind(), outcome.mutant(), outcome.detail());
            compiling += outcome.compileNanos();
            if (outcome.kind().equals("stillborn")) {
                stillborn++;
            } else if (outcome.kind().equals("SURVIVED")) {
                survivors.add(outcome.mutant().toString());
            }
        }
        System.out.printf("DRL mutation: %d mutants, %d killed, %d stillborn, %d survivors; %d checks each; %d s, %d s of compiling summed over two threads%n",
                mutants, mutants - stillborn - survivors.size(), stillborn, survivors.size(), checks.size(),
                (System.nanoTime() - start) / 1_000_000_000, compiling / 1_000_000_000);

        assertThat(mutants).as("mutants made").isPositive();
        assertThat(survivors).as("mutants of the DRL that every check of RuleCasesTest passes: add a near miss that tells them apart").isEmpty();
    }

    @Test
    void should_mutate_each_constraint_and_element_but_no_binding() {
        String drl = """
                rule "r"
                when
                    $a : A($x : x, y == 1, eval(!$x.isEmpty()))
                    B(z > $x)
                    eval($a.ok())
                    not C(w != $x)
                then
                    insert(new D(1 < 2));
                end
                """;

        List<Mutant> mutants = Mutator.mutants("f.drl", drl);

        assertThat(mutants).extracting(Mutant::toString).containsExactly(
                "f.drl rule 'r': drop `eval($a.ok())` -> `(nothing)`",
                "f.drl rule 'r': negate `eval($a.ok())` -> `eval($a.ok() == false)`",
                "f.drl rule 'r': drop `not C(w != $x)` -> `(nothing)`",
                "f.drl rule 'r': drop `A($x : x, y == 1, eval(!$x.isEmpty()))` -> `A($x : x, eval(!$x.isEmpty()))`",
                "f.drl rule 'r': flip `A($x : x, y == 1, eval(!$x.isEmpty()))` -> `A($x : x, y != 1, eval(!$x.isEmpty()))`",
                "f.drl rule 'r': drop `A($x : x, y == 1, eval(!$x.isEmpty()))` -> `A($x : x, y == 1)`",
                "f.drl rule 'r': negate `A($x : x, y == 1, eval(!$x.isEmpty()))` -> `A($x : x, y == 1, eval($x.isEmpty()))`",
                "f.drl rule 'r': drop `B(z > $x)` -> `B()`",
                "f.drl rule 'r': flip `B(z > $x)` -> `B(z <= $x)`",
                "f.drl rule 'r': drop `C(w != $x)` -> `C()`",
                "f.drl rule 'r': flip `C(w != $x)` -> `C(w == $x)`");
        assertThat(mutants.get(3).drl()).isEqualTo(drl.replace("y == 1, ", ""));
    }

    /** What became of one mutant, and the nanoseconds its compiling took. */
    private record Outcome(Mutant mutant, String kind, String detail, long compileNanos) {
    }

    /** The outcomes of {@code tasks}, in their order, run on two threads; a task's assertion error fails the test. */
    private static List<Outcome> runOnTwoThreads(List<java.util.concurrent.Callable<Outcome>> tasks) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<Outcome> outcomes = new ArrayList<>();
            for (java.util.concurrent.Future<Outcome> future : pool.invokeAll(tasks)) {
                try {
                    outcomes.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException("a mutant's task failed", e.getCause());
                }
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mutants were checked", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The name of the first check that fails against {@code base}, if any; an exception counts as failing. */
    private static Optional<String> firstFailure(KieBase base, List<Check> checks) {
        for (Check check : checks) {
            try {
                check.assertion().accept(base);
            } catch (AssertionError | RuntimeException e) {
                return Optional.of(check.name());
            }
        }
        return Optional.empty();
    }

    /** One line per mutant with -Ddrl-mutation.verbose=true. */
    private static void report(String outcome, Mutant mutant, String detail) {
        if (Boolean.getBoolean("drl-mutation.verbose")) {
            System.out.println(outcome + " " + mutant + (detail.isEmpty() ? "" : "  -- " + detail));
        }
    }

    /** One changed DRL file. */
    record Mutant(String file, String rule, String mutation, String drl) {
        @Override
        public String toString() {
            return file + " rule '" + rule + "': " + mutation;
        }
    }

    /**
     * Makes mutants of a DRL file by text edits on the {@code when} part of each rule. It reads as much DRL as the
     * kommissorium uses: patterns {@code [$x :] Type(part, part, ...)}, whose parts are bindings ({@code $v : validity}),
     * left alone, or constraints ({@code municipality == $m}, {@code eval(...)}); and elements on a line of their own,
     * {@code eval(...)}, {@code not ...} and {@code exists ...}.
     */
    static final class Mutator {
        private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");
        private static final Pattern WHEN = Pattern.compile("(?m)^[ \\t]*when[ \\t]*$");
        private static final Pattern THEN = Pattern.compile("(?m)^[ \\t]*then[ \\t]*$");
        /** A pattern on a fact type, {@code Type(}; not a method call such as {@code $v.from(}. */
        private static final Pattern TYPE = Pattern.compile("(?<![\\w.$])[A-Z]\\w*\\s*\\(");
        /** A conditional element at the start of a line. */
        private static final Pattern ELEMENT = Pattern.compile("(?m)^[ \\t]*(eval|not|exists)\\b");
        private static final Pattern BINDING = Pattern.compile("\\$\\w+\\s*:\\s*[\\w.]+");
        private static final Pattern COMPARISON = Pattern.compile("==|!=|<=|>=|<|>");
        private static final Map<String, String> FLIPPED = Map.of("==", "!=", "!=", "==", "<", ">=", ">=", "<", ">", "<=", "<=", ">");

        private final String file;
        private final String drl;
        private final List<Mutant> mutants = new ArrayList<>();
        private String rule;

        private Mutator(String file, String drl) {
            this.file = file;
            this.drl = drl;
        }

        static List<Mutant> mutants(String file, String drl) {
            Mutator mutator = new Mutator(file, drl);
            Matcher rules = RULE.matcher(drl);
            while (rules.find()) {
                Matcher when = WHEN.matcher(drl);
                Matcher then = THEN.matcher(drl);
                if (when.find(rules.end()) && then.find(when.end())) {
                    mutator.rule = rules.group(1);
                    mutator.mutateConditions(when.end(), then.start());
                }
            }
            return mutator.mutants;
        }

        /** Mutates the conditions between {@code from} and {@code to}, the text between {@code when} and {@code then}. */
        private void mutateConditions(int from, int to) {
            Matcher element = ELEMENT.matcher(drl).region(from, to);
            while (element.find()) {
                int end = closing(drl.indexOf('(', element.end(1))) + 1;
                mutate("drop", element.start(1), end, "", element.start(1), end);
                if (element.group(1).equals("eval")) {
                    mutateConstraint(element.start(1), end, element.start(1), end);
                }
            }
            Matcher type = TYPE.matcher(drl).region(from, to);
            while (type.find()) {
                int open = type.end() - 1;
                int close = closing(open);
                List<int[]> parts = parts(open + 1, close);
                for (int p = 0; p < parts.size(); p++) {
                    int[] part = parts.get(p);
                    if (BINDING.matcher(drl.substring(part[0], part[1])).matches()) {
                        continue;
                    }
                    // drop the part with the comma that separates it from the next part, or else from the one before
                    int dropFrom = p + 1 < parts.size() || p == 0 ? part[0] : parts.get(p - 1)[1];
                    int dropTo = p + 1 < parts.size() ? parts.get(p + 1)[0] : part[1];
                    mutate("drop", dropFrom, dropTo, "", type.start(), close + 1);
                    mutateConstraint(part[0], part[1], type.start(), close + 1);
                }
            }
        }

        /** Flips each comparison in the constraint {@code [from, to)}, and negates it if it is an {@code eval}. */
        private void mutateConstraint(int from, int to, int contextFrom, int contextTo) {
            String constraint = drl.substring(from, to);
            Matcher comparison = COMPARISON.matcher(withoutStrings(constraint));
            while (comparison.find()) {
                mutate("flip", from + comparison.start(), from + comparison.end(), FLIPPED.get(comparison.group()), contextFrom, contextTo);
            }
            if (constraint.startsWith("eval")) {
                int open = drl.indexOf('(', from);
                int expression = open + 1;
                while (Character.isWhitespace(drl.charAt(expression))) {
                    expression++;
                }
                if (drl.charAt(expression) == '!' && drl.charAt(expression + 1) != '=') {
                    mutate("negate", expression, expression + 1, "", contextFrom, contextTo);
                } else {
                    // "... == false", not "!...": the executable model of Drools 10.2.0 reads !$a.overlaps($b) as the
                    // temporal operator 'not overlaps' and does not compile it
                    int close = closing(open);
                    String operand = drl.substring(expression, close).strip();
                    String negated = (isCallChain(operand) ? operand : "(" + operand + ")") + " == false";
                    mutate("negate", expression, close, negated, contextFrom, contextTo);
                }
            }
        }

        /** Adds the mutant that replaces {@code [from, to)} by {@code replacement}, described by the change to its context. */
        private void mutate(String kind, int from, int to, String replacement, int contextFrom, int contextTo) {
            String before = drl.substring(contextFrom, contextTo);
            String after = drl.substring(contextFrom, from) + replacement + drl.substring(to, contextTo);
            String mutation = kind + " `" + oneLine(before) + "` -> `" + (after.isBlank() ? "(nothing)" : oneLine(after)) + "`";
            mutants.add(new Mutant(file, rule, mutation, drl.substring(0, from) + replacement + drl.substring(to)));
        }

        /** The parts of a pattern between {@code from} and {@code to}, split at its top-level commas, as trimmed ranges. */
        private List<int[]> parts(int from, int to) {
            List<int[]> parts = new ArrayList<>();
            int depth = 0;
            int partStart = from;
            for (int i = from; i <= to; i++) {
                char c = i < to ? drl.charAt(i) : ',';
                if (c == '"') {
                    i = drl.indexOf('"', i + 1);
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    int s = partStart;
                    int e = i;
                    while (s < e && Character.isWhitespace(drl.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(drl.charAt(e - 1))) {
                        e--;
                    }
                    if (s < e) {
                        parts.add(new int[] {s, e});
                    }
                    partStart = i + 1;
                }
            }
            return parts;
        }

        /** The index of the parenthesis that closes the one at {@code open}. */
        private int closing(int open) {
            int depth = 0;
            for (int i = open; i < drl.length(); i++) {
                char c = drl.charAt(i);
                if (c == '"') {
                    i = drl.indexOf('"', i + 1);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            throw new IllegalArgumentException(file + ": rule '" + rule + "': unbalanced parenthesis at offset " + open);
        }

        /** Whether {@code expression} is one chain of fields and calls, {@code $a.b(c).d()}, which needs no parentheses to be compared. */
        private static boolean isCallChain(String expression) {
            int depth = 0;
            for (char c : expression.toCharArray()) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (depth == 0 && !(Character.isJavaIdentifierPart(c) || c == '.')) {
                    return false;
                }
            }
            return true;
        }

        /** {@code text} with the insides of its string literals blanked, so that no operator is found in them. */
        private static String withoutStrings(String text) {
            return Pattern.compile("\"[^\"]*\"").matcher(text).replaceAll(m -> "\"" + " ".repeat(m.group().length() - 2) + "\"");
        }

        private static String oneLine(String text) {
            return text.strip().replaceAll("\\s+", " ");
        }
    }
}
