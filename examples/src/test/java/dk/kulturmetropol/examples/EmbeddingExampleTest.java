package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's Java snippet is this example's code, and it answers. */
class EmbeddingExampleTest {

    @Test
    void should_answer_kmk_from_the_readme_snippet() {
        assertThat(EmbeddingExample.run().fact().actor()).isEqualTo("kmk");
    }

    @Test
    void should_keep_the_readme_snippet_identical_to_the_example() throws IOException {
        String example = Files.readString(Path.of("src/main/java/dk/kulturmetropol/examples/EmbeddingExample.java"), StandardCharsets.UTF_8);
        String snippet = between(example, "// README:java-api:start\n", "// README:java-api:end").stripIndent();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(snippet);
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
