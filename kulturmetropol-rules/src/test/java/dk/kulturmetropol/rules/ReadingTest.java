package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Condition;
import dk.kulturmetropol.model.Due;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.InvalidAgreementException;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import org.junit.jupiter.api.Test;

/**
 * The text read right: each case is one sentence of the kommissorium that an earlier reading got wrong,
 * asked through the public API, with the near miss that must not answer.
 */
class ReadingTest {

    private static final Governance G = Governance.kulturmetropolen();
    private static final LocalDate MID_PERIOD = LocalDate.of(2022, 6, 1);

    @Test
    void should_read_the_highest_deciding_authority_as_a_power_that_says_highest() {
        Answer<Duty> answer = G.who("decide", "kulturmetropolen");

        assertThat(answer.facts()).singleElement().satisfies(d -> {
            assertThat(d.actor()).isEqualTo("political-steering-group");
            assertThat(d.modality()).isEqualTo(Modality.MAY);
        });
        assertThat(answer.rows().get(0).reading()).hasValueSatisfying(r -> assertThat(r).contains("highest deciding authority"));
    }

    @Test
    void should_answer_for_the_secretariat_as_itself_and_show_ishoej_as_its_host() {
        Answer<Duty> hire = G.who("hire", "project-chief", Criteria.any().scope("music"));
        Row<Duty> secretariat = hire.rows().stream().filter(r -> r.fact().actor().equals("secretariat")).findFirst().orElseThrow();

        assertThat(secretariat.resolvedTo()).containsExactly("secretariat");
        assertThat(secretariat.placedIn()).containsEntry("secretariat", "ishoej");
        assertThat(G.where("secretariat").facts()).singleElement().satisfies(p -> assertThat(p.host()).isEqualTo("ishoej"));
        assertThat(G.accepted("post")).doesNotContain("secretariat");
    }

    @Test
    void should_not_give_ishoej_the_secretariats_duties() {
        Answer<Duty> ishoej = G.duties("ishoej");

        assertThat(ishoej.facts()).as("only the hiring it shares as home municipality")
                .filteredOn(d -> d.actor().equals("secretariat"))
                .allSatisfy(d -> assertThat(d.jointlyWith()).contains("home-municipality:culture-and-health"));
        assertThat(ishoej.facts()).anyMatch(d -> d.action().equals("host") && d.matter().equals("secretariat"));
        assertThat(G.duties("secretariat").facts()).hasSizeGreaterThan(20);
    }

    @Test
    void should_make_the_secretariats_report_a_duty_with_recipients_not_a_line() {
        assertThat(G.reports("secretariat").isEmpty()).isTrue();
        assertThat(G.who("report", "kulturmetropolen-report").facts()).singleElement()
                .satisfies(d -> assertThat(d.recipients())
                        .containsExactly("ministry-of-culture", "political-steering-group", "kmk"));
        assertThat(G.reports("project-chief:music").facts()).noneMatch(l -> l.to().equals("ministry-of-culture"));
        assertThat(G.reports("project-chief:music", Criteria.any().about("accounts")).isEmpty()).isTrue();
    }

    @Test
    void should_make_the_home_municipality_the_project_chiefs_employer_and_hire_jointly() {
        Answer<Duty> employ = G.who("employ", "project-chief", Criteria.any().scope("music"));
        Answer<Duty> hire = G.who("hire", "project-chief", Criteria.any().scope("music"));

        assertThat(employ.facts()).singleElement().satisfies(d -> {
            assertThat(d.actor()).isEqualTo("home-municipality:music");
            assertThat(d.validity().to()).isEqualTo(LocalDate.of(2024, 12, 31));
        });
        assertThat(employ.rows().get(0).reading()).hasValueSatisfying(r -> assertThat(r).contains("employer for the whole period"));
        assertThat(hire.facts()).allSatisfy(d -> assertThat(d.jointlyWith()).isNotEmpty());
    }

