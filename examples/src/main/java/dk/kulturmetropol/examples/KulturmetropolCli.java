package dk.kulturmetropol.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.rules.AgreementYaml;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code kulturmetropol} command line: asks the rulebase who must do what, and prints the answer
 * with the sentence it rests on.
 *
 * <pre>
 * java -jar examples/target/kulturmetropol.jar who approve annual-plan --scope music
 * java -jar examples/target/kulturmetropol.jar holder political-chair --as-of 2025-03-01 --format json
 * </pre>
 *
 * Bad input prints one line naming the value and what is accepted, and exits with 2.
 */
@Command(name = "kulturmetropol", mixinStandardHelpOptions = true, version = "kulturmetropol 0.1.0",
        description = "Who must do, decide, approve, prepare, submit or report what in Kulturmetropolen, and on which sentence of the kommissorium.")
public final class KulturmetropolCli implements Runnable {

    /** Exit code for input the program refuses. */
    public static final int BAD_INPUT = 2;

    /** The commands, in the order {@code --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(Who.class, Duties.class, Reports.class, FindCommand.class, Holder.class,
            Members.class, Where.class, Validate.class, Meetings.class, MayDecide.class, Diff.class, Orgchart.class,
            RaciCommand.class, ReviewCommand.class, CalendarCommand.class, VocabularyCommand.class, ExportConfig.class,
            CommandLine.HelpCommand.class, Bench.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. For tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(LocalDate.class, KulturmetropolCli::date);
        cli.registerConverter(Language.class, KulturmetropolCli::language);
        DanishRefusals danish = DanishRefusals.asked(args) ? new DanishRefusals() : null;
        cli.setParameterExceptionHandler((e, a) -> {
            String inDanish = danish == null ? null : danish.parameter(e);
            if (inDanish != null) {
                err.println("kulturmetropol: " + inDanish);
                return BAD_INPUT;
            }
            String suggestion = e instanceof CommandLine.UnmatchedArgumentException u ? didYouMean(u) : "";
            // a misspelt command is named alone, not with the arguments after it: "unknown command 'hwo'"
            String message = e instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine().getParent() == null
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")
                    ? "unknown command '" + u.getUnmatched().get(0) + "'" : e.getMessage();
            err.println("kulturmetropol: " + message + suggestion + " (see 'kulturmetropol "
                    + (e.getCommandLine().getParent() == null ? "" : e.getCommandLine().getCommandName() + " ") + "--help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a focus area or partner unknown to the default agreement may be one of the user's own file, asked without it
            // (a scope, or an actor whose scope part is no scope the default agreement knows: "partner-municipality:gladsaxe")
            boolean ofAnotherAgreement = e instanceof dk.kulturmetropol.rules.UnknownTermException u && u.value() != null
                    && (u.kind().equals("scope") || u.kind().equals("actor") && u.value().contains(":")
                            && !governanceOf(commandLine).accepted("scope").contains(u.value().substring(u.value().indexOf(':') + 1)))
                    && java.util.Arrays.stream(args).noneMatch(a -> a.equals("--config") || a.startsWith("--config="));
            String inDanish = danish == null ? null : danish.execution(e, governanceOf(commandLine));
            if (inDanish != null) {
                err.println("kulturmetropol: " + inDanish + (ofAnotherAgreement ? " " + danish.phrase("unknown.without-config") : ""));
                return BAD_INPUT;
            }
            String withoutConfig = ofAnotherAgreement ? "; one of another agreement is known only with its --config FILE" : "";
            if (e instanceof dk.kulturmetropol.rules.UnknownTermException unknown && e.getMessage().contains("the nearest accepted")) {
                err.println("kulturmetropol: " + e.getMessage() + "; 'kulturmetropol vocabulary " + unknown.kind() + "' lists them all" + withoutConfig);
                return BAD_INPUT;
            }
            if (e instanceof dk.kulturmetropol.rules.UnknownTermException) {
                err.println("kulturmetropol: " + e.getMessage() + withoutConfig);
                return BAD_INPUT;
            }
            if (e instanceof IllegalArgumentException) {
                err.println("kulturmetropol: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}, its converters and handlers not yet set. A run that names a command first
     * ({@code who ...}) gets that command alone: picocli reads every option of every command it is given, and the one
     * asked is all a run uses, so building it alone takes a fraction of the time. Any other run ({@code --help},
     * {@code help who}, a misspelt or missing command) gets them all, to list them or to offer the nearest.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new KulturmetropolCli());
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> asked = COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class
                && c.getAnnotation(Command.class).name().equals(first)).toList();
        (asked.isEmpty() ? COMMANDS : asked).forEach(cli::addSubcommand);
        return cli;
    }

    /** The governance the command asked, where it has one loaded; else the default one. */
    private static Governance governanceOf(CommandLine commandLine) {
        for (CommandLine.Model.CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof Source source && source.governance != null) {
                return source.governance;
            }
        }
        return Governance.kulturmetropolen();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * "; did you mean: ..." for an unmatched argument: for a misspelt command, the commands nearest by edit distance
     * (so a swap of letters, {@code hwo}, finds {@code who}) and then picocli's own suggestions; empty when there is none.
     */
    private static String didYouMean(CommandLine.UnmatchedArgumentException u) {
        List<String> offered = offered(u);
        return offered.isEmpty() ? "" : "; did you mean: " + String.join(", ", offered);
    }

    /** What a "did you mean" offers for an unmatched argument, at most three: see {@link #didYouMean}. */
    static List<String> offered(CommandLine.UnmatchedArgumentException u) {
        java.util.LinkedHashSet<String> offered = new java.util.LinkedHashSet<>();
        List<String> unmatched = u.getUnmatched();
        if (u.getCommandLine().getParent() == null && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
            String given = unmatched.get(0);
            dk.kulturmetropol.rules.UnknownTermException.nearest(given, u.getCommandLine().getSubcommands().keySet(), 3).stream()
                    .filter(c -> dk.kulturmetropol.rules.UnknownTermException.distance(given, c) <= Math.max(1, given.length() / 3))
                    .forEach(offered::add);
        }
        offered.addAll(u.getSuggestions());
        return offered.stream().limit(3).toList();
    }

    /** Turns on the library's debug log (slf4j-simple, to standard error); before the first logger is made. */
    static void verbose() {
        System.setProperty("org.slf4j.simpleLogger.log.dk.kulturmetropol", "debug");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    }

    static LocalDate date(String text) {
        try {
            return dk.kulturmetropol.model.Dates.parse(text);
        } catch (IllegalArgumentException e) {
            CommandLine.TypeConversionException refused = new CommandLine.TypeConversionException(e.getMessage());
            refused.initCause(e);
            throw refused;
        }
    }

