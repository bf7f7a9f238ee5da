package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The focus areas' names come from the agreement file ("Kultur- og sundhedsindsatsen »Et bedre liv med kultur«"); the
 * kommissorium writes only "Kulturmetropolens Musikindsats" and the like. Every Danish view that shows the agreement's
 * names says so once, in the words who, duties and find use, in a place that fits the format.
 */
class AreaNamesNoteCliTest {
    private static final String NOTE = "Navnene Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, Musikindsatsen og Ungeindsatsen er "
            + "kulturaftalens; kommissoriet skriver »Kulturmetropolens Kultur og sundhedsindsats«, »Kulturmetropolens Musikindsats« og "
            + "»Kulturmetropolens Ungeindsats«.";
    private static final String[] YEAR = {"calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--lang", "da"};

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String run(String... args) {
        CliRunner r = CliRunner.run(args);
        assertThat(r.err()).as(String.join(" ", args)).isEmpty();
        return r.out();
    }

    private static String[] with(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void should_word_the_note_as_who_does() {
        assertThat(run("who", "approve", "annual-plan", "--lang", "da")).contains("\n" + NOTE + "\n");
    }

    @Test
    void should_note_once_in_the_text_views_after_all_they_show() {
        // given the text views that show the agreement's names of the focus areas
        for (String[] view : List.of(new String[] {"validate", "--lang", "da"}, YEAR, with(YEAR, "--format", "quarters"))) {
            // when they are written in Danish
            String out = run(view);

            // then the names are noted once, last, in a paragraph of its own
            assertThat(out).as(String.join(" ", view)).contains("Et bedre liv med kultur").endsWith("\n\n" + NOTE + "\n");
            assertThat(count(out, NOTE)).as(String.join(" ", view)).isOne();
        }
    }

    @Test
    void should_note_a_name_the_kommissorium_never_writes_as_the_agreements_in_the_diff() {
        String out = run("diff", "--after", "configs/gladsaxe-literature-2023.yaml", "--lang", "da");

        assertThat(out).contains("Litteraturindsatsen").endsWith("\n\nNavnet Litteraturindsatsen kommer fra kulturaftalen, ikke fra kommissoriet.\n");
    }

    @Test
    void should_note_once_under_the_raci_table_in_each_format(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // the shipped matrix has one row for every focus area alike ("hvert indsatsområde"), so it shows no name to note
        String shipped = run("raci", "--lang", "da");
        assertThat(shipped).contains("(hvert indsatsområde)").doesNotContain("(Musikindsatsen)").doesNotContain("er kulturaftalens;");
        // an agreement of one focus area shows its name in its rows, and notes it
        java.nio.file.Path one = dir.resolve("one-area.yaml");
        java.nio.file.Files.writeString(one, dk.kulturmetropol.rules.AgreementYaml.defaultText().lines()
                .filter(l -> !l.contains("id: culture-and-health") && !l.contains("id: youth")).collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        final String NOTE = "Navnet Musikindsatsen er kulturaftalens; kommissoriet skriver »Kulturmetropolens Musikindsats«.";
        String markdown = run("raci", "--lang", "da", "--config", one.toString());
        String csv = run("raci", "--lang", "da", "--format", "csv", "--config", one.toString());
        var html = Jsoup.parse(run("raci", "--lang", "da", "--format", "html", "--config", one.toString()));
        assertThat(markdown).contains("| årsplan (Musikindsatsen) ");

        // Markdown: a paragraph under the table's notes, before the legend
        assertThat(count(markdown, NOTE)).isOne();
        assertThat(markdown.indexOf(NOTE)).isGreaterThan(markdown.lastIndexOf("|\n")).isLessThan(markdown.indexOf("A står til ansvar"));
        // CSV: its last row, the note in the first column and the others empty, as wide as the header
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(rows.size() - 1)).startsWith("\"" + NOTE + "\",").matches(".*[^,],{" + (count(rows.get(0), ",")) + "}");
        assertThat(count(csv, NOTE)).isOne();
        // HTML: a note under the table, styled as its other notes
        assertThat(html.select("p.note.area-names")).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo(NOTE));
        assertThat(count(html.text(), NOTE)).isOne();
    }

