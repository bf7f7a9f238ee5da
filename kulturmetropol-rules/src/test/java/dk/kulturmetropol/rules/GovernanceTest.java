package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import org.junit.jupiter.api.Test;

/** The questions of the issue and the design card, asked through the public API. */
class GovernanceTest {

    private static final Governance G = Governance.kulturmetropolen();
    private static final LocalDate MID_PERIOD = LocalDate.of(2022, 6, 1);

    @Test
    void should_answer_that_kmk_approves_the_music_annual_plan() {
        Answer<Duty> answer = G.who("approve", "annual-plan", Criteria.any().scope("music"));

        assertThat(answer.map(d -> d.actor())).containsExactly("kmk");
        assertThat(answer.rows().get(0).clause().quote())
                .isEqualTo("KMK godkender det forudgående års regnskab og det kommende års årsplan for indsatsområderne.");
        assertThat(answer.rows().get(0).resolvedTo()).contains("culture-chief:roskilde").hasSize(9);
        assertThat(answer.unspecified()).isEmpty();
        assertThat(answer.note()).isEmpty();
    }

    @Test
    void should_answer_every_focus_area_when_no_scope_is_given() {
        assertThat(G.who("approve", "annual-plan").map(Duty::scope)).containsExactlyInAnyOrder("culture-and-health", "music", "youth");
    }

    @Test
    void should_answer_that_the_home_municipality_hires_the_project_chief_with_the_secretariat() {
        Answer<Duty> answer = G.who("hire", "project-chief", Criteria.any().scope("music"));

        assertThat(answer.rows()).anySatisfy(row -> {
            assertThat(row.fact().actor()).isEqualTo("home-municipality:music");
            assertThat(row.fact().jointlyWith()).containsExactly("secretariat");
            assertThat(row.resolvedTo()).containsExactly("roskilde");
            assertThat(row.clause().id()).isEqualTo("home.tasks-2");
        });
        assertThat(answer.map(d -> d.actor())).doesNotContain("home-municipality:youth");
    }

    @Test
    void should_say_the_text_names_no_one_who_appoints_the_vice_chairs() {
        Answer<Duty> answer = G.who("appoint", "vice-chair");

        assertThat(answer.rows()).isEmpty();
        assertThat(answer.unspecified()).singleElement().satisfies(row -> {
            assertThat(row.fact().isUnspecified()).isTrue();
            assertThat(row.clause().quote()).isEqualTo(
                    "Der udpeges to politiske næstformænd blandt medlemmerne af Kulturmetropolens politiske styregruppe.");
        });
    }

    @Test
    void should_say_the_chair_term_has_ended_in_2025() {
        Answer<PostHolding> answer = G.holders("political-chair", Criteria.any().asOf(LocalDate.of(2025, 3, 1)));

        assertThat(answer.rows()).isEmpty();
        assertThat(answer.note()).hasValueSatisfying(note -> assertThat(note)
                .contains("2025-03-01").contains("'ishoej' as chair municipality").contains("2021-01-01..2024-12-31").contains("ended"));
    }

    @Test
    void should_name_the_chair_within_the_term() {
        Answer<PostHolding> answer = G.holders("political-chair", Criteria.any().asOf(MID_PERIOD));

        assertThat(answer.map(h -> h.holder())).containsExactly("culture-committee-chair:ishoej");
        assertThat(answer.rows().get(0).clause().id()).isEqualTo("chairs.who-1");
    }

    @Test
    void should_say_a_date_before_the_period_had_not_begun() {
        Answer<Duty> answer = G.who("approve", "annual-plan", Criteria.any().asOf(LocalDate.of(2020, 12, 31)));

        assertThat(answer.isEmpty()).isTrue();
        assertThat(answer.note()).hasValueSatisfying(n -> assertThat(n).contains("had not begun on 2020-12-31"));
    }

    @Test
    void should_note_when_the_rules_state_no_such_duty() {
        Answer<Duty> answer = G.who("approve", "digital-platforms");

        assertThat(answer.isEmpty()).isTrue();
        assertThat(answer.note()).hasValue("the rules state no duty to approve digital-platforms");
    }

    @Test
    void should_resolve_the_political_chair_to_the_culture_committee_chair_of_ishoej() {
        Answer<Duty> answer = G.who("set-agenda", "agenda:political-steering-group", Criteria.any().asOf(MID_PERIOD));

        assertThat(answer.rows()).singleElement().satisfies(row ->
                assertThat(row.resolvedTo()).containsExactly("culture-committee-chair:ishoej"));
    }

    @Test
    void should_include_the_duties_of_posts_an_actor_holds() {
        Answer<Duty> answer = G.duties("culture-committee-chair:ishoej", Criteria.any().asOf(MID_PERIOD));

        assertThat(answer.map(d -> d.actor())).contains("political-chair");
        assertThat(G.duties("culture-committee-chair:roskilde", Criteria.any().asOf(MID_PERIOD)).map(d -> d.actor()))
                .doesNotContain("political-chair");
    }

