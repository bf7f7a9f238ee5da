package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opentest4j.AssertionFailedError;

// README:downstream-test:start
import static dk.kulturmetropol.rules.verify.MandateVerifier.on;

import dk.kulturmetropol.rules.verify.MandateVerifier;
import org.junit.jupiter.api.Test;

/** What our application relies on: who approves, hires and reports, pinned to the kommissorium. */
class DownstreamMandatesTest {
    private final MandateVerifier verify = MandateVerifier.kulturmetropolen();

    @Test
    void kmk_approves_each_annual_plan_and_the_home_municipality_hires_the_project_chief() {
        verify.must("kmk", "approve", "annual-plan", on("2022-06-01").scope("music"))
              .must("home-municipality:music", "hire", "project-chief", on("2022-06-01").scope("music"))
              .reportsTo("project-chief:music", "municipal-chief:roskilde", on("2022-06-01").about("employment"))
              .namesNoOne("appoint", "vice-chair")
              .noDuty("secretariat", "approve", "annual-plan");
    }
// README:downstream-test:end

    @Test
    void should_fail_as_the_readme_shows_when_an_expectation_is_wrong() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String shown = EmbeddingExampleTest.between(readme, "<!-- verifier-failure:start -->\n```\n", "```\n<!-- verifier-failure:end -->");

        assertThatThrownBy(() -> verify.must("secretariat", "approve", "annual-plan", on("2022-06-01").scope("music")))
                .isInstanceOf(AssertionFailedError.class)
                .satisfies(e -> assertThat(AssertionFailedError.class.getName() + ": " + e.getMessage() + "\n").isEqualTo(shown));
    }

    @Test
    void should_keep_the_readme_test_identical_to_this_one() throws IOException {
        String test = Files.readString(Path.of("src/test/java/dk/kulturmetropol/examples/DownstreamMandatesTest.java"), StandardCharsets.UTF_8);
        String snippet = EmbeddingExampleTest.between(test, "// README:downstream-test:start\n", "// README:downstream-test:end");
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(snippet + "}\n");
    }
}
