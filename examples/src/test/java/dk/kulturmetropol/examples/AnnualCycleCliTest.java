package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calendar as an annual cycle: at most six items a day, placed on a plan of meetings, by quarter as text and HTML. */
class AnnualCycleCliTest {
    private static final String[] YEAR = {"calendar", "--from", "2022-01-01", "--to", "2022-12-31"};
    private static final String PLAN = "plan-2022.csv";

    @TempDir
    Path dir;

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(YEAR, YEAR.length + more.length);
        System.arraycopy(more, 0, all, YEAR.length, more.length);
        return all;
    }

    @Test
    void should_put_at_most_six_items_on_any_day_of_the_default_export_counted_from_its_unfolded_lines() {
        // given the default export of the whole agreement, counted as python3 would: lines unfolded, an event on its start, a to-do on its due day
        String ics = CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2024-12-31", "--format", "ics").out();
        String unfolded = ics.replaceAll("\r\n[ \t]", "");

        // when each component is counted on its day
        Map<String, Integer> perDay = new TreeMap<>();
        Matcher m = Pattern.compile("BEGIN:(VEVENT|VTODO)\r\n(.*?)END:\\1", Pattern.DOTALL).matcher(unfolded);
        while (m.find()) {
            Matcher day = Pattern.compile("(?m)^" + (m.group(1).equals("VTODO") ? "DUE" : "DTSTART") + "[;:][^\r\n]*?(\\d{8})$").matcher(m.group(2));
            assertThat(day.find()).as(m.group(2)).isTrue();
            perDay.merge(day.group(1), 1, Integer::sum);
        }

        // then no day carries more than six, and the year ends carry what was 22 as six items
        assertThat(perDay.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(6));
        assertThat(perDay).containsEntry("20221231", 6).containsEntry("20231231", 6).containsEntry("20211231", 5);
        assertThat(perDay.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(36);
    }

    @Test
    void should_put_the_plans_submission_before_kmks_meeting_that_approves_it_and_the_years_accounts_on_its_first_meeting() {
        CliRunner en = CliRunner.run(with("--plan", PLAN, "--lang", "en"));

        assertThat(en.exit()).as(en.err()).isZero();
        String submit = "\n  By KMK's meeting of 3 November 2022: The project chiefs for culture and health; music; and youth must each submit the annual "
                + "plan and the budget proposal for 2023 to KMK.\n    a reading: KMK approves at the meeting, so this is due before it\n";
        String approve = "\n  KMK's meeting of 3 November 2022: KMK approves the annual plan and the budget for 2023 for culture and health; "
                + "music; and youth (kmk.tasks-5, chief.role-5).\n";
        assertThat(en.out()).startsWith("Annual cycle from 2022-01-01 to 2022-12-31, placed on the meeting plan:\n")
                .contains(submit, approve)
                .contains("\n  KMK's meeting of 3 February 2022: KMK approves the accounts for 2021 for culture and health; music; and youth (kmk.tasks-5).\n")
                .contains("\n  By KMK's meeting of 3 February 2022: The project chiefs for culture and health; music; and youth must each submit the audited "
                        + "annual accounts for 2021 to the secretariat.\n")
                .contains("    kmk.tasks-5: \"KMK godkender det forudgående års regnskab")
                // the board's third quarter has no meeting in the plan: said, not dropped
                .contains("\n  2022-09-30  The administrative board meets at least once a quarter, and otherwise as needed.\n"
                        + "    No meeting planned for the administrative board in the window, from 2022-07-01 to 2022-09-30\n")
                .contains("    Meetings planned for KMK: 3 February 2022, 5 May 2022, 1 September 2022 and 3 November 2022\n")
                .contains("    On no meeting's agenda: not the task of a body that meets\n");
        // submitted, then approved: the text's order
        assertThat(en.out().indexOf(submit)).isLessThan(en.out().indexOf(approve));
        // near miss: the plan is not approved at KMK's first meeting, nor the accounts at its last; KMK's meeting of
        // 3 November is not the board's; and the chiefs' plan is no longer due after KMK has approved it
        assertThat(en.out()).doesNotContain("KMK's meeting of 3 February 2022: KMK approves the annual plan")
                .doesNotContain("3 November 2022: KMK approves the accounts").doesNotContain("The administrative board's meeting of 3 November 2022")
                .doesNotContain("2022-12-31  The project chiefs");
    }

    @Test
    void should_list_an_item_whose_body_has_no_meeting_planned_in_its_window() throws Exception {
        // given a plan whose KMK meetings fall just outside 2022
        Path plan = Files.writeString(dir.resolve("plan.csv"), "body,date\nkmk,2021-12-31\nkmk,2023-01-01\n");

        CliRunner en = CliRunner.run(with("--plan", plan.toString(), "--lang", "en"));

        assertThat(en.exit()).as(en.err()).isZero();
        assertThat(en.out()).doesNotContain("KMK's meeting")
                .contains("  2022-12-31  KMK must approve the accounts for 2021 for culture and health; "
                        + "music; and youth.\n    No meeting planned for KMK in the window, from 2022-01-01 to 2022-12-31\n")
                .contains("  2022-12-31  KMK must approve the annual plan and the budget for 2023 for culture and health; "
                        + "music; and youth.\n    No meeting planned for KMK in the window, from 2022-01-01 to 2022-12-31\n");
    }

    @Test
    void should_write_the_agenda_in_danish_with_dates_in_words_and_no_ids_in_its_prose() {
        CliRunner da = CliRunner.run(with("--plan", PLAN, "--lang", "da", "--format", "quarters"));

        assertThat(da.exit()).as(da.err()).isZero();
        assertThat(da.out()).startsWith("Opgaverne fra 1. januar 2022 til 31. december 2022, sat på dagsordenerne efter mødeplanen\n\n1. kvartal 2022\n")
                .contains("\n  KMKs møde den 3. november 2022: KMK godkender årsplanen og budgettet for 2023 for Kultur- og sundhedsindsatsen "
                        + "»Et bedre liv med kultur«, Musikindsatsen og Ungeindsatsen.\n")
                .contains("\n  Senest til KMKs møde den 3. november 2022: ")
                .contains("    Intet møde planlagt for den administrative bestyrelse fra 1. juli 2022 til 30. september 2022\n")
                .contains("    Møder planlagt for KMK: den 3. februar 2022, den 5. maj 2022, den 1. september 2022 og den 3. november 2022\n");
        // every line but a quotation is free of ids and ISO dates
        assertThat(da.out().lines().filter(l -> !l.strip().matches("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+: \".*\"")))
                .allSatisfy(l -> assertThat(l).doesNotContainPattern("\\d{4}-\\d{2}").doesNotContain("kmk.", "Q1", "annual", "meeting"));
        assertThat(da.out().indexOf("1. kvartal 2022")).isLessThan(da.out().indexOf("2. kvartal 2022"));
    }

    @Test
    void should_show_the_year_by_quarter_each_item_under_the_quarter_it_falls_due_in() {
        String text = CliRunner.run(with("--format", "quarters", "--lang", "en")).out();

        List<String> headings = text.lines().filter(l -> l.matches("Q\\d \\d{4}")).toList();
        assertThat(headings).containsExactly("Q1 2022", "Q2 2022", "Q3 2022", "Q4 2022");
        // KMK's approvals fall due on 31 December: under Q4, not Q1 (without a plan nothing is on a meeting)
        assertThat(text.indexOf("KMK must approve")).isGreaterThan(text.indexOf("Q4 2022"));
        assertThat(text.substring(text.indexOf("Q3 2022"), text.indexOf("Q4 2022"))).contains("2022-09-30").doesNotContain("2022-12-31");
    }

    @Test
    void should_write_one_printable_html_page_by_quarter_escaping_what_a_pack_says() throws Exception {
        // given a pack whose quotation holds markup
        Path pack = Files.writeString(dir.resolve("markup.yaml"), """
                source: S
                duties:
                  - { clause: t.markup, quote: "KMK <script>alert(1)</script> & <b>reports</b>.", for: the-agreement, actor: kmk, action: report, matter: status, due: 2022-05-02 }
                """);

        // when the year is written as HTML in Danish, on the plan
        CliRunner html = CliRunner.run(with("--format", "html", "--lang", "da", "--plan", PLAN, "--rules", pack.toString()));
        Document doc = Jsoup.parse(html.out());

        // then it is one page, a section per quarter in order, each with its head, and the markup is text
        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").doesNotContain("<script>", "<link", "src=");
        assertThat(doc.select("html").attr("lang")).isEqualTo("da");
        assertThat(doc.select("section.quarter > h2").eachText()).containsExactly("1. kvartal 2022", "2. kvartal 2022", "3. kvartal 2022", "4. kvartal 2022");
        assertThat(doc.select("section.quarter")).allSatisfy(s -> assertThat(s.select("thead th").eachText()).containsExactly("Dato", "Hvad", "Grundlag"));
        assertThat(doc.select("style").html()).contains("display: table-header-group").contains("@page");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("td.basis p.clause").eachText()).contains("»S (markup.yaml)«: \"KMK <script>alert(1)</script> & <b>reports</b>.\"");
        Element first = doc.selectFirst("section#2022-Q4 tr.on-agenda");
        assertThat(first).isNotNull();
        assertThat(first.selectFirst("td.when").text()).isEqualTo("KMKs møde den 3. november 2022");
        assertThat(doc.select("section#2022-Q4 tr.due-by-meeting td.when").eachText()).containsExactly("Senest til KMKs møde den 3. november 2022");
        assertThat(doc.select("section#2022-Q3 tr.no-meeting-planned td.what .where").text())
                .isEqualTo("Intet møde planlagt for den administrative bestyrelse fra 1. juli 2022 til 30. september 2022");
        // the pack's report of 2 May is under the second quarter; with no KMK meeting that day, it has none planned
        assertThat(doc.select("section#2022-Q2").text()).contains("2. maj 2022");
    }

    @Test
    void should_write_the_year_without_a_plan_as_html_each_item_under_the_quarter_it_falls_due_in() {
        Document doc = Jsoup.parse(CliRunner.run(with("--format", "html")).out());

        // without --lang the page is English, in the agreement's words
        assertThat(doc.title()).isEqualTo("Annual cycle from 2022-01-01 to 2022-12-31");
        assertThat(doc.select("section.quarter > h2").eachText()).containsExactly("Q1 2022", "Q2 2022", "Q3 2022", "Q4 2022");
        // KMK's approvals fall due on 31 December: one row under Q4 citing both sentences; near miss: none under Q1
        assertThat(doc.select("section#2022-Q4 td.what").eachText()).filteredOn(t -> t.startsWith("KMK must approve")).singleElement()
                .isEqualTo("KMK must approve the accounts for 2021, and the annual plan and the budget for 2023 for culture and health; music; and youth.");
        assertThat(doc.select("section#2022-Q4 td.basis p.clause").eachText()).anyMatch(t -> t.startsWith("kmk.tasks-5: "))
                .anyMatch(t -> t.startsWith("chief.role-5: "));
        assertThat(doc.select("section#2022-Q1 td.what").eachText()).noneMatch(t -> t.startsWith("KMK must approve"))
                .allMatch(t -> t.startsWith("The administrative board meets"));
    }

    @Test
    void should_write_the_plan_as_json_and_ics_that_ical4j_reads_back() throws Exception {
        JsonNode agenda = new ObjectMapper().readTree(CliRunner.run(with("--plan", PLAN, "--format", "json")).out()).get("agenda");
        CliRunner ics = CliRunner.run(with("--plan", PLAN, "--format", "ics", "--lang", "en"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.out()));

        assertThat(agenda).extracting(a -> a.get("status").asText()).contains("on-agenda", "due-by-meeting", "no-meeting-planned", "meetings", "not-a-body");
        JsonNode kmk = null;
        for (JsonNode a : agenda) {
            if (a.get("status").asText().equals("on-agenda") && a.get("item").get("actor").asText().equals("kmk")) {
                kmk = a;
            }
        }
        assertThat(kmk).isNotNull();
        assertThat(kmk.get("meetings").toString()).isEqualTo("[{\"body\":\"kmk\",\"date\":\"2022-11-03\"}]");
        assertThat(calendar.<VEvent>getComponents("VEVENT")).anySatisfy(e -> {
            assertThat(e.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20221103");
            assertThat(e.getSummary().getValue()).startsWith("KMK's meeting of 3 November 2022: KMK approves the annual plan and the budget for 2023");
        });
    }

    @Test
    void should_refuse_a_plan_with_an_unknown_body_naming_the_file_and_line() throws Exception {
        Path plan = Files.writeString(dir.resolve("bad.csv"), "body,date\nkmk,2022-02-03\nkmkk,2022-05-05\n");

        CliRunner.run(with("--plan", plan.toString())).refusedWith(plan + " line 3: unknown body 'kmkk'");
        CliRunner.run(with("--plan", dir.resolve("missing.csv").toString())).refusedWith("does not exist");
    }
}
