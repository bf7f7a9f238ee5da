package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The findings of the audit of issue 16, item 2, asked at the command line as the audit asked them. */
class AuditFindingsCliTest {

    @Test
    void should_answer_who_cooperates_on_awareness_with_the_steering_group_and_kmk() {
        CliRunner r = CliRunner.run("who", "cooperate", "awareness-outside-agreement");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Who must cooperate awareness-outside-agreement?")
                .contains("\n  political-steering-group (").contains(" must cooperate awareness-outside-agreement jointly with kmk (")
                .contains("psg.tasks-4 (Kulturmetropolens politiske styregruppe): \"Derudover skal");
    }

    @Test
    void should_answer_who_answers_for_the_home_municipalitys_duties_with_its_culture_chief_and_kmk() {
        CliRunner r = CliRunner.run("who", "answer-for", "home-municipality-duties", "--scope", "music");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\n  culture-chief:roskilde must answer-for home-municipality-duties for music to kmk (")
                .contains("home.tasks-5 (Hjemkommune): \"Det er hjemkommunens repræsentant i blandt KMK");
    }

    @Test
    void should_answer_who_oversees_a_focus_area_with_kmk_alone() {
        assertThat(CliRunner.run("who", "oversee", "focus-area", "--scope", "music", "--lang", "da").out())
                .contains("KMK har det overordnede ansvar for Musikindsatsen.")
                .doesNotContain("Hjemkommunen");
    }
}
