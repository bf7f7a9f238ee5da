package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kulturmetropol.rules.RulePackException;
import dk.kulturmetropol.rules.ThoroughTries;
import dk.kulturmetropol.rules.internal.RuleCasesTest.Check;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * Mutation testing of the kommissorium's DRL: would {@link RuleCasesTest} notice a wrong rule condition? For each file,
 * {@link Mutator} makes mutants of the {@code when} parts, one change each: a constraint of a pattern dropped, an
 * {@code eval}/{@code not} element dropped, a comparison flipped, an {@code eval} negated. Each mutant is compiled with
 * the other files unchanged and every check of {@link RuleCasesTest#checks()} is made against it; a mutant that passes
 * them all survives, and this test fails naming it. A mutant that does not compile is stillborn and only counted.
 * <p>
 * Compiling the kommissorium takes about a second of processor time, so the default build compiles every mutant at once
 * in a mutant schema and switches each on in turn ({@link MutantSwitch}); the thorough profile ({@code mvn -B -P
 * thorough verify}) compiles each alone. Both give each mutant the same outcome and the same first failing check:
 * {@code should_answer_in_a_schema_as_each_mutant_compiled_alone_does} compares them on one rule, and on 2026-12-03 the
 * 43 mutants of the kommissorium had the same outcomes both ways ({@code -Ddrl-mutation.verbose=true} prints them).
 */
class DrlMutationTest {
    /** Appended to the origin of the mutated source, so that compile errors show whether they are in the mutant. */
    private static final String MUTANT = " (mutant)";

    @Test
    void should_kill_every_mutant_of_the_rule_conditions() {
        long start = System.nanoTime();
        List<RuleSource> sources = RuleSources.kommissorium();
        List<Check> checks = RuleCasesTest.checks().toList();
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            mutants.addAll(Mutator.mutants(RuleSources.KOMMISSORIUM.get(i), sources.get(i).drl()));
        }
        // The thorough profile compiles each mutant with the other files unchanged, as a user's build would; the default
        // build compiles them all at once in a mutant schema, which answers the same (see the class comment).
        Run run;
        if (ThoroughTries.thorough()) {
            assertThat(firstFailure(KieBases.compile(sources), checks)).as("a check that fails on the unmutated rules").isEmpty();
            run = eachAlone(sources, mutants, checks);
        } else {
            run = inOneSchema(sources, mutants, checks);
        }
        int stillborn = 0;
        long compiling = run.schemaNanos();
        List<String> survivors = new ArrayList<>();
        for (Outcome outcome : run.outcomes()) {
            report(outcome.kind(), outcome.mutant(), outcome.detail());
            compiling += outcome.compileNanos();
            if (outcome.kind().equals("stillborn")) {
                stillborn++;
            } else if (outcome.kind().equals("SURVIVED")) {
                survivors.add(outcome.mutant().toString());
            }
        }
        System.out.printf("DRL mutation: %d mutants, %d killed, %d stillborn, %d survivors; %d checks each; %d compiled alone; %d s, %d s of compiling summed over two threads%n",
                mutants.size(), mutants.size() - stillborn - survivors.size(), stillborn, survivors.size(), checks.size(),
                run.compiledAlone(), (System.nanoTime() - start) / 1_000_000_000, compiling / 1_000_000_000);

        assertThat(mutants).as("mutants made").isNotEmpty();
        assertThat(survivors).as("mutants of the DRL that every check of RuleCasesTest passes: add a near miss that tells them apart").isEmpty();
    }

    @Test
    void should_answer_in_a_schema_as_each_mutant_compiled_alone_does() {
        // two mutants that make a rule fire less often, which survive if a schema lets the rule as written fire too
        List<RuleSource> sources = RuleSources.kommissorium();
        int kmk = RuleSources.KOMMISSORIUM.indexOf("kmk.drl");
        List<Mutant> mutants = Mutator.mutants("kmk.drl", sources.get(kmk).drl()).stream()
                .filter(m -> m.rule().equals("kmk-approves-last-years-accounts"))
                .filter(m -> m.mutation().startsWith("negate") || m.mutation().endsWith("-> `FocusAreaHome(area == $area, $later : validity)`"))
                .toList();
        assertThat(mutants).hasSize(2);
        List<Check> checks = RuleCasesTest.checks().toList();

        Run schema = inOneSchema(sources, mutants, checks);
        Run alone = eachAlone(sources, mutants, checks);

        assertThat(schema.compiledAlone()).as("mutants of the schema compiled alone").isZero();
        assertThat(alone.compiledAlone()).isEqualTo(mutants.size());
        assertThat(schema.outcomes()).hasSize(2).extracting(Outcome::toString).isEqualTo(alone.outcomes().stream().map(Outcome::toString).toList());
        assertThat(schema.outcomes()).extracting(Outcome::kind).containsOnly("killed");
    }

    /** What became of the mutants, the time the schema took to compile, and how many were compiled alone. */
    private record Run(List<Outcome> outcomes, long schemaNanos, int compiledAlone) {
    }

    /** Each mutant compiled with the other files unchanged, then checked. */
    private static Run eachAlone(List<RuleSource> sources, List<Mutant> mutants, List<Check> checks) {
        List<java.util.concurrent.Callable<Outcome>> tasks = new ArrayList<>();
        for (Mutant mutant : mutants) {
            tasks.add(() -> compiledAlone(sources, mutant, checks));
        }
        return new Run(runOnTwoThreads(tasks), 0, mutants.size());
    }

    private static Outcome compiledAlone(List<RuleSource> sources, Mutant mutant, List<Check> checks) {
        int file = RuleSources.KOMMISSORIUM.indexOf(mutant.file());
        List<RuleSource> mutated = new ArrayList<>(sources);
        mutated.set(file, new RuleSource(sources.get(file).origin() + MUTANT, mutant.drl()));
        long compileStart = System.nanoTime();
        KieBase base;
        try {
            base = KieBases.compile(mutated);
        } catch (RulePackException e) {
            // only the mutant's own errors make it stillborn; any other would skip a mutant for nothing
            assertThat(e.getMessage()).as("errors compiling %s", mutant).contains(MUTANT);
            return new Outcome(mutant, "stillborn", stillbornDetail(e.getMessage()), System.nanoTime() - compileStart);
        }
        long compiled = System.nanoTime() - compileStart;
        return outcome(mutant, firstFailure(base, checks), compiled);
    }

    /**
     * Every mutant compiled at once, in a mutant schema: each mutant is a copy of its rule, with the same name in a DRL
     * package of its own, whose condition ends by asking {@link MutantSwitch} whether it is switched on; the rule
     * as written asks whether none of its mutants is. Each mutant is checked with it switched on. One compile (of
     * about a second) serves them all, where compiling each alone takes one compile per mutant. A mutant whose copy
     * does not compile (it drops a binding its consequence uses) is compiled alone, which tells whether it is
     * stillborn. The schema with no mutant switched on must pass every check, as the rules as written do.
     */
    private static Run inOneSchema(List<RuleSource> sources, List<Mutant> mutants, List<Check> checks) {
        java.util.Set<Integer> alone = new java.util.TreeSet<>();
        long compileStart = System.nanoTime();
        KieBase schema = null;
        while (schema == null) {
            try {
                schema = KieBases.compile(schema(sources, mutants, alone));
            } catch (RulePackException e) {
                Matcher failing = Pattern.compile("\\(mutant (\\d+)\\)").matcher(e.getMessage());
                int before = alone.size();
                while (failing.find()) {
                    alone.add(Integer.valueOf(failing.group(1)));
                }
                if (alone.size() == before) {
                    // an error in a consequence is named by the rule's name, which a mutant shares with its rule
                    for (int k = 0; k < mutants.size(); k++) {
                        if (e.getMessage().contains("rule '" + mutants.get(k).rule() + "'")) {
                            alone.add(k);
                        }
                    }
                }
                assertThat(alone.size()).as("mutants named by the errors of the mutant schema: %s", e.getMessage()).isGreaterThan(before);
            }
        }
        long schemaNanos = System.nanoTime() - compileStart;
        KieBase compiled = schema;
        assertThat(firstFailure(compiled, checks)).as("a check that fails on the mutant schema with no mutant switched on").isEmpty();

        List<java.util.concurrent.Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < mutants.size(); i++) {
            int k = i;
            Mutant mutant = mutants.get(k);
            tasks.add(alone.contains(k) ? () -> compiledAlone(sources, mutant, checks)
                    : () -> outcome(mutant, MutantSwitch.with(k, () -> firstFailure(compiled, checks)), 0));
        }
        return new Run(runOnTwoThreads(tasks), schemaNanos, alone.size());
    }

    /**
     * The kommissorium's sources, each rule that has mutants guarded to fire while none of them is switched on, and a
     * source per mutant but those in {@code alone}: the mutated rule, guarded to fire while it is switched on, in the
     * package {@code dk.kulturmetropol.rules.mutant<index>} with the imports of its file and every function of the
     * kommissorium.
     */
    static List<RuleSource> schema(List<RuleSource> sources, List<Mutant> mutants, java.util.Set<Integer> alone) {
        String functions = sources.stream().flatMap(s -> Mutator.functions(s.drl()).stream()).collect(java.util.stream.Collectors.joining("\n"));
        List<RuleSource> schema = new ArrayList<>();
        List<RuleSource> copies = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String file = RuleSources.KOMMISSORIUM.get(i);
            String drl = sources.get(i).drl();
            Map<String, List<Integer>> byRule = new java.util.LinkedHashMap<>();
            for (int k = 0; k < mutants.size(); k++) {
                if (mutants.get(k).file().equals(file)) {
                    byRule.computeIfAbsent(mutants.get(k).rule(), r -> new ArrayList<>()).add(k);
                }
            }
            for (Map.Entry<String, List<Integer>> rule : byRule.entrySet()) {
                List<Integer> of = rule.getValue();
                int first = of.get(0);
                int last = of.get(of.size() - 1);
                assertThat(last - first).as("the mutants of rule '%s' follow one another", rule.getKey()).isEqualTo(of.size() - 1);
                drl = Mutator.guarded(drl, rule.getKey(), "MutantSwitch.noneOf(" + first + ", " + last + ", %s)");
                for (int k : of) {
                    if (alone.contains(k)) {
                        continue;
                    }
                    String mutated = mutants.get(k).drl();
                    String imports = mutated.lines().filter(l -> l.startsWith("import ")).collect(java.util.stream.Collectors.joining("\n"));
                    copies.add(new RuleSource(sources.get(i).origin() + " (mutant " + k + ")",
                            "package dk.kulturmetropol.rules.mutant" + k + ";\n" + imports + "\nimport dk.kulturmetropol.rules.*;\nimport "
                                    + MutantSwitch.class.getName() + ";\n" + functions + "\n"
                                    + Mutator.guarded(Mutator.rule(mutated, rule.getKey()), rule.getKey(), "MutantSwitch.is(" + k + ", %s)")));
                }
            }
            schema.add(byRule.isEmpty() ? sources.get(i) : new RuleSource(sources.get(i).origin(), withImport(drl)));
        }
        schema.addAll(copies);
        return schema;
    }

    /** {@code drl} importing {@link MutantSwitch}. */
    private static String withImport(String drl) {
        Matcher pkg = Pattern.compile("(?m)^package [\\w.]+;?[ \\t]*$").matcher(drl);
        assertThat(pkg.find()).as("a package line in %s", drl).isTrue();
        return drl.substring(0, pkg.end()) + "\nimport " + MutantSwitch.class.getName() + ";" + drl.substring(pkg.end());
    }

    private static Outcome outcome(Mutant mutant, Optional<String> killer, long compileNanos) {
        return killer.map(k -> new Outcome(mutant, "killed", "by " + k, compileNanos))
                .orElseGet(() -> new Outcome(mutant, "SURVIVED", "", compileNanos));
    }

    /** The stillborn mutant's first error, without the source's line, which a schema moves. */
    private static String stillbornDetail(String errors) {
        return errors.lines().findFirst().orElse(errors).replaceAll(":\\d+: ", ": ");
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
                    E($e : e != null)
                then
                    insert(new D($e, 1 < 2));
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
                "f.drl rule 'r': flip `C(w != $x)` -> `C(w == $x)`",
                // a binding with a constraint: the constraint is dropped, the binding kept for the consequence
                "f.drl rule 'r': drop `E($e : e != null)` -> `E($e : e)`",
                "f.drl rule 'r': flip `E($e : e != null)` -> `E($e : e == null)`");
        assertThat(mutants.get(3).drl()).isEqualTo(drl.replace("y == 1, ", ""));
    }

    /** What became of one mutant, and the nanoseconds its compiling took. */
    private record Outcome(Mutant mutant, String kind, String detail, long compileNanos) {
        String mutation() {
            return mutant.mutation();
        }

        @Override
        public String toString() {
            return kind + " " + mutant + (detail.isEmpty() ? "" : "  -- " + detail);
        }
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
     * left alone, or constraints ({@code municipality == $m}, {@code eval(...)}), or both ({@code $m : municipality != null},
     * whose constraint alone is dropped: a mutant without the binding would not compile); and elements on a line of their own,
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

        private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*$");
        private static final Pattern FUNCTION = Pattern.compile("(?m)^function\\b");

        /**
         * Rule {@code rule} of {@code drl} with {@code eval(call)} as the last element of its {@code when} part, the
         * rule's first binding in place of the call's {@code %s}.
         */
        static String guarded(String drl, String rule, String call) {
            int when = whenEnd(drl, rule);
            Matcher then = THEN.matcher(drl);
            if (!then.find(when)) {
                throw new IllegalArgumentException("rule '" + rule + "' has no then");
            }
            Matcher binding = Pattern.compile("(\\$\\w+)\\s*:").matcher(drl).region(when, then.start());
            if (!binding.find()) {
                throw new IllegalArgumentException("rule '" + rule + "' binds no fact to pass to " + call);
            }
            return drl.substring(0, then.start()) + "    eval(" + String.format(call, binding.group(1)) + ")\n" + drl.substring(then.start());
        }

        /** The text of rule {@code rule} of {@code drl}, from {@code rule} to {@code end}. */
        static String rule(String drl, String rule) {
            int start = ruleStart(drl, rule);
            Matcher end = END.matcher(drl);
            if (!end.find(THEN.matcher(drl).results().filter(t -> t.start() > start).findFirst().orElseThrow().end())) {
                throw new IllegalArgumentException("rule '" + rule + "' has no end");
            }
            return drl.substring(start, end.end()) + "\n";
        }

        /** The functions {@code drl} declares, each from {@code function} to its closing brace. */
        static List<String> functions(String drl) {
            List<String> functions = new ArrayList<>();
            Matcher function = FUNCTION.matcher(drl);
            while (function.find()) {
                int depth = 0;
                for (int i = drl.indexOf('{', function.end()); i < drl.length(); i++) {
                    if (drl.charAt(i) == '{') {
                        depth++;
                    } else if (drl.charAt(i) == '}' && --depth == 0) {
                        functions.add(drl.substring(function.start(), i + 1));
                        break;
                    }
                }
            }
            return functions;
        }

        private static int ruleStart(String drl, String rule) {
            Matcher rules = RULE.matcher(drl);
            while (rules.find()) {
                if (rules.group(1).equals(rule)) {
                    return rules.start();
                }
            }
            throw new IllegalArgumentException("no rule '" + rule + "'");
        }

        /** Where the {@code when} line of rule {@code rule} of {@code drl} ends. */
        private static int whenEnd(String drl, String rule) {
            Matcher when = WHEN.matcher(drl);
            if (!when.find(ruleStart(drl, rule))) {
                throw new IllegalArgumentException("rule '" + rule + "' has no when");
            }
            return when.end();
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
                    Matcher binding = BINDING.matcher(drl.substring(part[0], part[1]));
                    if (binding.matches()) {
                        continue;
                    }
                    // a binding with a constraint ($m : municipality != null): the constraint dropped, the binding kept,
                    // which the consequence may use; else the part with the comma that separates it from the next part,
                    // or else from the one before
                    boolean bound = binding.lookingAt();
                    int dropFrom = bound ? part[0] + binding.end() : p + 1 < parts.size() || p == 0 ? part[0] : parts.get(p - 1)[1];
                    int dropTo = bound || p + 1 >= parts.size() ? part[1] : parts.get(p + 1)[0];
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
