package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.Review;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review}: the annotated kommissorium as a printable HTML page and as Markdown, read back as a browser and a
 * CommonMark renderer read them: each section's heading, every clause's sentence verbatim once as plain text on a line of
 * its own in the form every command quotes the text ({@code kmk.tasks-5: "..."}), the counts, a line to sign per section;
 * text from a pack escaped.
 */
class ReviewCliTest {
    private static final Governance G = Governance.kulturmetropolen();
    private static final List<String> HEADINGS = List.of("Kulturmetropolens politiske styregruppe",
            "Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)", "Politisk og administrativ formand", "Næstformænd",
            "Administrativ bestyrelse", "Sekretariat", "Hjemkommune", "Projektchefens rolle", "Partnerkommune");

    private static final String EVERY_AREA = "hvert af de tre indsatsområder (Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, "
            + "Musikindsatsen og Ungeindsatsen)";
    private static final String EVERY_PARTNER = "hver af de ni partnerkommuner (Albertslund, Furesø, Halsnæs, Helsingør, Herlev, Ishøj, "
            + "Køge, Roskilde og Rødovre Kommuner)";
    private static final String NOT_NAMED = "Kommissoriet nævner ikke Furesø, Halsnæs, Helsingør, Herlev, Køge og Rødovre Kommuner ved navn; "
            + "det gør kulturaftalen.";

    private static String html;
    private static String markdown;

    @TempDir
    static Path dir;

    @BeforeAll
    static void run() {
        CliRunner h = CliRunner.run("review", "--lang", "da");
        assertThat(h.exit()).as(h.err()).isZero();
        html = h.out();
        CliRunner m = CliRunner.run("review", "--format", "markdown");
        assertThat(m.exit()).as(m.err()).isZero();
        markdown = m.out();
    }

