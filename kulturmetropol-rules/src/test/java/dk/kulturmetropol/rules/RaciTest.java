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
        Raci.Row plan = areaRow(RACI, "annual-plan", "music");
        assertThat(plan.cells()).containsOnlyKeys("kmk", "project-chief");
        // "KMK godkender ... det kommende års årsplan": A; the plan is delivered to it, but an approver is not also I
        assertThat(plan.cells().get("kmk").parts()).containsExactly("A");
        assertThat(plan.cells().get("kmk").clauseIds()).containsExactly("kmk.tasks-5", "chief.duty-6");
        assertThat(plan.cells().get("kmk").letters()).isEqualTo("A");
        // "Det er projektchefens ansvar at: • ... indlevere årsplan ... til KMK": the chief delivers it (R) to the one who approves it
        assertThat(plan.cells().get("project-chief").parts()).containsExactly("R");
        assertThat(plan.hasAccountable()).isTrue();
        assertThat(plan.layers()).containsExactly(new Raci.Layer("kmk", Raci.Level.DECIDES, List.of("kmk.tasks-5")),
                new Raci.Layer("project-chief", Raci.Level.RESPONSIBLE, List.of("chief.duty-6")));
    }

    @Test
    void should_give_a_c_and_no_a_to_who_assists_with_accounts_the_text_names_no_one_to_render() {
        // "... at stille en økonomifunktion til rådighed, der kan sikre den nødvendige bistand til at aflægge års- og
        // slutregnskab": the home municipality assists; committed to the finance function, not to the accounts
        Raci.Row accounts = areaRow(RACI, "annual-and-final-accounts", "music");
        assertThat(accounts.cells().get("home-municipality").parts()).containsExactly("C");
        assertThat(accounts.hasAccountable()).isFalse();
        // what it has committed itself to, it answers for
        assertThat(areaRow(RACI, "finance-function", "music").cells().get("home-municipality").parts()).contains("A");
    }

    @Test
    void should_give_one_a_where_the_text_layers_the_responsibility_and_name_every_layer() {
        // "KMK har det overordnede ansvar for indsatsområderne" and follows their progress; the chief's evaluating and
        // reporting (chief.duty-4) is done under it
        Raci.Row progress = areaRow(RACI, "focus-area-progress", "music");
        assertThat(progress.cells().get("kmk").parts()).containsExactly("A");
        assertThat(progress.cells().get("kmk").clauseIds()).containsExactly("kmk.tasks-1", "kmk.tasks-4");
        assertThat(progress.cells().get("project-chief").parts()).containsExactly("R");
        // the focus area: KMK overall, the home municipality leads and answers for carrying it, the project chief manages it
        Raci.Row area = areaRow(RACI, "focus-area", "music");
        assertThat(area.cells().get("kmk").parts()).containsExactly("A");
        assertThat(area.cells().get("home-municipality").parts()).containsExactly("R");
        assertThat(area.cells().get("project-chief").parts()).as("R and R? read as R").containsExactly("R");
        assertThat(area.layers()).extracting(Raci.Layer::role, Raci.Layer::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kmk", Raci.Level.OVERALL),
                org.assertj.core.groups.Tuple.tuple("home-municipality", Raci.Level.RESPONSIBLE),
                org.assertj.core.groups.Tuple.tuple("project-chief", Raci.Level.RESPONSIBLE));
        assertThat(area.layers().get(1).clauseIds()).containsExactly("home.tasks-1");
        // a row the text gives to one role alone has no layers
        assertThat(areaRow(RACI, "external-funding", "music").layers()).isEmpty();
    }

    @Test
    void should_hold_for_every_agreement_one_a_per_row_where_the_text_ranks_them_and_no_cell_that_contradicts_itself() {
        for (Governance g : List.of(G, Governance.of(AgreementYaml.read(java.nio.file.Path.of("../examples/configs/gladsaxe-literature-2023.yaml"))))) {
            for (Raci.Row row : rows(g.raci(Criteria.any()))) {
                for (Raci.Cell cell : row.cells().values()) {
                    List<String> p = cell.parts();
                    assertThat(p.stream().anyMatch(x -> x.startsWith("I")) && p.stream().anyMatch(x -> x.startsWith("A") || x.startsWith("R")))
                            .as(row + ": who answers for or does it is not also informed").isFalse();
                    assertThat(p.stream().noneMatch(x -> x.length() > 1 && p.contains(x.substring(0, 1))))
                            .as(row + ": a duty and a power of the same letter read as the duty").isTrue();
                }
                if (!row.layers().isEmpty()) {
                    long a = row.cells().values().stream().filter(c -> c.parts().stream().anyMatch(x -> x.startsWith("A"))).count();
                    assertThat(row.layers().stream().filter(l -> l.level() == row.layers().get(0).level()).count()).as(row.toString()).isEqualTo(a);
                }
            }
            assertThat(areaRow(g.raci(Criteria.any()), "annual-plan", g.agreement().focusAreaIds().get(0))
                    .cells().get("project-chief").parts()).containsExactly("R");
        }
    }

    @Test
    void should_make_accountable_whoever_the_sentence_says_has_the_responsibility_and_no_one_else() {
        // an item of "Det er projektchefens ansvar at: •": "søge relevante fonde og puljemidler ..."
        assertThat(areaRow(RACI, "external-funding", "music").cells().get("project-chief").parts()).containsExactly("R", "A");
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
        Raci.Row sparring = areaRow(RACI, "guidance", "music");
        assertThat(sparring.cells().get("culture-chief").parts()).containsExactly("C?");
        // the secretariat must give it ("skal understøtte projektcheferne med sparring og vejledning"): C, which holds the C?
        assertThat(sparring.cells().get("secretariat").parts()).containsExactly("C");
        assertThat(sparring.cells().get("project-chief").parts()).as("receives it").containsExactly("I?");
        // a sentence without the word gives no A: "Sekretariatet skal arbejde for den tværgående videndeling ..."
        assertThat(RACI.row("knowledge-sharing", null).orElseThrow().hasAccountable()).isFalse();
        assertThat(Raci.responsibilityClauses(G.clauses(), dk.kulturmetropol.rules.internal.TextOrder.of(G.clauses())))
                .contains("chief.duty-1", "chief.duty-3", "chief.duty-7", "chairs.tasks-2", "partner.tasks-2", "secretariat.bullet-1")
                .doesNotContain("partner.duty-2", "secretariat.bullet-7", "chief.role-4");
    }

    @Test
    void should_mark_advice_c_and_give_the_one_advised_no_i_and_a_row_without_a_no_accountable() {
        // the vice-chairs advise and support (C) the political chair: the chair is helped, not informed
        Raci.Row chair = RACI.row("political-chair", null).orElseThrow();
        assertThat(chair.cells()).containsOnlyKeys("vice-chair");
        assertThat(chair.cells().get("vice-chair").parts()).containsExactly("C");
        assertThat(chair.hasAccountable()).isFalse();
        // the secretariat prepares KMK's papers for the administrative chair: the chair is informed (I), the row has no A
        Raci.Row papers = RACI.row("proposals:kmk", null).orElseThrow();
        assertThat(papers.cells().get("administrative-chair").parts()).containsExactly("I");
        assertThat(papers.cells().get("secretariat").parts()).containsExactly("R");
        assertThat(papers.hasAccountable()).isFalse();
    }

    @Test
    void should_not_make_an_actor_accountable_by_a_sentence_that_only_presupposes_its_duty() {
        // "ud fra de af sekretariatet angivne retningslinjer", in the project chief's responsibility (chief.duty-4) and the
        // home municipality's commitment (home.tasks-3): the secretariat sets the guidelines (R); it is not A for them
        Raci.Row guidelines = areaRow(RACI, "accounts-guidelines", "music");
        assertThat(guidelines.cells().get("secretariat").parts()).containsExactly("R");
        assertThat(guidelines.cells().get("secretariat").clauseIds()).containsExactlyInAnyOrder("chief.duty-4", "home.tasks-3");
        assertThat(guidelines.hasAccountable()).isFalse();
        // nor for the accounts rendered by them: it receives the audited accounts (I), and is in no row of the final accounts
        assertThat(areaRow(RACI, "audited-annual-accounts", "music").cells().get("secretariat").parts()).containsExactly("I");
        assertThat(areaRow(RACI, "annual-and-final-accounts", "music").cells()).doesNotContainKey("secretariat");
        // while the sentence's own subject keeps its responsibility: the project chief answers for the audited accounts
        assertThat(areaRow(RACI, "audited-annual-accounts", "music").cells().get("project-chief").parts()).containsExactly("R", "A");
    }

    @Test
    void should_make_who_facilitates_a_process_do_it_and_not_answer_for_where_it_leads() {
        // "Sekretariatet har ansvaret for at facilitere udviklingsprocessen frem mod den kommende kulturaftale." (review 4, A7):
        // the secretariat does it (R); the next agreement is not its own to answer for, and the text names no one who does
        Raci.Row next = RACI.row("next-culture-agreement", null).orElseThrow();
        assertThat(next.cells()).containsOnlyKeys("secretariat");
        assertThat(next.cells().get("secretariat").parts()).containsExactly("R");
        assertThat(next.cells().get("secretariat").clauseIds()).containsExactly("secretariat.bullet-1");
        assertThat(next.hasAccountable()).isFalse();
        // a responsibility for another action in the same words keeps its A: "Sekretariatet har ansvaret for afrapportering ..."
        assertThat(RACI.row("kulturmetropolen-report", null).orElseThrow().cells().get("secretariat").parts()).containsExactly("R", "A");
    }

    @Test
    void should_give_one_a_per_row_a_row_per_sentence_where_two_answer_each_by_its_own_and_mark_a_shared_one() {
        // "KMK skal sikre lokal opbakning til og forankring af den regionale indsats." / "Den politiske styregruppe ... sikrer
        // lokal opbakning til og forankring af Kulturmetropolen.": two sentences, two rows, one A each
        List<Raci.Row> anchoring = rows(RACI).stream().filter(r -> r.matter().equals("local-anchoring") && r.scope() == null).toList();
        assertThat(anchoring).extracting(Raci.Row::basis).containsExactlyInAnyOrder(List.of("psg.tasks-2"), List.of("kmk.tasks-3"));
        assertThat(anchoring).allSatisfy(r -> {
            assertThat(r.cells()).hasSize(1);
            assertThat(r.sharedAccountability()).isFalse();
        });
        // "sammen med sekretariatet" / "sammen med hjemkommunen": both answer for hiring the project chief, in the same sentences
        Raci.Row chief = areaRow(RACI, "project-chief", "music");
        assertThat(chief.sharedAccountability()).isTrue();
        assertThat(chief.basis()).isEmpty();
        // every row: one A, or a shared one whose A's rest on a sentence they share
        for (Governance g : List.of(G, Governance.of(AgreementYaml.read(java.nio.file.Path.of("../examples/configs/gladsaxe-literature-2023.yaml"))))) {
            for (Raci.Row row : rows(g.raci(Criteria.any()))) {
                List<Raci.Cell> a = row.cells().values().stream().filter(c -> c.parts().stream().anyMatch(p -> p.startsWith("A"))).toList();
                if (a.size() > 1) {
                    assertThat(a.get(0).clauseIds()).as(row.toString()).containsAnyElementsOf(a.get(1).clauseIds());
                }
            }
        }
    }

    @Test
    void should_carry_the_reading_of_who_a_column_is_beside_the_row() {
        // "Det er chef-repræsentanter fra de deltagende kommuners forvaltninger, der er ansvarlig for kommunens deltagelse ..."
        // is read as the culture chief (KMK's chef-repræsentant): the row says so
        Raci.Row participation = RACI.row("participation", Raci.EACH_PARTNER).orElseThrow();
        assertThat(participation.cells()).containsOnlyKeys("culture-chief");
        assertThat(participation.readings()).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("culture-chief");
            assertThat(r.clauseId()).isEqualTo("partner.who-2");
            assertThat(r.reading()).contains("chef-repræsentanter fra de deltagende kommuners forvaltninger");
        });
        assertThat(RACI.row("kulturmetropolen-report", null).orElseThrow().readings()).isEmpty();
    }

    @Test
    void should_have_one_row_for_every_partner_where_each_partners_row_reads_the_same() {
        Raci.Row anchoring = RACI.row("local-anchoring", Raci.EACH_PARTNER).orElseThrow();
        assertThat(anchoring.cells().get("partner-municipality").parts()).containsExactly("A");
        assertThat(RACI.row("local-anchoring", "roskilde")).isEmpty();
        assertThat(RACI.row("political-substitute", Raci.EACH_PARTNER)).isPresent();
        // only Ishøj houses the secretariat: its row stays its own
        assertThat(RACI.row("organisation", "ishoej")).isPresent();
        assertThat(rows(RACI)).extracting(Raci.Row::scope).doesNotContain("roskilde", "koege", "albertslund");
        // asked for one partner, its rows are its own
        assertThat(G.raci(Criteria.any().scope("roskilde")).row("local-anchoring", "roskilde")).isPresent();
    }

    @Test
    void should_hold_every_named_duty_in_its_bearers_cell_and_only_those() {
        // given every duty with a named bearer, read from the facts on their own
        Set<String> expected = new TreeSet<>();
        for (Derived f : G.allFacts()) {
            if (f instanceof Duty d && d.actor() != null) {
                // the partners' rows that read alike are one row for every partner
                String scope = G.agreement().partnerIds().contains(d.scope()) && RACI.row(d.matter(), d.scope()).isEmpty() ? Raci.EACH_PARTNER
                        : G.agreement().focusAreaIds().contains(d.scope()) && RACI.row(d.matter(), d.scope()).isEmpty() ? Raci.EACH_AREA : d.scope();
                expected.add(d.matter() + "|" + scope + "|" + d.clauseId());
            }
        }
        // when the matrix's cells are read back
        Set<String> found = new TreeSet<>();
        for (Raci.Row row : rows(RACI)) {
            row.cells().values().forEach(c -> c.clauseIds().forEach(id -> found.add(row.matter() + "|" + row.scope() + "|" + id)));
        }
        // then each duty's clause is in its row, and no cell rests on a clause no duty of that row states, but for the
        // overall responsibility for each focus area (kmk.tasks-4), which KMK's following of its progress rests on too
        Set<String> overall = new TreeSet<>();
        overall.add("focus-area-progress|" + Raci.EACH_AREA + "|kmk.tasks-4");
        Set<String> beyond = new TreeSet<>(found);
        beyond.removeAll(expected);
        assertThat(found).containsAll(expected);
        assertThat(beyond).isEqualTo(overall);
        assertThat(RACI.clauses()).extracting(c -> c.id()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(k -> k.substring(k.lastIndexOf('|') + 1)).distinct().toList());
    }

    @Test
    void should_group_rows_by_the_section_of_their_first_clause_in_the_texts_order() {
        assertThat(RACI.sections()).extracting(Raci.Section::heading).containsExactly("Kulturmetropolens politiske styregruppe",
                "Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)", "Politisk og administrativ formand", "Næstformænd",
                "Administrativ bestyrelse", "Sekretariat", "Hjemkommune", "Projektchefens rolle", "Partnerkommune");
        // annual-plan (each focus area) rests on kmk.tasks-5 and chief.duty-6: KMK's section comes first in the text
        assertThat(RACI.sections().get(1).rows()).extracting(r -> r.matter() + " " + r.scope()).contains("annual-plan each-area");
        assertThat(RACI.clauses().get(0).id()).isEqualTo("psg.tasks-1"); // psg.who states seats, not duties
        assertThat(RACI.roles()).isSorted().contains("kmk", "partner-municipality", "project-chief").doesNotContain("project-chief:music");
    }

    @Test
    void should_have_one_row_for_every_focus_area_where_each_areas_row_reads_the_same() {
        // KMK approves each focus area's annual plan, the project chief submits it: one row "hvert indsatsområde", not three
        Raci.Row plan = RACI.row("annual-plan", Raci.EACH_AREA).orElseThrow();
        assertThat(plan.cells().get("kmk").parts()).containsExactly("A");
        assertThat(plan.cells().get("project-chief").parts()).containsExactly("R");
        assertThat(RACI.row("annual-plan", "music")).isEmpty();
        assertThat(rows(RACI)).extracting(Raci.Row::scope).doesNotContain("music", "youth", "culture-and-health");
        // asked for one focus area, its rows are its own
        assertThat(G.raci(Criteria.any().scope("music")).row("annual-plan", "music")).isPresent();
    }

    /** The row of {@code matter} for focus area {@code area}: its own, or the one that stands for every focus area alike. */
    private static Raci.Row areaRow(Raci raci, String matter, String area) {
        return raci.row(matter, area).or(() -> raci.row(matter, Raci.EACH_AREA)).orElseThrow();
    }

    @Test
    void should_narrow_to_a_scope_and_stay_immutable() {
        Raci music = G.raci(Criteria.any().scope("music"));
        assertThat(rows(music)).extracting(Raci.Row::scope).doesNotContain("youth", "culture-and-health").contains("music", (String) null);
        assertThat(rows(RACI)).extracting(Raci.Row::scope).contains(Raci.EACH_AREA);
        Map<String, Raci.Cell> cells = areaRow(RACI, "annual-plan", "music").cells();
        assertThatThrownBy(() -> cells.put("x", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Raci.Cell(List.of(), List.of("kmk.tasks-5"))).isInstanceOf(IllegalArgumentException.class);
    }
}
