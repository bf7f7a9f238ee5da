package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** orgchart: the README's Mermaid block is what the command prints; DOT has the same edges. */
class OrgChartCliTest {

    @Test
    void should_print_the_mermaid_chart_the_readme_shows() throws IOException {
        CliRunner r = CliRunner.run("orgchart");
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(EmbeddingExampleTest.between(readme, "```mermaid\n", "```")).isEqualTo(r.out());
    }

    @Test
    void should_draw_seats_posts_and_lines_with_their_subjects() {
        String mermaid = CliRunner.run("orgchart").out();

        assertThat(mermaid).startsWith("flowchart LR\n")
                .contains("  culture_chief -->|sits in| kmk\n")
                .contains("  culture_committee_chair -->|holds| political_chair\n")
                .contains("  project_chief -->|reports to: employment| municipal_chief\n")
                .contains("  political_substitute -.->|may sit in| political_steering_group\n")
                .doesNotContain("koege", "music");
    }

    @Test
    void should_write_the_same_edges_as_dot() {
        String mermaid = CliRunner.run("orgchart").out();
        String dot = CliRunner.run("orgchart", "--format", "dot").out();

        assertThat(dot).startsWith("digraph kulturmetropolen {\n").endsWith("}\n")
                .contains("  \"culture-chief\" -> \"kmk\" [label=\"sits in\"];\n")
                .contains("  \"political-substitute\" -> \"political-steering-group\" [label=\"may sit in\", style=dashed];\n");
        assertThat(dot.lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(mermaid.lines().filter(l -> l.contains("->")).count());
    }
}