    /** The Markdown as a CommonMark renderer shows it. */
    private static Document rendered(String md) {
        return Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(md)));
    }

    @Test
    void should_write_one_self_contained_printable_page_with_each_section_heading_in_the_texts_order() {
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("html").attr("lang")).isEqualTo("da");
        assertThat(doc.select("script, link, img, iframe, object, [src]")).isEmpty();
        assertThat(doc.select("style").html()).contains("@page { size: A4;").contains("break-before: page");
        assertThat(doc.select("h1").text()).isEqualTo("Kommissorium for Kulturmetropolen 2021-2024: teksten sætning for sætning og det, reglerne udleder af den");
        assertThat(doc.select("section.part > h2").eachText()).containsExactlyElementsOf(HEADINGS);
    }

    @Test
    void should_give_every_clauses_sentence_once_verbatim_as_plain_text_followed_by_what_the_rules_read() {
        Document doc = Jsoup.parse(html);
        for (Clause c : G.clauses().values()) {
            List<Element> exact = doc.select(".sentence").stream().filter(e -> e.text().equals(c.quote())).toList();
            assertThat(exact).as(c.id()).singleElement().satisfies(e -> {
                assertThat(e.children()).as("markup inside " + c.id()).isEmpty();
                assertThat(e.wholeText()).isEqualTo(c.quote());
                assertThat(e.closest(".unit").id()).isEqualTo(c.id());
                // on a line of its own as every command quotes the text: the clause, then the sentence in straight quotes
                assertThat(e.parent().is("p.quote")).isTrue();
                assertThat(e.parent().text()).isEqualTo(c.id() + ": \"" + c.quote() + "\"");
                assertThat(e.parent().select(".clause").text()).isEqualTo(c.id());
            });
            // nor as a heading or a note; a fact may say it in the text's own words, as its rule's sentence does
            assertThat(doc.getAllElements().stream().filter(e -> e.ownText().equals(c.quote()) && !e.hasClass("fact"))).as(c.id()).hasSize(1);
        }
        // each fact with who and when, a reading marked; what the rule says of each focus area, once for all three
        Element tasks5 = doc.getElementById("kmk.tasks-5");
        assertThat(tasks5.select("li .fact").eachText()).containsExactly(
                "KMK godkender hvert år det forudgående års regnskab for " + EVERY_AREA + ".",
                "KMK godkender regnskabet for det sidste år af " + EVERY_AREA + ", når indsatsområdet er slut.",
                "KMK godkender hvert år det kommende års årsplan for " + EVERY_AREA + ".");
        assertThat(tasks5.select("li .who").eachText()).containsOnly("hvem: KMK");
        assertThat(tasks5.select("li .when").eachText()).containsExactly("gælder fra 1. januar 2021 til 31. december 2024",
                "gælder fra 1. januar 2025 til 31. december 2025", "gælder fra 1. januar 2021 til 31. december 2024");
        assertThat(doc.getElementById("psg.tasks-1").select(".reading").text()).startsWith("fortolkning: ").contains("øverste besluttende myndighed");
        assertThat(doc.select(".unit.heading h3").eachText()).contains("Hvem", "Opgaver og ansvar", "Mødefrekvens");
        assertThat(doc.select(".unit.no-duty").stream().filter(u -> u.select(".sentence").text().startsWith("På den måde")))
                .singleElement().satisfies(u -> {
                    assertThat(u.select(".reason").text()).isEqualTo("Fastsætter ingen pligt: en begrundelse.");
                    // a sentence no clause quotes is quoted alone
                    assertThat(u.select("p.quote").text()).isEqualTo("\"På den måde bliver resultatet bedst både lokalt og regionalt.\"");
                });
    }

    @Test
    void should_count_each_section_and_give_it_a_line_to_sign() {
        Document doc = Jsoup.parse(html);
        Review review = G.review(Criteria.any(), Language.DA);
        List<Element> parts = doc.select("section.part");
        assertThat(parts).hasSize(review.sections().size());
        for (int i = 0; i < parts.size(); i++) {
            Review.Counts c = review.sections().get(i).counts();
            Element part = parts.get(i);
            assertThat(part.select("table.counts caption").text()).isEqualTo("Optælling");
            assertThat(part.select("table.counts th").eachText()).startsWith("sætninger og overskrifter i afsnittet", "heraf omsat til regler", "heraf uden pligt")
                    .contains("udsagn, reglerne udleder").endsWith("punkter i listerne ovenfor");
            // the facts the rules read are counted as facts; the items the lists show, apart
            String items = part.select("ul.facts > li").size() + "";
            assertThat(part.select("table.counts tr").stream().map(tr -> tr.select("td").text()).toList()).containsExactlyElementsOf(
                    c.unread() > 0 ? List.of(c.sentences() + "", c.read() + "", c.noDuty() + "", c.unread() + "", c.facts() + "", c.readings() + "", items)
                            : List.of(c.sentences() + "", c.read() + "", c.noDuty() + "", c.facts() + "", c.readings() + "", items));
            assertThat(part.select("p.sign-off")).singleElement().satisfies(p ->
                    assertThat(p.text()).startsWith("Læst og godkendt af ....").contains(" dato ...."));
            assertThat(part.select("p.sign-off").first().elementSiblingIndex()).isEqualTo(part.select("div.close > *").size() - 1);
            assertThat(part.children().last()).isEqualTo(part.selectFirst("div.close"));
        }
        // the counts of the first section, as measured: ten sentences, seven read, three headings; 40 facts in 11 items (the
        // substitute's sentence once, review 5 N5), four on a reading (the steering group's standing, and for each focus
        // area what comes nearest to informing it)
        assertThat(parts.get(0).select("table.counts td").eachText()).startsWith("10", "7", "3").endsWith("40", "4", "11");
    }

    @Test
    void should_write_the_same_in_markdown_each_sentence_quoted_on_a_line_of_its_own() {
        Document doc = rendered(markdown);
        assertThat(doc.select("h2").eachText()).containsExactlyElementsOf(HEADINGS);
        for (Clause c : G.clauses().values()) {
            String quoted = c.id() + ": \"" + c.quote() + "\"";
            assertThat(doc.select("p").stream().filter(p -> p.text().equals(quoted)))
                    .as(c.id()).singleElement().satisfies(p -> assertThat(p.children()).isEmpty());
            // the kommissorium's sentences hold no character Markdown reads, so they are written as they are
            assertThat(markdown.lines().filter(l -> l.equals(quoted))).as(c.id()).hasSize(1);
        }
        assertThat(markdown.lines()).noneMatch(l -> l.startsWith(">"));
        assertThat(markdown.lines()).contains("\"På den måde bliver resultatet bedst både lokalt og regionalt.\"");
        assertThat(markdown.lines().filter(l -> l.startsWith("Læst og godkendt af ....") && l.contains(" dato ....")))
                .hasSize(HEADINGS.size());
        assertThat(markdown.lines().filter(l -> l.equals("| Optælling | |"))).hasSize(HEADINGS.size());
        // review 4, B15: the count holds the headings ("Hvem", "Mødefrekvens"), and says so
        assertThat(markdown).contains("| sætninger og overskrifter i afsnittet | 10 |").doesNotContain("| sætninger i afsnittet |");
        assertThat(doc.select("strong").eachText()).anyMatch(t -> t.startsWith("fortolkning: ") && t.contains("øverste besluttende myndighed"));
        // one item for what a rule says of every partner, the note once under it
        Element psgWho = doc.select("p").stream().filter(q -> q.text().equals("psg.who: \"Kulturudvalgsformændene fra de deltagende kommuner.\""))
                .findFirst().orElseThrow().nextElementSibling();
        assertThat(psgWho.select("li")).singleElement().satisfies(li -> assertThat(li.text()).startsWith("Kulturudvalgsformanden i " + EVERY_PARTNER)
                .contains("hvem: kulturudvalgsformanden i hver af de ni partnerkommuner · gælder"));
        assertThat(psgWho.nextElementSibling().text()).isEqualTo(NOT_NAMED);
        assertThat(markdown).doesNotContain("nævner ikke kommunen ved navn");
        assertThat(markdown.lines().filter(l -> l.startsWith("- Den politiske styregruppe skal løbende orienteres om fremdriften i "))).containsExactly(
                "- Den politiske styregruppe skal løbende orienteres om fremdriften i " + EVERY_AREA + ".  ",
                "- Den politiske styregruppe skal løbende orienteres om fremdriften i " + EVERY_AREA + ", men teksten nævner ikke, hvem der orienterer den.  ");
        assertThat(markdown).contains("| punkter i listerne ovenfor | 11 |");
    }

    @Test
    void should_say_once_what_one_rule_says_of_every_partner_naming_them_together_with_the_note_once() {
        // given the Danish page, as a browser reads it
        Document doc = Jsoup.parse(html);

        // then "Kulturudvalgsformændene fra de deltagende kommuner." has one item, not one per municipality
        Element psgWho = doc.getElementById("psg.who");
        assertThat(psgWho.select("li")).singleElement().satisfies(li -> {
            assertThat(li.select(".fact").text()).isEqualTo("Kulturudvalgsformanden i " + EVERY_PARTNER
                    + " er medlem af Kulturmetropolens politiske styregruppe.");
            assertThat(li.select(".who").text()).isEqualTo("hvem: kulturudvalgsformanden i hver af de ni partnerkommuner");
            assertThat(li.select(".when").text()).isEqualTo("gælder fra 1. januar 2021 til 31. december 2024");
            assertThat(li.select(".note")).isEmpty();
        });
        // and the partners the text does not name are named once, under the list
        assertThat(psgWho.select("p.note").eachText()).containsExactly(NOT_NAMED);
        // and no sentence says it more than once, nor in the words that fit one municipality only
        for (Element unit : doc.select(".unit")) {
            assertThat(unit.getAllElements().stream().filter(e -> e.ownText().contains("ved navn; det gør kulturaftalen"))).as(unit.id()).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(doc.text()).doesNotContain("nævner ikke kommunen ved navn");
        assertThat(doc.select("li .fact").eachText()).noneMatch(t -> t.startsWith("Kulturudvalgsformanden i Albertslund Kommune"));
    }

    @Test
    void should_say_once_what_one_rule_says_of_every_focus_area() {
        // given the Danish page
        Document doc = Jsoup.parse(html);

        // then the steering group's being kept informed of the three focus areas' progress is one item, and so is the
        // same fact that names no one who informs it
        assertThat(doc.getElementById("psg.tasks-3").select("li .fact").eachText()).containsExactly(
                "Den politiske styregruppe skal løbende orienteres om fremdriften i " + EVERY_AREA + ".",
                "Den politiske styregruppe skal løbende orienteres om fremdriften i " + EVERY_AREA + ", men teksten nævner ikke, hvem der orienterer den.",
                "Den politiske styregruppe skal drøfte regionale kulturpolitiske emner.",
                "Den politiske styregruppe kan beslutte at igangsætte nye indsatsområder eller aktiviteter.");
        assertThat(doc.select("li .fact").eachText()).noneMatch(t -> t.contains("fremdriften i Musikindsatsen"));
        // and where who bears it is a focus area's, it names them together too
        assertThat(doc.getElementById("home.who").select("li .who").eachText()).containsExactly("hvem: hjemkommunen for hvert af de tre indsatsområder");
    }

    @Test
    void should_keep_apart_what_holds_for_other_dates() throws IOException {
        // given a partner that joins in 2023
        Path file = dir.resolve("with-gladsaxe.yaml");
        Files.writeString(file, dk.kulturmetropol.rules.AgreementYaml.defaultText().replace("partners:\n",
                "partners:\n  - { id: gladsaxe, name: Gladsaxe Kommune, joined: 2023-01-01 }\n"));

        // when the review is written for that agreement
        CliRunner r = CliRunner.run("review", "--config", file.toString(), "--lang", "da");

        // then the nine who hold for the whole period are one item, the tenth its own, with its own dates
        assertThat(r.exit()).as(r.err()).isZero();
        Element psgWho = Jsoup.parse(r.out()).getElementById("psg.who");
        assertThat(psgWho.select("li .fact").eachText()).containsExactly(
                "Kulturudvalgsformanden i hver af kommunerne (Albertslund, Furesø, Halsnæs, Helsingør, Herlev, Ishøj, Køge, Roskilde og Rødovre "
                        + "Kommuner) er medlem af Kulturmetropolens politiske styregruppe.",
                "Kulturudvalgsformanden i Gladsaxe Kommune er medlem af Kulturmetropolens politiske styregruppe.");
        assertThat(psgWho.select("li .when").eachText()).containsExactly("gælder fra 1. januar 2021 til 31. december 2024",
                "gælder fra 1. januar 2023 til 31. december 2024");
        // not all of them, so who bears it lists them
        assertThat(psgWho.select("li .who").first().text()).isEqualTo("hvem: kulturudvalgsformanden i hver af kommunerne (Albertslund, "
                + "Furesø, Halsnæs, Helsingør, Herlev, Ishøj, Køge, Roskilde og Rødovre Kommuner)");
        assertThat(psgWho.select("p.note").eachText()).containsExactly("Kommissoriet nævner ikke Furesø, Gladsaxe, Halsnæs, Helsingør, Herlev, "
                + "Køge og Rødovre Kommuner ved navn; det gør kulturaftalen.");
    }

    @Test
    void should_write_english_around_the_texts_own_words() {
        CliRunner r = CliRunner.run("review", "--lang", "en", "--format", "markdown");
        assertThat(r.exit()).isZero();
        Document doc = rendered(r.out());
        assertThat(doc.select("h1").text()).isEqualTo("Kommissorium for Kulturmetropolen 2021-2024: how the rules read the text");
        assertThat(doc.select("h2").eachText()).containsExactlyElementsOf(HEADINGS);
        assertThat(r.out()).contains("\nkmk.tasks-5: \"KMK godkender det forudgående års regnskab og det kommende års årsplan for indsatsområderne.\"\n")
                .contains("- Each year KMK approves the coming year's annual plan for each of the three focus areas (")
                .doesNotContain("annual plan for the music focus area")
                .contains("Read and approved by ....");
        // what one rule says of the nine partners, one item, who bears it naming them together, the note once
        Element psgWho = doc.select("p").stream().filter(q -> q.text().equals("psg.who: \"Kulturudvalgsformændene fra de deltagende kommuner.\""))
                .findFirst().orElseThrow().nextElementSibling();
        assertThat(psgWho.select("li")).singleElement().satisfies(li -> assertThat(li.text())
                .startsWith("The chair of the culture committee of each of the nine partner municipalities (Albertslund Kommune, ")
                .contains("who: the culture committee chair of each of the nine partner municipalities · valid"));
        assertThat(psgWho.nextElementSibling().text()).isEqualTo("The text does not name Furesø Kommune, Halsnæs Kommune, Helsingør Kommune, "
                + "Herlev Kommune, Køge Kommune and Rødovre Kommune; the agreement does.");
        assertThat(r.out()).doesNotContain("The text does not name the municipality");
        // a list whose items hold "and" sets them apart, so that three focus areas do not read as two
        assertThat(doc.select("li").eachText()).anyMatch(t -> t.startsWith("The political steering group must be kept informed of the progress of "
                + "each of the three focus areas (culture and health; music; and youth)"));
        assertThat(r.out()).doesNotContain("culture and health, music and youth");
    }

    @Test
    void should_read_a_day_and_refuse_one_outside_the_agreement() {
        CliRunner day = CliRunner.run("review", "--as-of", "2022-06-01", "--format", "markdown");
        assertThat(day.exit()).isZero();
        assertThat(day.out()).contains("Reglerne, som de gælder den 1. juni 2022.");
        CliRunner.run("review", "--as-of", "2025-03-01").refusedWith("--as-of 2025-03-01 is outside the agreement period");
    }

    @Test
    void should_escape_a_packs_text_and_show_its_fact_under_its_own_sentence() throws IOException {
        // given a pack whose own clause, section and sentence hold markup
        Path pack = dir.resolve("markup.drl");
        Files.writeString(pack, """
                package test.review;
                import dk.kulturmetropol.model.*;
                import dk.kulturmetropol.rules.pack.Derive;

                rule "r-own" @source("Own <i>rules</i>") @section("# Own | rules") @clause("own.report")
                    @quote("KMK reports <b>yearly</b> | *twice* & [more](http://x).")
                    @en("KMK reports <script>x</script> **yearly**.")
                    @da("KMK afrapporterer hvert år.")
                when AgreementPeriod($v : validity)
                then insert(Derive.must("kmk", "report", "annual-plan", $v));
                end
                """);
        String quote = "KMK reports <b>yearly</b> | *twice* & [more](http://x).";

        // when the review is written with it, as HTML and as Markdown
        CliRunner h = CliRunner.run("review", "--rules", pack.toString(), "--lang", "en");
        CliRunner m = CliRunner.run("review", "--rules", pack.toString(), "--lang", "en", "--format", "markdown");

        // then the pack's section follows the text, and its words are text, never markup
        assertThat(h.exit()).as(h.err()).isZero();
        Document doc = Jsoup.parse(h.out());
        assertThat(doc.select("section.part > h2").eachText()).hasSize(HEADINGS.size() + 1).endsWith("# Own | rules");
        assertThat(doc.select("b, i, script, a")).isEmpty();
        assertThat(doc.select(".sentence").stream().filter(e -> e.text().equals(quote))).singleElement()
                .satisfies(e -> assertThat(e.children()).isEmpty());
        assertThat(doc.getElementById("own.report").select(".fact").text()).isEqualTo("KMK reports <script>x</script> **yearly**.");
        assertThat(doc.select("section.part").last().select("p.source").text()).isEqualTo("From Own <i>rules</i>, not from the kommissorium.");

        assertThat(m.exit()).as(m.err()).isZero();
        Document md = rendered(m.out());
        assertThat(md.select("h2").eachText()).endsWith("# Own | rules");
        assertThat(md.select("b, i, script, a")).isEmpty();
        assertThat(md.select("em, strong").eachText()).noneMatch(t -> t.contains("twice") || t.equals("yearly") || t.equals("x"));
        assertThat(md.select("p").stream().filter(p -> p.text().equals("own.report: \"" + quote + "\""))).singleElement()
                .satisfies(p -> assertThat(p.children()).isEmpty());
        assertThat(md.select("li").eachText()).anyMatch(t -> t.startsWith("KMK reports <script>x</script> **yearly**."));
    }

    @Test
    void should_escape_what_markdown_would_read_as_markup() {
        List<String> texts = new ArrayList<>(List.of("# not a heading", "- not an item", "1. not a list", "2) nor this", "+ plus",
                "= setext", "a *b* _c_ `d` [e](f) ![g](h) <i>j</i> k | l ~m~ &amp; \\n", "line\nbreak", "> no quote"));
        for (String t : texts) {
            Document doc = rendered("> " + ReviewOutput.md(t) + "\n");
            assertThat(doc.select("blockquote > p").text()).as(t).isEqualTo(t.replace('\n', ' '));
            assertThat(doc.select("blockquote > p > *")).as(t).isEmpty();
            assertThat(doc.select("blockquote > *")).as(t).hasSize(1);
        }
        assertThat(ReviewOutput.md("KMK mødes fire gange årligt.")).isEqualTo("KMK mødes fire gange årligt.");
    }

    @Test
    void should_run_the_readmes_library_snippet_as_written() throws IOException {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            // README:review:start
            Review r = Governance.kulturmetropolen().review(Criteria.any(), Language.DA);
            for (Review.Section s : r.sections()) {
                System.out.println(s.heading() + ": " + s.counts().facts() + " facts in " + s.counts().sentences() + " sentences");
            }
            // README:review:end
        } finally {
            System.setOut(was);
        }
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("Kulturmetropolens politiske styregruppe: 40 facts in 10 sentences\n");
        String test = Files.readString(Path.of("src/test/java/dk/kulturmetropol/examples/ReviewCliTest.java"), java.nio.charset.StandardCharsets.UTF_8);
        String snippet = EmbeddingExampleTest.between(test, "// README:review:start\n", "\n            // README:review:end").stripIndent() + "\n";
        assertThat(Files.readString(Path.of("../README.md"), java.nio.charset.StandardCharsets.UTF_8)).contains("```java\n" + snippet + "```\n");
    }
}
