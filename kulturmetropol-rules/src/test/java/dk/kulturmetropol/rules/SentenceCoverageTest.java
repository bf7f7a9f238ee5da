package dk.kulturmetropol.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import dk.kulturmetropol.rules.internal.KommissoriumText;
import dk.kulturmetropol.rules.internal.KommissoriumText.Listed;
import org.junit.jupiter.api.Test;

/**
 * Sentence coverage of the kommissorium: every sentence of the source is either quoted by a clause of the catalogue
 * ({@code clauses.properties}) or listed, with a reason, in {@code sentences-without-duty.tsv}. A sentence in neither
 * is a duty, power, composition, term, frequency or reporting line the rules may have missed.
 */
class SentenceCoverageTest {

    static final String SOURCE = "/" + KommissoriumText.TEXT;
    static final String CATALOGUE = "/dk/kulturmetropol/rules/clauses.properties";
    static final String LISTED = "/" + KommissoriumText.WITHOUT_DUTY;

    /** Why a sentence states no duty and is quoted by no clause. */
    static final Set<String> REASONS = Set.of("heading", "rationale", "cross-reference", "footnote", "list-lead-in");

    // ---------------------------------------------------------------------------------------------- the source

    /** The sentences of the source, in order, as a reader sees them: the library's own reading ({@link KommissoriumText#sentences}). */
    static List<String> sentences(String raw) {
        return KommissoriumText.sentences(raw);
    }

    static List<String> split(String text) {
        return KommissoriumText.split(text);
    }

    static List<String> merge(List<String> pieces) {
        return KommissoriumText.merge(pieces);
    }

    // ---------------------------------------------------------------------------------------------- coverage

    /** The catalogue's clause quotes, normalised; {@code source} and {@code section.*} are names, not quotes. */
    static Map<String, String> quotes(Properties catalogue) {
        Map<String, String> quotes = new LinkedHashMap<>();
        catalogue.stringPropertyNames().stream().sorted()
                .filter(key -> !key.equals("source") && !key.startsWith("section."))
                .forEach(key -> quotes.put(key, KommissoriumText.normalise(catalogue.getProperty(key))));
        return quotes;
    }

    /** The catalogue's section names, normalised: each covers the heading that names the section. */
    static Set<String> sectionNames(Properties catalogue) {
        Set<String> names = new LinkedHashSet<>();
        catalogue.stringPropertyNames().stream().filter(key -> key.startsWith("section.")).sorted()
                .forEach(key -> names.add(KommissoriumText.normalise(catalogue.getProperty(key))));
        return names;
    }

    static boolean quotedBy(String sentence, String quote) {
        return KommissoriumText.quotedBy(sentence, quote);
    }

    static boolean quotedByAny(String sentence, Collection<String> quotes) {
        return quotes.stream().anyMatch(q -> quotedBy(sentence, q));
    }

    /** The distinct sentences, in source order, that no clause quotes, no section names and the list does not give. */
    static List<String> uncovered(List<String> sentences, Collection<String> quotes, Set<String> sectionNames, Set<String> listed) {
        Set<String> uncovered = new LinkedHashSet<>();
        for (String s : sentences) {
            if (!quotedByAny(s, quotes) && !sectionNames.contains(s) && !listed.contains(s)) {
                uncovered.add(s);
            }
        }
        return List.copyOf(uncovered);
    }

    static List<Listed> parseListed(String text) {
        return KommissoriumText.parseListed(text);
    }

    static String read(String resource) {
        try (InputStream in = SentenceCoverageTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing from the classpath: sentence coverage cannot be checked");
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Properties catalogue() {
        try (InputStream in = SentenceCoverageTest.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("clause catalogue " + CATALOGUE + " is missing from the classpath");
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, UTF_8)) {
                p.load(reader);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATALOGUE, e);
        }
    }

    private static Set<String> listedSentences() {
        Set<String> listed = new LinkedHashSet<>();
        parseListed(read(LISTED)).forEach(e -> listed.add(e.sentence()));
        return listed;
    }

