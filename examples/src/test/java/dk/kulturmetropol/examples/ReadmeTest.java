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
                .contains("Køge Kommune offentliggør sit kulturprogram hvert år senest den 1. februar, første gang den 1. februar 2021.");
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
                + "første gang den 1. februar 2021.");
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

    /** The README's DRL pack with the label declaration the README adds to it. */
    private String labelledDrlPack() throws IOException {
        String readme = readme();
        String declaration = readme.substring(readme.indexOf("A DRL pack labels the ids it brings"));
        return EmbeddingExampleTest.between(readme, "```drl\n", "```") + EmbeddingExampleTest.between(declaration, "```drl\n", "```");
    }

    @Test
    void should_list_the_label_a_drl_pack_declares_as_the_readme_says() throws IOException {
        // given the README's DRL pack with its label declaration added
        Path pack = Files.writeString(dir.resolve("my-pack.drl"), labelledDrlPack());

        // when the matters are listed
        CliRunner r = CliRunner.run("vocabulary", "matter", "--rules", pack.toString());

        // then its matter has the Danish and English label it declares
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("cultural-programme +kulturprogram +cultural programme +gladsaxe\\.programme"));
    }

    @Test
    void should_refuse_the_readmes_bad_label_declaration_at_its_line_as_it_says() throws IOException {
        // given the README's labelled DRL pack with a form misspelt
        Path pack = Files.writeString(dir.resolve("my-pack.drl"), labelledDrlPack().replace("@da_the(", "@da_thee("));

        CliRunner r = CliRunner.run("vocabulary", "matter", "--rules", pack.toString());

        assertThat(r.exit()).isEqualTo(2);
        String readme = readme();
        String said = readme.substring(readme.indexOf("(`my-pack.drl:22: declare") + 2, readme.indexOf(" ...`), and so are an id"))
                .replaceAll("\\s+", " ");
        assertThat(said).startsWith("my-pack.drl:22: declare 'CulturalProgramme': @da_thee is not a label's;");
        assertThat(r.err()).startsWith("kulturmetropol: " + dir.resolve(said)).doesNotContain("\tat ");
    }

    @Test
    void should_answer_the_shipped_ministry_pack_in_danish_as_the_readme_says() throws IOException {
        String readme = readme();
        String command = EmbeddingExampleTest.between(readme.substring(readme.indexOf("The shipped pack `examples/packs/ministry-reporting.drl`")),
                "```\n", "```").strip();
        String answer = EmbeddingExampleTest.between(readme.substring(readme.indexOf(command)), "answers `", "`").replaceAll("\\s+", " ");
        assertThat(command).isEqualTo("java -jar examples/target/kulturmetropol.jar who submit annual-status --rules examples/packs/ministry-reporting.drl --lang da");

        CliRunner r = CliRunner.run("who", "submit", "annual-status", "--rules", "packs/ministry-reporting.drl", "--lang", "da");

        String source = " (fristen følger af Slots- og Kulturstyrelsens regler, ansvaret af kommissoriets afsnit om sekretariatet).\n";
        assertThat(r.out()).contains("  " + answer + "\n").contains("senest den 15. september 2023" + source)
                .contains("senest den 15. september 2024" + source).contains("senest den 15. september 2025" + source);
        assertThat(CliRunner.run("validate", "--rules", "packs/ministry-reporting.drl").out()).doesNotContain("unknown-actor");
    }
}
