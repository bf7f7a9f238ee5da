package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** calendar: text, JSON, and an iCalendar file that ical4j reads back with one event or to-do an annual cycle item. */
class CalendarCliTest {
    private static final String[] WINDOW = {"calendar", "--from", "2021-01-01", "--to", "2026-12-31", "--rules", "packs/ministry-reporting.drl"};

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(WINDOW, WINDOW.length + more.length);
        System.arraycopy(more, 0, all, WINDOW.length, more.length);
        return all;
    }

    @Test
    void should_write_an_ics_file_that_parses_with_one_event_a_deadline() throws Exception {
        JsonNode deadlines = new ObjectMapper().readTree(CliRunner.run(with("--format", "json")).out()).get("items");
        CliRunner ics = CliRunner.run(with("--format", "ics"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.out()));

        assertThat(ics.exit()).as(ics.err()).isZero();
        assertThat(calendar.<VEvent>getComponents("VEVENT").size() + calendar.getComponents("VTODO").size()).isEqualTo(deadlines.size());
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize((int) java.util.stream.StreamSupport.stream(deadlines.spliterator(), false)
                .filter(d -> !d.get("window").asBoolean()).count());
        assertThat(ics.out()).contains("DTSTART;VALUE=DATE:20220915").contains("SUMMARY:secretariat must submit annual-status");
    }

    @Test
    void should_list_dated_deadlines_and_recurring_duties_in_json() throws Exception {
        JsonNode items = new ObjectMapper().readTree(CliRunner.run(with("--format", "json")).out()).get("items");
        JsonNode deadlines = new ObjectMapper().valueToTree(java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .flatMap(i -> java.util.stream.StreamSupport.stream(i.get("deadlines").spliterator(), false)).toList());

        assertThat(items.get(0).fieldNames()).toIterable().containsExactly("date", "start", "window", "quarter", "actor", "action", "matters",
                "concerns", "scopes", "clauses", "readings", "deadlines");
        assertThat(deadlines.get(0).fieldNames()).toIterable().containsExactly("date", "kind", "when", "start", "concerns", "reading", "actor", "resolvedTo",
                "modality", "action", "matter", "scope", "clause");
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("actor").asText()).isEqualTo("kmk");
            assertThat(i.get("action").asText()).isEqualTo("approve");
            assertThat(i.get("date").asText()).isEqualTo("2022-12-31");
            assertThat(i.get("concerns").toString()).isEqualTo("{\"annual-plan\":\"2023\",\"budget\":\"2023\"}");
            assertThat(i.get("scopes").toString()).isEqualTo("[\"culture-and-health\",\"music\",\"youth\"]");
            assertThat(i.get("deadlines")).hasSize(6);
        });
        // the 2021 accounts go on to the agency by 15 September 2022 with the pack, so KMK approves them the day before
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("actor").asText()).isEqualTo("kmk");
            assertThat(i.get("date").asText()).isEqualTo("2022-09-14");
            assertThat(i.get("concerns").toString()).isEqualTo("{\"annual-accounts\":\"2021\"}");
            assertThat(i.get("clauses").toString()).contains("kmk.tasks-5", "ministry.annual-report");
            assertThat(i.get("deadlines")).hasSize(3);
        });
        assertThat(deadlines).anySatisfy(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("deadline");
            assertThat(d.get("date").asText()).isEqualTo("2022-09-15");
        });
        assertThat(deadlines).anySatisfy(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("recurring");
            assertThat(d.get("matter").asText()).isEqualTo("kmk");
            assertThat(d.get("date").asText()).isEqualTo("2021-12-31");
        });
    }

    @Test
    void should_say_nothing_falls_due_in_an_empty_window() {
        assertThat(CliRunner.run("calendar", "--from", "2025-02-01", "--to", "2025-03-01").out())
                .isEqualTo("What falls due from 2025-02-01 to 2025-03-01:\n\n  nothing\n");
    }

    @Test
    void should_give_a_deadline_the_same_uid_in_every_export() {
        String september = CliRunner.run("calendar", "--from", "2022-09-01", "--to", "2022-09-30", "--rules", "packs/ministry-reporting.drl",
                "--format", "ics").out();
        String year = CliRunner.run("calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--rules", "packs/ministry-reporting.drl",
                "--format", "ics").out();

        java.util.List<String> uids = september.lines().filter(l -> l.startsWith("UID:")).toList();
        assertThat(uids).isNotEmpty().doesNotHaveDuplicates();
        assertThat(year.lines().filter(l -> l.startsWith("UID:")).toList()).containsAll(uids);
    }

    @Test
    void should_keep_deadlines_alike_but_for_whom_they_go_to_in_one_item_naming_both(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // given two deadlines alike but for whom they go to
        java.nio.file.Path pack = java.nio.file.Files.writeString(dir.resolve("two.yaml"), """
                source: S
                duties:
                  - { clause: t.report, quote: KMK reports., for: the-agreement, actor: kmk, action: report, matter: status, to: [secretariat], due: 2022-03-01 }
                  - { clause: t.report, quote: KMK reports., for: the-agreement, actor: kmk, action: report, matter: status, to: [political-steering-group], due: 2022-03-01 }
                """);

        // when they are exported
        CliRunner ics = CliRunner.run("calendar", "--from", "2022-03-01", "--to", "2022-03-01", "--rules", pack.toString(), "--format", "ics", "--lang", "en");

        // then they are one event, KMK reporting to both, and every UID of the export is distinct
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.out()));
        assertThat(ics.exit()).as(ics.err()).isZero();
        assertThat(calendar.<VEvent>getComponents("VEVENT")).filteredOn(e -> e.getSummary().getValue().contains("status")).singleElement()
                .satisfies(e -> assertThat(e.getSummary().getValue()).isEqualTo("KMK must report on status to the political steering group and the secretariat."));
        assertThat(calendar.getComponents().stream().map(c -> c.getProperty("UID").orElseThrow().getValue()).toList()).doesNotHaveDuplicates();
        String year = CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2024-12-31", "--rules", "packs/ministry-reporting.drl", "--format", "ics").out();
        assertThat(year.lines().filter(l -> l.startsWith("UID:")).toList()).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    }

    @Test
    void should_fold_every_line_at_75_octets_and_keep_the_danish_text_whole() throws Exception {
        // given the whole agreement period in Danish, whose sentences carry æ, ø, å and dashes
        CliRunner ics = CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2024-12-31", "--lang", "da", "--format", "ics");

        // when ical4j reads it back
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.out()));

        // then no physical line is longer than 75 octets, and the unfolded text is the sentence itself
        assertThat(ics.exit()).as(ics.err()).isZero();
        assertThat(ics.out().split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(ics.out().split("\r\n")).anySatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isEqualTo(75).isGreaterThan(line.length()));
        assertThat(calendar.getComponents().stream().map(c -> c.getProperty("DESCRIPTION").orElseThrow().getValue()))
                .anySatisfy(d -> assertThat(d).contains("Den administrative bestyrelse mødes som minimum kvartalsvis – og i øvrigt efter behov."))
                .anySatisfy(d -> assertThat(d).contains("KMK godkender det forudgående års regnskab og det kommende års årsplan for indsatsområderne."));
    }

    @Test
    void should_say_that_an_approval_due_with_its_submission_comes_after_it() throws Exception {
        // kmk.tasks-5 approves what chief.duty-6 and chief.duty-4 hand in; without meetings both fall due on 31 December
        String note = "Godkendelsen kan først ske, når materialet er indsendt, selv om indsendelse og godkendelse har samme frist.";
        String da = CliRunner.run("calendar", "--from", "2022-10-01", "--to", "2022-12-31", "--lang", "da").out();
        String approval = da.substring(da.indexOf("  Senest den 31. december 2022: KMK skal godkende"));

        assertThat(approval.substring(0, approval.indexOf("\n\n"))).endsWith("\n    " + note);
        assertThat(da.split(java.util.regex.Pattern.quote(note), -1)).as("the note, once").hasSize(2);
        Calendar ics = new CalendarBuilder().build(new StringReader(
                CliRunner.run("calendar", "--from", "2022-10-01", "--to", "2022-12-31", "--lang", "en", "--format", "ics").out()));
        assertThat(ics.getComponents().stream().map(c -> c.getProperty("DESCRIPTION").orElseThrow().getValue())
                .filter(d -> d.contains("The approval can only follow once the material is handed in, though handing in and approval have the same deadline."))).hasSize(1);
        // the calendar file says a body's members as the text view does, by their places in Danish order
        Calendar icsDa = new CalendarBuilder().build(new StringReader(
                CliRunner.run("calendar", "--from", "2022-10-01", "--to", "2022-12-31", "--lang", "da", "--format", "ics").out()));
        assertThat(icsDa.getComponents().stream().map(c -> c.getProperty("DESCRIPTION").orElseThrow().getValue()))
                .anySatisfy(d -> assertThat(d).endsWith("\nDet gælder medlemmerne af KMK fra Albertslund, Furesø, Halsnæs, Helsingør, Herlev,"
                        + " Ishøj, Køge, Roskilde og Rødovre Kommuner."))
                .noneSatisfy(d -> assertThat(d).contains("kulturchef i Albertslund Kommune"));
        // an undated task stands under the day it must be done by, in either language; a dated one under its day
        assertThat(approval).startsWith("  Senest den 31. december 2022: KMK skal godkende");
        assertThat(CliRunner.run("calendar", "--from", "2022-10-01", "--to", "2022-12-31", "--lang", "en").out())
                .contains("\n  By 2022-12-31  KMK must approve");
        assertThat(CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2021-01-31", "--lang", "da").out())
                .contains("\n  Senest den 1. januar 2021: Sekretariatets økonomi fastlægges");
        // near miss: a year with nothing handed in and approved on one day (the first quarter: meetings only)
        assertThat(CliRunner.run("calendar", "--from", "2022-01-01", "--to", "2022-03-31", "--lang", "da").out()).doesNotContain("Godkendelsen kan først ske");
    }

    @Test
    void should_name_the_calendar_for_its_window_and_say_what_it_holds() throws Exception {
        Calendar english = new CalendarBuilder().build(new StringReader(
                CliRunner.run("calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "ics").out()));
        Calendar oneDay = new CalendarBuilder().build(new StringReader(
                CliRunner.run("calendar", "--from", "2022-03-01", "--to", "2022-03-01", "--lang", "da", "--format", "ics").out()));

        assertThat(english.getProperty("NAME").orElseThrow().getValue()).isEqualTo("Kulturmetropolen's deadlines and tasks from 2022-01-01 to 2022-12-31");
        assertThat(english.getProperty("X-WR-CALDESC").orElseThrow().getValue())
                .startsWith("The calendar shows the tasks from 2022-01-01 to 2022-12-31: who must carry them out, and when. Each task carries the"
                        + " sentence it rests on. Where the text gives no date, the task stands on the last day of the quarter or year it must be done in.");
        assertThat(oneDay.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Kulturmetropolens frister og opgaver den 1. marts 2022");
        assertThat(oneDay.getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo("Kalenderen viser opgaverne den 1. marts 2022: hvem der skal udføre dem, og hvornår. Ved hver opgave står den sætning,"
                        + " som opgaven bygger på. Hvor teksten ikke angiver en dato, står opgaven på den sidste dag i det kvartal eller år, den skal"
                        + " være udført i.");
        // the page names a one-day window as the file and the text view do, and a longer one by its first and last day;
        // "kvartal for kvartal" only where the window spans quarters (review 7)
        assertThat(CliRunner.run("calendar", "--from", "2022-03-01", "--to", "2022-03-01", "--lang", "da", "--format", "html").out())
                .contains("Opgaver den 1. marts 2022").doesNotContain("fra 1. marts 2022 til 1. marts 2022", "kvartal for kvartal");
        assertThat(CliRunner.run("calendar", "--from", "2022-03-01", "--to", "2022-03-31", "--lang", "da", "--format", "html").out())
                .contains("Opgaver fra 1. marts 2022 til 31. marts 2022").doesNotContain("kvartal for kvartal");
        assertThat(CliRunner.run("calendar", "--from", "2022-03-01", "--to", "2022-04-30", "--lang", "da", "--format", "html").out())
                .contains("Opgaverne kvartal for kvartal fra 1. marts 2022 til 30. april 2022");
        assertThat(CliRunner.run("calendar", "--from", "2022-03-01", "--to", "2022-03-01", "--lang", "en", "--format", "quarters").out())
                .startsWith("Tasks on 1 March 2022:");
    }

    @Test
    void should_write_what_the_text_asks_without_a_date_as_a_to_do_over_its_window_and_no_day_with_more_than_the_measured_count() throws Exception {
        // given the default export of the whole agreement
        CliRunner ics = CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2024-12-31", "--format", "ics");

        // when ical4j reads it back
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.out()));

        // then the 2021 accounts KMK approves are one to-do over 2022 with the 2023 plans and budgets of the three focus
        // areas, marked as a reading and citing both sentences; nothing the text dates is among the to-dos
        java.util.List<net.fortuna.ical4j.model.component.VToDo> todos = calendar.getComponents("VTODO");
        assertThat(todos).anySatisfy(t -> {
            assertThat(t.getSummary().getValue())
                    .isEqualTo("kmk must approve annual-accounts (2021), annual-plan (2023), budget (2023) for culture-and-health, music, youth");
            assertThat(t.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20220101");
            assertThat(t.getProperty("DUE").orElseThrow().getValue()).isEqualTo("20221231");
            assertThat(t.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("a reading: the text gives no date")
                    .contains("kmk.tasks-5: \"KMK godkender").contains("chief.role-5: \"Projektchefen");
        });
        assertThat(todos).allSatisfy(t -> assertThat(t.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("a reading:"));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).allSatisfy(e -> assertThat(e.getDescription().getValue())
                .startsWith("deadline: due"));
        java.util.Map<String, Long> perDay = new java.util.TreeMap<>();
        calendar.getComponents().forEach(c -> perDay.merge(c.getProperty(c instanceof net.fortuna.ical4j.model.component.VToDo ? "DUE" : "DTSTART")
                .orElseThrow().getValue(), 1L, Long::sum));
        assertThat(perDay.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isLessThanOrEqualTo(MAX_PER_DAY);
    }

    /** The most items on one day of the default 2021-2024 export (issue 18): 22 before the deadlines were grouped. */
    private static final long MAX_PER_DAY = 6;
}
