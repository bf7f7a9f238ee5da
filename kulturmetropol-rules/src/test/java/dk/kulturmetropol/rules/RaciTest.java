package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import org.junit.jupiter.api.Test;

/** The RACI matrix as data: letters from the actions, every clause in its cell, rows grouped by the text's section. */
class RaciTest {
    private static final Governance G = Governance.kulturmetropolen();
    private static final Raci RACI = G.raci(Criteria.any());

    private static List<Raci.Row> rows(Raci raci) {
        return raci.sections().stream().flatMap(s -> s.rows().stream()).toList();
    }

    @Test
    void should_give_each_role_its_letters_and_every_clause_in_the_order_the_rules_state_them() {
        Raci.Row plan = RACI.row("annual-plan", "music").orElseThrow();
        assertThat(plan.cells()).containsOnlyKeys("kmk", "project-chief");
        assertThat(plan.cells().get("kmk").parts()).containsExactly("A", "I");
        assertThat(plan.cells().get("kmk").clauseIds()).containsExactly("kmk.tasks-5", "chief.duty-6");
        assertThat(plan.cells().get("kmk").letters()).isEqualTo("A I");
        // "Det er projektchefens ansvar at: • ... indlevere årsplan ... til KMK": the chief delivers it and answers for that
        assertThat(plan.cells().get("project-chief").parts()).containsExactly("R", "A");
        assertThat(plan.hasAccountable()).isTrue();
    }

    @Test
    void should_make_accountable_whoever_the_sentence_says_has_the_responsibility_and_no_one_else() {
        // an item of "Det er projektchefens ansvar at: •": "søge relevante fonde og puljemidler ..."
        assertThat(RACI.row("external-funding", "music").orElseThrow().cells().get("project-chief").parts()).containsExactly("R", "A");
        // "Sekretariatet har ansvaret for afrapportering på den samlede kulturmetropol til ...": the recipients stay I
        Raci.Row report = RACI.row("kulturmetropolen-report", null).orElseThrow();
        assertThat(report.cells().get("secretariat").parts()).containsExactly("R", "A");
        assertThat(report.cells().get("kmk").parts()).containsExactly("I");
        // "Den administrative formand udstikker i samarbejde med sekretariatschefen ... rammerne": A, and R for the partner
        Raci.Row frame = RACI.row("secretariat-framework", null).orElseThrow();
        assertThat(frame.cells().get("administrative-chair").parts()).containsExactly("A");
        assertThat(frame.cells().get("head-of-secretariat").parts()).containsExactly("R");
        // "... er Kulturmetropolens øverste besluttende myndighed": a standing, A, not a power A?
        assertThat(RACI.row("kulturmetropolen", null).orElseThrow().cells().get("political-steering-group").parts()).containsExactly("A");
        // "Projektchefen kan til enhver tid hente faglig sparring hos hjemkommunens kulturchef og hos sekretariatet."
        Raci.Row sparring = RACI.row("guidance", "music").orElseThrow();
        assertThat(sparring.cells().get("culture-chief").parts()).containsExactly("C?");
        assertThat(sparring.cells().get("project-chief").parts()).as("receives it").containsExactly("I?");
        // a sentence without the word gives no A: "Sekretariatet skal arbejde for den tværgående videndeling ..."
        assertThat(RACI.row("knowledge-sharing", null).orElseThrow().hasAccountable()).isFalse();
        assertThat(Raci.responsibilityClauses(G.clauses(), dk.kulturmetropol.rules.internal.TextOrder.of(G.clauses())))
                .contains("chief.duty-1", "chief.duty-3", "chief.duty-7", "chairs.tasks-2", "partner.tasks-2", "secretariat.bullet-1")
                .doesNotContain("partner.duty-2", "secretariat.bullet-7", "chief.role-4");
    }

    @Test
    void should_mark_advice_c_and_give_the_one_advised_no_i_and_a_row_without_a_no_accountable() {
        // the vice-chairs advise (C) and support (R) the political chair: the chair is helped, not informed
        Raci.Row chair = RACI.row("political-chair", null).orElseThrow();
        assertThat(chair.cells()).containsOnlyKeys("vice-chair");
        assertThat(chair.cells().get("vice-chair").parts()).containsExactly("R", "C");
        assertThat(chair.hasAccountable()).isFalse();
        // the secretariat prepares KMK's papers for the administrative chair: the chair is informed (I), the row has no A
        Raci.Row papers = RACI.row("proposals:kmk", null).orElseThrow();
        assertThat(papers.cells().get("administrative-chair").parts()).containsExactly("I");
        assertThat(papers.cells().get("secretariat").parts()).containsExactly("R");
        assertThat(papers.hasAccountable()).isFalse();
    }

    @Test
    void should_hold_every_named_duty_in_its_bearers_cell_and_only_those() {
        // given every duty with a named bearer, read from the facts on their own
        Set<String> expected = new TreeSet<>();
        for (Derived f : G.allFacts()) {
            if (f instanceof Duty d && d.actor() != null) {
                expected.add(d.matter() + "|" + d.scope() + "|" + d.clauseId());
            }
        }
        // when the matrix's cells are read back
        Set<String> found = new TreeSet<>();
        for (Raci.Row row : rows(RACI)) {
            row.cells().values().forEach(c -> c.clauseIds().forEach(id -> found.add(row.matter() + "|" + row.scope() + "|" + id)));
        }
        // then each duty's clause is in its row, and no cell rests on a clause no duty of that row states
        assertThat(found).isEqualTo(expected);
        assertThat(RACI.clauses()).extracting(c -> c.id()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(k -> k.substring(k.lastIndexOf('|') + 1)).distinct().toList());
    }

    @Test
    void should_group_rows_by_the_section_of_their_first_clause_in_the_texts_order() {
        assertThat(RACI.sections()).extracting(Raci.Section::heading).containsExactly("Kulturmetropolens politiske styregruppe",
                "Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)", "Politisk og administrativ formand", "Næstformænd",
                "Administrativ bestyrelse", "Sekretariat", "Hjemkommune", "Projektchefens rolle", "Partnerkommune");
        // annual-plan (music) rests on kmk.tasks-5 and chief.duty-6: KMK's section comes first in the text
        assertThat(RACI.sections().get(1).rows()).extracting(r -> r.matter() + " " + r.scope()).contains("annual-plan music");
        assertThat(RACI.clauses().get(0).id()).isEqualTo("psg.tasks-1"); // psg.who states seats, not duties
        assertThat(RACI.roles()).isSorted().contains("kmk", "partner-municipality", "project-chief").doesNotContain("project-chief:music");
    }

    @Test
    void should_narrow_to_a_scope_and_stay_immutable() {
        Raci music = G.raci(Criteria.any().scope("music"));
        assertThat(rows(music)).extracting(Raci.Row::scope).doesNotContain("youth", "culture-and-health").contains("music", (String) null);
        assertThat(rows(RACI)).extracting(Raci.Row::scope).contains("youth");
        Map<String, Raci.Cell> cells = RACI.row("annual-plan", "music").orElseThrow().cells();
        assertThatThrownBy(() -> cells.put("x", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Raci.Cell(List.of(), List.of("kmk.tasks-5"))).isInstanceOf(IllegalArgumentException.class);
    }
}