    private static String lines(Collection<?> items) {
        StringBuilder sb = new StringBuilder();
        items.forEach(item -> sb.append("\n  ").append(item));
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------- the checks

    @Test
    void should_cover_every_sentence_of_the_source_by_a_clause_or_a_listed_reason() {
        // given
        List<String> sentences = sentences(read(SOURCE));
        Properties catalogue = catalogue();

        // when
        List<String> uncovered = uncovered(sentences, quotes(catalogue).values(), sectionNames(catalogue), listedSentences());

        // then
        assertThat(sentences).as("sentences found in " + SOURCE).isNotEmpty();
        assertThat(uncovered)
                .withFailMessage(() -> uncovered.size() + " sentence(s) of " + SOURCE + " are neither quoted by a clause in "
                        + CATALOGUE + " nor listed with a reason in " + LISTED + ":" + lines(uncovered))
                .isEmpty();
    }

    @Test
    void should_list_only_sentences_that_still_occur_in_the_source() {
        // given
        Set<String> sentences = new LinkedHashSet<>(sentences(read(SOURCE)));

        // when
        List<Listed> stale = parseListed(read(LISTED)).stream().filter(e -> !sentences.contains(e.sentence())).toList();

        // then
        assertThat(stale)
                .withFailMessage(() -> "stale entries in " + LISTED + ", not a sentence of " + SOURCE + ":" + lines(stale))
                .isEmpty();
    }

    @Test
    void should_give_every_listed_sentence_a_known_reason() {
        // given
        List<Listed> entries = parseListed(read(LISTED));

        // when
        List<Listed> unknown = entries.stream().filter(e -> !REASONS.contains(e.reason())).toList();

        // then
        assertThat(entries).as("entries of " + LISTED).isNotEmpty();
        assertThat(unknown)
                .withFailMessage(() -> "entries of " + LISTED + " with an unknown or missing reason (known: " + new TreeSet<>(REASONS) + "):" + lines(unknown))
                .isEmpty();
    }

    @Test
    void should_list_each_sentence_once_and_none_a_clause_already_quotes() {
        // given
        Properties catalogue = catalogue();
        Collection<String> quotes = quotes(catalogue).values();
        Set<String> sections = sectionNames(catalogue);
        List<Listed> entries = parseListed(read(LISTED));

        // when
        Set<String> seen = new LinkedHashSet<>();
        List<Listed> twice = entries.stream().filter(e -> !seen.add(e.sentence())).toList();
        List<Listed> alreadyCovered = entries.stream()
                .filter(e -> quotedByAny(e.sentence(), quotes) || sections.contains(e.sentence())).toList();

        // then
        assertThat(twice).withFailMessage(() -> "entries listed twice in " + LISTED + ":" + lines(twice)).isEmpty();
        assertThat(alreadyCovered)
                .withFailMessage(() -> "entries of " + LISTED + " that a clause or section name in " + CATALOGUE
                        + " already covers (remove them from the list):" + lines(alreadyCovered))
                .isEmpty();
    }

    @Test
    void should_report_every_sentence_that_is_neither_quoted_nor_listed() {
        // given
        String raw = """
                 Kulturmetropolens politiske styregruppe\s

                Hvem\s
                Kulturudvalgsformændene fra de deltagende kommuner.\s
                \s
                Mødefrekvens\s
                Den politiske styregruppe mødes en til to gange årligt, og den skal desuden drøfte regionale år-
                ligt. På den måde bliver resultatet bedst. KMK mødes fire gange årligt.
                """;
        List<String> quotes = List.of("Kulturudvalgsformændene fra de deltagende kommuner.",
                "Den politiske styregruppe mødes en til to gange årligt, og den skal desuden drøfte regionale årligt.");

        // when
        List<String> uncovered = uncovered(sentences(raw), quotes, Set.of("Kulturmetropolens politiske styregruppe"),
                Set.of("Hvem", "På den måde bliver resultatet bedst."));

        // then
        assertThat(uncovered).containsExactly("Mødefrekvens", "KMK mødes fire gange årligt.");
    }

    @Test
    void should_match_a_quote_only_on_word_boundaries() {
        // given
        String quote = "Det er projektchefens ansvar at: • sikre den indholdsmæssige styring. Sekretariatet er placeret i Ishøj.";

        // when / then
        assertThat(quotedBy("Det er projektchefens ansvar at:", quote)).isTrue();
        assertThat(quotedBy("sikre den indholdsmæssige styring.", quote)).isTrue();
        assertThat(quotedBy("Sekretariatet er placeret i Ishøj.", quote)).isTrue();
        assertThat(quotedBy("Sekretariat", quote)).isFalse();
        assertThat(quotedBy("placeret i Ish", quote)).isFalse();
    }

    // ---------------------------------------------------------------------------------------------- the splitter

    @Test
    void should_keep_abbreviations_and_dates_within_one_sentence() {
        // given: the source's own "evt.", "bl.a.", "hht.", "etc." and dates, and "evt."/"bl.a." before a capital,
        // where the JDK's sentence iterator does break and the merge has to repair it
        String text = "Den administrative formand udstikker i samarbejde med sekretariatschefen (se evt. nedenfor) rammerne. "
                + "Ishøj Kommune er valgt for perioden 1.1.2021 til 31.12.2024. "
                + "Sekretariatet skal understøtte projektcheferne bl.a. i forbindelse med fundraising. "
                + "Kommissoriet er også gældende for evt. nye partnerkommuner. "
                + "Styringen sker i hht. kulturaftalens vision og aktiviteter, initiativer etc. der realiserer den. "
                + "Mødet holdes evt. Ishøj Kommune. "
                + "Sekretariatet bistår bl.a. KMK og den administrative bestyrelse.";

        // when
        List<String> sentences = split(text);

        // then
        assertThat(sentences).containsExactly(
                "Den administrative formand udstikker i samarbejde med sekretariatschefen (se evt. nedenfor) rammerne.",
                "Ishøj Kommune er valgt for perioden 1.1.2021 til 31.12.2024.",
                "Sekretariatet skal understøtte projektcheferne bl.a. i forbindelse med fundraising.",
                "Kommissoriet er også gældende for evt. nye partnerkommuner.",
                "Styringen sker i hht. kulturaftalens vision og aktiviteter, initiativer etc. der realiserer den.",
                "Mødet holdes evt. Ishøj Kommune.",
                "Sekretariatet bistår bl.a. KMK og den administrative bestyrelse.");
    }

    @Test
    void should_merge_splits_after_an_abbreviation_or_inside_a_date() {
        // given
        List<String> pieces = List.of("Mødet holdes (se evt. ", "Nedenfor) i Ishøj. ", "Valgt for perioden 1.", "1.2021 til 31.", "12.2024. ",
                "KMK mødes fire gange årligt.");

        // when
        List<String> merged = merge(pieces);

        // then
        assertThat(merged).containsExactly("Mødet holdes (se evt. Nedenfor) i Ishøj.", "Valgt for perioden 1.1.2021 til 31.12.2024.",
                "KMK mødes fire gange årligt.");
    }

    @Test
    void should_make_headings_bullets_and_footnotes_units_of_their_own() {
        // given: a heading fused onto the page after a sentence, a bullet starting mid-list, footnote digits and a hyphenated word
        String raw = """
                Hvem\s
                Ishøj Kommune er valgt for perioden 1.1.2021 til lang tid og det er en linje som er lang nok til en spalte\s
                31.12.2024.  \s
                 Opgave og ansvar\s
                Det er projektchefens ansvar at:\s
                \s
                • sikre en konsistent kommunikation og markedsføring af indsatsområdets resultater og akti-
                viteter.\s
                 • deltage på møder med sekretariatet1.\s
                \s
                1 Læs mere om hjemkommuner under kommissoriet for dem.\s
                 Hjemkommune\s
                """;

        // when
        List<String> sentences = sentences(raw);

        // then
        assertThat(sentences).containsExactly(
                "Hvem",
                "Ishøj Kommune er valgt for perioden 1.1.2021 til lang tid og det er en linje som er lang nok til en spalte 31.12.2024.",
                "Opgave og ansvar",
                "Det er projektchefens ansvar at:",
                "sikre en konsistent kommunikation og markedsføring af indsatsområdets resultater og aktiviteter.",
                "deltage på møder med sekretariatet.",
                "Læs mere om hjemkommuner under kommissoriet for dem.",
                "Hjemkommune");
    }

    @Test
    void should_fail_loudly_when_a_resource_is_missing() {
        assertThatThrownBy(() -> read("/no-such-kommissorium.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/no-such-kommissorium.txt");
    }
}
