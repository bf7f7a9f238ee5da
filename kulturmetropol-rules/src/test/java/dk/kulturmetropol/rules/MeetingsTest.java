package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.ChairTerm;
import org.junit.jupiter.api.Test;

/** Meetings judged against the text's frequencies, a meeting record's refusals, and whether a chair may decide. */
class MeetingsTest {
    private static final Governance G = Governance.kulturmetropolen();

    private static List<Meeting> log(String rows) {
        return MeetingLog.parse("body,date\n" + rows, "m.csv", G.accepted("body"));
    }

    private static MeetingFinding finding(List<MeetingFinding> all, String body, String period) {
        return all.stream().filter(f -> f.body().equals(body) && f.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void should_judge_each_year_against_the_frequency_the_text_sets() {
        List<MeetingFinding> f = G.meetings(log("""
                kmk,2021-02-01
                kmk,2021-05-01
                kmk,2021-09-01
                kmk,2021-11-01
                kmk,2022-02-01
                political-steering-group,2021-03-01
                political-steering-group,2021-06-01
                political-steering-group,2021-09-01
                political-steering-group,2022-06-01
                """), LocalDate.of(2023, 6, 1));

        assertThat(finding(f, "kmk", "2021")).extracting(MeetingFinding::held, MeetingFinding::expected, MeetingFinding::status)
                .containsExactly(4, "4", MeetingFinding.Status.OK);
        assertThat(finding(f, "kmk", "2022").status()).isEqualTo(MeetingFinding.Status.BELOW);
        assertThat(finding(f, "political-steering-group", "2021")).extracting(MeetingFinding::held, MeetingFinding::status)
                .containsExactly(3, MeetingFinding.Status.ABOVE);
        assertThat(finding(f, "political-steering-group", "2022")).extracting(MeetingFinding::expected, MeetingFinding::status)
                .containsExactly("1-2", MeetingFinding.Status.OK);
        assertThat(finding(f, "kmk", "2021").clause().id()).isEqualTo("kmk.meetings");
        assertThat(finding(f, "kmk", "2023")).as("the record ends in 2022; 2023 is judged all the same, still running")
                .extracting(MeetingFinding::held, MeetingFinding::status).containsExactly(0, MeetingFinding.Status.OPEN);
        assertThat(f).noneMatch(x -> x.period().startsWith("2024")).as("not a year after the day judged");
    }

    @Test
    void should_judge_every_year_and_quarter_of_the_period_up_to_the_day_judged_not_only_the_records_years() {
        List<MeetingFinding> f = G.meetings(log("kmk,2022-02-01\nadministrative-board,2022-02-01\n"), LocalDate.of(2025, 1, 1));

        assertThat(f).filteredOn(x -> x.body().equals("kmk")).extracting(MeetingFinding::period, MeetingFinding::held, x -> x.status().id())
                .as("2021 before the record's first year and 2023-2024 after its last: none in the record, too few").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2021", 0, "below"),
                        org.assertj.core.groups.Tuple.tuple("2022", 1, "below"),
                        org.assertj.core.groups.Tuple.tuple("2023", 0, "below"),
                        org.assertj.core.groups.Tuple.tuple("2024", 0, "below"));
        assertThat(f).filteredOn(x -> x.body().equals("administrative-board")).as("16 quarters, 2021-Q1 to 2024-Q4").hasSize(16)
                .filteredOn(x -> x.status() == MeetingFinding.Status.BELOW).hasSize(15);
        assertThat(f).filteredOn(x -> x.body().equals("political-steering-group")).extracting(MeetingFinding::period)
                .containsExactly("2021", "2022", "2023", "2024");
        assertThat(G.meetings(List.of(), LocalDate.of(2021, 8, 1))).as("an empty record: every year and quarter so far, none held")
                .extracting(MeetingFinding::body, MeetingFinding::period, x -> x.status().id()).contains(
                        org.assertj.core.groups.Tuple.tuple("kmk", "2021", "open"),
                        org.assertj.core.groups.Tuple.tuple("administrative-board", "2021-Q2", "below"),
                        org.assertj.core.groups.Tuple.tuple("administrative-board", "2021-Q3", "open"))
                .noneMatch(x -> x.toList().contains("2021-Q4"));
    }

    @Test
    void should_call_a_requirement_met_in_a_running_year_in_order_and_so_far_only_where_the_text_sets_a_most() {
        List<MeetingFinding> f = G.meetings(log("""
                kmk,2022-02-01
                kmk,2022-05-01
                kmk,2022-09-01
                kmk,2022-11-01
                political-steering-group,2022-03-01
                administrative-board,2022-10-01
                """), LocalDate.of(2022, 12, 31));

        assertThat(finding(f, "kmk", "2022").status()).as("four of exactly four, a fifth would be too many").isEqualTo(MeetingFinding.Status.OK_SO_FAR);
        assertThat(finding(f, "political-steering-group", "2022").status()).as("one of one to two").isEqualTo(MeetingFinding.Status.OK_SO_FAR);
        assertThat(finding(f, "administrative-board", "2022-Q4").status()).as("at least once a quarter: no later meeting makes it wrong")
                .isEqualTo(MeetingFinding.Status.OK);
        assertThat(MeetingFinding.Status.OK_SO_FAR.id()).isEqualTo("ok-so-far");
        assertThat(finding(G.meetings(log("political-steering-group,2022-03-01\npolitical-steering-group,2022-04-01\npolitical-steering-group,2022-05-01\n"),
                LocalDate.of(2022, 6, 1)), "political-steering-group", "2022").status()).as("a third in a running year is too many at once")
                .isEqualTo(MeetingFinding.Status.ABOVE);
        assertThat(finding(G.meetings(log("kmk,2022-02-01\n"), LocalDate.of(2022, 6, 1)), "kmk", "2022").status())
                .as("still below in a running year: open").isEqualTo(MeetingFinding.Status.OPEN);
    }

    @Test
    void should_judge_the_board_each_quarter_including_empty_ones_and_leave_the_running_one_open() {
        List<MeetingFinding> f = G.meetings(log("administrative-board,2021-01-15\nadministrative-board,2021-03-15\n"), LocalDate.of(2021, 8, 1));

        assertThat(f).filteredOn(x -> x.body().equals("administrative-board")).extracting(MeetingFinding::period, MeetingFinding::held,
                x -> x.status().id()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2021-Q1", 2, "ok"),
                org.assertj.core.groups.Tuple.tuple("2021-Q2", 0, "below"),
                org.assertj.core.groups.Tuple.tuple("2021-Q3", 0, "open"));
        assertThat(finding(f, "administrative-board", "2021-Q1").expected()).isEqualTo("at least 1");
        assertThat(finding(f, "administrative-board", "2021-Q1").frequency()).isEqualTo(dk.kulturmetropol.model.Frequency.atLeastPerQuarter(1).andAsNeeded());
    }

    @Test
    void should_not_judge_meetings_outside_the_period() {
        List<MeetingFinding> f = G.meetings(log("kmk,2020-11-01\nkmk,2021-03-01\n"), LocalDate.of(2025, 6, 1));

        assertThat(f).filteredOn(x -> x.status() == MeetingFinding.Status.OUTSIDE_PERIOD).extracting(MeetingFinding::period)
                .containsExactly("2020");
        assertThat(f).filteredOn(x -> x.status() == MeetingFinding.Status.OUTSIDE_PERIOD).singleElement()
                .satisfies(x -> assertThat(x.frequency()).as("not judged").isNull());
        assertThat(finding(f, "kmk", "2021").held()).isEqualTo(1);
    }

    private static Governance agreementFrom(LocalDate from, LocalDate to) {
        Agreement a = G.agreement();
        return G.withAgreement(new Agreement(a.name(), from, to, a.partners(), a.focusAreas(),
                new ChairTerm(a.chair().municipality(), from, to), a.secretariatHost(), a.viceChairs()));
    }

    @Test
    void should_judge_a_year_the_agreement_covers_in_part_pro_rata_and_say_it_is_a_reading() {
        Governance g = agreementFrom(LocalDate.of(2021, 7, 1), LocalDate.of(2024, 12, 31));

        List<MeetingFinding> f = g.meetings(log("kmk,2021-09-01\nkmk,2021-11-01\nkmk,2022-02-01\n"), LocalDate.of(2023, 6, 1));

        MeetingFinding half = finding(f, "kmk", "2021");
        assertThat(half).extracting(MeetingFinding::held, MeetingFinding::expected, MeetingFinding::status, MeetingFinding::from, MeetingFinding::to)
                .containsExactly(2, "4", MeetingFinding.Status.OK, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31));
        assertThat(half.partial()).isTrue();
        assertThat(half.proRataExpected()).as("4 x 184/365 = 2.02: at least 2 whole, at most 3 begun").isEqualTo("2-3");
        assertThat(half.reading()).hasValue("the agreement covers 2021-07-01..2021-12-31 of 2021 (184 of 365 days); "
                + "the text's count for a whole year, 4, is read pro rata as 2-3");
        assertThat(finding(f, "kmk", "2022")).satisfies(x -> {
            assertThat(x.partial()).as("a whole year is judged by the text's own count").isFalse();
            assertThat(x.reading()).isEmpty();
            assertThat(x.status()).isEqualTo(MeetingFinding.Status.BELOW);
        });
        assertThat(finding(f, "political-steering-group", "2021")).extracting(MeetingFinding::proRataExpected, MeetingFinding::status)
                .as("1-2 a year over half of one: 0-2, so no meeting is not below").containsExactly("0-2", MeetingFinding.Status.OK);
        assertThat(f).filteredOn(x -> x.body().equals("administrative-board") && x.period().startsWith("2021")).extracting(MeetingFinding::period)
                .as("quarters before the agreement begins are not judged").containsExactly("2021-Q3", "2021-Q4");
    }

