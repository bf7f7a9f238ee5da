package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Sentences;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, chairs.who-3: "Ishøj Kommune er valgt for perioden 1.1.2021 til 31.12.2024" is a completed election that
 * fixes a term, not a duty to elect: its row says so by its modality ({@link Modality#STATED}), not {@code must}.
 */
class StatedFactTest {

    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_give_the_completed_election_the_modality_of_a_stated_fact_not_of_a_duty() {
        Answer<Duty> elect = G.who("elect", "chair-municipality");

        assertThat(elect.unspecified()).singleElement().satisfies(r -> {
            assertThat(r.fact().modality()).isEqualTo(Modality.STATED);
            assertThat(r.fact().modality().id()).isEqualTo("stated");
            assertThat(r.fact().scope()).isEqualTo("ishoej");
            assertThat(r.clause().id()).isEqualTo("chairs.who-3");
        });
        assertThat(elect.rows()).isEmpty();
    }

    @Test
    void should_say_in_english_that_the_municipality_has_been_elected_and_not_by_whom() {
        Duty elected = G.who("elect", "chair-municipality").unspecified().get(0).fact();

        assertThat(Sentences.of(G.labels(Language.EN)).of(elected))
                .isEqualTo("Ishøj Kommune has been elected for the period from 1 January 2021 to 31 December 2024; the text does not say by whom.");
    }

    @Test
    void should_leave_every_duty_of_the_text_must_should_or_may_and_warn_of_the_stated_fact_nowhere() {
        assertThat(G.validate()).noneSatisfy(f -> assertThat(f.clauses()).extracting(Clause::id).contains("chairs.who-3"));
        // the only fact stated as done is chairs.who-3's
        assertThat(G.duties("kmk").facts()).noneMatch(d -> d.modality() == Modality.STATED);
        assertThat(G.who("appoint", "vice-chair").unspecified()).allSatisfy(r -> assertThat(r.fact().modality()).isEqualTo(Modality.MUST));
    }
}
