package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What falls due in a window: dated deadlines, and recurring duties at the end of what they count over. */
class CalendarTest {
    private static final Governance G = Governance.kulturmetropolen();

    @TempDir
    Path dir;

    @Test
    void should_put_a_yearly_duty_at_the_end_of_each_year_and_a_quarterly_one_at_the_end_of_each_quarter() {
        List<Deadline> y2022 = G.calendar(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        assertThat(y2022).filteredOn(d -> d.row().fact().action().equals("meet") && d.row().fact().matter().equals("kmk"))
                .singleElement().satisfies(d -> {
                    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 12, 31));
                    assertThat(d.kind()).isEqualTo(Deadline.Kind.RECURRING);
                    assertThat(d.when()).isEqualTo("counted over 2022");
                    assertThat(d.countedOver()).hasValue("2022");
                    assertThat(d.row().clause().id()).isEqualTo("kmk.meetings");
                    assertThat(d.row().resolvedTo()).contains("culture-chief:koege");
                });
        assertThat(y2022).filteredOn(d -> d.row().fact().matter().equals("administrative-board")).extracting(Deadline::date)
                .containsExactly(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30), LocalDate.of(2022, 12, 31));
        assertThat(y2022).filteredOn(d -> d.row().fact().matter().equals("administrative-board")).map(d -> d.countedOver().orElseThrow())
                .containsExactly("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4");
        assertThat(y2022).noneMatch(d -> d.row().fact().frequency() != null && d.row().fact().frequency().min() == 0)
                .as("continuously and as needed have no date");
    }

    @Test
    void should_give_the_accounts_of_a_year_the_year_after_and_the_plan_for_a_year_the_year_before_as_readings() {
        List<Deadline> all = G.calendar(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));

        // the 2021 accounts: KMK approves them in 2022, a window the text does not give, so a reading
        assertThat(all).filteredOn(d -> d.row().fact().matter().equals("annual-accounts") && "music".equals(d.row().fact().scope()))
                .extracting(Deadline::concerns).containsExactly("2021", "2022", "2023");
        assertThat(all).filteredOn(d -> d.row().fact().matter().equals("annual-accounts") && "music".equals(d.row().fact().scope()))
                .first().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(Deadline.Kind.YEAR_AFTER);
                    assertThat(d.start()).isEqualTo(LocalDate.of(2022, 1, 1));
                    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 12, 31));
                    assertThat(d.reading()).startsWith("a reading: the text gives no date").contains("2021").contains("year after, 2022");
                    assertThat(d.row().clause().id()).isEqualTo("kmk.tasks-5");
                });
        // the 2023 plan: approved in 2022, before that year begins; none for 2021 (before the agreement) or 2025 (after it)
        assertThat(all).filteredOn(d -> d.row().fact().matter().equals("annual-plan") && d.row().fact().action().equals("approve")
                        && "music".equals(d.row().fact().scope()))
                .allSatisfy(d -> assertThat(d.kind()).isEqualTo(Deadline.Kind.YEAR_BEFORE))
                .extracting(d -> d.concerns() + " in " + d.start().getYear()).containsExactly("2022 in 2021", "2023 in 2022", "2024 in 2023");
        // nothing the text asks without a date sits on a day as if the text said so
        assertThat(all).filteredOn(d -> d.row().fact().due() == null).allSatisfy(d -> {
            assertThat(d.isWindow()).isTrue();
            assertThat(d.reading()).startsWith("a reading:");
            assertThat(d.start()).isBefore(d.date());
        });
    }

    @Test
    void should_keep_only_what_falls_in_the_window() {
        assertThat(G.calendar(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 29))).isEmpty();
        assertThat(G.calendar(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 6, 30))).extracting(d -> d.row().fact().matter())
                .containsExactly("administrative-board");
        // after the period only the final accounts and the accounts for the last year, which exist once the focus areas
        // have ended (home.tasks-3, chief.duty-4, kmk.tasks-5)
        assertThat(G.calendar(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).extracting(d -> d.row().fact().matter())
                .containsOnly("final-accounts", "audited-annual-accounts", "annual-accounts", "secretariat-accounts");
        assertThat(G.calendar(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThatThrownBy(() -> G.calendar(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the window ends 2022-01-01, before it starts 2022-02-01");
    }

    @Test
    void should_give_a_yearly_deadline_each_year_a_partner_is_in_and_never_before_it_joins() throws IOException {
        Path pack = dir.resolve("programme.yaml");
        Files.writeString(pack, """
                source: S
                duties:
                  - clause: t.programme
                    quote: Each partner publishes its programme by 1 February.
                    for: each-partner
                    actor: "partner-municipality:${partner}"
                    action: publish
                    matter: cultural-programme
                    scope: "${partner}"
                    due: "--02-01"
                """);
        Governance g = Governance.builder().rulePack(pack)
                .agreement(G.agreement().withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 6, 1), null))).build();

        List<Deadline> gladsaxe = g.calendar(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)).stream()
                .filter(d -> "gladsaxe".equals(d.row().fact().scope())).toList();

        assertThat(gladsaxe).extracting(Deadline::date).containsExactly(LocalDate.of(2024, 2, 1));
        assertThat(gladsaxe.get(0).kind()).isEqualTo(Deadline.Kind.DEADLINE);
        assertThat(gladsaxe.get(0).countedOver()).isEmpty();
        assertThat(gladsaxe.get(0).when()).isEqualTo("due each --02-01");
        assertThat(gladsaxe.get(0).toString()).isEqualTo("2024-02-01 partner-municipality:gladsaxe must publish cultural-programme for gladsaxe, due each --02-01 (t.programme)");
    }

    @Test
    void should_give_a_dated_deadline_only_to_partners_in_on_its_day() throws IOException {
        // given a pack with dated deadlines for each partner, and a partner who joins late and one who leaves early
        Path pack = dir.resolve("dated.yaml");
        Files.writeString(pack, """
                source: S
                duties:
                  - clause: t.report
                    quote: Each partner reports by 1 March 2022.
                    for: each-partner
                    actor: "partner-municipality:${partner}"
                    action: report
                    matter: cultural-programme
                    scope: "${partner}"
                    due: 2022-03-01
                  - clause: t.early
                    quote: Each partner reports by 1 March 2019.
                    for: each-partner
                    actor: "partner-municipality:${partner}"
                    action: submit
                    matter: cultural-programme
                    scope: "${partner}"
                    due: 2019-03-01
                  - clause: t.final
                    quote: Each partner reports by 1 March 2025.
                    for: each-partner
                    actor: "partner-municipality:${partner}"
                    action: evaluate
                    matter: cultural-programme
                    scope: "${partner}"
                    due: 2025-03-01
                """);
        Governance g = Governance.builder().rulePack(pack).agreement(G.agreement()
                .withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 6, 1), null))
                .withPartner(new Partner("lyngby", "Lyngby-Taarbæk Kommune", null, LocalDate.of(2021, 12, 31)))).build();

        // when the calendar of the whole period and after is asked
        List<Deadline> all = g.calendar(LocalDate.of(2018, 1, 1), LocalDate.of(2025, 12, 31)).stream()
                .filter(d -> d.row().clause().id().startsWith("t.")).toList();

        // then the 2022 deadline goes to the partners in on that day, not to one that joins after or left before
        assertThat(all).filteredOn(d -> d.row().clause().id().equals("t.report")).extracting(d -> d.row().fact().scope())
                .contains("koege").doesNotContain("gladsaxe", "lyngby");
        // and one before the agreement exists goes to no one
        assertThat(all).filteredOn(d -> d.row().clause().id().equals("t.early")).isEmpty();
        // and one after the period goes to the partners in to its end, not to one that left early
        assertThat(all).filteredOn(d -> d.row().clause().id().equals("t.final")).extracting(d -> d.row().fact().scope())
                .contains("koege", "gladsaxe").doesNotContain("lyngby");
        // and the questions agree with the calendar
        assertThat(g.duties("partner-municipality:gladsaxe").rows()).noneMatch(r -> r.clause().id().equals("t.report"));
    }
}