    @Test
    void should_judge_a_quarter_the_agreement_covers_in_part_pro_rata() {
        Governance g = agreementFrom(LocalDate.of(2021, 3, 15), LocalDate.of(2024, 12, 31));

        List<MeetingFinding> f = g.meetings(log("administrative-board,2021-04-01\n"), LocalDate.of(2021, 5, 1));

        assertThat(finding(f, "administrative-board", "2021-Q1")).extracting(MeetingFinding::held, MeetingFinding::proRataExpected,
                MeetingFinding::status).as("17 of 90 days: at least 0").containsExactly(0, "at least 0", MeetingFinding.Status.OK);
    }

    @Test
    void should_not_count_meetings_after_the_day_judged() {
        List<MeetingFinding> f = G.meetings(log("""
                kmk,2022-02-01
                kmk,2022-05-01
                kmk,2022-09-01
                kmk,2022-11-01
                administrative-board,2022-05-01
                administrative-board,2022-06-15
                """), LocalDate.of(2022, 6, 1));

        assertThat(finding(f, "kmk", "2022")).extracting(MeetingFinding::held, MeetingFinding::status)
                .as("September and November have not been held on 1 June").containsExactly(2, MeetingFinding.Status.OPEN);
        assertThat(finding(f, "administrative-board", "2022-Q2").held()).isEqualTo(1);
        assertThat(G.meetings(log("kmk,2025-03-01\n"), LocalDate.of(2024, 6, 1)))
                .as("a meeting after the day judged is not reported either, even outside the period")
                .noneMatch(x -> x.status() == MeetingFinding.Status.OUTSIDE_PERIOD || x.period().startsWith("2025"));
    }

