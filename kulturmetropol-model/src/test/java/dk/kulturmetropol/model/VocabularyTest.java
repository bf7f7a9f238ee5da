package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void should_give_the_danish_label_of_a_plain_id() {
        assertThat(Vocabulary.danish("approve")).contains("godkende, vedtage");
        assertThat(Vocabulary.danish("realisation")).contains("indsatsområdets realisering");
    }

    @Test
    void should_prefer_the_role_label_for_an_id_that_is_also_a_body() {
        assertThat(Vocabulary.danish("kmk")).contains("Kulturmetropolens kulturchefer (KMK, administrativ følgegruppe)");
    }

    @Test
    void should_give_a_scoped_id_the_label_of_its_kind() {
        assertThat(Vocabulary.danish("agenda:kmk")).contains("dagsordener til møderne i");
        assertThat(Vocabulary.danish("home-municipality:music")).contains("hjemkommune");
    }

    @Test
    void should_give_no_label_to_an_id_outside_the_built_in_vocabulary() {
        assertThat(Vocabulary.danish("grow")).isEmpty();
        assertThat(Vocabulary.danish("grow:kmk")).isEmpty();
    }

    @Test
    void should_keep_the_vocabulary_in_the_order_given_and_unmodifiable() {
        assertThat(Vocabulary.ROLES.keySet()).startsWith("political-steering-group", "kmk", "political-chairmanship");
        assertThatThrownBy(() -> Vocabulary.ACTIONS.put("grow", "gro")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_keep_a_unit_apart_from_the_bodies_and_head_it_by_a_role() {
        assertThat(Vocabulary.UNITS).containsEntry("secretariat", "head-of-secretariat");
        Vocabulary.UNITS.forEach((unit, head) -> {
            assertThat(Vocabulary.ROLES).containsKeys(unit, head);
            assertThat(Vocabulary.BODIES).doesNotContainKey(unit);
        });
    }

    @Test
    void should_name_conditions_and_modalities_by_id_and_in_words() {
        assertThat(Condition.WITHIN_APPROVED_PLAN_AND_BUDGET.id()).isEqualTo("within-approved-plan-and-budget");
        assertThat(Condition.BETWEEN_MEETINGS.text()).isEqualTo("between meetings");
        assertThat(Condition.BETWEEN_MEETINGS).hasToString("between meetings");
        assertThat(Condition.AT_ANY_TIME.danish()).isEqualTo("til enhver tid");
        assertThat(Modality.SHOULD.id()).isEqualTo("should");
    }
}
