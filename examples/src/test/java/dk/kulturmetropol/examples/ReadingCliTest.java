package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The text read right, as a user sees it at the command line; and the README's sample answer is what the command prints. */
class ReadingCliTest {

    @Test
    void should_print_the_readmes_sample_answer_exactly() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String sample = EmbeddingExampleTest.between(readme.substring(readme.indexOf("A sample answer:")), "```\n", "```");

        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "music").out()).isEqualTo(sample);
    }

    @Test
    void should_head_a_may_answer_with_may() {
        assertThat(CliRunner.run("who", "decide-on-behalf", "kmk").out())
                .startsWith("Who may decide-on-behalf kmk?")
                .contains("administrative-chair (culture-chief:ishoej) may decide-on-behalf kmk, between meetings");
        assertThat(CliRunner.run("who", "lead", "focus-area", "--scope", "music").out()).startsWith("Who must or may lead focus-area for music?");
    }

    @Test
    void should_show_the_secretariats_host_as_a_host() {
        CliRunner r = CliRunner.run("who", "hire", "project-chief", "--scope", "music");

        assertThat(r.out()).contains("  secretariat must hire project-chief for music jointly with home-municipality:music (roskilde)")
                .contains("secretariat is placed in ishoej: its host, not the bearer of its duties")
                .doesNotContain("secretariat (ishoej)");
        assertThat(CliRunner.run("where", "secretariat").out()).contains("secretariat is placed in ishoej");
    }

    @Test
    void should_mark_seats_and_readings() {
        assertThat(CliRunner.run("duties", "culture-committee-chair:koege", "--as-of", "2022-06-01").out())
                .contains("through: sits in political-steering-group (psg.who)")
                .contains("reading: the sentence states the steering group's standing");
        assertThat(CliRunner.run("duties", "culture-chief:roskilde").out())
                .contains("through: answers to kmk for home-municipality:music (home.tasks-5)");
    }

    @Test
    void should_resolve_recipients_and_take_a_date_in_reports() {
        assertThat(CliRunner.run("reports", "project-chief:youth", "--about", "realisation", "--as-of", "2022-06-01").out())
                .contains("jointly with home-municipality:youth (albertslund)");
        assertThat(CliRunner.run("reports", "head-of-secretariat", "--about", "accounts").out())
                .contains("head-of-secretariat answers to administrative-chair (culture-chief:ishoej) (no subject named: every subject)");
        assertThat(CliRunner.run("reports", "project-chief:youth", "--as-of", "2025-01-01").out()).contains("Note: nothing applies on 2025-01-01");
    }

    @Test
    void should_say_the_holder_comes_from_the_agreement_file() {
        assertThat(CliRunner.run("holder", "political-chair", "--config", "configs/kulturmetropolen-2025-2028.yaml").out())
                .contains("culture-committee-chair:roskilde holds political-chair")
                .contains("holder named by the agreement, not by the sentence")
                .contains("Ishøj Kommunes kulturudvalgsformand er formand");
    }

    @Test
    void should_refuse_the_chair_municipality_as_vice_chair(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path config = dir.resolve("vice.yaml");
        Files.writeString(config, CliRunner.run("export-config").out().replace("viceChairs: []", "viceChairs: [ishoej, koege]"));

        CliRunner r = CliRunner.run("holder", "vice-chair", "--config", config.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("vice-chair municipality 'ishoej' is the chair municipality").doesNotContain("Exception");
    }

    @Test
    void should_refuse_the_readmes_config_mistake_as_it_says(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String claimed = readme.substring(readme.indexOf("`my-agreement.yaml line"), readme.indexOf("partners are: ...`"))
                .replace("`my-agreement.yaml", "");
        Path config = Files.writeString(dir.resolve("my-agreement.yaml"),
                CliRunner.run("export-config").out().replace("home: roskilde", "home: gladsaxe"));

        CliRunner r = CliRunner.run("members", "kmk", "--config", config.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("kulturmetropol: " + config + claimed);
    }

    @Test
    void should_locate_the_readmes_pack_mistake_at_its_line(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String pack = EmbeddingExampleTest.between(readme, "```drl\n", "```").replace(".inScope($m)", ".inScop($m)");
        Path file = Files.writeString(dir.resolve("my-pack.drl"), pack);

        CliRunner r = CliRunner.run("who", "publish", "cultural-programme", "--rules", file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(readme).contains("my-pack.drl:17: in the consequence of rule 'partner-publishes-programme': The method\ninScop(String)");
        assertThat(r.err().strip()).isEqualTo("kulturmetropol: rules do not compile: " + file
                + ":17: in the consequence of rule 'partner-publishes-programme': The method inScop(String) is undefined for the type Duty");
    }
}
