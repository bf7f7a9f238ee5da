package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Duty;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, review 5 N1: the accounts for a focus area's last year (chief.duty-4: the project chief submits the audited
 * annual accounts; kmk.tasks-5: KMK approves the previous year's accounts) can be made only once it has ended. They hold
 * in the year after, as a reading the row states (the text sets no date), never before, and the calendar of that year
 * lists them: the submission, then the approval, on the same day, before a rule pack's deadline for sending them on.
 */
class LastYearsAccountsTest {

    private static final Governance G = Governance.kulturmetropolen();

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

    @Test
    void should_name_the_project_chiefs_and_kmk_in_the_year_after_the_focus_areas_end_as_a_reading() {
        Answer<Duty> submit = G.who("submit", "audited-annual-accounts", Criteria.any().asOf(MARCH_2025));
        Answer<Duty> approve = G.who("approve", "annual-accounts", Criteria.any().scope("music").asOf(MARCH_2025));

        assertThat(submit.rows()).extracting(r -> r.fact().actor())
                .containsExactlyInAnyOrder("project-chief:culture-and-health", "project-chief:music", "project-chief:youth");
        assertThat(approve.rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor()).isEqualTo("kmk");
            assertThat(r.clause().id()).isEqualTo("kmk.tasks-5");
        });
        assertThat(submit.rows()).allSatisfy(r -> assertThat(r.clause().id()).isEqualTo("chief.duty-4"));
        assertThat(List.of(submit, approve)).flatExtracting(Answer::rows).allSatisfy(r -> {
            assertThat(r.fact().validity().from()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(r.fact().validity().to()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(r.reading()).hasValueSatisfying(t -> assertThat(t).contains("the text sets no date"));
        });
    }

    @Test
    void should_keep_one_row_each_in_the_period_and_none_a_year_after() {
        assertThat(G.who("approve", "annual-accounts", Criteria.any().scope("music").asOf(LocalDate.of(2024, 12, 31))).rows())
                .singleElement().satisfies(r -> assertThat(r.reading()).isEmpty());
        Answer<Duty> later = G.who("approve", "annual-accounts", Criteria.any().scope("music").asOf(LocalDate.of(2026, 1, 1)));
        assertThat(later.isEmpty()).isTrue();
        assertThat(later.note()).hasValueSatisfying(n -> assertThat(n).contains("accounts for its last year"));
        // every other yearly duty still ends with the period
        assertThat(G.who("approve", "annual-plan", Criteria.any().asOf(MARCH_2025)).isEmpty()).isTrue();
    }

    @Test
    void should_list_the_submission_then_the_approval_for_2024_in_the_calendar_of_2025() {
        List<Deadline> accounts = G.calendar(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).stream()
                .filter(d -> !d.row().fact().matter().equals("final-accounts") && !d.row().fact().matter().equals("secretariat-accounts")).toList();

        assertThat(accounts).extracting(d -> d.row().fact().action() + " " + d.row().fact().scope()).containsExactlyInAnyOrder(
                "submit culture-and-health", "submit music", "submit youth",
                "approve culture-and-health", "approve music", "approve youth");
        // the annual cycle has the submission first, then the approval, on the same day
        assertThat(G.annualCycle(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Criteria.any()).stream()
                .filter(i -> !i.matters().contains("final-accounts") && !i.matters().contains("secretariat-accounts")).toList())
                .extracting(i -> i.due() + " " + i.action()).containsExactly("2025-12-31 submit", "2025-12-31 approve");
        assertThat(accounts).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(Deadline.Kind.YEAR_AFTER);
            assertThat(d.date()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(d.concerns()).isEqualTo("2024");
        });
        assertThat(G.calendar(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @Test
    void should_have_the_head_of_the_secretariat_render_the_accounts_for_2024_in_2025_and_not_before_or_after() {
        // secretariat.head-2: "aflægger årligt regnskab"; the accounts for 2024 exist only once 2024 has ended (a reading)
        List<Deadline> secretariat = G.calendar(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).stream()
                .filter(d -> d.row().fact().matter().equals("secretariat-accounts")).toList();
        assertThat(secretariat).singleElement().satisfies(d -> {
            assertThat(d.row().fact().actor()).isEqualTo("head-of-secretariat");
            assertThat(d.kind()).isEqualTo(Deadline.Kind.YEAR_AFTER);
            assertThat(d.concerns()).isEqualTo("2024");
            assertThat(d.row().reading()).hasValueSatisfying(r -> assertThat(r).contains("agreement period's last year"));
        });
        // near misses: in 2024 it is 2023's accounts, from the yearly duty; in 2026 nothing, and the note says why
        assertThat(G.calendar(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).stream()
                .filter(d -> d.row().fact().matter().equals("secretariat-accounts")).toList())
                .singleElement().satisfies(d -> {
                    assertThat(d.concerns()).isEqualTo("2023");
                    assertThat(d.row().reading()).isEmpty();
                });
        Answer<Duty> later = G.who("submit", "secretariat-accounts", Criteria.any().asOf(LocalDate.of(2026, 3, 1)));
        assertThat(later.isEmpty()).isTrue();
        assertThat(later.note()).hasValueSatisfying(n -> assertThat(n).contains("the year after the agreement period of Kulturmetropolen 2021-2024 ends, read as when the accounts for its last year are rendered"));
    }
}
