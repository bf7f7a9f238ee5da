package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.ChairTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check of validate, with a pack or agreement that triggers it and a near miss that must not. */
class ValidationTest {
    private static final Governance G = Governance.kulturmetropolen();
    private static final String PACK_HEAD = """
            package test.checks;
            import dk.kulturmetropol.model.*;
            import dk.kulturmetropol.rules.pack.Derive;
            import java.time.LocalDate;
            """;

    @TempDir
    static Path dir;

    private static List<Finding> trouble;
    private static List<Finding> sound;

    /** One pack with a case of every check, and one with a near miss of each (compiled once each). */
    @BeforeAll
    static void derive() throws IOException {
        trouble = pack("trouble.drl", """
                rule "t-local-plan-approved-two-years" @source("t") @clause("t.plan") @quote("The local plan is approved in 2021 and 2022.")
                when AgreementPeriod($v : validity)
                then insert(Derive.must("kmk", "approve", "local-plan", new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), "t")));
                end
                rule "t-secretariat-also-approves" @source("t") @clause("t.also") @quote("The secretariat approves the annual plan.")
                when FocusAreaHome($area : area, $v : validity)
                then insert(Derive.must("secretariat", "approve", "annual-plan", $v).inScope($area));
                end
                rule "t-kmk-reports-to-project-chief" @source("t") @clause("t.cycle") @quote("KMK reports to the project chief.")
                when FocusAreaHome($area : area, $v : validity)
                then insert(Derive.reports("kmk", "project-chief:" + $area, "realisation", $v));
                end
                rule "t-treasurer-two-years" @source("t") @clause("t.treasurer") @quote("Køge holds the treasury in 2021.")
                when AgreementPeriod($v : validity)
                then insert(Derive.holds("treasurer", "culture-chief:koege", new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "t")));
                end
                rule "t-kmk-may-approve" @source("t") @clause("t.may") @quote("KMK may approve the annual plan.")
                when FocusAreaHome($area : area, $v : validity)
                then insert(Derive.may("kmk", "approve", "annual-plan", $v).inScope($area));
                end
                rule "t-kmk-may-approve-any-plan" @source("t") @clause("t.may-any") @quote("KMK may approve any annual plan.")
                when AgreementPeriod($v : validity)
                then insert(Derive.may("kmk", "approve", "annual-plan", $v));
                end
                rule "t-psg-may-discuss-for-an-area" @source("t") @clause("t.may-area") @quote("The steering group may discuss the policy for an area.")
                when FocusAreaHome($area : area, $v : validity)
                then insert(Derive.may("political-steering-group", "discuss", "regional-cultural-policy", $v).inScope($area));
                end
                """);
        sound = pack("sound.drl", """
                rule "s-local-plan-approved" @source("s") @clause("s.plan") @quote("The local plan is approved.")
                when AgreementPeriod($v : validity)
                then insert(Derive.must("kmk", "approve", "local-plan", $v));
                end
                rule "s-secretariat-approves-with-kmk" @source("s") @clause("s.also") @quote("The secretariat approves the annual plan with KMK.")
                when FocusAreaHome($area : area, $v : validity)
                then insert(Derive.must("secretariat", "approve", "annual-plan", $v).inScope($area).jointlyWith("kmk"));
                end
                rule "s-kmk-reports-about-employment" @source("s") @clause("s.cycle") @quote("KMK reports to the project chief on staff.")
                when FocusAreaHome($area : area, $v : validity)
                then insert(Derive.reports("kmk", "project-chief:" + $area, "employment", $v));
                end
                rule "s-treasurer" @source("s") @clause("s.treasurer") @quote("Køge holds the treasury.")
                when AgreementPeriod($v : validity)
                then insert(Derive.holds("treasurer", "culture-chief:koege", $v));
                end
                rule "s-kmk-must-approve" @source("s") @clause("s.must") @quote("KMK approves the annual plan.")
                when FocusAreaHome($area : area, $v : validity)
                then insert(Derive.must("kmk", "approve", "annual-plan", $v).inScope($area));
                end
                rule "s-partners-approve-their-plans" @source("s") @clause("s.partner") @quote("Each partner approves its plan.")
                when PartnerMembership($m : municipality, $v : validity)
                then insert(Derive.must("partner-municipality:" + $m, "approve", "partner-plan", $v).inScope($m));
                end
                """);
    }

