package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack's dated deadline for accounts the kommissorium asks for without a date: the window the calendar reads for them
 * (the year after) ends the day before the pack's date, and validate warns of it; without such a deadline, or for other
 * accounts, nothing changes.
 */
class OnwardDeadlineTest {
    private static final Governance G = Governance.kulturmetropolen();

    @TempDir
    Path dir;

    private Governance with(String matter, String date) throws IOException {
        Path pack = Files.writeString(dir.resolve("p.yaml"), """
                source: The agency's rules
                duties:
                  - { clause: agency.accounts, quote: The audited accounts are sent on., for: the-agreement, actor: secretariat, action: submit, matter: %s, to: [ministry-of-culture], due: "%s" }
                """.formatted(matter, date));
        return Governance.builder().rulePack(pack).build();
    }

    private static List<Deadline> chiefs(Governance g, int year) {
        return g.calendar(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(d -> d.kind() == Deadline.Kind.YEAR_AFTER && d.row().fact().clauseId().equals("chief.duty-4")).toList();
    }

    @Test
    void should_end_the_window_for_the_same_accounts_the_day_before_a_packs_dated_deadline_and_warn() throws IOException {
        // given a pack that has the secretariat send the audited accounts on by 15 September each year
        Governance g = with("audited-annual-accounts", "--09-15");

        // when the calendar of 2023 is asked for
        List<Deadline> chiefs = chiefs(g, 2023);
        List<Deadline> kmk = g.calendar(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).stream()
                .filter(d -> d.row().fact().clauseId().equals("kmk.tasks-5") && d.row().fact().matter().equals("annual-accounts")).toList();

        // then the project chiefs' audited accounts for 2022 and KMK's approval of them (the same accounts in the text's
        // other words) are due 14 September 2023, the reading says why, and the item quotes the pack's sentence too
        assertThat(chiefs).hasSize(3).allSatisfy(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2023, 9, 14));
            assertThat(d.start()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(d.reading()).endsWith("before secretariat must submit audited-annual-accounts to ministry-of-culture by 2023-09-15 (agency.accounts), "
                    + "so by 2023-09-14");
            assertThat(d.endsBefore()).hasValueSatisfying(r -> assertThat(r.clause().id()).isEqualTo("agency.accounts"));
        });
        assertThat(kmk).isNotEmpty().allSatisfy(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2023, 9, 14)));
        assertThat(g.annualCycle(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), Criteria.any()).stream()
                .filter(i -> i.action().equals("approve") && i.due().equals(LocalDate.of(2023, 9, 14))).findFirst().orElseThrow().clauses())
                .extracting(c -> c.id()).contains("kmk.tasks-5", "agency.accounts");
        // and validate warns once for each pair of sentences, naming both and every date
        assertThat(g.validate()).filteredOn(f -> f.code().equals("deadline-in-window")).hasSize(2).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.clauses()).extracting(c -> c.id()).containsExactly("chief.duty-4", "agency.accounts");
            assertThat(f.message()).contains("secretariat must submit audited-annual-accounts by 2022-09-15, 2023-09-15, 2024-09-15")
                    .contains("project-chief:music").contains("(chief.duty-4)");
        });
    }

    @Test
    void should_leave_the_window_whole_without_a_dated_deadline_for_the_same_accounts() throws IOException {
        // given no pack, and a pack whose dated deadline is for other accounts
        Governance other = with("key-figures", "--09-15");

        // then the windows end on 31 December and nothing is warned of
        assertThat(chiefs(G, 2023)).hasSize(3).allSatisfy(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(d.endsBefore()).isEmpty();
        });
        assertThat(chiefs(other, 2023)).hasSize(3).allSatisfy(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 31)));
        assertThat(G.validate()).noneMatch(f -> f.code().equals("deadline-in-window"));
        assertThat(other.validate()).noneMatch(f -> f.code().equals("deadline-in-window"));
    }
}
