package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.Change;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.DataPackYaml;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.Meeting;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool's Danish checker over every Danish string the tool can print: every fact of the shipped rules in its
 * rule's own sentence (the golden file) and as every question answers it, every label and phrase of the vocabulary,
 * every heading, note and message of who, duties, reports, find, holder, members, where, validate, meetings,
 * may-decide, calendar (text and iCalendar), raci, orgchart, review and diff, the example data pack's sentences, and the
 * command line's refusals of bad input under {@code --lang da} ({@link DanishRefusalsCliTest#refusals()}). The strings come from the library's objects and
 * the command line's writers in-process; a quotation of the text (a line {@code Kommissoriet, afsnit »Section«: "..."}) is the text's
 * own words and is not checked. One checker, each distinct string checked once.
 *
 * <p>Only the rules {@link #OFF} are turned off; the spelling rule accepts, beside its dictionary, the words of
 * {@code danish-allowlist.txt}, each of which must be a word of the kommissorium or of the agreement file.
 */
class DanishLanguageTest {
    /** The only rules turned off: spaces and capitals of fragments (a list item, a table cell), and "..." before a quote. */
    static final Set<String> OFF = Set.of("WHITESPACE_RULE", "UPPERCASE_SENTENCE_START", "DOUBLE_PUNCTUATION");
    /** Strings the audit found in the tool's Danish, none of which may remain. */
    static final List<String> NOT_DANISH = lines(Path.of("../kulturmetropol-rules/src/test/resources/not-danish.txt"));
    /** A line that quotes the text: {@code Kommissoriet, afsnit »Section«: "..."}, a pack's {@code »Section«: "..."}, or by id, in a list or not. */
    private static final Pattern QUOTATION = Pattern.compile("(- )?(?:[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+( \\(.*\\))?|(?:Kommissoriet, afsnit )?»[^«]*«): \".*\"");
    private static final Path KOMMISSORIUM = Path.of("../kulturmetropol-rules/src/main/resources/dk/kulturmetropol/rules/kommissorium.txt");
    private static final Path AGREEMENT = Path.of("../kulturmetropol-rules/src/main/resources/dk/kulturmetropol/rules/kulturmetropolen-2021-2024.yaml");
    private static final Path GOLDEN = Path.of("../kulturmetropol-rules/src/test/resources/golden/sentences.txt");

    private static JLanguageTool checker;
    private static Set<String> strings;

    @BeforeAll
    static void checkerAndStrings() throws Exception {
        checker = checker(allowlist());
        strings = danishStrings();
    }

    @Test
    void should_find_nothing_wrong_in_any_danish_string_the_tool_prints() {
        // given every Danish string the tool can print (read in checkerAndStrings)

        // when each is checked once
        long start = System.nanoTime();
        List<String> found = problems(strings);
        System.out.printf("DanishLanguageTest: %d distinct Danish strings checked in %.1f s%n", strings.size(), (System.nanoTime() - start) / 1e9);

        // then LanguageTool finds nothing
        assertThat(strings).hasSizeGreaterThan(1000);
        assertThat(found).as("LanguageTool's findings in %d strings", strings.size()).isEmpty();
    }

    @Test
    void should_print_none_of_the_strings_the_audit_found_wrong() {
        List<String> found = new ArrayList<>();
        for (String s : strings) {
            NOT_DANISH.stream().filter(bad -> s.toLowerCase(java.util.Locale.ROOT).contains(bad.toLowerCase(java.util.Locale.ROOT)))
                    .forEach(bad -> found.add("'" + bad + "' in: " + s));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void should_write_small_numbers_in_words_in_every_danish_string() {
        // a number from nul to tolv standing alone (not a date, a quarter, a year or a range of years) is one to write in words
        Pattern small = Pattern.compile("(?<![\\d.,:/–-])(?:[0-9]|1[0-2])(?![\\d.,:/–-])");
        List<String> found = strings.stream().filter(s -> small.matcher(s).find()).toList();

        assertThat(found).as("Danish strings with a small number in digits").isEmpty();
        assertThat(small.matcher("året 2021: 4 møder afholdt").find()).isTrue();
        assertThat(small.matcher("den 1. juni 2022, 1. kvartal 2021, 2021-2024, 13 advarsler").find()).isFalse();
    }

    @Test
    void should_flag_a_misspelt_word_and_a_genitive_other_than_the_texts() {
        // the checker this test relies on is not blind: a misspelt Danish word is found, and "KMK's" where the text writes
        // "KMKs" (chairs.tasks-7, the text's only genitive of KMK) is one of the strings no Danish output may hold
        assertThat(problems("KMK godkender hvert år årsplanen for Musikindsatsen.")).isEmpty();
        assertThat(problems("KMK godkendre hvert år årsplanen for Musikindsatsen.")).singleElement().asString().contains("godkendre");
        assertThat(problems("Den administrative formand træffer beslutninger på KMKs vegne.")).isEmpty();
        assertThat(NOT_DANISH).contains("KMK's");
    }

    @Test
    void should_allow_only_words_of_the_kommissorium_and_of_the_agreement() throws IOException {
        String text = Files.readString(KOMMISSORIUM, StandardCharsets.UTF_8) + "\n" + Files.readString(AGREEMENT, StandardCharsets.UTF_8);
        Set<String> words = new TreeSet<>();
        Matcher m = Pattern.compile("[\\p{L}]+(-[\\p{L}]+)*").matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        assertThat(allowlist()).allSatisfy(w -> assertThat(words).as("a word of the kommissorium or the agreement").contains(w));
    }

    /** LanguageTool's findings in {@code text}, one line each: rule, message, the words found. */
    private static List<String> problems(String text) {
        return problems(List.of(text));
    }

    /**
     * LanguageTool's findings in each of {@code texts}, one line each: rule, message, the words found and the string.
     * The strings are checked in one call, each a paragraph of its own (no rule looks across a paragraph), which is
     * several times faster than a call a string.
     */
    private static List<String> problems(Collection<String> texts) {
        StringBuilder all = new StringBuilder();
        java.util.TreeMap<Integer, String> at = new java.util.TreeMap<>();
        for (String text : texts) {
            at.put(all.length(), text);
            all.append(text).append("\n\n");
        }
        try {
            List<String> out = new ArrayList<>();
            for (RuleMatch match : checker.check(all.toString())) {
                Map.Entry<Integer, String> in = at.floorEntry(match.getFromPos());
                out.add(match.getRule().getId() + ": " + match.getMessage() + " ['" + all.substring(match.getFromPos(), match.getToPos())
                        + "' -> " + match.getSuggestedReplacements().stream().limit(3).toList() + "] in: " + in.getValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JLanguageTool checker(Collection<String> allowed) {
        JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("da-DK"));
        OFF.forEach(lt::disableRule);
        for (Rule rule : lt.getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule spelling) {
                spelling.addIgnoreTokens(List.copyOf(allowed));
            }
        }
        return lt;
    }

    /** The lines of {@code file} that are neither blank nor comments. */
    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> allowlist() throws IOException {
        try (InputStream in = DanishLanguageTest.class.getResourceAsStream("/danish-allowlist.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** Every Danish string the tool can print, each once, quotations of the text left out. */
    static Set<String> danishStrings() throws Exception {
        Governance g = Governance.kulturmetropolen();
        Sentences da = Sentences.of(g.labels(Language.DA));
        Set<String> out = new LinkedHashSet<>();

        // every fact in its rule's own sentence, as the golden file has it
        Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.split(" \\| ")).filter(p -> p.length == 3).forEach(p -> out.add(p[1]));

        // every label and phrase of the words, each {part} filled with a Danish example
        Properties words = new Properties();
        try (InputStream in = Sentences.class.getResourceAsStream("words_da.properties")) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : words.stringPropertyNames()) {
            if (!key.equals("dates") && !key.equals("adverbs")) {
                addLines(out, filled(words.getProperty(key)));
            }
        }
        // every label of the vocabulary and of the agreement, in a table's form and a sentence's
        for (String kind : List.of("action", "matter", "actor", "scope", "post", "body", "subject")) {
            for (String id : g.accepted(kind)) {
                out.add(da.labels().label(kind, id));
                out.add(da.labels().inSentence(kind, id));
            }
        }

        // every answer, as the command line writes it: duties, reports (both ways), place, holders, members, who
        for (String actor : g.accepted("actor")) {
            String the = da.labels().inSentence("actor", actor);
            addText(out, AnswerText.write(da.phrase(FindingsOutput.ownKey(da, "question.duties", actor), "actor", the, "on", ""), g.duties(actor), da, null, actor));
            addText(out, AnswerText.write(da.phrase("question.reports", "actor", the, "about", "", "on", ""), g.reports(actor), da));
            addText(out, AnswerText.write(da.phrase("question.reports.to", "actor", the, "about", "", "on", ""), g.reportingTo(actor), da));
            addText(out, AnswerText.write(da.phrase("question.where", "actor", the, "on", ""), g.where(actor), da));
            // who asks of each duty's action, matter and scope; its answer's rows are the rows of duties
            g.duties(actor).facts().forEach(d -> out.add(da.who(d.action(), d.matter(), d.scope(), List.of(Modality.MUST, Modality.MAY), null)));
        }
        for (String post : g.accepted("post")) {
            addText(out, AnswerText.write(da.phrase("question.holder", "post", da.labels().label("post", post), "on", ""), g.holders(post), da));
        }
        for (String body : g.accepted("body")) {
            addText(out, AnswerText.write(da.phrase("question.members", "body", da.labels().inSentence("actor", body), "on", ""), g.members(body), da));
        }
        // the notes: outside the period, outside a term, no rule; the text naming no one; and find
        LocalDate after = LocalDate.of(2025, 3, 1);
        addText(out, AnswerText.write(da.who("approve", "annual-plan", null, List.of(Modality.MUST), after),
                g.who("approve", "annual-plan", Criteria.any().asOf(after)), da));
        addText(out, AnswerText.write(da.who("hire", "annual-plan", null, List.of(Modality.MUST), null), g.who("hire", "annual-plan"), da));
        addText(out, AnswerText.write(da.who("appoint", "vice-chair", null, List.of(Modality.MUST), null), g.who("appoint", "vice-chair"), da));
        addText(out, AnswerText.write(da.phrase("question.find", "words", "regnskab", "on", ""), g.find("regnskab"), da));
        // and two runs of the command line as a user types them: a term that has ended, and the checks of the mandates
        addText(out, CliRunner.run("holder", "political-chair", "--as-of", after.toString(), "--lang", "da").out());
        addText(out, CliRunner.run("validate", "--lang", "da").out());

        // meetings and may-decide, with a record that meets the text, falls short and goes beyond it
        List<Meeting> log = List.of(new Meeting("kmk", LocalDate.of(2021, 2, 1)), new Meeting("kmk", LocalDate.of(2021, 5, 1)),
                new Meeting("kmk", LocalDate.of(2021, 9, 1)), new Meeting("kmk", LocalDate.of(2021, 11, 1)),
                new Meeting("kmk", LocalDate.of(2021, 12, 1)), new Meeting("political-steering-group", LocalDate.of(2022, 6, 1)),
                new Meeting("administrative-board", LocalDate.of(2021, 3, 1)));
        addText(out, FindingsOutput.meetingsText(g.meetings(log, LocalDate.of(2022, 7, 1)), LocalDate.of(2022, 7, 1), da));
        addText(out, FindingsOutput.meetingsText(g.meetings(log, LocalDate.of(2025, 7, 1)), LocalDate.of(2025, 7, 1), da));
        addText(out, FindingsOutput.decisionText("vice-chair", "political-steering-group", LocalDate.of(2022, 6, 2),
                g.mayDecide("vice-chair", "political-steering-group", LocalDate.of(2022, 6, 2), log), da));
        for (String post : List.of("political-chair", "administrative-chair")) {
            String body = post.equals("political-chair") ? "political-steering-group" : "kmk";
            for (LocalDate day : List.of(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 2), after)) {
                addText(out, FindingsOutput.decisionText(post, body, day, g.mayDecide(post, body, day, log), da));
                addText(out, FindingsOutput.decisionText(post, body, day, g.mayDecide(post, body, day, List.of()), da));
            }
        }

        // the calendar over the whole period, as text, by quarter, as iCalendar and HTML; on a meeting plan that places some
        // items, leaves some without a meeting and lists a body's meetings; and a window with nothing in it
        LocalDate from = g.agreement().period().from();
        LocalDate to = g.agreement().period().to();
        List<dk.kulturmetropol.rules.CycleItem> cycle = g.annualCycle(from, to, Criteria.any());
        List<dk.kulturmetropol.rules.AgendaItem> agenda = g.annualCycle(from, to, Criteria.any(),
                dk.kulturmetropol.rules.MeetingLog.read(Path.of("plan-2022.csv"), g.accepted("body")));
        addText(out, CalendarOutput.text(cycle, from, to, da));
        addText(out, CalendarOutput.quarters(cycle, from, to, da));
        addText(out, CalendarOutput.agenda(agenda, from, to, da, true));
        addText(out, CalendarOutput.text(List.of(), after, after.plusDays(1), da));
        addText(out, CalendarOutput.text(List.of(), after, after.plusDays(1), da, g.agreement().period()));
        addText(out, CalendarOutput.text(List.of(), after, after.plusDays(1), da, g.agreement().period(), java.util.Optional.of(after.plusYears(1))));
        addText(out, CalendarOutput.text(List.of(), from.minusYears(1), from.minusDays(1), da, g.agreement().period()));
        net.fortuna.ical4j.model.Calendar ics = new CalendarBuilder().build(new StringReader(CalendarOutput.ics(cycle, agenda, da, from, to, da)));
        addText(out, ics.getProperty("NAME").orElseThrow().getValue());
        addText(out, ics.getProperty("DESCRIPTION").orElseThrow().getValue());
        for (net.fortuna.ical4j.model.Component c : ics.getComponents()) {
            addText(out, c.getProperty("SUMMARY").orElseThrow().getValue());
            addText(out, c.getProperty("DESCRIPTION").orElseThrow().getValue());
        }
        for (String page : List.of(CycleHtml.items(cycle, from, to, da), CycleHtml.agenda(agenda, from, to, da))) {
            Document cycleHtml = Jsoup.parse(page);
            out.add(cycleHtml.title());
            cycleHtml.select("h1, h2, th, td, td span, p").forEach(e -> addLines(out, e.ownText()));
        }

        // raci as Markdown and HTML, the organisation chart
        RaciOutput raci = new RaciOutput(g.raci(Criteria.any()));
        for (String line : raci.markdown(da).split("\n")) {
            if (line.startsWith("|")) {
                for (String cell : line.split("\\|")) {
                    String text = cell.replace("**", "").replaceAll(" ?\\[[^\\]]*]", "").strip();
                    if (!text.matches("[ARCI?~ -]*")) {
                        out.add(text);
                    }
                }
            } else {
                addLines(out, line.replaceAll(" ?\\[[^\\]]*]", "")); // a note cites its clauses as the cells do
            }
        }
        Document html = Jsoup.parse(raci.html(g.agreement().name(), da));
        out.add(html.title());
        html.select("h1, p, th, td.matter, td.matter span").forEach(e -> addLines(out, e.ownText().replaceAll(" ?\\[[^\\]]*]", "")));
        dk.kulturmetropol.rules.OrgChart chart = g.orgChart(Criteria.any().asOf(LocalDate.of(2022, 6, 1)), Language.DA);
        chart.nodes().forEach(n -> out.add(n.label()));
        chart.edges().forEach(e -> out.add(e.label()));

        // review: the annotated text as HTML, over the period and on a day; the text's own sentences are quotations, left out
        for (Criteria on : List.of(Criteria.any(), Criteria.any().asOf(LocalDate.of(2022, 6, 1)))) {
            Document review = Jsoup.parse(ReviewOutput.html(g.review(on, Language.DA), da, g.agreement()));
            out.add(review.title());
            review.select("header p, .reason, p.nothing, .fact, .who, .when, .reading, .note, table.counts caption, table.counts th, p.sign-off")
                    .forEach(e -> addLines(out, e.text()));
        }

        // the shipped example data pack, in its own Danish labels, for every partner and focus area
        DataPackYaml.Pack pack = DataPackYaml.read(Path.of("packs/partner-programme.yaml"));
        Sentences packDa = Sentences.of(dk.kulturmetropol.model.Labels.of(Language.DA, g.agreement(), pack.labels().get(Language.DA)));
        for (dk.kulturmetropol.model.DataPackDuty entry : pack.duties()) {
            switch (entry.forEach()) {
                case "each-partner" -> g.agreement().partnerIds().forEach(p -> out.add(packDa.of(entry.forPartner("pack", p, g.agreement().period()))));
                case "each-focus-area" -> g.agreement().focusAreas().forEach(f -> out.add(packDa.of(entry.forFocusArea("pack", f.id(),
                        f.homes().get(0).municipality(), g.agreement().period()))));
                default -> out.add(packDa.of(entry.forAgreement("pack", g.agreement().period())));
            }
        }
        pack.labels().get(Language.DA).values().forEach(v -> out.add(filled(v)));

        // the shipped example DRL pack: its rules' own sentences and its label declarations, for every fact it derives
        Governance ministry = Governance.builder().rulePack(Path.of("packs/ministry-reporting.drl")).build();
        Sentences ministryDa = Sentences.of(ministry.labels(Language.DA));
        ministry.duties("secretariat").facts().stream().filter(f -> f.clauseId().startsWith("ministry."))
                .forEach(f -> out.add(ministryDa.of(f)));
        List.of("slots-og-kulturstyrelsen").forEach(a -> out.add(ministry.labels(Language.DA).label("actor", a)));
        List.of("annual-status", "key-figures", "final-evaluation").forEach(m -> {
            out.add(ministry.labels(Language.DA).label("matter", m));
            out.add(ministry.labels(Language.DA).inSentence("matter", m));
        });
        // its calendar (a window ended before its deadline, said as a reading) and its checks, as the command line writes them
        addText(out, CliRunner.run("calendar", "--from", "2024-01-01", "--to", "2025-12-31", "--rules", "packs/ministry-reporting.drl", "--lang", "da").out());
        addText(out, CliRunner.run("validate", "--rules", "packs/ministry-reporting.drl", "--lang", "da").out());

        // diff: no change, one change, and many (each kind), made of facts of the rules
        addText(out, FindingsOutput.changesText(List.of(), da));
        dk.kulturmetropol.model.Duty duty = g.duties("kmk").facts().get(0);
        Change added = new Change(Change.Kind.ADDED, java.util.Optional.empty(), java.util.Optional.of(duty), List.of());
        addText(out, FindingsOutput.changesText(List.of(added), da));
        addText(out, FindingsOutput.changesText(List.of(added, new Change(Change.Kind.REMOVED, java.util.Optional.of(duty), java.util.Optional.empty(), List.of()),
                new Change(Change.Kind.CHANGED, java.util.Optional.of(duty), java.util.Optional.of(duty), List.of())), da));

        // the command line's refusals of bad input under --lang da; what the user typed or may type (in »...«) and an
        // option's name are masked, the Danish around them is checked
        DanishRefusalsCliTest.refusals().forEach(refusal -> {
            List<?> line = (List<?>) refusal.get()[0];
            String[] asked = java.util.stream.Stream.concat(line.stream().map(String::valueOf), java.util.stream.Stream.of("--lang", "da"))
                    .toArray(String[]::new);
            out.add(typedMasked(CliRunner.run(asked).err().strip().replaceFirst("^kulturmetropol: ", "")));
        });

        out.removeIf(s -> s.isBlank() || QUOTATION.matcher(s.strip()).matches());
        Set<String> stripped = new LinkedHashSet<>();
        out.forEach(s -> stripped.add(s.strip()));
        return stripped;
    }

    /** A refusal with what is typed, »...«, and each option's name, {@code --as-of}, as »KMK«: the Danish around them is what is checked. */
    static String typedMasked(String refusal) {
        return refusal.replaceAll("»[^«]*«", "»KMK«").replaceAll("(?<![\\p{L}\\d])--[a-z][a-z-]*", "»KMK«");
    }

    /** Each line of a printed text, quotations of the text left out. */
    private static void addText(Set<String> out, String text) {
        addLines(out, text);
    }

    private static void addLines(Set<String> out, String text) {
        // a pack's summary of its source is Danish the tool prints: checked without the clause id that cites it
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !QUOTATION.matcher(l).matches())
                .map(l -> SUMMARY.matcher(l).replaceFirst("$2")).forEach(out::add);
    }

    /** A line citing a pack's clause by its id and giving a summary of it: {@code id (source), sammenfatning, ...: ...}. */
    private static final Pattern SUMMARY = Pattern.compile("^(- )?(?:[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+ ?|(?:Kommissoriet, afsnit )?»[^«]*«)(.*, sammenfatning, ikke ordret citat: .*)$");

    /** A pattern of the words with each {part} filled with a Danish example of what goes there. */
    private static String filled(String pattern) {
        Map<String, String> example = Map.ofEntries(Map.entry("date", "1. juni 2022"), Map.entry("day", "1. februar"),
                Map.entry("year", "2022"), Map.entry("n", "to"), Map.entry("min", "en"), Map.entry("max", "to"),
                Map.entry("errors", "ingen"), Map.entry("warnings", "to"), Map.entry("held", "to møder"), Map.entry("times", "fire gange"), Map.entry("words", "regnskab"),
                Map.entry("on", " den 1. juni 2022"), Map.entry("about", " om regnskabet"), Map.entry("scope", ""),
                Map.entry("before", ""), Map.entry("after", ""), Map.entry("note", "Aftaleperioden sluttede den 31. december 2024; kommissoriet gælder ikke den 1. marts 2025."),
                Map.entry("reading", "en fortolkning"), Map.entry("validity", "fra 1. januar 2021 til 31. december 2024"),
                Map.entry("interval", "fra 1. januar 2021 til 31. december 2024"), Map.entry("term", "fra 1. januar 2021 til 31. december 2024"),
                Map.entry("window", "fra 1. januar 2022 til 31. marts 2022"), Map.entry("period", "1. kvartal 2022"),
                Map.entry("frequency", "hvert år"), Map.entry("modality", "skal"), Map.entry("modality2", "kan"),
                Map.entry("do", "godkende årsplanen"), Map.entry("matter", "årsplanen"), Map.entry("subject", "regnskabet"),
                Map.entry("status", "i orden"), Map.entry("expected", "fire gange om året"),
                Map.entry("sentence", "Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden, men teksten nævner ikke, hvem der fastlægger den."),
                Map.entry("bodyOf", "Kulturmetropolens politiske styregruppes"), Map.entry("bodyShort", "styregruppen"),
                Map.entry("bodyShortOf", "styregruppens"), Map.entry("from", "1. januar 2021"), Map.entry("to", "31. december 2024"),
                Map.entry("errorWord", "fejl"), Map.entry("warningWord", "advarsler"), Map.entry("rule", "ministeriets regel"),
                Map.entry("agreement", "Kulturmetropolen 2021-2024"), Map.entry("name", "Kulturmetropolen 2021-2024"),
                Map.entry("reasons", "aftaleperioden sluttede"), Map.entry("basis", "aftaleperioden"), Map.entry("role", "KMK"),
                Map.entry("steps", "varetager posten som den administrative formand"), Map.entry("municipality", "Ishøj Kommune"),
                Map.entry("partner", "Ishøj Kommune"), Map.entry("area", "Musikindsatsen"), Map.entry("holders", "kulturchefen i Ishøj Kommune"),
                Map.entry("days", "92"), Map.entry("whole", "365"), Map.entry("count", "mindst én"),
                Map.entry("range", "fra 1. oktober 2024 til 31. december 2024"), Map.entry("do2", "indsende det reviderede årsregnskab"),
                Map.entry("dates", "15. september 2022 og 15. september 2023"), Map.entry("onward", "sekretariatet"),
                Map.entry("recipients", " til Slots- og Kulturstyrelsen"), Map.entry("concerns", "2021"));
        Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(example.getOrDefault(m.group(1), "KMK")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
