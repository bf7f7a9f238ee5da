package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import dk.kulturmetropol.model.ReportingLine;
import org.junit.jupiter.api.Test;

/** {@link Governance#reportingTo}: the reporting lines read from their end, in the rows of {@code reports}. */
class ReportingToTest {
    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_name_the_project_chiefs_and_the_home_municipalities_as_answering_to_kmk() {
        // when
        Answer<ReportingLine> toKmk = G.reportingTo("kmk");

        // then
        assertThat(toKmk.map(l -> l.from())).contains("project-chief:music", "project-chief:youth", "project-chief:culture-and-health",
                "home-municipality:music", "home-municipality:youth", "home-municipality:culture-and-health");
        assertThat(toKmk.map(l -> l.to())).containsOnly("kmk");
        assertThat(toKmk.rows()).allSatisfy(r -> assertThat(r.clauses()).isNotEmpty());
        assertThat(toKmk.rows()).filteredOn(r -> r.fact().from().equals("project-chief:music"))
                .singleElement().satisfies(r -> assertThat(r.clauses().get(0).id()).isEqualTo("chief.role-2"));
    }

    @Test
    void should_answer_as_the_reverse_of_reports() {
        for (String from : G.accepted("actor")) {
            for (var row : G.reports(from).rows()) {
                assertThat(G.reportingTo(row.fact().to()).facts()).contains(row.fact());
            }
        }
    }

    @Test
    void should_narrow_to_a_subject_and_a_date_and_say_why_nothing_answers() {
        assertThat(G.reportingTo("municipal-chief:roskilde", Criteria.any().about("employment")).map(l -> l.from()))
                .containsExactly("project-chief:music");
        assertThat(G.reportingTo("kmk", Criteria.any().about("employment")).rows()).isEmpty();
        Answer<ReportingLine> late = G.reportingTo("kmk", Criteria.any().asOf(LocalDate.of(2025, 3, 1)));
        assertThat(late.why()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo(Why.Reason.OUTSIDE_PERIOD));
        assertThat(G.reportingTo("ministry-of-culture").why()).hasValueSatisfying(w -> assertThat(w.text())
                .isEqualTo("the rules state no reporting line to ministry-of-culture"));
    }

    @Test
    void should_refuse_an_unknown_actor() {
        assertThatThrownBy(() -> G.reportingTo("nobody")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown actor 'nobody'");
    }

    @Test
    void should_give_the_reports_delivered_to_and_by_an_actor_as_duties_citing_their_clause() {
        Answer<dk.kulturmetropol.model.Duty> toSteeringGroup = G.reportsDeliveredTo("political-steering-group", Criteria.any());

        assertThat(G.reportingTo("political-steering-group").isEmpty()).isTrue();
        assertThat(toSteeringGroup.map(d -> d.actor())).containsExactly("secretariat");
        assertThat(toSteeringGroup.rows().get(0).clauses().get(0).id()).isEqualTo("secretariat.bullet-2");
        assertThat(G.reportsDeliveredTo("kmk", Criteria.any()).map(d -> d.actor())).containsExactly("secretariat");
        assertThat(G.reportsDeliveredBy("secretariat", Criteria.any()).facts()).singleElement()
                .satisfies(d -> assertThat(d.recipients()).containsExactly("ministry-of-culture", "political-steering-group", "kmk"));
        assertThat(G.reportsDeliveredTo("secretariat", Criteria.any()).map(d -> d.actor()))
                .containsExactlyInAnyOrder("project-chief:music", "project-chief:youth", "project-chief:culture-and-health");
        assertThat(G.reportsDeliveredBy("kmk", Criteria.any()).isEmpty()).isTrue();
    }

    @Test
    void should_give_who_employs_a_project_chief_and_makes_its_organisation_available_citing_home_tasks_3() {
        Answer<dk.kulturmetropol.model.Duty> home = G.homeOf("project-chief:music", Criteria.any());

        assertThat(home.map(d -> d.actor())).containsOnly("home-municipality:music").hasSize(2);
        assertThat(home.map(d -> d.action())).containsExactlyInAnyOrder("employ", "provide");
        assertThat(home.rows()).allSatisfy(r -> assertThat(r.clauses().get(0).id()).isEqualTo("home.tasks-3"));
        assertThat(home.rows()).allSatisfy(r -> assertThat(r.resolved("home-municipality:music")).containsExactly("roskilde"));
        assertThat(G.homeOf("kmk", Criteria.any()).isEmpty()).isTrue();
    }
}