    static Language language(String text) {
        try {
            return Language.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * Refuses an {@code --as-of} outside the agreement's period, for a command that would otherwise answer with an
     * empty result that looks like a clean one.
     */
    static void requireWithin(LocalDate asOf, Governance g, String consequence, String danishConsequence) {
        if (asOf != null && !g.agreement().period().contains(asOf)) {
            throw outside(asOf, g, "--as-of " + asOf + " is outside the agreement period " + g.agreement().period()
                    + " of '" + g.agreement().name() + "': " + consequence + "; give a day within it, or no --as-of for the whole period",
                    danishConsequence);
        }
    }

    /** A day outside {@code g}'s agreement refused with the {@code english} message and, under --lang da, its Danish words. */
    private static DanishRefusals.ValueRefused outside(LocalDate asOf, Governance g, String english, String danishConsequence) {
        return new DanishRefusals.ValueRefused(english, "outside", "date", DanishRefusals.inWords(asOf), "name", g.agreement().name(),
                "from", DanishRefusals.DA.date(g.agreement().period().from()), "to", DanishRefusals.DA.date(g.agreement().period().to()),
                "consequence", danishConsequence);
    }

    /** How answers are printed. */
    enum Format { text, json }

    /** Where the rules and the agreement come from: every command that asks the rules takes these. */
    static class Source {
        @Option(names = "--config", paramLabel = "FILE",
                description = "the agreement as YAML (see export-config); default: Kulturmetropolen 2021-2024")
        Path config;

        @Option(names = "--rules", paramLabel = "FILE",
                description = "a rule pack to add (repeatable): .yaml or .yml is data; .drl is code: name only files you trust")
        List<Path> rules = new ArrayList<>();

        @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "10",
                description = "seconds of processor time the rules may use (of the clock, while a rule waits) before a pack that never stops is refused (default 10)")
        int timeLimit;

        @Option(names = "--verbose", description = "print the library's log: what it loaded and how long each step took")
        boolean verbose;

        @Option(names = "--lang", paramLabel = "LANG",
                description = "en or da: labels and sentences in English or Danish (JSON keeps the ids and adds labels); "
                        + "default: the ids, as a question takes them")
        Language lang;

        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec spec;

        private Governance governance;

        /** Sentences in the language asked for, with the agreement's names; null without --lang. */
        Sentences words() {
            return lang == null ? null : Sentences.of(governance().labels(lang));
        }

        Governance governance() {
            if (governance == null) {
                governance = load();
            }
            return governance;
        }

        private Governance load() {
            if (verbose) {
                verbose();
            }
            if (timeLimit <= 0) {
                throw new DanishRefusals.ValueRefused("--time-limit is " + timeLimit
                        + ", expected a positive number of seconds", "time-limit", "value", String.valueOf(timeLimit));
            }
            if (config == null && rules.isEmpty()) {
                return Governance.kulturmetropolen();
            }
            Governance.Builder builder = Governance.builder().timeLimit(java.time.Duration.ofSeconds(timeLimit));
            if (config != null) {
                builder.config(config);
            }
            rules.forEach(builder::rulePack);
            return builder.build();
        }
    }

    /** Options every question takes: the source, and text or JSON. */
    static final class Common extends Source {
        @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
        Format format;

        int print(String question, Answer<?> answer) {
            return print(question, answer, null);
        }

        /**
         * Prints the answer; where no rule answers, {@code nothing} (in the language asked, or null) says so in words
         * of the question ("Kommissoriet siger intet om, hvor ... er placeret.").
         */
        int print(String question, Answer<?> answer, String nothing) {
            return print(question, answer, nothing, null);
        }

        /** As {@link #print(String, Answer, String)}, for the duties of {@code asked} (see {@link AnswerText#write(String, Answer, Sentences, String, String)}). */
        int print(String question, Answer<?> answer, String nothing, String asked) {
            PrintWriter out = spec.commandLine().getOut();
            Sentences words = words();
            out.print(format == Format.json ? JsonOutput.write(AnswerJson.document(answer, words, nothing), "an answer") + "\n"
                    : AnswerText.write(question, answer, words, nothing, asked));
            out.flush();
            return 0;
        }

        /** {@code key} filled with {@code parts}, in the language asked; null without --lang. */
        String nothing(String key, String... parts) {
            Sentences words = words();
            return words == null ? null : words.phrase(key, parts);
        }
    }

    @Command(name = "who", mixinStandardHelpOptions = true,
            description = "Who must (or may) take ACTION on MATTER, e.g. 'who approve annual-plan --scope music'.")
    static final class Who implements Callable<Integer> {
        @Mixin Common common;
        @Parameters(index = "0", paramLabel = "ACTION", description = "e.g. approve, hire, appoint") String action;
        @Parameters(index = "1", paramLabel = "MATTER", description = "e.g. annual-plan, project-chief, vice-chair") String matter;
        @Option(names = "--scope", paramLabel = "S", description = "a focus area or municipality, e.g. music") String scope;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            Governance g = common.governance();
            action = g.idOf("action", action);
            List<String> matters = g.mattersFor(action, matter);
            scope = scope == null ? null : g.idOf("scope", scope);
            Sentences words = common.words();
            if (matters.size() > 1) {
                return byMatter(g, words, matter, matters);
            }
            String asked = namedMatter(g, matter);
            // none: the words fit several matters and the action takes none of them; matterFor refuses, naming them
            matter = matters.isEmpty() ? g.matterFor(action, matter) : matters.get(0);
            Answer<Duty> a = g.who(action, matter, Criteria.any().scope(scope).asOf(asOf));
            if (asked != null && !asked.equals(matter) && dk.kulturmetropol.model.Vocabulary.SAME_THING.getOrDefault(asked, List.of()).contains(matter)) {
                return bySameThing(words, asked, a);
            }
            boolean noRule = a.isEmpty() && a.why().map(w -> w.reason() == dk.kulturmetropol.rules.Why.Reason.NO_RULE).orElse(false);
            if (noRule && scope != null) {
                Integer byArea = byFocusArea(g, words);
                if (byArea != null) {
                    return byArea;
                }
            }
            if (noRule && g.accepted("actor").contains(matter)) {
                Answer<Duty> to = g.whoTo(action, matter, Criteria.any().scope(scope).asOf(asOf));
                if (!to.isEmpty()) {
                    return byRecipient(words, a, to);
                }
            }
            // a day with no rows asks as the text does on the days it holds ("Hvem kan træffe beslutninger ...", not "skal")
            Answer<Duty> held = a.isEmpty() && asOf != null ? g.who(action, matter, Criteria.any().scope(scope)) : a;
            int code = common.print(question(words, matter, scope, held), common.format == Format.json ? a : heldFor(g, a, asOf),
                    none(words, matter, scope, held));
            if (common.format != Format.json) {
                PrintWriter out = common.spec.commandLine().getOut();
                holderTerms(g, a, words).forEach(note -> out.print("\n" + note + "\n"));
                out.flush();
            }
            return code;
        }

        /**
         * The answer as the text shows it on a day: a duty whose bearer is a post held that day by one holder whose term is
         * shorter than the duty's shows that holder's days (a home municipality that took over mid-period bears the home's
         * duties from the day it took over: "gælder fra 1. juli 2022 til 31. december 2024"). The library's rows keep the
         * duty's own days, so an answer on a date stays the whole period's answer restricted to it; JSON prints those.
         */
        private static Answer<Duty> heldFor(Governance g, Answer<Duty> a, LocalDate asOf) {
            if (asOf == null) {
                return a;
            }
            List<dk.kulturmetropol.rules.Row<Duty>> rows = new ArrayList<>(a.rows().size());
            for (dk.kulturmetropol.rules.Row<Duty> row : a.rows()) {
                Duty d = row.fact();
                List<dk.kulturmetropol.model.PostHolding> that = d.actor() == null || !g.accepted("post").contains(d.actor()) ? List.of()
                        : g.holders(d.actor(), Criteria.any().asOf(asOf)).rows().stream().map(dk.kulturmetropol.rules.Row::fact)
                                .filter(h -> h.holder() != null).toList();
                rows.add(that.size() != 1 || that.get(0).validity().covers(d.validity()) ? row
                        : new dk.kulturmetropol.rules.Row<>(d.during(d.validity().intersect(that.get(0).validity())), row.resolvedTo(),
                                row.clauses(), row.resolved(), row.through(), row.placedIn()));
            }
            return new Answer<>(rows, a.unspecified(), a.why());
        }

        /**
         * For each post that bears a row and changes holder within the row's days (a home municipality that moved), who
         * holds it when: "Bemærk: Hjemkommunen for Musikindsatsen er Roskilde Kommune fra 1. januar 2021 til 30. juni 2022
         * og Herlev Kommune fra 1. juli 2022 til 31. december 2024." A row's days are the duty's; its bearer on a day is
         * whoever holds the post then.
         */
        private static List<String> holderTerms(Governance g, Answer<Duty> a, Sentences words) {
            java.util.Set<String> notes = new java.util.LinkedHashSet<>();
            java.util.Set<String> posts = g.accepted("post");
            for (dk.kulturmetropol.rules.Row<Duty> row : a.rows()) {
                List<String> bearers = new ArrayList<>(row.fact().jointlyWith());
                bearers.add(0, row.fact().actor());
                for (String post : bearers) {
                    if (post == null || !posts.contains(post)) {
                        continue;
                    }
                    List<dk.kulturmetropol.model.PostHolding> terms = g.holders(post).rows().stream().map(dk.kulturmetropol.rules.Row::fact)
                            .filter(h -> h.holder() != null && h.validity().overlaps(row.fact().validity())).toList();
                    if (terms.stream().map(dk.kulturmetropol.model.PostHolding::holder).distinct().count() < 2) {
                        continue;
                    }
                    List<String> each = terms.stream().map(h -> words == null ? h.holder() + " " + h.validity().from() + ".." + h.validity().to()
                            : words.labels().inSentence("actor", h.holder()) + " " + words.phrase("deadline.window",
                                    "from", words.inText(h.validity().from()), "to", words.inText(h.validity().to()))).toList();
                    notes.add(words == null ? "Note: " + post + " is " + String.join(" and ", each) + "."
                            : words.phrase("holder-terms", "post", AnswerText.capitalised(words.labels().inSentence("actor", post)), "terms", words.list(each)));
                }
            }
            return List.copyOf(notes);
        }

        /**
         * Where no duty takes the action on the matter asked but the matter is an actor the action is done to ("who
         * orienterer næstformændene": chairs.tasks-4 has the political chair inform the vice-chairs about the ongoing
         * work): the question as asked, that the text says nothing of it so, and the duties that name the actor as a
         * recipient, under a line that says so, instead of "nothing".
         */
        private Integer byRecipient(Sentences words, Answer<Duty> none, Answer<Duty> to) {
            PrintWriter out = common.spec.commandLine().getOut();
            // the actor is who the action is done to: "Hvem skal orientere Kulturmetropolens politiske styregruppe?"
            String question = words != null ? words.whoRecipient(action, matter, scope, found(to), asOf) : question(words, matter, scope, to);
            if (to.rows().isEmpty() && common.format != Format.json) {
                // only duties whose bearer the text does not name: their own heading says so, once
                out.print(AnswerText.write(question, to, words, null));
                out.flush();
                return 0;
            }
            String nothing = words != null ? words.whoRecipientNone(action, matter, scope, found(to), asOf) : capitalised(none.note().orElse("") + ".");
            // said from the recipient's side where the vocabulary can: "Teksten siger her, at de politiske næstformænd skal orienteres:"
            String note = words != null ? words.recipientDone(action, matter, scope).map(done -> words.phrase("who.by-recipient.done", "done", done))
                    .orElseGet(() -> words.phrase("who.by-recipient", "none", nothing.substring(0, nothing.length() - 1)))
                    : nothing.substring(0, nothing.length() - 1) + "; " + matter + " is among the recipients of these:";
            if (common.format == Format.json) {
                Map<String, Object> doc = AnswerJson.document(to, words, null);
                doc.put("note", note);
                doc.put("recipient", matter);
                out.print(JsonOutput.write(doc, "an answer") + "\n");
            } else {
                out.print(AnswerText.write(question + "\n\n" + note, to, words, null));
            }
            out.flush();
            return 0;
        }

        /** The one matter {@code words} name, as typed; null where they fit several or none. */
        private static String namedMatter(Governance g, String words) {
            try {
                return g.idOf("matter", words);
            } catch (dk.kulturmetropol.rules.AmbiguousTermException | dk.kulturmetropol.rules.UnknownTermException e) {
                return null;
            }
        }

        /**
         * Where the matter asked is one the text writes in other words with this action ("who submit annual-accounts":
         * the project chief "indsende et revideret årsregnskab", chief.duty-4): the question as asked, a line that says
         * which words the text uses ({@link dk.kulturmetropol.model.Vocabulary#SAME_THING}), and the rows of those words.
         */
        private Integer bySameThing(Sentences words, String asked, Answer<Duty> a) {
            PrintWriter out = common.spec.commandLine().getOut();
            String text = dk.kulturmetropol.model.Vocabulary.danish(matter).orElse(matter);
            String note = words != null
                    ? words.phrase("who.same-thing", "asked", words.labels().inSentence("matter", asked), "text", text,
                            "answered", words.labels().inSentence("matter", matter))
                    : "Reading: the text's \"" + text + "\" (" + matter + ") here is taken to be " + asked + ":";
            if (common.format == Format.json) {
                Map<String, Object> doc = AnswerJson.document(a, words, none(words, matter, scope, a));
                doc.put("note", note);
                doc.put("askedMatter", asked);
                out.print(JsonOutput.write(doc, "an answer") + "\n");
            } else {
                out.print(AnswerText.write(question(words, asked, scope, a) + "\n\n" + note, a, words, none(words, asked, scope, a)));
            }
            out.flush();
            return 0;
        }

        private static String capitalised(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        /**
         * A general word that fits several matters the action takes ("aflægge regnskab": the secretariat's accounts, the
         * audited annual accounts, the final accounts): the answer for each, under one line that says so, instead of one
         * reading chosen silently.
         */
        private Integer byMatter(Governance g, Sentences words, String asked, List<String> matters) {
            PrintWriter out = common.spec.commandLine().getOut();
            String note = words != null ? words.phrase("who.by-matter", "words", asked)
                    : "The text uses '" + asked + "' for several matters; the answer for each:";
            List<Answer<Duty>> answers = matters.stream().map(m -> g.who(action, m, Criteria.any().scope(scope).asOf(asOf))).toList();
            if (common.format == Format.json) {
                Map<String, Object> doc = new java.util.LinkedHashMap<>();
                doc.put("note", note);
                List<Object> byMatter = new ArrayList<>();
                for (int i = 0; i < answers.size(); i++) {
                    Map<String, Object> one = new java.util.LinkedHashMap<>();
                    one.put("matter", matters.get(i));
                    one.putAll(AnswerJson.document(answers.get(i), words, null));
                    byMatter.add(one);
                }
                doc.put("byMatter", byMatter);
                out.print(JsonOutput.write(doc, "an answer") + "\n");
            } else {
                StringBuilder text = new StringBuilder(note).append('\n');
                for (int i = 0; i < answers.size(); i++) {
                    String m = matters.get(i);
                    Answer<Duty> a = answers.get(i);
                    text.append('\n').append(AnswerText.write(question(words, m, scope, a), a, words, none(words, m, scope, a)));
                }
                out.print(AnswerText.onceEach(text.toString(), words));
            }
            out.flush();
            return 0;
        }

        /**
         * Where the text sets the duty per focus area and the scope asked is a municipality: the focus areas the
         * municipality is home to (home.list), and the answer for each; null where it is home to none that answers.
         */
        private Integer byFocusArea(Governance g, Sentences words) {
            List<String> areas = new ArrayList<>();
            List<dk.kulturmetropol.rules.Row<dk.kulturmetropol.model.PostHolding>> homes = new ArrayList<>();
            for (String area : g.accepted("scope")) {
                if (g.accepted("post").contains("home-municipality:" + area)) {
                    for (var row : g.holders("home-municipality:" + area, Criteria.any().asOf(asOf)).rows()) {
                        if (scope.equals(row.fact().holder()) && !g.who(action, matter, Criteria.any().scope(area).asOf(asOf)).isEmpty()) {
                            areas.add(area);
                            homes.add(row);
                        }
                    }
                }
            }
            if (areas.isEmpty()) {
                return null;
            }
            PrintWriter out = common.spec.commandLine().getOut();
            Answer<dk.kulturmetropol.model.PostHolding> home = new Answer<>(homes, List.of(), java.util.Optional.empty());
            List<Answer<Duty>> answers = areas.stream().distinct().map(area -> g.who(action, matter, Criteria.any().scope(area).asOf(asOf))).toList();
            String note = words != null ? words.phrase("who.by-area")
                    : "The text sets this for each focus area, not for each municipality; " + scope + " is home municipality for "
                    + String.join(", ", areas.stream().distinct().toList()) + ":";
            if (common.format == Format.json) {
                Answer<Duty> none = g.who(action, matter, Criteria.any().scope(scope).asOf(asOf));
                Map<String, Object> doc = AnswerJson.document(none, words, null);
                doc.put("note", words != null ? note : none.note().orElse("") + "; " + note.substring(0, note.length() - 1).replace("The text sets", "the rules state"));
                doc.put("homeMunicipalityOf", AnswerJson.document(home, words, null).get("answers"));
                List<Object> byArea = new ArrayList<>();
                for (int i = 0; i < answers.size(); i++) {
                    Map<String, Object> one = AnswerJson.document(answers.get(i), words, null);
                    one.put("scope", areas.stream().distinct().toList().get(i));
                    byArea.add(one);
                }
                doc.put("byFocusArea", byArea);
                out.print(JsonOutput.write(doc, "an answer") + "\n");
            } else {
                StringBuilder text = new StringBuilder(question(words, matter, scope, new Answer<>(List.of(), List.of(), java.util.Optional.empty())))
                        .append("\n\n");
                text.append(AnswerText.write(note, home, words));
                List<String> distinct = areas.stream().distinct().toList();
                for (int i = 0; i < answers.size(); i++) {
                    text.append('\n').append(AnswerText.write(question(words, matter, distinct.get(i), answers.get(i)), answers.get(i), words));
                }
                out.print(AnswerText.onceEach(text.toString(), words));
            }
            out.flush();
            return 0;
        }

        /**
         * The question a section answers, with the modalities its rows have ("Hvem skal godkende årsplanen?", "Who must
         * approve annual-plan for music?"); an answer without rows asks with "must".
         */
        private String question(Sentences words, String matter, String scope, Answer<Duty> held) {
            return words != null ? words.who(action, matter, scope, found(held), asOf)
                    : "Who " + modalities(held) + " " + action + " " + matter + (scope == null ? "" : " for " + scope)
                    + (asOf == null ? "" : " on " + asOf) + "?";
        }

        /** That the text says nothing of the question, in its words; null without words (the answer's note says it). */
        private String none(Sentences words, String matter, String scope, Answer<Duty> held) {
            return words == null ? null : words.whoNone(action, matter, scope, found(held), asOf);
        }

        static List<Modality> found(Answer<Duty> a) {
            // a fact stated as done binds no one: the question asks as typed ("Hvem skal vælge formandskommunen?")
            List<Modality> found = java.util.stream.Stream.concat(a.rows().stream(), a.unspecified().stream())
                    .map(r -> r.fact().modality()).filter(m -> m != Modality.STATED).distinct().sorted().toList();
            return found.isEmpty() ? List.of(Modality.MUST) : found;
        }

        /** "must", "may", "must or may" ...: the header says what the rows say. */
        static String modalities(Answer<Duty> a) {
            List<String> found = java.util.stream.Stream.concat(a.rows().stream(), a.unspecified().stream())
                    .map(r -> r.fact().modality()).filter(m -> m != Modality.STATED).distinct().sorted().map(Modality::id).toList();
            return found.isEmpty() ? "must" : String.join(" or ", found);
        }
    }

    @Command(name = "duties", mixinStandardHelpOptions = true,
            description = "The duties of ACTOR, including those of posts it holds, e.g. 'duties home-municipality:music'.")
    static final class Duties implements Callable<Integer> {
        @Mixin Common common;
        @Parameters(index = "0", paramLabel = "ACTOR", description = "e.g. kmk, secretariat, project-chief:music") String actor;
        @Option(names = "--scope", paramLabel = "S", description = "a focus area or municipality") String scope;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            Governance g = common.governance();
            actor = g.idOf("actor", actor);
            scope = scope == null ? null : g.idOf("scope", scope);
            Criteria asked = Criteria.any().scope(scope).asOf(asOf);
            Answer<Duty> a = g.duties(actor, asked);
            Sentences words = common.words();
            // the scope asked about is part of the question: "Opgaver for Roskilde Kommune vedrørende Musikindsatsen"
            String whose = words == null ? null : scope == null ? words.labels().inSentence("actor", actor)
                    : words.phrase("duties.scope", "actor", words.labels().inSentence("actor", actor), "scope", words.labels().inSentence("scope", scope));
            int code = common.print(words != null ? words.phrase(FindingsOutput.ownKey(words, "question.duties", actor), "actor", whose, "on", words.on(asOf))
                    : "Duties of " + actor + (scope == null ? "" : " for " + scope) + (asOf == null ? "" : " on " + asOf) + ":", a,
                    words == null ? null : words.phrase("none.duties", "actor", whose, "on", words.on(asOf)), actor);
            Map<String, List<String>> representatives = a.isEmpty() && common.format != Format.json ? representatives(g, asked) : Map.of();
            if (!representatives.isEmpty()) {
                PrintWriter out = common.spec.commandLine().getOut();
                // in words, who they are and where they sit, as a note would say it; without --lang, the commands to ask
                out.print("\n" + (words == null ? "The municipality's representatives have duties through their seats in the bodies; see "
                        + String.join(" and ", representatives.keySet().stream().map(id -> "'duties " + id + (scope == null ? "" : " --scope " + scope)
                                + (asOf == null ? "" : " --as-of " + asOf) + "'").toList()) + "."
                        : String.join(" ", representatives.entrySet().stream().map(r -> words.phrase("none.duties.member",
                                "actor", AnswerText.capitalised(words.labels().inSentence("actor", r.getKey())),
                                "bodies", words.list(r.getValue().stream().map(b -> words.labels().inSentence("actor", b)).toList()))).toList())) + "\n");
                out.flush();
            }
            return code;
        }

        /**
         * For a municipality that bears nothing asked itself, its representatives that bear duties asked through their seats
         * (its culture chief in KMK, its culture committee chair in the steering group), each with those bodies, in order; a
         * municipality as an actor is not its representatives. Empty for any other actor.
         */
        private Map<String, List<String>> representatives(Governance g, Criteria criteria) {
            Map<String, List<String>> bodies = new java.util.LinkedHashMap<>();
            if (g.accepted("scope").contains(actor) && !actor.contains(":")) {
                java.util.stream.Stream.of("culture-chief:" + actor, "culture-committee-chair:" + actor).filter(g.accepted("actor")::contains)
                        .forEach(id -> {
                            List<String> seats = seats(g, id, criteria);
                            if (!seats.isEmpty()) {
                                bodies.put(id, seats);
                            }
                        });
            }
            return bodies;
        }

        /** The bodies through whose seats {@code id} bears duties asked by {@code criteria}, in order. */
        private static List<String> seats(Governance g, String id, Criteria criteria) {
            return g.duties(id, criteria).rows().stream().flatMap(r -> r.through().stream())
                    .filter(t -> t.kind().equals("seat")).map(dk.kulturmetropol.rules.Through::actor).distinct().toList();
        }
    }