    @Test
    void should_note_once_in_the_calendar_file_and_page() throws Exception {
        // iCalendar: the calendar's description, after what the calendar holds, not each event's
        Calendar ics = new CalendarBuilder().build(new StringReader(run(with(YEAR, "--format", "ics"))));
        String description = "Kalenderen viser opgaverne fra 1. januar 2022 til 31. december 2022: hvem der skal udføre dem, og hvornår. "
                + "Ved hver opgave står den sætning, som opgaven bygger på. Hvor teksten ikke angiver en dato, står opgaven på den sidste dag i"
                + " det kvartal eller år, den skal være udført i.\n\n" + NOTE;
        assertThat(ics.getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo(description);
        assertThat(ics.getProperty("X-WR-CALDESC").orElseThrow().getValue()).isEqualTo(description);
        assertThat(ics.getProperty("NAME").orElseThrow().getValue()).isEqualTo("Kulturmetropolens frister og opgaver fra 1. januar 2022 til 31. december 2022");
        assertThat(ics.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Kulturmetropolens frister og opgaver fra 1. januar 2022 til 31. december 2022");
        assertThat(ics.getComponents().stream().flatMap(c -> c.getProperties("DESCRIPTION").stream()).map(p -> ((net.fortuna.ical4j.model.Property) p).getValue()))
                .noneMatch(d -> d.contains("kulturaftalens"));
        // HTML: a line at the foot of the page
        var page = Jsoup.parse(run(with(YEAR, "--format", "html")));
        assertThat(page.select("p.area-names")).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo(NOTE));
        assertThat(page.body().children().last().hasClass("area-names")).isTrue();
    }

    @Test
    void should_note_once_as_the_org_charts_legend() {
        String dot = run("orgchart", "--lang", "da", "--format", "dot");
        String mermaid = run("orgchart", "--lang", "da");

        // DOT: the graph's own label, at its foot; Mermaid: a box of its own without frame or fill
        assertThat(dot).contains("\n  labelloc=b;\n").endsWith("}\n");
        assertThat(dot.replace("\\n", " ")).contains("  label=\"" + NOTE + "\";\n");
        assertThat(mermaid.replace("<br/>", " ")).contains("  areaNames[\"" + NOTE + "\"]:::legend\n")
                .contains("  classDef legend fill:none,stroke:none,font-size:12px\n");
    }

    @Test
    void should_say_nothing_of_the_agreements_names_where_a_view_shows_none() {
        // in English a focus area is named by its id's words, never by the agreement's name
        for (String[] view : List.of(new String[] {"validate", "--lang", "en"}, new String[] {"raci", "--lang", "en"},
                new String[] {"orgchart", "--lang", "en", "--format", "dot"}, new String[] {"calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--lang", "en"})) {
            String out = run(view);
            assertThat(out).as(String.join(" ", view)).doesNotContain("Et bedre liv").doesNotContain("from the agreement")
                    .doesNotContain("is the agreement's").doesNotContain("are the agreement's");
        }
        // a window in which no focus area is named: no note
        assertThat(run("calendar", "--from", "2022-01-01", "--to", "2022-03-31", "--lang", "da")).doesNotContain("kulturaftalen");
        // the ids' output stays as it was
        assertThat(run("raci")).doesNotContain("kulturaftalens;");
    }

    @Test
    void should_say_the_note_once_at_the_end_of_an_answer_in_several_sections() {
        // a new user found it twice in 'reports project-chief:music' and mid-answer in 'reports --to kmk' and 'find regnskab'
        for (String[] args : List.of(new String[] {"reports", "project-chief:music", "--lang", "da"},
                new String[] {"reports", "--to", "kmk", "--lang", "da"}, new String[] {"find", "regnskab", "--lang", "da"})) {
            List<String> lines = CliRunner.run(args).out().lines().toList();
            List<String> notes = lines.stream().filter(l -> l.startsWith("Navne") && l.contains(" er kulturaftalens; ")).toList();

            assertThat(notes).as(String.join(" ", args)).hasSize(1);
            assertThat(lines.get(lines.size() - 1)).as(String.join(" ", args)).isEqualTo(notes.get(0));
        }
        // near miss: in English there is no such note
        assertThat(CliRunner.run("reports", "project-chief:music", "--lang", "en").out()).doesNotContain("kulturaftalens");
    }
}
