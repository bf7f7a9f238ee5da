package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Duty;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, home.tasks-3: the text names no one who renders the final accounts, and they can exist only once the focus
 * area has ended. The row that names no one holds from the day after the focus area ends, for a year (the text sets no
 * date), never before; the calendar of that year lists it.
 */
class FinalAccountsTest {

    private static final Governance G = Governance.kulturmetropolen();

    private static Answer<Duty> on(Governance g, String scope, LocalDate day) {
        return g.who("submit", "final-accounts", Criteria.any().scope(scope).asOf(day));
    }

    @Test
    void should_answer_from_the_day_after_the_focus_area_ends_and_not_on_its_last_day() {
        assertThat(on(G, "music", LocalDate.of(2025, 1, 1)).unspecified()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor()).isNull();
            assertThat(r.fact().validity().from()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(r.fact().validity().to()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(r.reading()).hasValueSatisfying(t -> assertThat(t).contains("the text sets no date"));
            assertThat(r.clause().id()).isEqualTo("home.tasks-3");
        });
        assertThat(on(G, "music", LocalDate.of(2025, 1, 1)).rows()).isEmpty();

        Answer<Duty> lastDay = on(G, "music", LocalDate.of(2024, 12, 31));
        assertThat(lastDay.isEmpty()).as("no final accounts before the focus area has ended").isTrue();
        assertThat(lastDay.note()).hasValueSatisfying(n -> assertThat(n).contains("had not begun on 2024-12-31"));

        Answer<Duty> later = on(G, "music", LocalDate.of(2026, 1, 1));
        assertThat(later.isEmpty()).isTrue();
        assertThat(later.note()).hasValueSatisfying(n -> assertThat(n).contains("the year after focus area 'music' ends"));
    }

    @Test
    void should_still_say_nothing_applies_after_the_period_to_every_other_question() {
        Answer<Duty> plan = G.who("approve", "annual-plan", Criteria.any().asOf(LocalDate.of(2025, 1, 1)));

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.why()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo(Why.Reason.OUTSIDE_PERIOD));
        // KMK's one duty after the period is to approve the accounts for the last year (kmk.tasks-5, a reading)
        assertThat(G.duties("kmk", Criteria.any().asOf(LocalDate.of(2025, 1, 1))).rows()).extracting(r -> r.fact().matter())
                .containsOnly("annual-accounts");
    }

    @Test
    void should_list_each_focus_areas_final_accounts_in_the_calendar_of_the_year_after_without_a_date_the_text_sets() {
        List<Deadline> finals = G.calendar(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).stream()
                .filter(d -> d.row().fact().matter().equals("final-accounts")).toList();

        assertThat(finals).extracting(d -> d.row().fact().scope()).containsExactlyInAnyOrder("culture-and-health", "music", "youth");
        assertThat(finals).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(Deadline.Kind.AFTER_END);
            assertThat(d.start()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(d.reading()).contains("the text gives no date");
        });
        assertThat(G.calendar(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)))
                .noneSatisfy(d -> assertThat(d.row().fact().matter()).isEqualTo("final-accounts"));
        assertThat(G.annualCycle(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Criteria.any()).stream()
                .filter(i -> i.matters().contains("final-accounts")).toList())
                .as("what no one is named for stays one item per focus area").hasSize(3);
    }

    @Test
    void should_have_the_final_accounts_of_a_focus_area_that_ends_in_2022_from_2023() {
        Governance ends = Governance.of(AgreementYaml.parse(AgreementYaml.defaultText().replace(
                "  - { id: music, name: Musikindsatsen, home: roskilde }",
                "  - { id: music, name: Musikindsatsen, home: roskilde, to: 2022-12-31 }"), "ends.yaml"));

        assertThat(on(ends, "music", LocalDate.of(2022, 12, 31)).isEmpty()).isTrue();
        assertThat(on(ends, "music", LocalDate.of(2023, 1, 1)).unspecified()).singleElement()
                .satisfies(r -> assertThat(r.fact().validity().toString()).isEqualTo("2023-01-01..2023-12-31"));
        assertThat(ends.calendar(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .anySatisfy(d -> assertThat(d.row().fact().matter() + " " + d.row().fact().scope()).isEqualTo("final-accounts music"));
        // the focus areas that run to the end of the period render theirs in 2025
        assertThat(on(ends, "youth", LocalDate.of(2025, 1, 1)).unspecified()).hasSize(1);
    }
}