    @Command(name = "reports", mixinStandardHelpOptions = true,
            description = {"To whom ACTOR reports, directly and through others, e.g. 'reports project-chief:music --about realisation'.",
                    "With --to instead of ACTOR, who reports to that actor, e.g. 'reports --to kmk'."})
    static final class Reports implements Callable<Integer> {
        @Mixin Common common;
        @Parameters(index = "0", arity = "0..1", paramLabel = "ACTOR", description = "whose reporting lines, e.g. project-chief:music") String actor;
        @Option(names = "--to", paramLabel = "ACTOR", description = "instead of ACTOR: the lines that end at this actor, e.g. kmk") String to;
        @Option(names = "--about", paramLabel = "SUBJECT", description = "e.g. realisation, employment, home-municipality-duties") String about;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            if ((actor == null) == (to == null)) {
                throw actor == null
                        ? new DanishRefusals.UsageRefused(common.spec.commandLine(), "name whose reporting lines: ACTOR (its own lines) or --to ACTOR (the lines to it)",
                                "reports.neither")
                        : new DanishRefusals.UsageRefused(common.spec.commandLine(), "name either ACTOR (its own lines) or --to ACTOR (the lines to it), not both; found '"
                                + actor + "' and --to '" + to + "'", "reports.both", "actor", DanishRefusals.quoted(actor), "to", DanishRefusals.quoted(to));
            }
            Governance g = common.governance();
            Criteria criteria = Criteria.any().about(about).asOf(asOf);
            var a = to == null ? g.reports(actor, criteria) : g.reportingTo(to, criteria);
            Sentences words = common.words();
            String subject = about == null ? null : g.idOf("subject", about);
            String who = to == null ? g.idOf("actor", actor) : g.idOf("actor", to);
            String[] parts = words == null ? null : new String[] {"actor", words.labels().inSentence("actor", who),
                    "about", subject == null ? "" : words.phrase("about", "subject", words.labels().label("subject", subject)), "on", words.on(asOf)};
            String question = words != null ? words.phrase(to == null ? "question.reports" : "question.reports.to", parts)
                    : (to == null ? "Reporting lines of " : "Reporting lines to ") + who + (subject == null ? "" : " about " + subject)
                    + (asOf == null ? "" : " on " + asOf) + ":";
            String nothing = words == null ? null : words.phrase(to == null ? "none.reports" : "none.reports.to", parts);
            Answer<dk.kulturmetropol.model.Derived> nearest = to == null && a.isEmpty() ? nearestForUnit(g, who, criteria) : null;
            String nearestHeading = null;
            if (nearest != null && !nearest.isEmpty()) {
                // a unit with no reporting line of its own (the secretariat): its head's line, and what the head does with
                // the one it reports to ("Sekretariatschefen ... refererer til ... den administrative formand", secretariat.head-2;
                // "Den administrative formand udstikker i samarbejde med sekretariatschefen ... rammerne", chairs.tasks-8)
                String head = dk.kulturmetropol.model.Vocabulary.UNITS.get(who);
                String headTo = ((dk.kulturmetropol.model.ReportingLine) nearest.rows().get(0).fact()).to();
                nothing = words == null ? null : words.phrase("none.reports.unit", parts);
                nearestHeading = words != null ? words.phrase("reports.unit.nearest", "head", words.labels().inSentence("actor", head),
                        "to", words.labels().inSentence("actor", headTo))
                        : "The nearest the text comes: the reporting line of " + head + ", and what " + head + " does together with " + headTo + ":";
            } else {
                nearest = null;
            }
            // a report delivered ("afrapportering") is a duty, not a reporting line; it names no subject, so --about leaves it out
            Answer<Duty> delivered = about != null ? null : to == null ? g.reportsDeliveredBy(who, Criteria.any().asOf(asOf))
                    : g.reportsDeliveredTo(who, Criteria.any().asOf(asOf));
            if ((delivered == null || delivered.isEmpty()) && nearest == null) {
                return common.print(question, a, nothing);
            }
            PrintWriter out = common.spec.commandLine().getOut();
            String heading = words != null ? words.phrase(to == null ? "reports.delivered.by" : "reports.delivered.to",
                    "actor", words.labels().inSentence("actor", who), "on", words.on(asOf))
                    : (to == null ? "Reports delivered by " : "Reports delivered to ") + who + (asOf == null ? "" : " on " + asOf) + ":";
            boolean anyDelivered = delivered != null && !delivered.isEmpty();
            if (common.format == Format.json) {
                Map<String, Object> doc = AnswerJson.document(a, words, nothing);
                if (nearest != null) {
                    doc.put("nearestNote", nearestHeading);
                    doc.put("nearest", AnswerJson.document(nearest, words, null).get("answers"));
                }
                if (anyDelivered) {
                    Map<String, Object> reports = AnswerJson.document(delivered, words, null);
                    List<Object> rows = new ArrayList<>((List<?>) reports.get("answers"));
                    rows.addAll((List<?>) reports.get("unspecified"));
                    doc.put("delivered", rows);
                }
                out.print(JsonOutput.write(doc, "an answer") + "\n");
            } else {
                out.print(AnswerText.onceEach(AnswerText.write(question, a, words, nothing)
                        + (nearest == null ? "" : "\n" + AnswerText.write(nearestHeading, nearest, words))
                        + (anyDelivered ? "\n" + AnswerText.write(heading, delivered, words) : ""), words));
            }
            out.flush();
            return 0;
        }