    @Test
    void should_include_duties_shared_jointly() {
        assertThat(G.duties("secretariat").facts()).anySatisfy(d -> {
            assertThat(d.actor()).isEqualTo("home-municipality:music");
            assertThat(d.action()).isEqualTo("hire");
        });
    }

    @Test
    void should_not_chain_a_project_chief_to_the_ministry_through_the_secretariats_report() {
        Answer<ReportingLine> answer = G.reports("project-chief:music", Criteria.any().about("realisation"));

        assertThat(answer.map(l -> l.to())).containsExactlyInAnyOrder("secretariat", "kmk");
        assertThat(answer.facts()).allSatisfy(l -> assertThat(l.isDirect()).isTrue());
        assertThat(G.reports("secretariat").isEmpty()).isTrue();
        assertThat(G.who("report", "kulturmetropolen-report").rows().get(0).fact().recipients())
                .containsExactly("ministry-of-culture", "political-steering-group", "kmk");
    }

    @Test
    void should_list_kmk_members_per_partner() {
        Answer<Seat> answer = G.members("kmk", Criteria.any().asOf(MID_PERIOD));

        assertThat(answer.map(m -> m.member())).hasSize(9).contains("culture-chief:ishoej", "culture-chief:roedovre");
    }

    @Test
    void should_say_the_administrative_board_members_are_not_named() {
        Answer<Seat> answer = G.members("administrative-board", Criteria.any().asOf(MID_PERIOD));

        assertThat(answer.rows()).isEmpty();
        assertThat(answer.unspecified()).singleElement().satisfies(r -> assertThat(r.clause().id()).isEqualTo("board.who-1"));
    }

    @Test
    void should_seat_a_partner_only_while_it_is_a_partner() {
        Governance later = G.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

        assertThat(later.members("political-steering-group", Criteria.any().asOf(LocalDate.of(2022, 12, 31))).map(m -> m.member()))
                .doesNotContain("culture-committee-chair:gladsaxe");
        assertThat(later.members("political-steering-group", Criteria.any().asOf(LocalDate.of(2023, 1, 1))).map(m -> m.member()))
                .contains("culture-committee-chair:gladsaxe");
        assertThat(G.agreement().partnerIds()).doesNotContain("gladsaxe");
    }

    @Test
    void should_refuse_an_unknown_action_naming_it_and_what_is_accepted() {
        assertThatThrownBy(() -> G.who("aprove", "annual-plan"))
                .isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown action 'aprove'; the nearest accepted: approve, ")
                .hasMessageContaining("approve");
    }

    @Test
    void should_refuse_unknown_matter_scope_actor_post_body_and_subject() {
        assertThatThrownBy(() -> G.who("approve", "plan")).hasMessageStartingWith("unknown matter 'plan'");
        assertThatThrownBy(() -> G.who("approve", "annual-plan", Criteria.any().scope("jazz")))
                .hasMessageStartingWith("unknown scope 'jazz'").hasMessageContaining("music");
        assertThatThrownBy(() -> G.duties("culture-chief:gladsaxe")).hasMessageStartingWith("unknown actor 'culture-chief:gladsaxe'");
        assertThatThrownBy(() -> G.holders("king", Criteria.any())).hasMessageStartingWith("unknown post 'king'");
        assertThatThrownBy(() -> G.members("parliament", Criteria.any())).hasMessageStartingWith("unknown body 'parliament'");
        assertThatThrownBy(() -> G.reports("secretariat", Criteria.any().about("weather"))).hasMessageStartingWith("unknown subject 'weather'");
    }

    @Test
    void should_give_every_row_a_clause_with_a_quote() {
        List<Row<Duty>> rows = G.duties("kmk").rows();

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.clause().quote()).isNotBlank());
    }

    @Test
    void should_answer_the_same_from_many_threads_at_once() throws Exception {
        List<String> expected = G.duties("secretariat").map(Duty::rule);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<List<String>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> G.duties("secretariat").map(Duty::rule)));
            }
            for (java.util.concurrent.Future<List<String>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_suggest_the_nearest_ids_instead_of_a_long_list_and_list_a_short_one_whole() {
        assertThatThrownBy(() -> G.who("approve", "anual-plan"))
                .isInstanceOf(UnknownTermException.class)
                .hasMessageMatching("unknown matter 'anual-plan'; the nearest accepted: annual-plan, [a-z-]+, [a-z-]+ \\(\\d+ in all\\)")
                .satisfies(e -> assertThat(((UnknownTermException) e).accepted()).hasSizeGreaterThan(UnknownTermException.LISTED));
        assertThatThrownBy(() -> G.members("parliament"))
                .hasMessage("unknown body 'parliament'; expected one of: administrative-board, kmk, kulturmetropolen, political-chairmanship, political-steering-group");
        assertThat(UnknownTermException.distance("aprove", "approve")).isEqualTo(1);
        assertThat(UnknownTermException.distance("apporve", "approve")).as("a swap of neighbours").isEqualTo(1);
        assertThat(UnknownTermException.distance("kmk", "")).isEqualTo(3);
    }
}
