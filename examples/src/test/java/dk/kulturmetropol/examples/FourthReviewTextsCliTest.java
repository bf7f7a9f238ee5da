package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fourth Danish review's findings on the texts of who and reports (issue 16), from the command line. */
class FourthReviewTextsCliTest {

    @Test
    void should_ask_who_informs_the_steering_group_in_danish_once_and_say_what_comes_nearest_a11_b3() {
        // psg.tasks-3: "Den politiske styregruppe skal løbende orienteres om fremdriften ..." names no one who informs it
        String da = CliRunner.run("who", "inform", "political-steering-group", "--lang", "da").out();
        assertThat(da).startsWith("Hvem skal orientere Kulturmetropolens politiske styregruppe?\n\n"
                + "Teksten fastsætter opgaven, men nævner ikke, hvem der har den:\n\n")
                .doesNotContain("orientere om Kulturmetropolens", "modtagere her");
        // the nearest the text comes, as a reading that names no one as the one who informs
        assertThat(da).contains("    fortolkning: nærmest kommer sekretariatets ansvar for afrapportering på den samlede kulturmetropol til"
                + " styregruppen og den politiske formands rolle som mellemled mellem det politiske og det administrative niveau; teksten"
                + " siger ikke, at nogen af dem orienterer styregruppen om fremdriften\n");
        assertThat(da.lines().filter(l -> l.endsWith(":") && !l.startsWith(" "))).hasSize(1);
        assertThat(CliRunner.run("who", "inform", "political-steering-group", "--lang", "en").out())
                .startsWith("Who must keep the political steering group informed?\n\n");
        // near miss: who is informed of the progress is still the steering group's own duty, with no reading
        assertThat(CliRunner.run("duties", "political-steering-group", "--lang", "da").out())
                .contains("Den politiske styregruppe skal løbende orienteres om fremdriften i").doesNotContain("nærmest kommer");
    }
}