    @Test
    void should_have_the_home_municipality_assist_with_the_accounts_and_name_no_one_who_renders_the_final_accounts() {
        assertThat(G.duties("home-municipality:music").facts()).noneMatch(d -> d.action().equals("submit"));
        assertThat(G.who("support", "annual-and-final-accounts", Criteria.any().scope("music")).map(d -> d.actor()))
                .containsExactly("home-municipality:music");
        Answer<Duty> finalAccounts = G.who("submit", "final-accounts", Criteria.any().scope("music"));
        assertThat(finalAccounts.facts()).isEmpty();
        assertThat(finalAccounts.unspecified()).singleElement().satisfies(r -> {
            assertThat(r.fact().due().kind()).isEqualTo(Due.Kind.AFTER_PERIOD);
            assertThat(r.fact().due().isAfter(G.agreement().to())).isTrue();
            assertThat(r.fact().validity().from()).isEqualTo(G.agreement().to().plusDays(1));
            assertThat(r.reading()).isPresent();
        });
    }

    @Test
    void should_have_the_secretariat_set_the_accounts_guidelines() {
        // one row on each sentence that presupposes them: the audited accounts (chief.duty-4), the annual and final accounts (home.tasks-3)
        assertThat(G.who("set", "accounts-guidelines", Criteria.any().scope("youth")).facts()).hasSize(2)
                .allSatisfy(d -> assertThat(d.actor()).isEqualTo("secretariat"))
                .extracting(d -> d.clauseId()).containsExactlyInAnyOrder("chief.duty-4", "home.tasks-3");
    }

    @Test
    void should_show_the_head_of_secretariats_general_line_for_any_subject() {
        for (String subject : List.of("employment", "accounts", "realisation")) {
            assertThat(G.reports("head-of-secretariat", Criteria.any().about(subject)).facts()).as(subject).singleElement().satisfies(l -> {
                assertThat(l.to()).isEqualTo("administrative-chair");
                assertThat(l.about()).isEqualTo(ReportingLine.GENERAL);
            });
        }
        assertThat(G.reports("project-chief:music", Criteria.any().about("accounts")).facts()).as("a line about one subject answers no other").isEmpty();
    }

    @Test
    void should_make_the_home_representative_answer_to_kmk_for_every_home_duty() {
        Answer<Duty> duties = G.duties("culture-chief:roskilde", Criteria.any().asOf(MID_PERIOD));

        List<Row<Duty>> home = duties.rows().stream().filter(r -> r.fact().actor().equals("home-municipality:music")).toList();
        assertThat(home).extracting(r -> r.fact().action()).contains("lead", "ensure", "hire", "employ", "provide", "promote");
        assertThat(home).allSatisfy(r -> {
            assertThat(r.through()).extracting(Through::kind, Through::to).containsExactly(org.assertj.core.groups.Tuple.tuple("accountable", "kmk"));
            assertThat(r.clauses()).extracting(c -> c.id()).contains("home.tasks-5");
        });
        assertThat(G.duties("culture-chief:koege").facts()).noneMatch(d -> d.actor().startsWith("home-municipality"));
    }

    @Test
    void should_make_the_home_representative_answer_for_the_hjemkommune_sections_duties_only() {
        // "... er ansvarlig for ovenstående" (home.tasks-5, section Hjemkommune): the hiring it answers for is home.tasks-2
        Answer<Duty> duties = G.duties("culture-chief:roskilde", Criteria.any().asOf(MID_PERIOD));
        List<Row<Duty>> answered = duties.rows().stream()
                .filter(r -> r.through().stream().anyMatch(t -> t.kind().equals("accountable"))).toList();

        assertThat(answered).isNotEmpty().allSatisfy(r -> assertThat(r.clause().section()).isEqualTo("Hjemkommune"));
        assertThat(answered).extracting(r -> r.clause().id()).contains("home.tasks-2").doesNotContain("secretariat.bullet-4");
        // near miss: the secretariat's sentence still names the home municipality, and the home municipality still bears it
        assertThat(G.duties("home-municipality:music").rows()).extracting(r -> r.clause().id()).contains("secretariat.bullet-4", "home.tasks-2");
        assertThat(G.duties("roskilde").rows()).extracting(r -> r.clause().id()).contains("secretariat.bullet-4");
    }

