package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine stays behind one seam: only the internal package imports it; the API and the pack helpers do not. */
class EngineSeamTest {

    @Test
    void should_import_the_rule_engine_only_in_the_internal_package() throws IOException {
        Path sources = Path.of("src/main/java/dk/kulturmetropol/rules");
        assertThat(sources).as("run from the module directory, as Maven does").isDirectory();
        List<String> outside;
        List<String> inside;
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> importing = files.filter(f -> f.toString().endsWith(".java")).filter(EngineSeamTest::importsKie).toList();
            outside = importing.stream().filter(f -> !f.getParent().endsWith("internal")).map(Path::toString).toList();
            inside = importing.stream().filter(f -> f.getParent().endsWith("internal")).map(f -> f.getFileName().toString()).toList();
        }

        assertThat(outside).isEmpty();
        assertThat(inside).containsExactlyInAnyOrder("DerivedFacts.java", "Engine.java", "KieBases.java", "Precompiled.java");
    }

    private static boolean importsKie(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import org.kie") || l.startsWith("import org.drools"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