    @Test
    void should_judge_the_last_year_once_the_agreement_has_ended_not_leave_it_open() {
        Governance g = agreementFrom(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30));

        List<MeetingFinding> f = g.meetings(log("kmk,2024-02-01\nkmk,2024-05-01\n"), LocalDate.of(2024, 9, 1));

        assertThat(finding(f, "kmk", "2024")).extracting(MeetingFinding::held, MeetingFinding::status, MeetingFinding::to, MeetingFinding::proRataExpected)
                .as("182 of 366 days: 4 read as 1-2; held 2").containsExactly(2, MeetingFinding.Status.OK, LocalDate.of(2024, 6, 30), "1-2");
        assertThat(finding(agreementFrom(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30))
                .meetings(log("kmk,2024-02-01\n"), LocalDate.of(2024, 6, 30)), "kmk", "2024").status())
                .as("on the agreement's last day the year is still running: one of one to two read pro rata, in order so far")
                .isEqualTo(MeetingFinding.Status.OK_SO_FAR);
    }

    @Test
    void should_refuse_a_bad_record_naming_its_line() {
        String[][] cases = {
                {"kmk,2021-02-30\n", "m.csv line 2: '2021-02-30' is an impossible date: February 2021 has 28 days"},
                {"parliament,2021-02-01\n", "m.csv line 2: unknown body 'parliament'; expected one of: "},
                {"kmk,2021-02-01\nkmk,2021-02-01\n", "m.csv line 3: kmk on 2021-02-01 is listed twice, first on line 2"},
                {"kmk,2021-02-01\nkmk\n", "m.csv line 3: 'kmk' has 1 fields, expected 2: body,date"}};
        for (String[] c : cases) {
            assertThatThrownBy(() -> log(c[0])).as(c[0]).isInstanceOf(InvalidConfigException.class).hasMessageStartingWith(c[1]);
        }
        assertThat(log("kmk,2021-02-01\n\nkmk,2021-03-01\n")).as("a blank line is skipped").hasSize(2);
    }

    @Test
    void should_read_what_excel_writes_a_byte_order_mark_semicolons_capitals_and_a_notes_column() {
        String excel = "\uFEFFBody;Date;Notes\r\nKMK;2022-02-01;first of the year\r\nkmk;2022-05-01;\r\n;;\r\nPolitical-Steering-Group;2022-06-01;\"a; b\"\r\n";

        assertThat(MeetingLog.parse(excel, "excel.csv", G.accepted("body"))).containsExactly(new Meeting("kmk", LocalDate.of(2022, 2, 1)),
                new Meeting("kmk", LocalDate.of(2022, 5, 1)), new Meeting("political-steering-group", LocalDate.of(2022, 6, 1)));
        assertThat(MeetingLog.parse("date,body\n2022-02-01,kmk\n", "m.csv", G.accepted("body")))
                .as("columns in any order").containsExactly(new Meeting("kmk", LocalDate.of(2022, 2, 1)));
    }

    @Test
    void should_name_the_invisible_character_when_refusing() {
        assertThatThrownBy(() -> MeetingLog.parse("\uFEFF\uFEFFbody,date\nkmk,2022-02-01\n", "m.csv", G.accepted("body")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("m.csv line 1: the header is '\\uFEFFbody,date' (it holds the invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE), expected body,date");
        assertThatThrownBy(() -> log("kmk\u200B,2022-02-01\n")).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("m.csv line 2: unknown body 'kmk\\u200B' (it holds the invisible character U+200B ZERO WIDTH SPACE); expected one of: ");
        assertThatThrownBy(() -> log("kmk,2022-02-01\u00A0x\n")).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("m.csv line 2: '2022-02-01\u00A0x'").hasMessageEndingWith("(it holds the invisible character U+00A0 NO-BREAK SPACE)");
    }

    @Test
    void should_refuse_a_record_without_its_header() {
        assertThatThrownBy(() -> MeetingLog.parse("kmk,2021-02-01\n", "m.csv", G.accepted("body")))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith("m.csv line 1: the header is 'kmk,2021-02-01', expected body,date");
        assertThatThrownBy(() -> MeetingLog.parse("", "m.csv", G.accepted("body")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("empty meeting record");
    }

    @Test
    void should_let_the_chair_decide_between_meetings_but_not_on_a_meeting_day() {
        List<Meeting> meetings = log("political-steering-group,2022-06-01\n");

        Decision between = G.mayDecide("political-chair", "political-steering-group", LocalDate.of(2022, 6, 2), meetings);
        Decision meetingDay = G.mayDecide("political-chair", "political-steering-group", LocalDate.of(2022, 6, 1), meetings);

        assertThat(between.answer()).isTrue();
        assertThat(between.reason()).contains("culture-committee-chair:ishoej");
        assertThat(between.clause().id()).isEqualTo("chairs.tasks-3");
        assertThat(meetingDay.answer()).isFalse();
        assertThat(meetingDay.reason()).contains("On 2022-06-01 political-steering-group meets");
        assertThat(G.mayDecide("administrative-chair", "kmk", LocalDate.of(2022, 6, 1), meetings).answer())
                .as("the steering group's meeting does not stop KMK's chair").isTrue();
    }

    @Test
    void should_not_let_the_chair_decide_outside_the_agreement_or_its_term() {
        Agreement a = G.agreement();
        Governance shortTerm = G.withAgreement(new Agreement(a.name(), a.from(), a.to(), a.partners(), a.focusAreas(),
                new ChairTerm("ishoej", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31)), a.secretariatHost(), a.viceChairs()));

        assertThat(G.mayDecide("political-chair", "political-steering-group", LocalDate.of(2025, 1, 2), List.of()))
                .satisfies(d -> {
                    assertThat(d.answer()).isFalse();
                    assertThat(d.reason()).contains("outside the agreement period");
                });
        assertThat(shortTerm.mayDecide("political-chair", "political-steering-group", LocalDate.of(2023, 3, 1), List.of()))
                .satisfies(d -> {
                    assertThat(d.answer()).isFalse();
                    assertThat(d.reason()).contains("No one holds the post of political-chair on 2023-03-01");
                });
        assertThat(shortTerm.mayDecide("political-chair", "political-steering-group", LocalDate.of(2022, 3, 1), List.of()).answer()).isTrue();
    }

    @Test
    void should_answer_no_for_a_post_with_no_power_over_the_body_naming_the_post_that_has_it() {
        Decision no = G.mayDecide("political-chair", "kmk", LocalDate.of(2022, 3, 1), List.of());

        assertThat(no.answer()).isFalse();
        assertThat(no.reason()).isEqualTo("No. The text does not give political-chair authority to make decisions on kmk's behalf; "
                + "administrative-chair has that authority in the periods between the meetings.");
        assertThat(no.clause().id()).isEqualTo("chairs.tasks-7");
        assertThatThrownBy(() -> G.mayDecide("political-chair", "no-such-body", LocalDate.of(2022, 3, 1), List.of()))
                .isInstanceOf(UnknownTermException.class).hasMessageContaining("no-such-body");
    }
}
