package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's extension sections, followed as written. */
class ReadmeTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    }

    @TempDir
    Path dir;

    @Test
    void should_seat_the_partner_added_as_the_readme_says() throws IOException {
        String line = EmbeddingExampleTest.between(readme(), "```yaml\n", "```").stripTrailing();
        Path agreement = dir.resolve("my-agreement.yaml");
        String exported = CliRunner.run("export-config").out();
        Files.writeString(agreement, exported.replace("partners:\n", "partners:\n" + line.replaceFirst("^ +", "  ") + "\n"));

        assertThat(CliRunner.run("members", "kmk", "--as-of", "2023-06-01", "--config", agreement.toString()).out())
                .contains("culture-chief:gladsaxe");
        assertThat(CliRunner.run("duties", "partner-municipality:gladsaxe", "--as-of", "2022-06-01", "--config", agreement.toString()).out())
                .contains("Note: nothing applies on 2022-06-01");
    }

    @Test
    void should_answer_from_the_readme_rule_pack() throws IOException {
        Path pack = Files.writeString(dir.resolve("my-pack.drl"), EmbeddingExampleTest.between(readme(), "```drl\n", "```"));

        CliRunner r = CliRunner.run("who", "publish", "cultural-programme", "--scope", "koege", "--rules", pack.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("partner-municipality:koege (koege) must publish cultural-programme for koege, due each --02-01 (first 2021-02-01)")
                .contains("\"Each partner publishes its cultural programme by 1 February.\"");
        // its own sentences (@da, @en), placeholders filled
        assertThat(CliRunner.run("who", "publish", "cultural-programme", "--scope", "koege", "--rules", pack.toString(), "--lang", "da").out())
                .contains("Køge Kommune offentliggør sit kulturprogram hvert år senest den 1. februar, første gang 1. februar 2021.");
        assertThat(CliRunner.run("who", "publish", "cultural-programme", "--scope", "koege", "--rules", pack.toString(), "--lang", "en").out())
                .contains("Køge Kommune publishes its cultural programme each year by 1 February, first 1 February 2021.");
    }

    @Test
    void should_answer_in_the_readme_data_pack_entry_own_sentence() throws IOException {
        String readme = readme();
        String yaml = EmbeddingExampleTest.between(readme.substring(readme.indexOf("Save this as `my-pack.yaml`")), "```yaml\n", "```")
                + EmbeddingExampleTest.between(readme.substring(readme.indexOf("An entry may give its own sentence")), "```yaml\n", "```");
        Path pack = Files.writeString(dir.resolve("my-pack.yaml"), yaml);

        CliRunner da = CliRunner.run("who", "publish", "cultural-programme", "--scope", "koege", "--rules", pack.toString(), "--lang", "da");
        CliRunner en = CliRunner.run("who", "publish", "cultural-programme", "--scope", "koege", "--rules", pack.toString(), "--lang", "en");

        assertThat(da.out()).contains("Køge Kommune offentliggør sit kulturprogram og sender det til KMK, hvert år senest den 1. februar, "
                + "første gang 1. februar 2021.");
        assertThat(en.out()).contains("Køge Kommune publishes its cultural programme and sends it to KMK, each year by 1 February, "
                + "first 1 February 2021.");
    }

    @Test
    void should_answer_from_the_readme_data_pack() throws IOException {
        String readme = readme();
        String yaml = EmbeddingExampleTest.between(readme.substring(readme.indexOf("Save this as `my-pack.yaml`")), "```yaml\n", "```");
        Path pack = Files.writeString(dir.resolve("my-pack.yaml"), yaml);

        CliRunner r = CliRunner.run("who", "publish", "cultural-programme", "--scope", "koege", "--rules", pack.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("partner-municipality:koege (koege) must publish cultural-programme for koege to kmk")
                .contains("due each --02-01 (first 2021-02-01)")
                .contains("gladsaxe.programme (Gladsaxe's accession letter (my-pack.yaml)): \"Each partner publishes its cultural programme by 1 February.\"");
    }

    @Test
    void should_refuse_the_readmes_bad_data_pack_line_as_it_says() throws IOException {
        String readme = readme();
        String yaml = EmbeddingExampleTest.between(readme.substring(readme.indexOf("Save this as `my-pack.yaml`")), "```yaml\n", "```");
        Path pack = Files.writeString(dir.resolve("my-pack.yaml"), yaml.replace("due: \"--02-01\"", "due: \"1 February\""));

        CliRunner r = CliRunner.run("who", "publish", "cultural-programme", "--rules", pack.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("kulturmetropol: " + pack + " line 11: due is '1 February', expected a date YYYY-MM-DD"
                + " or a yearly month-day --MM-DD (quoted in YAML)");
    }
}
