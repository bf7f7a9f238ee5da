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

/** diff: what changes when a partner joins, in one command; and nothing between equal sides. */
class DiffCliTest {
    @TempDir
    Path dir;

    private Path withGladsaxe() throws IOException {
        Path file = dir.resolve("with-gladsaxe.yaml");
        Files.writeString(file, AgreementYaml.defaultText().replace("partners:\n",
                "partners:\n  - { id: gladsaxe, name: Gladsaxe Kommune, joined: 2023-01-01 }\n"));
        return file;
    }

    @Test
    void should_list_what_a_joining_partner_adds() throws IOException {
        CliRunner r = CliRunner.run("diff", "--after", withGladsaxe().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("15 changes (+ added, - removed, ~ changed):")
                .contains("  + culture-chief:gladsaxe must sit in kmk, 2023-01-01..2024-12-31 (kmk.who)")
                .doesNotContain("  - ", "  ~ ");
    }

    @Test
    void should_list_the_same_as_removed_the_other_way_round_in_json() throws Exception {
        CliRunner r = CliRunner.run("diff", "--before", withGladsaxe().toString(), "--format", "json");

        JsonNode changes = new ObjectMapper().readTree(r.out()).get("changes");
        assertThat(changes).hasSize(15);
        assertThat(changes.get(0).fieldNames()).toIterable().containsExactly("change", "kind", "before", "after", "clauses");
        assertThat(changes.get(0).get("change").asText()).isEqualTo("removed");
        assertThat(changes.get(0).get("after").isNull()).isTrue();
        assertThat(changes.get(0).get("before").get("validFrom").asText()).isEqualTo("2023-01-01");
    }

    @Test
    void should_say_there_is_no_change_between_equal_sides() {
        CliRunner r = CliRunner.run("diff");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No changes: the rules state the same on both sides.\n");
    }
}
