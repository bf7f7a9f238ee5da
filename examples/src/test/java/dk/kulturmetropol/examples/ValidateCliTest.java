package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kulturmetropol.rules.AgreementYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate: exit 0 with warnings only, 1 with an error; text and JSON. */
class ValidateCliTest {
    @TempDir
    Path dir;

    @Test
    void should_pass_the_shipped_agreement_with_warnings_of_what_the_text_leaves_open() {
        CliRunner r = CliRunner.run("validate");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Checks of the mandate set: 0 errors, ")
                .contains("warning unnamed-bearer: the text states a duty to appoint vice-chair but names no one to bear it")
                .contains("vice.who-1 (Næstformænd): \"Der udpeges to politiske næstformænd");
    }

    @Test
    void should_exit_1_on_an_error_and_write_findings_as_json() throws IOException {
        Path config = dir.resolve("short-term.yaml");
        Files.writeString(config, AgreementYaml.defaultText().replace("  to: 2024-12-31\nsecretariat", "  to: 2022-12-31\nsecretariat"));

        CliRunner r = CliRunner.run("validate", "--config", config.toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode first = new ObjectMapper().readTree(r.out()).get("findings").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("severity", "code", "message", "actors", "matters", "clauses");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("clauses").get(0).fieldNames()).toIterable().containsExactly("id", "section", "quote");
    }

    @Test
    void should_check_only_the_day_asked_about() throws IOException {
        Path config = dir.resolve("short-term.yaml");
        Files.writeString(config, AgreementYaml.defaultText().replace("  to: 2024-12-31\nsecretariat", "  to: 2022-12-31\nsecretariat"));

        assertThat(CliRunner.run("validate", "--config", config.toString(), "--as-of", "2022-06-01").exit()).isZero();
        assertThat(CliRunner.run("validate", "--config", config.toString(), "--as-of", "2023-06-01").exit()).isEqualTo(1);
    }
}
