package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Condition;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.Seat;
import org.junit.jupiter.api.Test;

/**
 * The findings of the audit of issue 16, item 2, one test (or more) per finding, asked through the public API: each
 * failed before its fix.
 */
class AuditFindingsTest {

    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_name_the_steering_group_cooperating_with_kmk_on_awareness_psg_tasks_4() {
        Answer<Duty> cooperate = G.who("cooperate", "awareness-outside-agreement");

        assertThat(cooperate.rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor()).isEqualTo("political-steering-group");
            assertThat(r.fact().jointlyWith()).containsExactly("kmk");
            assertThat(r.fact().modality()).isEqualTo(Modality.MUST);
            assertThat(r.clause().id()).isEqualTo("psg.tasks-4");
        });
        assertThat(cooperate.unspecified()).isEmpty();
    }

    @Test
    void should_name_the_home_municipalitys_culture_chief_answering_to_kmk_home_tasks_5() {
        Answer<Duty> answer = G.who("answer-for", "home-municipality-duties", Criteria.any().scope("music"));

        assertThat(answer.rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor()).isEqualTo("culture-chief:roskilde");
            assertThat(r.fact().recipients()).containsExactly("kmk");
            assertThat(r.fact().modality()).isEqualTo(Modality.MUST);
            assertThat(r.clause().id()).isEqualTo("home.tasks-5");
            assertThat(r.reading()).hasValueSatisfying(t -> assertThat(t).contains("culture chief"));
        });
        assertThat(G.who("answer-for", "home-municipality-duties", Criteria.any().scope("youth")).facts())
                .extracting(d -> d.actor()).containsExactly("culture-chief:albertslund");
    }

    @Test
    void should_keep_kmks_overall_responsibility_apart_from_the_home_municipalitys_and_the_chiefs_kmk_tasks_4() {
        Criteria music = Criteria.any().scope("music");

        assertThat(G.who("oversee", "focus-area", music).rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor()).isEqualTo("kmk");
            assertThat(r.clause().id()).isEqualTo("kmk.tasks-4");
        });
        assertThat(G.who("ensure", "focus-area", music).facts()).extracting(d -> d.actor())
                .containsExactlyInAnyOrder("home-municipality:music", "project-chief:music");
    }

    @Test
    void should_say_the_text_names_the_chairs_and_the_homes_word_for_word_chairs_who_1_2_and_home_list() {
        for (String post : List.of("political-chair", "administrative-chair", "home-municipality:culture-and-health",
                "home-municipality:music", "home-municipality:youth")) {
            assertThat(G.holders(post).rows()).as(post).singleElement()
                    .satisfies(r -> assertThat(r.fact().namedByAgreement()).as(post + " named by the text").isFalse());
        }
    }

    @Test
    void should_say_an_agreement_file_names_a_chair_or_home_the_text_does_not() {
        Governance later = Governance.builder().config(Path.of("../examples/configs/kulturmetropolen-2025-2028.yaml")).build();

        Row<PostHolding> chair = later.holders("political-chair").rows().get(0);
        assertThat(chair.fact().holder()).isEqualTo("culture-committee-chair:roskilde");
        assertThat(chair.fact().namedByAgreement()).isTrue();
    }

    @Test
    void should_say_the_agreement_names_the_six_partners_the_text_never_names_one_by_one() {
        List<String> six = List.of("furesoe", "halsnaes", "helsingoer", "herlev", "koege", "roedovre");
        for (String body : List.of("kmk", "political-steering-group")) {
            List<Seat> seats = G.members(body).facts().stream().filter(s -> s.modality() == Modality.MUST).toList();
            assertThat(seats).as(body).hasSize(9);
            assertThat(seats).as(body).allSatisfy(s -> assertThat(s.namedByAgreement())
                    .as(s.member()).isEqualTo(six.stream().anyMatch(m -> s.member().endsWith(":" + m))));
        }
    }

    @Test
    void should_read_the_chair_municipalitys_election_as_done_and_warn_of_nothing_chairs_who_3() {
        assertThat(G.validate()).as("no finding rests on chairs.who-3")
                .noneSatisfy(f -> assertThat(f.clauses()).extracting(Clause::id).contains("chairs.who-3"));

        Answer<Duty> elect = G.who("elect", "chair-municipality");
        assertThat(elect.rows()).isEmpty();
        assertThat(elect.unspecified()).singleElement().satisfies(r -> {
            assertThat(r.fact().condition()).isEqualTo(Condition.ALREADY_DONE);
            assertThat(r.reading()).hasValueSatisfying(t -> assertThat(t).contains("completed election").contains("fixes its term"));
            assertThat(r.clause().id()).isEqualTo("chairs.who-3");
        });
        assertThat(G.validate()).as("the other duties whose sentence names no one are still found")
                .anySatisfy(f -> assertThat(f.clauses()).extracting(Clause::id).contains("vice.who-2"));
    }

    @Test
    void should_name_no_one_who_renders_the_final_accounts_and_answer_only_when_they_can_exist_home_tasks_3() {
        Answer<Duty> whole = G.who("submit", "final-accounts", Criteria.any().scope("music"));
        assertThat(whole.rows()).as("no bearer the text does not name").isEmpty();
        assertThat(whole.unspecified()).singleElement().satisfies(r -> {
            assertThat(r.reading()).hasValueSatisfying(t -> assertThat(t).contains("the task of assisting with the final accounts"));
            assertThat(r.fact().recipients()).containsExactly("secretariat");
            assertThat(r.clause().id()).isEqualTo("home.tasks-3");
        });

        Answer<Duty> midPeriod = G.who("submit", "final-accounts", Criteria.any().scope("music").asOf(LocalDate.of(2022, 6, 1)));
        assertThat(midPeriod.isEmpty()).isTrue();
        assertThat(midPeriod.why()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo(Why.Reason.OUTSIDE_TERM));
        assertThat(G.who("submit", "final-accounts", Criteria.any().scope("music").asOf(LocalDate.of(2024, 12, 31))).isEmpty())
                .as("not before the focus area has ended").isTrue();
        assertThat(G.who("submit", "final-accounts", Criteria.any().scope("music").asOf(LocalDate.of(2025, 1, 1))).unspecified())
                .hasSize(1);
    }

    @Test
    void should_answer_who_sits_on_the_board_with_kmk_it_is_drawn_from_though_it_names_no_one_board_who_1() {
        Answer<Seat> members = G.members("administrative-board");

        assertThat(members.rows()).isEmpty();
        assertThat(members.unspecified()).singleElement().satisfies(r -> {
            assertThat(r.fact().member()).isNull();
            assertThat(r.fact().drawnFrom()).isEqualTo("kmk");
            assertThat(r.resolved("kmk")).hasSize(9).contains("culture-chief:ishoej");
            assertThat(r.clause().id()).isEqualTo("board.who-1");
        });
    }

    @Test
    void should_answer_no_with_the_reason_when_a_vice_chair_asks_to_decide_for_the_steering_group() {
        Decision no = G.mayDecide("vice-chair", "political-steering-group", LocalDate.of(2022, 6, 1), List.of());

        assertThat(no.answer()).isFalse();
        assertThat(no.reason()).contains("does not give vice-chair authority to make decisions on political-steering-group's behalf")
                .contains("political-chair has that authority");
        assertThat(no.clause().id()).isEqualTo("chairs.tasks-3");
    }

    @Test
    void should_set_no_ceiling_where_the_text_says_at_least() {
        for (int held = 1; held <= 6; held++) {
            List<Meeting> log = new java.util.ArrayList<>();
            for (int i = 0; i < held; i++) {
                log.add(new Meeting("administrative-board", LocalDate.of(2022, 1, 3).plusWeeks(i)));
            }
            assertThat(G.meetings(log, LocalDate.of(2023, 1, 1))).as(held + " meetings in a quarter")
                    .filteredOn(f -> f.body().equals("administrative-board") && f.period().equals("2022-Q1"))
                    .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(MeetingFinding.Status.OK));
        }
        assertThat(dk.kulturmetropol.model.Sentences.english().phrase("meetings.status.above"))
                .doesNotContain("allows");
    }
}