        /**
         * The rows that come nearest to a unit's reporting line where the text sets none for the unit: the direct lines of
         * the post at its head ({@link dk.kulturmetropol.model.Vocabulary#UNITS}), and the duties the one the head reports
         * to has together with the head; null for an actor that is no unit.
         */
        private static Answer<dk.kulturmetropol.model.Derived> nearestForUnit(Governance g, String unit, Criteria criteria) {
            String head = dk.kulturmetropol.model.Vocabulary.UNITS.get(unit);
            if (head == null || !g.accepted("actor").contains(head)) {
                return null;
            }
            List<dk.kulturmetropol.rules.Row<dk.kulturmetropol.model.Derived>> rows = new ArrayList<>();
            for (var r : g.reports(head, criteria).rows()) {
                if (r.fact().isDirect() && r.fact().from().equals(head)) {
                    rows.add(new dk.kulturmetropol.rules.Row<>(r.fact(), r.resolvedTo(), r.clauses(), r.resolved(), r.through(), r.placedIn()));
                }
            }
            List<String> tos = rows.stream().map(r -> ((dk.kulturmetropol.model.ReportingLine) r.fact()).to()).distinct().toList();
            for (String up : tos) {
                for (var r : g.duties(up, Criteria.any().asOf(criteria.asOf())).rows()) {
                    if (r.fact().actor().equals(up) && r.fact().jointlyWith().contains(head) && r.through().isEmpty()) {
                        rows.add(new dk.kulturmetropol.rules.Row<>(r.fact(), r.resolvedTo(), r.clauses(), r.resolved(), r.through(), r.placedIn()));
                    }
                }
            }
            return new Answer<>(rows, List.of(), java.util.Optional.empty());
        }
    }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = {"Every fact whose sentence (in Danish or English), labels or quoted clause has all the WORDS, best first, "
                    + "e.g. 'find regnskab', 'find samlede vision'.",
                    "A Danish word finds its other forms (by its stem) and compounds that hold it; case and accents do not matter."})
    static final class FindCommand implements Callable<Integer> {
        @Mixin Common common;
        @Parameters(arity = "1..*", paramLabel = "WORDS", description = "one word or more, e.g. regnskab") List<String> words;
        @Option(names = "--scope", paramLabel = "S", description = "only duties for this focus area or municipality, and those for every scope") String scope;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            Governance g = common.governance();
            scope = scope == null ? null : g.idOf("scope", scope);
            Answer<dk.kulturmetropol.model.Derived> a = g.find(words, Criteria.any().scope(scope).asOf(asOf));
            Sentences lang = common.words();
            String asked = String.join(" ", words);
            String question = lang != null ? lang.phrase("question.find", "words", asked, "on", lang.on(asOf))
                    : "Facts with the words '" + asked + "'" + (scope == null ? "" : " for " + scope) + (asOf == null ? "" : " on " + asOf) + ":";
            String nothing = lang == null ? null : lang.phrase("none.find", "words", asked, "on", lang.on(asOf));
            // facts that have a word only in the clause they quote come last (Governance.find), under a heading of their own,
            // so that no row of the same clause pulls them up beside a fact whose own sentence has the words
            java.util.function.Predicate<dk.kulturmetropol.rules.Row<dk.kulturmetropol.model.Derived>> quoteOnly = r -> g.foundOnlyInQuote(r.fact(), words);
            Answer<dk.kulturmetropol.model.Derived> inQuote = new Answer<>(a.rows().stream().filter(quoteOnly).toList(),
                    a.unspecified().stream().filter(quoteOnly).toList(), java.util.Optional.empty());
            if (common.format == Format.json) {
                // each row says whether the words are only in the clause it quotes, which the text puts under a heading
                Map<String, Object> doc = AnswerJson.document(a, lang, nothing);
                markQuoteOnly(doc, "answers", a.rows(), quoteOnly);
                markQuoteOnly(doc, "unspecified", a.unspecified(), quoteOnly);
                PrintWriter out = common.spec.commandLine().getOut();
                out.print(JsonOutput.write(doc, "an answer") + "\n");
                out.flush();
                return 0;
            }
            if (inQuote.isEmpty()) {
                return common.print(question, a, nothing);
            }
            Answer<dk.kulturmetropol.model.Derived> own = new Answer<>(a.rows().stream().filter(quoteOnly.negate()).toList(),
                    a.unspecified().stream().filter(quoteOnly.negate()).toList(), java.util.Optional.empty());
            String heading = lang != null ? lang.phrase("find.quote-only", "words", asked)
                    : "Also with the words '" + asked + "' only in the clause they quote:";
            String text = own.isEmpty() ? AnswerText.write(question + "\n\n" + heading, inQuote, lang)
                    : AnswerText.write(question, own, lang) + "\n" + AnswerText.write(heading, inQuote, lang);
            PrintWriter out = common.spec.commandLine().getOut();
            out.print(AnswerText.onceEach(text, lang));
            out.flush();
            return 0;
        }
    }

    /** Puts {@code foundOnlyInQuote} in each row of the document's list {@code key}, the rows being {@code rows} in order. */
    @SuppressWarnings("unchecked")
    private static void markQuoteOnly(Map<String, Object> doc, String key, List<dk.kulturmetropol.rules.Row<dk.kulturmetropol.model.Derived>> rows,
                                      java.util.function.Predicate<dk.kulturmetropol.rules.Row<dk.kulturmetropol.model.Derived>> quoteOnly) {
        List<Object> written = (List<Object>) doc.get(key);
        for (int i = 0; i < rows.size(); i++) {
            ((Map<String, Object>) written.get(i)).put("foundOnlyInQuote", quoteOnly.test(rows.get(i)));
        }
    }

    @Command(name = "holder", mixinStandardHelpOptions = true,
            description = "Who holds POST, e.g. 'holder political-chair --as-of 2022-01-01'.")
    static final class Holder implements Callable<Integer> {
        @Mixin Common common;
        @Parameters(index = "0", paramLabel = "POST", description = "e.g. political-chair, home-municipality:music") String post;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: every term") LocalDate asOf;

        @Override
        public Integer call() {
            post = common.governance().idOf("post", post);
            var a = common.governance().holders(post, Criteria.any().asOf(asOf));
            Sentences words = common.words();
            // a municipality is not a post holder in the text's words: "Hvilken kommune er hjemkommune for Ungeindsatsen?"
            return common.print(words != null ? words.phrase(post.startsWith("home-municipality:") ? "question.holder.home" : "question.holder", "post", words.labels().label("post", post), "on", words.on(asOf))
                    : "Holder of " + post + (asOf == null ? "" : " on " + asOf) + ":", a,
                    words == null ? null : words.phrase("none.holder", "post", words.labels().label("post", post), "on", words.on(asOf)));
        }
    }

    @Command(name = "members", mixinStandardHelpOptions = true,
            description = "The members of BODY, e.g. 'members kmk --as-of 2022-01-01'.")
    static final class Members implements Callable<Integer> {
        @Mixin Common common;
        @Parameters(index = "0", paramLabel = "BODY", description = "e.g. political-steering-group, kmk") String body;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            body = bodyOf(common.governance(), body);
            var a = common.governance().members(body, Criteria.any().asOf(asOf));
            Sentences words = common.words();
            // a body whose members the text does not name: who leads it ("Den administrative formand leder den
            // administrative bestyrelse"), after the seat
            Governance g = common.governance();
            Answer<Duty> led = a.rows().isEmpty() && g.accepted("matter").contains(body) ? g.who("lead", body, Criteria.any().asOf(asOf)) : null;
            if (led != null && !led.isEmpty() && common.format == Format.text) {
                PrintWriter out = common.spec.commandLine().getOut();
                String question = words != null ? words.phrase("question.members", "body", words.labels().inSentence("body", body), "on", words.on(asOf))
                        : "Members of " + body + (asOf == null ? "" : " on " + asOf) + ":";
                String heading = words != null ? words.phrase("members.led", "body", words.labels().inSentence("body", body), "on", words.on(asOf))
                        : "Who leads " + body + (asOf == null ? "" : " on " + asOf) + ":";
                out.print(AnswerText.write(question, a, words, words == null ? null
                        : words.phrase("none.members", "body", words.labels().inSentence("body", body), "on", words.on(asOf)))
                        + "\n" + AnswerText.write(heading, led, words));
                out.flush();
                return 0;
            }
            if (led != null && !led.isEmpty()) {
                Map<String, Object> doc = AnswerJson.document(a, words, null);
                doc.put("ledBy", AnswerJson.document(led, words, null).get("answers"));
                common.spec.commandLine().getOut().print(JsonOutput.write(doc, "an answer") + "\n");
                common.spec.commandLine().getOut().flush();
                return 0;
            }
            return common.print(words != null ? words.phrase("question.members", "body", words.labels().inSentence("body", body), "on", words.on(asOf))
                    : "Members of " + body + (asOf == null ? "" : " on " + asOf) + ":", a,
                    words == null ? null : words.phrase("none.members", "body", words.labels().inSentence("body", body), "on", words.on(asOf)));
        }
    }

    /**
     * BODY as a body's id. An actor that is none is refused with what answers instead: a unit (the secretariat) has
     * duties, a place and a post at its head; a post has holders; any other actor has duties.
     */
    static String bodyOf(Governance g, String typed) {
        try {
            return g.idOf("body", typed);
        } catch (dk.kulturmetropol.rules.UnknownTermException unknown) {
            String actor;
            try {
                actor = g.idOf("actor", typed);
            } catch (IllegalArgumentException noActor) {
                throw unknown;
            }
            dk.kulturmetropol.model.Labels da = g.labels(Language.DA);
            String value = DanishRefusals.quoted(typed);
            String head = dk.kulturmetropol.model.Vocabulary.UNITS.get(actor);
            if (head != null && g.accepted("post").contains(head)) {
                throw new DanishRefusals.ValueRefused("'" + typed + "' is a unit, not a body with members: the text names no members; ask 'duties " + actor
                        + "' for its duties, 'where " + actor + "' for where it is placed, 'holder " + head + "' for its head",
                        "members.unit", "value", value, "the", da.inSentence("actor", actor), "id", actor,
                        "head", da.inSentence("actor", head), "headId", head);
            }
            if (g.accepted("post").contains(actor)) {
                throw new DanishRefusals.ValueRefused("'" + typed + "' is a post, not a body with members; ask 'holder " + actor
                        + "' for who holds it, 'duties " + actor + "' for its duties",
                        "members.post", "value", value, "label", da.label("actor", actor), "id", actor);
            }
            throw new DanishRefusals.ValueRefused("'" + typed + "' is not a body with members; ask 'duties " + actor + "' for its duties; the bodies are "
                    + String.join(", ", g.accepted("body")), "members.actor", "value", value, "the", da.inSentence("actor", actor), "id", actor,
                    "bodies", DanishRefusals.DA.list(g.accepted("body").stream().map(b -> da.label("body", b)).sorted(
                            java.text.Collator.getInstance(Language.DA.locale())).toList()));
        }
    }

    @Command(name = "where", mixinStandardHelpOptions = true,
            description = "Where ACTOR is placed (its host, not the bearer of its duties), e.g. 'where secretariat'.")
    static final class Where implements Callable<Integer> {
        @Mixin Common common;
        @Parameters(index = "0", paramLabel = "ACTOR", description = "e.g. secretariat") String actor;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            actor = common.governance().idOf("actor", actor);
            var a = common.governance().where(actor, Criteria.any().asOf(asOf));
            Sentences words = common.words();
            String question = words != null ? words.phrase("question.where", "actor", words.labels().inSentence("actor", actor), "on", words.on(asOf))
                    : "Where is " + actor + (asOf == null ? "" : " on " + asOf) + "?";
            // no place in the text, but an actor that employs it and makes its organisation available to it: that answers
            Answer<Duty> home = a.isEmpty() ? common.governance().homeOf(actor, Criteria.any().asOf(asOf)) : null;
            if (home == null || home.isEmpty()) {
                return common.print(question, a,
                        words == null ? null : words.phrase("none.where", "actor", words.labels().inSentence("actor", actor), "on", words.on(asOf)));
            }
            String heading = words != null ? words.phrase("where.home", "actor", words.labels().inSentence("actor", actor), "on", words.on(asOf))
                    : "The text places " + actor + " nowhere; who employs it or makes an organisation available to it" + (asOf == null ? "" : " on " + asOf) + ":";
            PrintWriter out = common.spec.commandLine().getOut();
            if (common.format == Format.json) {
                Map<String, Object> doc = AnswerJson.document(a, words, words == null ? null : heading);
                Map<String, Object> employed = AnswerJson.document(home, words, null);
                doc.put("employedBy", employed.get("answers"));
                out.print(JsonOutput.write(doc, "an answer") + "\n");
            } else {
                out.print(question + "\n\n" + AnswerText.write(heading, home, words));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Checks the mandate set as a whole: matters that must be approved with no approver, reporting cycles, "
                    + "posts without a holder, chair terms that leave part of the period uncovered, packs that contradict the "
                    + "kommissorium (errors); duties and posts the text leaves without a name (warnings).",
                    "Exit code 0 when there is no error, 1 when there is."})
    static final class Validate implements Callable<Integer> {
        @Mixin Common common;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            requireWithin(asOf, common.governance(), "nothing the rules state holds that day, so there is nothing to check", "outside.check");
            java.util.List<dk.kulturmetropol.rules.Finding> findings = common.governance().validate(Criteria.any().asOf(asOf));
            PrintWriter out = common.spec.commandLine().getOut();
            out.print(common.format == Format.json ? FindingsOutput.json(findings, common.words(),
                    FindingsOutput.ownSentences(common.governance(), common.words())) : FindingsOutput.text(findings, asOf, common.words(),
                    FindingsOutput.ownSentences(common.governance(), common.words())));
            out.flush();
            return findings.stream().anyMatch(f -> f.severity() == dk.kulturmetropol.rules.Finding.Severity.ERROR) ? 1 : 0;
        }
    }

    @Command(name = "meetings", mixinStandardHelpOptions = true,
            description = {"Judges a meeting record (CSV: body,date) against how often the text says each body meets: every year "
                    + "or quarter of the agreement period up to --as-of (default today), those with no meeting in the record included (below).",
                    "Status ok, below, above; open for a year or quarter still running and short of the count; ok-so-far for one "
                    + "still running with the count reached where the text sets a most (one more would be above); "
                    + "outside-period for meetings outside the agreement.",
                    "Only meetings on or before --as-of count. A year or quarter the agreement covers in part is judged pro rata, as a reading."})
    static final class Meetings implements Callable<Integer> {
        @Mixin Common common;
        @Option(names = "--log", required = true, paramLabel = "FILE", description = "the meeting record, CSV with the header body,date") Path log;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: today") LocalDate asOf;

        @Override
        public Integer call() {
            Governance g = common.governance();
            LocalDate on = asOf == null ? LocalDate.now() : asOf;
            List<dk.kulturmetropol.rules.MeetingFinding> findings = g.meetings(dk.kulturmetropol.rules.MeetingLog.read(log, g.accepted("body")), on);
            PrintWriter out = common.spec.commandLine().getOut();
            out.print(common.format == Format.json ? FindingsOutput.meetingsJson(findings, common.words()) : FindingsOutput.meetingsText(findings, on, common.words()));
            out.flush();
            return 0;
        }
    }

    @Command(name = "may-decide", mixinStandardHelpOptions = true,
            description = {"May the chair decide on the body's behalf on that date? Yes between meetings within the chair's term; "
                    + "no on a day the body meets (from --log), and no outside the term or the agreement.",
                    "e.g. 'may-decide political-chair political-steering-group --as-of 2022-03-01'"})
    static final class MayDecide implements Callable<Integer> {
        @Mixin Common common;
        @Parameters(index = "0", paramLabel = "POST", description = "political-chair or administrative-chair") String post;
        @Parameters(index = "1", paramLabel = "BODY", description = "political-steering-group or kmk") String body;
        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "YYYY-MM-DD") LocalDate asOf;
        @Option(names = "--log", paramLabel = "FILE", description = "the meeting record, CSV with the header body,date") Path log;

        @Override
        public Integer call() {
            Governance g = common.governance();
            List<dk.kulturmetropol.rules.Meeting> meetings = log == null ? List.of() : dk.kulturmetropol.rules.MeetingLog.read(log, g.accepted("body"));
            post = g.idOf("post", post);
            body = g.idOf("body", body);
            dk.kulturmetropol.rules.Decision d = g.mayDecide(post, body, asOf, meetings);
            PrintWriter out = common.spec.commandLine().getOut();
            out.print(common.format == Format.json ? FindingsOutput.decisionJson(d, common.words())
                    : FindingsOutput.decisionText(post, body, asOf, d, common.words()));
            out.flush();
            return 0;
        }
    }

    @Command(name = "orgchart", mixinStandardHelpOptions = true,
            description = {"The org chart of the agreement on a date, top-down, from the rules: the political steering group and its "
                    + "chairmanship at the top, KMK, the administrative board, the secretariat and its host, each focus area with its home "
                    + "municipality and project chief, the ministry, and the holders the agreement names, each line from one fact and its clause.",
                    "Node ids are the vocabulary's ids; --lang da|en labels the boxes and lines (without it they say their ids). "
                    + "Mermaid renders on the usual code hosts; dot is Graphviz (dot -Tpng)."})
    static final class Orgchart implements Callable<Integer> {
        enum ChartFormat { mermaid, dot }

        @Mixin Source source;
        @Option(names = "--format", defaultValue = "mermaid", description = "mermaid (default) or dot") ChartFormat format;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            Governance g = source.governance();
            dk.kulturmetropol.rules.OrgChart data;
            try {
                data = g.orgChart(dk.kulturmetropol.rules.Criteria.any().asOf(asOf), source.lang == null ? dk.kulturmetropol.model.Language.EN : source.lang);
            } catch (IllegalArgumentException e) {
                if (asOf != null && !g.agreement().period().contains(asOf)) {
                    throw outside(asOf, g, e.getMessage(), "outside.chart");
                }
                throw e;
            }
            OrgChart chart = OrgChart.of(data, source.lang == null ? null : source.words());
            PrintWriter out = source.spec.commandLine().getOut();
            out.print(format == ChartFormat.dot ? chart.toDot() : chart.toMermaid());
            out.flush();
            return 0;
        }
    }

    @Command(name = "raci", mixinStandardHelpOptions = true,
            description = {"A RACI matrix from the rules: a row per matter (and scope), a column per role, each cell the role's part "
                    + "(A decides or approves, R does, C is consulted or supports, I is informed; ? may, ~ should) and its clauses.",
                    "--format html writes one self-contained page that prints on A4 landscape."})
    static final class RaciCommand implements Callable<Integer> {
        enum RaciFormat { markdown, csv, html }

        @Mixin Source source;
        @Option(names = "--format", defaultValue = "markdown", description = "markdown (default), csv or html") RaciFormat format;

        @Override
        public Integer call() {
            Governance g = source.governance();
            RaciOutput raci = new RaciOutput(g.raci(Criteria.any()));
            PrintWriter out = source.spec.commandLine().getOut();
            Sentences words = source.words();
            out.print(switch (format) {
                case markdown -> raci.markdown(words);
                case csv -> raci.csv(words);
                case html -> raci.html(g.agreement().name(), words);
            });
            out.flush();
            return 0;
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = {"The annotated kommissorium: the whole text, section by section and sentence by sentence, each sentence "
                    + "verbatim with what the rules read in it (each fact as a sentence, who, when, and the reading it rests on) or why "
                    + "it states no duty, a count and a line to sign per section; what the text's owners read to accept the encoding.",
                    "--format html (default) writes one self-contained page that prints on A4; markdown the same as Markdown. "
                    + "--lang da (default: the text's language) or en."})
    static final class ReviewCommand implements Callable<Integer> {
        enum ReviewFormat { html, markdown }

        @Mixin Source source;
        @Option(names = "--format", defaultValue = "html", description = "html (default) or markdown") ReviewFormat format;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD: the facts that hold that day, their actors "
                + "resolved on it; default: the whole period") LocalDate asOf;

        @Override
        public Integer call() {
            Governance g = source.governance();
            Language language = source.lang == null ? Language.DA : source.lang;
            requireWithin(asOf, g, "the rules read nothing in the text that day", "outside.review");
            dk.kulturmetropol.rules.Review review = g.review(Criteria.any().asOf(asOf), language);
            Sentences words = Sentences.of(g.labels(language));
            PrintWriter out = source.spec.commandLine().getOut();
            out.print(format == ReviewFormat.html ? ReviewOutput.html(review, words, g.agreement())
                    : ReviewOutput.markdown(review, words, g.agreement()));
            out.flush();
            return 0;
        }
    }

    @Command(name = "calendar", mixinStandardHelpOptions = true,
            description = {"The annual cycle from --from to --to: dated deadlines the rules set (from packs such as the ministry's "
                    + "reporting rules) on their date; what the text asks yearly without a date over a window that is a reading: "
                    + "the accounts of a year in the year after, the plan and budget for a year in the year before, a counted duty "
                    + "(meetings) within its year or quarter, each due on the window's last day. What one actor does over one "
                    + "window is one item, naming every focus area and matter it covers and citing each sentence.",
                    "--format ics writes an iCalendar file to import into a calendar client: an event a dated deadline, a to-do "
                    + "(DTSTART, DUE) a window; quarters and html show the cycle by quarter (html one printable page).",
                    "--plan FILE (CSV body,date, as meetings --log reads) puts each item on the agenda of a meeting its body has "
                    + "planned in its window: the year gone's accounts on the first, the rest on the last; an approval after what it "
                    + "waits for, which is otherwise due by the approving meeting; and says where there is no meeting."})
    static final class CalendarCommand implements Callable<Integer> {
        enum CalendarFormat { text, json, ics, quarters, html }

        @Mixin Source source;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "YYYY-MM-DD, the first day") LocalDate from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = "YYYY-MM-DD, the last day") LocalDate to;
        @Option(names = "--format", defaultValue = "text", description = "text (default), json, ics, quarters or html") CalendarFormat format;
        @Option(names = "--plan", paramLabel = "FILE", description = "planned meetings, CSV with the header body,date (as meetings --log)") Path plan;

        @Override
        public Integer call() {
            Governance g = source.governance();
            if (to.isBefore(from)) {
                throw new DanishRefusals.ValueRefused("--to " + to + " is before --from " + from + "; give a window whose last day is on or after its first",
                        "window", "to", DanishRefusals.inWords(to), "from", DanishRefusals.inWords(from));
            }
            List<dk.kulturmetropol.rules.CycleItem> items = g.annualCycle(from, to, Criteria.any());
            List<dk.kulturmetropol.rules.AgendaItem> agenda = plan == null ? null
                    : g.annualCycle(from, to, Criteria.any(), dk.kulturmetropol.rules.MeetingLog.read(plan, g.accepted("body")));
            PrintWriter out = source.spec.commandLine().getOut();
            Sentences words = source.words();
            Sentences page = words != null ? words : Sentences.of(g.labels(Language.EN));
            out.print(switch (format) {
                case json -> agenda == null ? CalendarOutput.json(items, words) : CalendarOutput.agendaJson(agenda, words);
                case ics -> CalendarOutput.ics(items, agenda == null ? List.of() : agenda, words, from, to, page);
                case text -> agenda == null ? CalendarOutput.text(items, from, to, words, g.agreement().period(), next(g, items, to), lastAssumed(g, items, from))
                        : CalendarOutput.agenda(agenda, from, to, words, false);
                case quarters -> agenda == null ? CalendarOutput.quarters(items, from, to, words, g.agreement().period())
                        : CalendarOutput.agenda(agenda, from, to, words, true);
                case html -> agenda == null ? CycleHtml.items(items, from, to, page, g.agreement().period()) : CycleHtml.agenda(agenda, from, to, page);
            });
            out.flush();
            return 0;
        }

        /**
         * When the window is empty and after the period: the day of the last task between the period's end and the window
         * that only the tool dates ({@link CalendarOutput#assumed}), such as the final accounts read as due in the year after.
         */
        private static java.util.Optional<LocalDate> lastAssumed(Governance g, List<dk.kulturmetropol.rules.CycleItem> items, LocalDate from) {
            dk.kulturmetropol.model.Validity period = g.agreement().period();
            return !items.isEmpty() || !from.isAfter(period.to().plusDays(1)) ? java.util.Optional.empty()
                    : g.annualCycle(period.to().plusDays(1), from.minusDays(1), Criteria.any()).stream()
                            .filter(item -> CalendarOutput.assumed(item, period)).map(dk.kulturmetropol.rules.CycleItem::due)
                            .max(java.util.Comparator.naturalOrder());
        }

        /** When the window is empty: the day of the next task in the calendar after it, up to a year after the period. */
        private static java.util.Optional<LocalDate> next(Governance g, List<dk.kulturmetropol.rules.CycleItem> items, LocalDate to) {
            LocalDate horizon = g.agreement().period().to().plusYears(1);
            return !items.isEmpty() || !to.isBefore(horizon) ? java.util.Optional.empty()
                    : g.annualCycle(to.plusDays(1), horizon, Criteria.any()).stream().map(dk.kulturmetropol.rules.CycleItem::due)
                            .min(java.util.Comparator.naturalOrder());
        }
    }

    @Command(name = "vocabulary", mixinStandardHelpOptions = true,
            description = "Lists every id a question accepts for KIND (action, matter, actor, scope, post, body, subject), "
                    + "with its Danish and English label and the clauses of the rules that use it, e.g. 'vocabulary action'.")
    static final class VocabularyCommand implements Callable<Integer> {
        @Mixin Source source;
        @Parameters(index = "0", paramLabel = "KIND", description = "action, matter, actor, scope, post, body or subject") String kind;
        @Option(names = "--format", defaultValue = "text", description = "text (default) or json") Format format;

        @Override
        public Integer call() {
            VocabularyTable table = VocabularyTable.of(source.governance(), kind);
            PrintWriter out = source.spec.commandLine().getOut();
            out.print(format == Format.json ? table.json() : table.text());
            out.flush();
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"What changes between two agreements: every duty, seat, post holding, reporting line and placement that "
                    + "appears (+), disappears (-) or changes (~), as the rules state them, with dates and clauses.",
                    "e.g. 'diff --after with-gladsaxe.yaml': what changes when Gladsaxe joins. --rules applies to the after side."})
    static final class Diff implements Callable<Integer> {
        @Option(names = "--before", paramLabel = "FILE", description = "an agreement as YAML; default: Kulturmetropolen 2021-2024") Path before;
        @Option(names = "--after", paramLabel = "FILE", description = "an agreement as YAML; default: Kulturmetropolen 2021-2024") Path after;
        @Option(names = "--rules", paramLabel = "FILE", description = "a rule pack for the after side (repeatable)") List<Path> rules = new ArrayList<>();
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD: only what holds that day on either side; default: the whole period") LocalDate asOf;
        @Option(names = "--format", defaultValue = "text", description = "text (default) or json") Format format;
        @Option(names = "--lang", paramLabel = "LANG", description = "en or da: each fact a sentence in English or Danish; default: the ids")
        Language lang;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Governance was = before == null ? Governance.kulturmetropolen() : Governance.builder().config(before).build();
            Governance.Builder builder = Governance.builder();
            if (after != null) {
                builder.config(after);
            }
            rules.forEach(builder::rulePack);
            Governance now = builder.build();
            List<String> notes = new ArrayList<>();
            if (asOf != null && !was.agreement().period().contains(asOf) && !now.agreement().period().contains(asOf)) {
                throw new DanishRefusals.ValueRefused("--as-of " + asOf + " is outside both agreements, before "
                        + was.agreement().period() + " and after " + now.agreement().period()
                        + ": nothing the rules state holds that day on either side; give a day within one of them, or no --as-of",
                        "outside.both", "date", DanishRefusals.inWords(asOf));
            }
            for (Governance side : List.of(was, now)) {
                if (asOf != null && !side.agreement().period().contains(asOf)) {
                    notes.add("--as-of " + asOf + " is outside the " + (side == was ? "before" : "after") + " agreement's period "
                            + side.agreement().period() + ": nothing of that agreement holds that day");
                }
            }
            List<dk.kulturmetropol.rules.Change> changes = was.changesTo(now, Criteria.any().asOf(asOf));
            PrintWriter out = spec.commandLine().getOut();
            Sentences words = lang == null ? null : Sentences.of(now.labels(lang));
            out.print(format == Format.json ? FindingsOutput.changesJson(changes, words, notes)
                    : notes.stream().map(note -> "Note: " + note + "\n\n").collect(java.util.stream.Collectors.joining())
                    + FindingsOutput.changesText(changes, words));
            out.flush();
            return 0;
        }
    }

    @Command(name = "export-config", mixinStandardHelpOptions = true,
            description = "Prints the default agreement as YAML, to copy and edit: 'export-config > my-agreement.yaml'. "
                    + "With --config, prints that file's agreement as read.")
    static final class ExportConfig implements Callable<Integer> {
        @Option(names = "--config", paramLabel = "FILE", description = "an agreement to check and print as read") Path config;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(config == null ? AgreementYaml.defaultText() : AgreementYaml.write(AgreementYaml.read(config)));
            out.flush();
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Measures what a question costs once the rules have run, against a HashMap lookup of a precomputed answer "
                    + "and a fresh rule-engine session per question; what deriving agreements of 10, 100 and 1,000 partners costs; "
                    + "and, run from the jar, cold first answers paired with a bare JVM. About 30 seconds on two cores.",
                    "--jmh runs the JMH benchmark QueryBenchmark instead, for deeper runs."})
    static final class Bench implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "text", description = "text (default) or json") Format format;

        @Option(names = "--cold-runs", defaultValue = "10", paramLabel = "N",
                description = "cold-start pairs to run from the jar (default 10; 0 for none)")
        int coldRuns;

        @Option(names = "--quick", hidden = true, description = "fewer batches, no minimum warm-up and one scale point, for tests") boolean quick;

        @Option(names = "--jmh", description = "run the JMH benchmark QueryBenchmark instead") boolean jmh;

        @Option(names = "--iterations", defaultValue = "5", description = "with --jmh: measurement iterations of 1 s each (default 5)")
        int iterations;

        @Option(names = "--forks", defaultValue = "1", description = "with --jmh: JVM forks (default 1)")
        int forks;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws org.openjdk.jmh.runner.RunnerException {
            if (iterations < 1 || forks < 0 || coldRuns < 0) {
                throw new IllegalArgumentException("--iterations must be 1 or more, --forks and --cold-runs 0 or more; found "
                        + iterations + ", " + forks + " and " + coldRuns);
            }
            if (jmh) {
                new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                        .include(QueryBenchmark.class.getSimpleName())
                        .warmupIterations(3).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                        .measurementIterations(iterations).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                        .forks(forks).build()).run();
                return 0;
            }
            SpeedBench.Report report = SpeedBench.run(quick, coldRuns);
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == Format.json ? BenchOutput.json(report) : BenchOutput.text(report));
            out.flush();
            return 0;
        }
    }
}