    @Test
    void should_have_vice_chairs_and_board_take_part_in_meetings_without_binding_the_chair() {
        assertThat(G.who("take-part", "meeting-planning:political-steering-group").facts()).singleElement().satisfies(d -> {
            assertThat(d.actor()).isEqualTo("vice-chair");
            assertThat(d.jointlyWith()).isEmpty();
        });
        assertThat(G.who("take-part", "meeting-holding:kmk").map(d -> d.actor())).containsExactly("administrative-board");
        assertThat(G.duties("political-chair").facts()).noneMatch(d -> d.matter().startsWith("meeting"));
    }

    @Test
    void should_label_the_chief_representative_as_the_culture_chief_by_reading() {
        Row<Duty> row = G.who("ensure", "participation", Criteria.any().scope("koege")).rows().get(0);

        assertThat(row.fact().actor()).isEqualTo("culture-chief:koege");
        assertThat(row.reading()).hasValueSatisfying(r -> assertThat(r).contains("forvaltninger").contains("kulturafdelinger"));
    }

    @Test
    void should_cite_the_joiners_sentence_for_a_partner_that_joins_later() {
        Governance later = G.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

        assertThat(later.members("kulturmetropolen", Criteria.any().asOf(LocalDate.of(2023, 6, 1))).rows())
                .filteredOn(r -> r.fact().member().equals("partner-municipality:gladsaxe"))
                .singleElement().satisfies(r -> assertThat(r.clause().id()).isEqualTo("partner.joiners"));
        assertThat(G.members("kulturmetropolen").rows()).allSatisfy(r -> assertThat(r.clause().id()).isEqualTo("partner.who-1"));
    }

    @Test
    void should_refuse_the_chair_municipality_as_vice_chair() {
        Agreement a = G.agreement();

        assertThatThrownBy(() -> new Agreement(a.name(), a.from(), a.to(), a.partners(), a.focusAreas(), a.chair(),
                a.secretariatHost(), List.of("ishoej")))
                .isInstanceOf(InvalidAgreementException.class)
                .hasMessageContaining("vice-chair municipality 'ishoej' is the chair municipality");
    }

    @Test
    void should_drop_the_unnamed_vice_chair_once_both_are_named() {
        Agreement a = G.agreement();
        Governance named = G.withAgreement(new Agreement(a.name(), a.from(), a.to(), a.partners(), a.focusAreas(), a.chair(),
                a.secretariatHost(), List.of("roskilde", "koege")));
        Governance one = G.withAgreement(new Agreement(a.name(), a.from(), a.to(), a.partners(), a.focusAreas(), a.chair(),
                a.secretariatHost(), List.of("roskilde")));

        assertThat(named.holders("vice-chair").unspecified()).isEmpty();
        assertThat(named.holders("vice-chair").map(h -> h.holder()))
                .containsExactlyInAnyOrder("culture-committee-chair:roskilde", "culture-committee-chair:koege");
        assertThat(one.holders("vice-chair").unspecified()).hasSize(1);
        assertThat(G.holders("vice-chair").unspecified()).hasSize(1);
    }

