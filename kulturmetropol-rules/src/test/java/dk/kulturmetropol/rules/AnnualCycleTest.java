package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.kulturmetropol.model.Clause;
import org.junit.jupiter.api.Test;

/** The annual cycle: the calendar's deadlines grouped per actor, action and window, and placed on a plan of meetings. */
class AnnualCycleTest {
    private static final Governance G = Governance.kulturmetropolen();
    private static final LocalDate Y2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);

    @Test
    void should_group_kmks_accounts_plans_and_budgets_of_the_three_focus_areas_into_one_item_citing_both_sentences() {
        // when the annual cycle of 2022 is asked
        List<CycleItem> cycle = G.annualCycle(Y2022, END_2022, Criteria.any());

        // then KMK's approvals over 2022 are one item: the 2021 accounts, the 2023 plan and budget, for the three areas
        assertThat(cycle).filteredOn(i -> "kmk".equals(i.actor()) && i.action().equals("approve")).singleElement().satisfies(i -> {
            assertThat(i.start()).isEqualTo(Y2022);
            assertThat(i.due()).isEqualTo(END_2022);
            assertThat(i.isWindow()).isTrue();
            assertThat(i.scopes()).containsExactly("culture-and-health", "music", "youth");
            assertThat(i.concerns()).isEqualTo(Map.of("annual-accounts", "2021", "annual-plan", "2023", "budget", "2023"));
            assertThat(i.clauses()).extracting(Clause::id).containsExactly("kmk.tasks-5", "chief.role-5");
            assertThat(i.deadlines()).hasSize(9);
            assertThat(i.readings()).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("a reading: the text gives no date"));
            assertThat(i.quarter()).isEqualTo("2022-Q4");
        });
        // and the project chiefs of the three areas are one item, their role shared, their two sentences cited
        assertThat(cycle).filteredOn(i -> "project-chief".equals(i.actor())).singleElement().satisfies(i -> {
            assertThat(i.action()).isEqualTo("submit");
            assertThat(i.matters()).containsExactlyInAnyOrder("annual-plan", "budget-proposal", "audited-annual-accounts");
            assertThat(i.clauses()).extracting(Clause::id).containsExactlyInAnyOrder("chief.duty-6", "chief.duty-4");
        });
    }

    @Test
    void should_not_merge_what_another_actor_or_another_action_does_over_the_same_window() {
        List<CycleItem> cycle = G.annualCycle(Y2022, END_2022, Criteria.any());

        // near misses: KMK meeting is not KMK approving; the head of secretariat submitting is not the project chiefs submitting
        assertThat(cycle).filteredOn(i -> "kmk".equals(i.actor())).extracting(CycleItem::action).containsExactlyInAnyOrder("approve", "meet");
        assertThat(cycle).filteredOn(i -> i.action().equals("submit")).extracting(CycleItem::actor)
                .containsExactlyInAnyOrder("project-chief", "head-of-secretariat");
        // and the board's quarters stay four items, one per quarter, each its own window
        assertThat(cycle).filteredOn(i -> "administrative-board".equals(i.actor())).extracting(CycleItem::quarter)
                .containsExactly("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4");
        // grouping loses no deadline and invents no date
        List<Deadline> calendar = G.calendar(Y2022, END_2022);
        assertThat(cycle.stream().flatMap(i -> i.deadlines().stream())).containsExactlyInAnyOrderElementsOf(calendar);
        assertThat(cycle).allSatisfy(i -> assertThat(i.deadlines()).allSatisfy(d -> {
            assertThat(d.date()).isEqualTo(i.due());
            assertThat(d.start()).isEqualTo(i.start());
        }));
    }

    @Test
    void should_put_at_most_six_items_on_any_day_of_the_agreement_where_the_calendar_puts_up_to_22() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        Map<LocalDate, Integer> items = new TreeMap<>();
        G.annualCycle(from, to, Criteria.any()).forEach(i -> items.merge(i.due(), 1, Integer::sum));
        Map<LocalDate, Integer> deadlines = new TreeMap<>();
        G.calendar(from, to).forEach(d -> deadlines.merge(d.date(), 1, Integer::sum));

        assertThat(items.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(6));
        assertThat(items).containsEntry(END_2022, 6).containsEntry(LocalDate.of(2023, 12, 31), 6);
        assertThat(deadlines).containsEntry(END_2022, 22);
    }

    @Test
    void should_keep_only_a_scope_and_a_date_asked_for() {
        List<CycleItem> music = G.annualCycle(Y2022, END_2022, Criteria.any().scope("music"));

        assertThat(music).filteredOn(i -> "kmk".equals(i.actor()) && i.action().equals("approve")).singleElement()
                .satisfies(i -> assertThat(i.scopes()).containsExactly("music"));
        assertThat(music).filteredOn(i -> "project-chief".equals(i.actor())).isEmpty();
        assertThat(music).filteredOn(i -> "project-chief:music".equals(i.actor())).singleElement()
                .satisfies(i -> assertThat(i.scopes()).containsExactly("music"));
        assertThat(music).flatExtracting(CycleItem::scopes).doesNotContain("youth");
        // a date: only the windows that hold it; the board's second quarter holds 15 May, its first does not
        assertThat(G.annualCycle(Y2022, END_2022, Criteria.any().asOf(LocalDate.of(2022, 5, 15))))
                .filteredOn(i -> "administrative-board".equals(i.actor())).extracting(CycleItem::quarter).containsExactly("2022-Q2");
        assertThatThrownBy(() -> G.annualCycle(END_2022, Y2022, Criteria.any())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_place_the_years_accounts_on_the_first_meeting_the_plan_on_the_last_and_their_submissions_due_by_them() {
        // given a plan: KMK meets on 3 February and 5 May 2022, the steering group on 1 March 2022, KMK on 15 December 2021
        List<Meeting> plan = List.of(new Meeting("kmk", LocalDate.of(2022, 5, 5)), new Meeting("kmk", LocalDate.of(2022, 2, 3)),
                new Meeting("political-steering-group", LocalDate.of(2022, 3, 1)), new Meeting("kmk", LocalDate.of(2021, 12, 15)));

        // when the 2022 cycle is placed on it
        List<AgendaItem> agenda = G.annualCycle(Y2022, END_2022, Criteria.any(), plan);

        // then KMK approves the 2021 accounts on its first meeting in 2022 and the 2023 plan and budget on its last, not on
        // the December 2021 one outside the window: two agenda items of the one cycle item
        List<AgendaItem> approvals = agenda.stream().filter(a -> "kmk".equals(a.item().actor()) && a.item().action().equals("approve")).toList();
        assertThat(approvals).hasSize(2).allSatisfy(a -> assertThat(a.status()).isEqualTo(AgendaItem.Status.ON_AGENDA));
        assertThat(approvals.get(0).item().matters()).containsExactly("annual-accounts");
        assertThat(approvals.get(0).meeting()).hasValue(new Meeting("kmk", LocalDate.of(2022, 2, 3)));
        assertThat(approvals.get(1).item().matters()).containsExactly("annual-plan", "budget");
        assertThat(approvals.get(1).meeting()).hasValue(new Meeting("kmk", LocalDate.of(2022, 5, 5)));
        assertThat(approvals.get(1).quarter()).isEqualTo("2022-Q2");
        assertThat(approvals.get(1).toString()).startsWith("kmk, 2022-05-05: ");
        // and what they wait for, due by 31 December, is due by the meeting that approves it: submitted, then approved
        List<AgendaItem> submissions = agenda.stream().filter(a -> "project-chief".equals(a.item().actor())).toList();
        assertThat(submissions).hasSize(2).allSatisfy(a -> assertThat(a.status()).isEqualTo(AgendaItem.Status.DUE_BY_MEETING));
        assertThat(submissions.get(0).item().matters()).containsExactly("audited-annual-accounts");
        assertThat(submissions.get(0).dueBy()).hasValue(new Meeting("kmk", LocalDate.of(2022, 2, 3)));
        assertThat(submissions.get(1).item().matters()).containsExactlyInAnyOrder("annual-plan", "budget-proposal");
        assertThat(submissions.get(1).dueBy()).hasValue(new Meeting("kmk", LocalDate.of(2022, 5, 5)));
        assertThat(submissions).allSatisfy(s -> assertThat(agenda.indexOf(s)).isLessThan(agenda.indexOf(approvals.get(submissions.indexOf(s)))));
        // KMK's duty to meet lists both its 2022 meetings
        assertThat(agenda).filteredOn(a -> "kmk".equals(a.item().actor()) && a.item().action().equals("meet")).singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(AgendaItem.Status.MEETINGS);
                    assertThat(a.meetings()).extracting(Meeting::date).containsExactly(LocalDate.of(2022, 2, 3), LocalDate.of(2022, 5, 5));
                });
        // near miss: the steering group's meeting does not carry the board's quarters, which have no meeting planned
        assertThat(agenda).filteredOn(a -> "administrative-board".equals(a.item().actor()))
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(AgendaItem.Status.NO_MEETING_PLANNED)).hasSize(4);
        // the head of secretariat's accounts go to the administrative chair, whom no approval of KMK waits for: no body's
        assertThat(agenda).filteredOn(a -> "head-of-secretariat".equals(a.item().actor())).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AgendaItem.Status.NOT_A_BODY));
        assertThat(agenda).hasSize(G.annualCycle(Y2022, END_2022, Criteria.any()).size() + 2);
        assertThat(agenda).extracting(AgendaItem::date).isSorted();
    }

    @Test
    void should_place_an_approval_on_a_meeting_on_or_after_the_day_what_it_waits_for_is_due() {
        // given KMK meets on 3 February and on 31 December 2022, the day the project chiefs' submissions fall due
        List<Meeting> plan = List.of(new Meeting("kmk", LocalDate.of(2022, 2, 3)), new Meeting("kmk", END_2022));

        List<AgendaItem> agenda = G.annualCycle(Y2022, END_2022, Criteria.any(), plan);

        // then the 2021 accounts, submitted by 31 December, are approved on 31 December, not on 3 February before them
        assertThat(agenda).filteredOn(a -> "kmk".equals(a.item().actor()) && a.item().action().equals("approve"))
                .allSatisfy(a -> assertThat(a.meeting()).hasValue(new Meeting("kmk", END_2022))).hasSize(2);
        // and nothing need be handed in before a meeting: the submissions keep their own day
        assertThat(agenda).filteredOn(a -> "project-chief".equals(a.item().actor()))
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(AgendaItem.Status.NOT_A_BODY)).hasSize(2);
    }

    @Test
    void should_list_an_item_whose_body_meets_only_outside_its_window_as_having_no_meeting_planned() {
        // given KMK's only meetings on the last day of 2021 and the first of 2023
        List<Meeting> plan = List.of(new Meeting("kmk", LocalDate.of(2021, 12, 31)), new Meeting("kmk", LocalDate.of(2023, 1, 1)));

        List<AgendaItem> agenda = G.annualCycle(Y2022, END_2022, Criteria.any(), plan);

        assertThat(agenda).filteredOn(a -> "kmk".equals(a.item().actor())).hasSize(3)
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(AgendaItem.Status.NO_MEETING_PLANNED);
                    assertThat(a.meeting()).isEmpty();
                    assertThat(a.date()).isEqualTo(END_2022);
                });
    }

    @Test
    void should_list_in_a_quarter_what_its_meetings_carry_though_it_falls_due_later() {
        List<Meeting> plan = List.of(new Meeting("kmk", LocalDate.of(2022, 2, 3)));

        // when only the first quarter of 2022 is asked
        List<AgendaItem> q1 = G.annualCycle(Y2022, LocalDate.of(2022, 3, 31), Criteria.any(), plan);

        // then KMK's approvals due by 31 December are on its meeting of 3 February, its only one, and what they wait for
        // is due by it; the board's first quarter is listed
        assertThat(q1).filteredOn(a -> a.status() == AgendaItem.Status.ON_AGENDA).hasSize(2)
                .allSatisfy(a -> assertThat(a.item().due()).isEqualTo(END_2022));
        assertThat(q1).filteredOn(a -> a.item().action().equals("submit")).hasSize(2)
                .allSatisfy(a -> assertThat(a.dueBy()).hasValue(new Meeting("kmk", LocalDate.of(2022, 2, 3))));
        // near miss: what falls due on 31 December and is on no meeting of the quarter is not listed in it
        assertThat(q1).allSatisfy(a -> assertThat(a.date()).isBetween(Y2022, LocalDate.of(2022, 3, 31)));
        assertThat(q1).noneMatch(a -> "head-of-secretariat".equals(a.item().actor()));
    }
}
