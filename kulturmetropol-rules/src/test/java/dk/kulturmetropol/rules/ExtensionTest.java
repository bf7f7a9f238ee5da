package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.ChairTerm;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.InvalidAgreementException;
import dk.kulturmetropol.model.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New partners, partners leaving, a new period, and rule packs, through the API. */
class ExtensionTest {

    private static final Governance G = Governance.kulturmetropolen();
    private static final Partner GLADSAXE = new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null);

    @TempDir
    Path dir;

    @Test
    void should_give_a_joining_partner_every_partner_duty_seat_and_right_from_the_day_it_joins() {
        Governance later = G.withPartner(GLADSAXE);
        LocalDate before = LocalDate.of(2022, 12, 31);
        LocalDate joined = LocalDate.of(2023, 1, 1);

        assertThat(later.members("political-steering-group", Criteria.any().asOf(joined)).map(m -> m.member())).contains("culture-committee-chair:gladsaxe");
        assertThat(later.members("kmk", Criteria.any().asOf(joined)).map(m -> m.member())).contains("culture-chief:gladsaxe").hasSize(10);
        assertThat(later.members("political-steering-group", Criteria.any().asOf(joined)).facts())
                .anySatisfy(m -> assertThat(m.member()).isEqualTo("political-substitute:gladsaxe"));
        assertThat(later.duties("partner-municipality:gladsaxe", Criteria.any().asOf(joined)).map(Duty::action))
                .contains("engage", "ensure", "promote", "appoint", "decide");

        assertThat(later.members("kmk", Criteria.any().asOf(before)).map(m -> m.member())).doesNotContain("culture-chief:gladsaxe").hasSize(9);
        Answer<Duty> beforeJoining = later.duties("partner-municipality:gladsaxe", Criteria.any().asOf(before));
        assertThat(beforeJoining.rows()).isEmpty();
        assertThat(beforeJoining.note()).hasValueSatisfying(n -> assertThat(n)
                .contains("the membership of partner 'gladsaxe' (2023-01-01..2024-12-31) had not begun on 2022-12-31"));
    }

    @Test
    void should_keep_the_old_governance_answering_as_before() {
        G.withPartner(GLADSAXE);

        assertThat(G.members("kmk", Criteria.any().asOf(LocalDate.of(2024, 1, 1))).rows()).hasSize(9);
        assertThatThrownBy(() -> G.duties("partner-municipality:gladsaxe")).isInstanceOf(UnknownTermException.class);
    }

    @Test
    void should_take_no_duty_after_a_partner_leaves() {
        Agreement a = G.agreement();
        List<Partner> partners = a.partners().stream()
                .map(p -> p.id().equals("roedovre") ? new Partner("roedovre", p.name(), null, LocalDate.of(2022, 12, 31)) : p).toList();
        Governance left = G.withAgreement(new Agreement(a.name(), a.from(), a.to(), partners, a.focusAreas(), a.chair(),
                a.secretariatHost(), a.viceChairs()));

        assertThat(left.members("kmk", Criteria.any().asOf(LocalDate.of(2022, 12, 31))).map(m -> m.member())).contains("culture-chief:roedovre");
        assertThat(left.members("kmk", Criteria.any().asOf(LocalDate.of(2023, 1, 1))).map(m -> m.member())).doesNotContain("culture-chief:roedovre");
        assertThat(left.duties("partner-municipality:roedovre", Criteria.any().asOf(LocalDate.of(2023, 6, 1))).note())
                .hasValueSatisfying(n -> assertThat(n).contains("ended before 2023-06-01"));
    }

    @Test
    void should_remove_a_partner_and_refuse_removing_a_home_municipality() {
        Governance fewer = G.withoutPartner("herlev");

        assertThat(fewer.members("kmk", Criteria.any().asOf(LocalDate.of(2022, 1, 1))).rows()).hasSize(8);
        assertThatThrownBy(() -> G.withoutPartner("roskilde")).isInstanceOf(InvalidAgreementException.class)
                .hasMessageContaining("'roskilde' is not a partner");
    }

    @Test
    void should_answer_for_a_new_period_with_roskilde_chairing() throws IOException {
        String yaml = AgreementYaml.defaultText()
                .replace("Kulturmetropolen 2021-2024", "Kulturmetropolen 2025-2028")
                .replace("2021-01-01", "2025-01-01").replace("2024-12-31", "2028-12-31")
                .replace("  municipality: ishoej", "  municipality: roskilde");
        Governance next = Governance.builder().config(Files.writeString(dir.resolve("next.yaml"), yaml)).build();

        assertThat(next.holders("political-chair", Criteria.any().asOf(LocalDate.of(2026, 3, 1))).map(h -> h.holder()))
                .containsExactly("culture-committee-chair:roskilde");
        assertThat(next.holders("administrative-chair", Criteria.any().asOf(LocalDate.of(2026, 3, 1))).map(h -> h.holder()))
                .containsExactly("culture-chief:roskilde");
        assertThat(next.who("approve", "annual-plan", Criteria.any().scope("music").asOf(LocalDate.of(2028, 6, 1))).map(d -> d.actor()))
                .containsExactly("kmk");
        assertThat(next.holders("political-chair", Criteria.any().asOf(LocalDate.of(2024, 6, 1))).note())
                .hasValueSatisfying(n -> assertThat(n).contains("'roskilde' as chair municipality (2025-01-01..2028-12-31) had not begun"));
    }

    @Test
    void should_answer_from_a_rule_pack_with_its_own_vocabulary_and_source() {
        Governance g = Governance.builder().rulePackResource("packs/good-pack.drl").build();

        Answer<Duty> answer = g.who("publish", "cultural-programme", Criteria.any().scope("koege"));

        assertThat(answer.rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor()).isEqualTo("partner-municipality:koege");
            assertThat(r.resolvedTo()).containsExactly("koege");
            assertThat(r.clause().source()).isEqualTo("A partner's own commitments (test)");
            assertThat(r.clause().quote()).isEqualTo("Each partner publishes its cultural programme once a year.");
            // the pack rule's own sentences (@da, @en), not one composed from labels
            assertThat(dk.kulturmetropol.model.Sentences.of(g.labels(dk.kulturmetropol.model.Language.DA)).of(r.fact()))
                    .isEqualTo("Køge Kommune offentliggør sit kulturprogram en gang om året.");
            assertThat(dk.kulturmetropol.model.Sentences.of(g.labels(dk.kulturmetropol.model.Language.EN)).of(r.fact()))
                    .isEqualTo("Køge Kommune publishes its cultural programme once a year.");
        });
        assertThat(g.who("approve", "annual-plan", Criteria.any().scope("music")).map(d -> d.actor())).containsExactly("kmk");
    }

    @Test
    void should_refuse_a_pack_that_does_not_compile_naming_file_and_line() throws IOException {
        Path broken = dir.resolve("broken.drl");
        Files.copy(ExtensionTest.class.getResourceAsStream("/packs/broken-pack.drl"), broken);

        assertThatThrownBy(() -> Governance.builder().rulePack(broken).build()).isInstanceOf(RulePackException.class)
                .hasMessageMatching("rules do not compile: \\Q" + broken + "\\E:\\d+: .*");
        assertThat(G.who("approve", "annual-plan", Criteria.any().scope("music")).map(d -> d.actor())).containsExactly("kmk");
    }

    @Test
    void should_trace_an_error_in_a_consequence_back_to_the_rule_and_its_line() throws IOException {
        Path pack = Files.writeString(dir.resolve("consequence.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"bad-consequence\"\n    @clause(\"x\")\nwhen\n    AgreementPeriod($v : validity)\nthen\n"
                + "    insert(NoSuchHelper.make($v));\nend\n");

        assertThatThrownBy(() -> Governance.builder().rulePack(pack).build()).isInstanceOf(RulePackException.class)
                .hasMessage("rules do not compile: " + pack + ":10: in the consequence of rule 'bad-consequence': NoSuchHelper cannot be resolved");
    }

    @Test
    void should_refuse_a_misspelt_fact_type_at_its_line() throws IOException {
        Path pack = Files.writeString(dir.resolve("typo.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"typo\"\n    @clause(\"x\")\nwhen\n    PartnerMembershp($v : validity)\nthen\nend\n");

        assertThatThrownBy(() -> Governance.builder().rulePack(pack).build()).isInstanceOf(RulePackException.class)
                .hasMessage("rules do not compile: " + pack + ":8: Unable to find class: PartnerMembershp");
    }

    @Test
    void should_refuse_a_pack_whose_consequence_throws_naming_file_rule_and_line() throws IOException {
        Path pack = Files.writeString(dir.resolve("throws.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"throws\"\n    @clause(\"psg.who\")\nwhen\n    PartnerMembership($m : municipality)\nthen\n"
                + "    if ($m.equals(\"koege\")) { throw new IllegalStateException(\"no koege\"); }\nend\n");

        assertThatThrownBy(() -> Governance.builder().rulePack(pack).build()).isInstanceOf(RulePackException.class)
                .hasMessage(pack + ":5: rule 'throws' failed in its consequence (IllegalStateException): no koege")
                .hasNoCause();
        assertThat(G.who("approve", "annual-plan", Criteria.any().scope("music")).rows()).isNotEmpty();
    }

    @Test
    void should_stop_and_refuse_rules_that_never_stop_firing() throws IOException {
        Path pack = Files.writeString(dir.resolve("loop.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n"
                + "import dk.kulturmetropol.rules.pack.Derive;\n\n"
                + "rule \"grows\"\n    @clause(\"psg.who\")\nwhen\n    $d : Duty(action == \"grow\")\nthen\n"
                + "    insert(Derive.must(\"kmk\", \"grow\", \"m\" + System.nanoTime(), $d.validity()));\nend\n\n"
                + "rule \"seed\"\n    @clause(\"psg.who\")\nwhen\n    AgreementPeriod($v : validity)\nthen\n"
                + "    insert(Derive.must(\"kmk\", \"grow\", \"x\", $v));\nend\n");

        assertThatThrownBy(() -> Governance.builder().rulePack(pack).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(pack + ":6: the rules did not stop firing:").hasMessageContaining("rule 'grows'");
    }

    @Test
    void should_refuse_a_pack_fact_that_cites_a_kommissorium_clause_for_what_its_rules_do_not_derive_from_it() throws IOException {
        // given a pack that makes the secretariat approve the annual plan in the name of KMK's clause
        Path pack = Files.writeString(dir.resolve("impersonates.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n"
                + "import dk.kulturmetropol.rules.pack.Derive;\n\n"
                + "rule \"secretariat-approves\"\n    @clause(\"kmk.tasks-5\")\nwhen\n    AgreementPeriod($v : validity)\nthen\n"
                + "    insert(Derive.must(\"secretariat\", \"approve\", \"annual-plan\", $v).inScope(\"music\"));\nend\n");

        // then it is refused at load, naming the file, the rule's line and the clause
        assertThatThrownBy(() -> Governance.builder().rulePack(pack).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(pack + ":6: rule 'secretariat-approves' derived a fact citing the kommissorium's clause "
                        + "'kmk.tasks-5' that the kommissorium's rules do not derive from it (the fact: ")
                .hasMessageEndingWith("); a pack cites a clause of its own, declared with @source and @quote")
                .hasMessageContaining("secretariat").hasMessageContaining("annual plan").hasMessageNotContaining("Duty[");
    }

    @Test
    void should_refuse_a_pack_named_neither_as_data_nor_as_drl_by_its_name_without_compiling_it() throws IOException {
        Path disguised = Files.writeString(dir.resolve("x.yaml.txt"), "package p;\nrule \"r\" when then end\n");

        assertThatThrownBy(() -> Governance.builder().rulePack(disguised)).isInstanceOf(RulePackException.class)
                .hasMessage("rule pack '" + disguised + "' is neither a data pack (.yaml, .yml: read as data) nor a DRL pack "
                        + "(.drl: compiled as code); name the file by what it holds");
        assertThatThrownBy(() -> Governance.builder().rulePackResource("packs/good-pack.drl.txt")).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("rule pack 'packs/good-pack.drl.txt' is neither a data pack");
    }

    @Test
    void should_stop_a_pack_whose_consequence_never_returns_at_the_builders_time_limit_naming_the_rule() throws IOException {
        Path pack = Files.writeString(dir.resolve("spin.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"spins\"\n    @clause(\"psg.who\")\nwhen\n    AgreementPeriod()\nthen\n    while (true) { }\nend\n");
        long start = System.nanoTime();

        // a quarter of a second: the loop spins for the whole limit
        assertThatThrownBy(() -> Governance.builder().rulePack(pack).timeLimit(java.time.Duration.ofMillis(250)).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage(pack + ":5: the rules were stopped after 250 ms: the consequence of rule 'spins' did not return; "
                        + "a rule must not loop forever (the limit is set with timeLimit, --time-limit)");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("compiling and 250 ms of running").isLessThan(java.time.Duration.ofSeconds(60));
        assertThatThrownBy(() -> Governance.builder().timeLimit(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the time limit is PT0S, expected a positive duration such as 10 seconds");
    }

    @Test
    void should_stop_a_pack_whose_consequence_sleeps_once_the_limit_has_passed_on_the_clock() throws IOException {
        Path pack = Files.writeString(dir.resolve("sleep.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"sleeps\"\n    @clause(\"psg.who\")\nwhen\n    AgreementPeriod()\nthen\n    Thread.sleep(600_000L);\nend\n");
        long start = System.nanoTime();

        assertThatThrownBy(() -> Governance.builder().rulePack(pack).timeLimit(java.time.Duration.ofSeconds(1)).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(pack + ":5: the rules were stopped after 1 s: the consequence of rule 'sleeps' did not return");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("compiling and 1 s on the clock").isLessThan(java.time.Duration.ofSeconds(60));
    }

    @Test
    void should_refuse_a_pack_rule_citing_no_known_clause() {
        assertThatThrownBy(() -> Governance.builder().rulePackResource("packs/uncited-pack.drl").build())
                .isInstanceOf(RulePackException.class)
                .hasMessage("classpath:packs/uncited-pack.drl:6: rule 'cites-nothing-known' cites clause 'nowhere.1', which neither the kommissorium nor any rule's @quote declares");
    }

    @Test
    void should_refuse_a_pack_file_that_does_not_exist_naming_its_path() {
        Path missing = dir.resolve("missing.drl");

        assertThatThrownBy(() -> Governance.builder().rulePack(missing)).isInstanceOf(RulePackException.class)
                .hasMessage("rule pack file '" + missing + "' does not exist or is not a file");
    }

    @Test
    void should_refuse_an_agreement_whose_focus_area_has_no_partner_home() {
        Agreement a = G.agreement();

        assertThatThrownBy(() -> new Agreement(a.name(), a.from(), a.to(), a.partners(),
                List.of(new FocusArea("film", "Film", "gladsaxe")), new ChairTerm("ishoej", a.from(), a.to()), "ishoej", List.of()))
                .isInstanceOf(InvalidAgreementException.class).hasMessageStartingWith("focus area 'film': home municipality 'gladsaxe'");
    }
}