    @Test
    void should_give_a_committee_chair_the_steering_groups_duties_through_the_seat() {
        Answer<Duty> koege = G.duties("culture-committee-chair:koege", Criteria.any().asOf(MID_PERIOD));

        assertThat(koege.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.fact().actor()).isEqualTo("political-steering-group");
            assertThat(r.through()).extracting(Through::toString).containsExactly("sits in political-steering-group");
            assertThat(r.clauses()).extracting(c -> c.id()).contains("psg.who");
        });
    }

    @Test
    void should_carry_a_seat_only_while_the_partner_is_in() {
        Governance later = G.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

        assertThat(later.duties("culture-chief:gladsaxe", Criteria.any().asOf(LocalDate.of(2022, 6, 1))).isEmpty()).isTrue();
        assertThat(later.duties("culture-chief:gladsaxe", Criteria.any().asOf(LocalDate.of(2023, 6, 1))).facts())
                .anyMatch(d -> d.actor().equals("kmk"));
        assertThat(later.duties("culture-chief:gladsaxe").facts()).filteredOn(d -> d.actor().equals("kmk"))
                .allSatisfy(d -> assertThat(d.validity().from()).isEqualTo(LocalDate.of(2023, 1, 1)));
    }

    @Test
    void should_resolve_recipients_and_the_to_of_a_line_on_the_date_asked() {
        Row<Duty> plan = G.who("submit", "annual-plan", Criteria.any().scope("youth").asOf(MID_PERIOD)).rows().get(0);
        Row<ReportingLine> employment = G.reports("project-chief:youth", Criteria.any().about("employment").asOf(MID_PERIOD)).rows().get(0);
        Row<ReportingLine> realisation = G.reports("project-chief:youth", Criteria.any().about("realisation").asOf(MID_PERIOD)).rows().get(0);

        assertThat(plan.resolved("kmk")).hasSize(9).contains("culture-chief:albertslund");
        assertThat(employment.fact().to()).isEqualTo("municipal-chief:albertslund");
        assertThat(employment.reading()).isPresent();
        assertThat(realisation.resolved("home-municipality:youth")).containsExactly("albertslund");
    }

    @Test
    void should_say_no_line_applies_outside_the_period() {
        Answer<ReportingLine> after = G.reports("project-chief:youth", Criteria.any().asOf(LocalDate.of(2025, 3, 1)));

        assertThat(after.isEmpty()).isTrue();
        assertThat(after.note()).hasValueSatisfying(n -> assertThat(n).startsWith("nothing applies on 2025-03-01"));
    }

    @Test
    void should_type_frequencies_conditions_and_deadlines() {
        assertThat(G.who("meet", "political-steering-group").facts().get(0).frequency()).isEqualTo(Frequency.perYear(1, 2));
        assertThat(G.who("meet", "kmk").facts().get(0).frequency()).isEqualTo(Frequency.perYear(4));
        assertThat(G.who("meet", "administrative-board").facts().get(0).frequency())
                .isEqualTo(Frequency.atLeastPerQuarter(1).andAsNeeded())
                .hasToString("at least quarterly, and as needed");
        assertThat(G.who("decide-on-behalf", "kmk").facts().get(0)).satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.BETWEEN_MEETINGS);
            assertThat(d.frequency()).isNull();
        });
    }

    @Test
    void should_show_the_freedom_to_lead_within_the_framework_of_kulturmetropolen_and_the_adopted_plan_and_budget() {
        Answer<Duty> lead = G.who("lead", "focus-area", Criteria.any().scope("music"));

        // the reading keeps both limits of chief.role-5: "indenfor rammerne af Kulturmetropolen og de af KMK vedtagne
        // årsplan og budget"
        assertThat(lead.rows()).filteredOn(r -> r.fact().modality() == Modality.MAY).singleElement().satisfies(r -> {
            assertThat(r.fact().condition()).isEqualTo(Condition.WITHIN_APPROVED_PLAN_AND_BUDGET);
            assertThat(r.reading()).hasValueSatisfying(t -> assertThat(t).contains("within the framework of Kulturmetropolen")
                    .contains("annual plan and budget KMK has adopted"));
        });
    }

    @Test
    void should_keep_three_verbs_apart() {
        assertThat(G.who("inform", "ongoing-work").map(d -> d.actor())).containsExactly("political-chair");
        assertThat(G.who("report", "ongoing-work").isEmpty()).isTrue();
        assertThat(G.who("inform", "focus-area-progress").unspecified()).isNotEmpty();
        assertThat(G.who("be-informed", "focus-area-progress").rows()).isNotEmpty();
    }

    @Test
    void should_say_the_holder_comes_from_the_agreement_file() {
        Governance later = Governance.builder().config(Path.of("../examples/configs/kulturmetropolen-2025-2028.yaml")).build();

        Row<PostHolding> chair = later.holders("political-chair").rows().get(0);
        assertThat(chair.fact().holder()).isEqualTo("culture-committee-chair:roskilde");
        assertThat(chair.fact().namedByAgreement()).isTrue();
        assertThat(chair.clause().quote()).startsWith("Ishøj Kommunes kulturudvalgsformand");
        assertThat(G.holders("head-of-secretariat").unspecified()).singleElement()
                .satisfies(r -> assertThat(r.fact().namedByAgreement()).isFalse());
    }
}