    private static List<Finding> pack(String name, String rules) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, PACK_HEAD + rules);
        return Governance.builder().rulePack(file)
                .agreement(G.agreement().withPartner(new dk.kulturmetropol.model.Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null)))
                .build().validate();
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void should_find_no_error_in_the_shipped_agreement_and_warn_of_what_the_text_leaves_open() {
        List<Finding> findings = G.validate();

        assertThat(findings).noneMatch(f -> f.severity() == Finding.Severity.ERROR);
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("unnamed-bearer");
            assertThat(f.matters()).containsExactly("vice-chair");
            // "Der udpeges ..." and "Næstformændene vælges ...": one act of choosing them, one warning citing both
            assertThat(f.clauses()).extracting(c -> c.id()).containsExactly("vice.who-1", "vice.who-2");
        });
        assertThat(findings).filteredOn(f -> f.code().equals("unnamed-bearer") && f.matters().contains("vice-chair")).hasSize(1);
        assertThat(findings).filteredOn(f -> f.code().equals("unnamed-holder")).extracting(Finding::actors)
                .contains(List.of("vice-chair"), List.of("head-of-secretariat"));
        assertThat(findings).noneMatch(f -> f.code().equals("unnamed-bearer") && f.matters().contains("annual-plan"));
        assertThat(G.validate(Criteria.any().asOf(LocalDate.of(2025, 1, 1)))).as("after the period only the final accounts hold")
                .allSatisfy(f -> assertThat(f.matters()).containsExactly("final-accounts"));
        assertThat(G.validate(Criteria.any().asOf(LocalDate.of(2026, 1, 1)))).as("nothing holds a year after the period").isEmpty();
    }

    @Test
    void should_find_a_matter_without_an_approver_for_part_of_the_period_but_not_a_partner_scope_before_it_joins() {
        assertThat(trouble).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("no-approver");
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.message()).isEqualTo("local-plan must be approved, but no one approves it from 2023-01-01 to 2024-12-31");
            assertThat(f.clauses()).extracting(c -> c.id()).containsExactly("t.plan");
        });
        assertThat(codes(sound)).doesNotContain("no-approver");
    }

    @Test
    void should_warn_of_two_approvers_unless_one_approves_jointly_with_the_other() {
        assertThat(trouble).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("two-approvers");
            assertThat(f.actors()).containsExactlyInAnyOrder("kmk", "secretariat");
        });
        assertThat(codes(sound)).doesNotContain("two-approvers");
    }

    @Test
    void should_find_a_reporting_cycle_on_one_subject_but_not_across_subjects() {
        assertThat(trouble).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("reporting-cycle");
            assertThat(f.message()).contains("about realisation").contains("kmk").contains("project-chief:");
        });
        assertThat(codes(sound)).doesNotContain("reporting-cycle");
        assertThat(codes(G.validate())).doesNotContain("reporting-cycle");
    }

    @Test
    void should_find_a_post_without_a_holder_for_part_of_the_period() {
        assertThat(trouble).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("post-without-holder");
            assertThat(f.message()).isEqualTo("treasurer has no holder from 2022-01-01 to 2024-12-31");
        });
        assertThat(codes(sound)).doesNotContain("post-without-holder");
    }

    @Test
    void should_find_a_pack_that_says_may_where_the_kommissorium_says_must() {
        assertThat(trouble).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("contradiction");
            assertThat(f.message()).contains("the kommissorium says kmk must approve annual-plan").contains("'t-kmk-may-approve'");
            assertThat(f.clauses()).extracting(c -> c.id()).containsExactly("kmk.tasks-5", "t.may");
        });
        assertThat(codes(sound)).doesNotContain("contradiction");
    }

    @Test
    void should_fail_when_a_pack_stops_the_kommissoriums_rules_so_that_a_clause_stating_duties_ends_with_none() throws IOException {
        // given a pack that deletes what one clause states, and one that clears the agenda before any other rule fires
        List<Finding> deleted = pack("deletes.drl", """
                rule "d-no-kmk-plans" @clause("kmk.tasks-5")
                when $d : Duty(clauseId == "kmk.tasks-5")
                then delete($d);
                end
                """);
        List<Finding> cleared = pack("clears.drl", """
                rule "c-clear" @clause("psg.who") salience 1000
                when AgreementPeriod()
                then drools.getKieRuntime().getAgenda().clear();
                end
                """);

        // then validate fails, naming the clause on which nothing rests
        assertThat(deleted).filteredOn(f -> f.code().equals("suppressed-clause")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.message()).isEqualTo("the kommissorium's rules derive what kmk.tasks-5 states, but with the packs added "
                    + "nothing rests on it: a pack has stopped those rules");
            assertThat(f.clauses()).extracting(c -> c.id()).containsExactly("kmk.tasks-5");
        });
        assertThat(cleared).filteredOn(f -> f.code().equals("suppressed-clause")).extracting(f -> f.clauses().get(0).id())
                .contains("kmk.tasks-5", "psg.who");
        // and a pack that adds without taking away leaves every clause standing
        assertThat(codes(sound)).doesNotContain("suppressed-clause");
    }

    @Test
    void should_find_a_contradiction_when_one_side_is_scoped_and_the_other_is_not() {
        // the pack's may holds in every scope, so it meets the kommissorium's must for each focus area
        assertThat(trouble).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("contradiction");
            assertThat(f.clauses()).extracting(c -> c.id()).containsExactly("kmk.tasks-5", "t.may-any");
        });
        // and the kommissorium's must in every scope meets the pack's may for one focus area
        assertThat(trouble).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("contradiction");
            assertThat(f.message()).contains("political-steering-group must discuss regional-cultural-policy");
            assertThat(f.clauses()).extracting(c -> c.id()).endsWith("t.may-area");
        });
    }

    @Test
    void should_find_a_chair_term_that_leaves_part_of_the_period_without_a_chair() {
        Agreement a = G.agreement();
        Agreement shortTerm = new Agreement(a.name(), a.from(), a.to(), a.partners(), a.focusAreas(),
                new ChairTerm("ishoej", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31)), a.secretariatHost(), a.viceChairs());

        List<Finding> findings = G.withAgreement(shortTerm).validate();

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("term-gap");
            assertThat(f.message()).contains("2023-01-01..2024-12-31");
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.toString()).startsWith("error post-without-holder: political-chair has no holder from 2023-01-01"));
        assertThat(codes(G.validate())).doesNotContain("term-gap", "post-without-holder");
        assertThat(codes(G.withAgreement(shortTerm).validate(Criteria.any().asOf(LocalDate.of(2022, 6, 1))))).doesNotContain("term-gap");
    }

    @Test
    void should_warn_of_a_recipient_no_rule_knows_but_not_of_one_it_does() throws IOException {
        String entry = "source: S\nduties:\n  - clause: t.x\n    quote: Q.\n    for: the-agreement\n    actor: kmk\n"
                + "    action: publish\n    matter: programme\n    to: [%s]\n";
        Path misspelt = dir.resolve("misspelt.yaml");
        Files.writeString(misspelt, entry.formatted("kmkk"));
        Path right = dir.resolve("right.yaml");
        Files.writeString(right, entry.formatted("political-steering-group"));

        assertThat(Governance.builder().rulePack(misspelt).build().validate()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("unknown-actor");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).startsWith("kmkk is named by rule 'data-pack-duty-for-the-agreement' (publish programme)");
        });
        assertThat(codes(Governance.builder().rulePack(right).build().validate())).doesNotContain("unknown-actor");
        assertThat(codes(G.validate())).doesNotContain("unknown-actor");
    }
}
