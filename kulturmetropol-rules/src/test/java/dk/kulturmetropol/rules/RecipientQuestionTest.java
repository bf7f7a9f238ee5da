package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kulturmetropol.model.Duty;
import org.junit.jupiter.api.Test;

/**
 * A question whose matter is the one the action is done to (chairs.tasks-4: "Den politiske formand har desuden et ansvar
 * for at orientere og inddrage næstformændene i det løbende arbejde"), asked in ids or in the text's words.
 */
class RecipientQuestionTest {
    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_find_who_informs_the_vice_chairs_by_their_place_among_the_recipients() {
        Answer<Duty> to = G.whoTo("inform", "vice-chair", Criteria.any());

        assertThat(to.facts()).singleElement().satisfies(d -> {
            assertThat(d.actor()).isEqualTo("political-chair");
            assertThat(d.matter()).isEqualTo("ongoing-work");
            assertThat(d.recipients()).containsExactly("vice-chair");
        });
        assertThat(to.rows().get(0).clause().id()).isEqualTo("chairs.tasks-4");
        // near misses: the plain question still has no duty about the vice-chairs; an action none does to them finds none
        assertThat(G.who("inform", "vice-chair").isEmpty()).isTrue();
        assertThat(G.whoTo("approve", "vice-chair", Criteria.any()).isEmpty()).isTrue();
        assertThat(G.whoTo("inform", "kmk", Criteria.any()).isEmpty()).isTrue();
    }

    @Test
    void should_take_the_question_in_the_texts_words() {
        assertThat(G.whoTo("orientere", "næstformændene", Criteria.any()).map(Duty::actor)).containsExactly("political-chair");
        // near miss: the receiving side is another action, which no rule has the vice-chairs take
        assertThat(G.whoTo("orienteres", "næstformændene", Criteria.any()).isEmpty()).isTrue();
    }
}
