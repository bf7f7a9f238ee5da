package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's Java for an agreement that changes during its period is this example's code, and it answers so. */
class AgreementChangesExampleTest {

    @Test
    void should_answer_gladsaxe_for_literature_and_herlev_for_music_from_their_days_on() {
        assertThat(AgreementChangesExample.run()).containsExactly(
                "home-municipality:literature 2022-06-01: []",
                "home-municipality:literature 2023-06-01: [gladsaxe]",
                "home-municipality:music 2022-06-30: [roskilde]",
                "home-municipality:music 2022-07-01: [herlev]",
                "shown: gladsaxe, herlev");
    }

    @Test
    void should_keep_the_readme_snippet_identical_to_the_example() throws IOException {
        String example = Files.readString(Path.of("src/main/java/dk/kulturmetropol/examples/AgreementChangesExample.java"), StandardCharsets.UTF_8);
        String snippet = EmbeddingExampleTest.between(example, "// README:agreement-changes:start\n", "// README:agreement-changes:end").stripIndent();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(snippet);
    }
}
