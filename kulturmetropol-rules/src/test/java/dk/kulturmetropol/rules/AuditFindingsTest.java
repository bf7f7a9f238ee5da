package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Modality;
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
            assertThat(r.fact().actor().id()).isEqualTo("political-steering-group");
            assertThat(r.fact().jointlyWith()).extracting(ActorRef::id).containsExactly("kmk");
            assertThat(r.fact().modality()).isEqualTo(Modality.MUST);
            assertThat(r.clause().id()).isEqualTo("psg.tasks-4");
        });
        assertThat(cooperate.unspecified()).isEmpty();
    }

    @Test
    void should_name_the_home_municipalitys_culture_chief_answering_to_kmk_home_tasks_5() {
        Answer<Duty> answer = G.who("answer-for", "home-municipality-duties", Criteria.any().scope("music"));

        assertThat(answer.rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor().id()).isEqualTo("culture-chief:roskilde");
            assertThat(r.fact().recipients()).extracting(ActorRef::id).containsExactly("kmk");
            assertThat(r.fact().modality()).isEqualTo(Modality.MUST);
            assertThat(r.clause().id()).isEqualTo("home.tasks-5");
            assertThat(r.reading()).hasValueSatisfying(t -> assertThat(t).contains("culture chief"));
        });
        assertThat(G.who("answer-for", "home-municipality-duties", Criteria.any().scope("youth")).facts())
                .extracting(d -> d.actor().id()).containsExactly("culture-chief:albertslund");
    }

    @Test
    void should_keep_kmks_overall_responsibility_apart_from_the_home_municipalitys_and_the_chiefs_kmk_tasks_4() {
        Criteria music = Criteria.any().scope("music");

        assertThat(G.who("oversee", "focus-area", music).rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor().id()).isEqualTo("kmk");
            assertThat(r.clause().id()).isEqualTo("kmk.tasks-4");
        });
        assertThat(G.who("ensure", "focus-area", music).facts()).extracting(d -> d.actor().id())
                .containsExactlyInAnyOrder("home-municipality:music", "project-chief:music");
    }
}
