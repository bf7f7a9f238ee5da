package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, chairs.who-3: the completed election of the chair municipality is printed as what the text states, done,
 * under a heading that says so, not as a duty whose bearer the text leaves open.
 */
class StatedFactCliTest {

    @Test
    void should_head_the_completed_election_as_done_not_as_a_duty_in_danish() {
        String out = CliRunner.run("who", "elect", "chair-municipality", "--lang", "da").out();

        assertThat(out).contains("\nTeksten siger, at det er sket, men ikke af hvem:\n\n  Ishøj Kommune er valgt for perioden fra 1. januar 2021 til 31. december 2024;")
                .doesNotContain("Teksten fastsætter opgaven");
    }

    @Test
    void should_say_in_english_that_ishoej_has_been_elected_and_the_text_does_not_say_by_whom() {
        assertThat(CliRunner.run("who", "elect", "chair-municipality", "--lang", "en").out())
                .contains("\nThe text says it has been done, but not by whom:\n\n  Ishøj Kommune has been elected for the period from 1 January 2021"
                        + " to 31 December 2024; the text does not say by whom.\n")
                .doesNotContain("states the duty");
        assertThat(CliRunner.run("who", "elect", "chair-municipality").out())
                .contains("\nThe text states this as done but not by whom:\n\n  (no one named) stated elect chair-municipality for ishoej")
                .doesNotContain("(no one named) must");
    }

    @Test
    void should_give_json_the_modality_stated_and_keep_validate_quiet() {
        assertThat(CliRunner.run("who", "elect", "chair-municipality", "--format", "json").out())
                .contains("\"modality\" : \"stated\"").doesNotContain("\"modality\" : \"must\"");
        assertThat(CliRunner.run("validate").out()).doesNotContain("chairs.who-3");
    }
}
