package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import org.junit.jupiter.api.Test;

/**
 * Every fact the shipped rules state for the shipped agreement, one line per fact with its rule and its sentence in
 * Danish and in English, compared with the committed golden file: a change to a rule or a sentence shows as a diff in
 * review. After an intended change, regenerate the file with {@link #UPDATE} and read the diff before committing it.
 */
class GoldenSentencesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/sentences.txt");
    static final String UPDATE = "mvn -B -q -o test -pl kulturmetropol-rules -am -Dtest=GoldenSentencesTest "
            + "-Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false";

    /** The golden text: a heading, then {@code rule | Danish | English} per fact, in the snapshot's order. */
    static String render(Governance g) {
        Sentences da = Sentences.of(g.labels(Language.DA));
        Sentences en = Sentences.of(g.labels(Language.EN));
        List<String> lines = new ArrayList<>();
        lines.add("# Every fact the shipped rules state for the shipped agreement: rule | Danish | English.");
        lines.add("# Generated; regenerate with: " + UPDATE);
        for (Derived fact : g.allFacts()) {
            lines.add(fact.rule() + " | " + da.of(fact) + " | " + en.of(fact));
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void should_render_every_fact_as_the_golden_file_has_it() throws IOException {
        // given the shipped governance
        String now = render(Governance.kulturmetropolen());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, now, StandardCharsets.UTF_8);
        }

        // when the golden file is read
        String golden = Files.exists(GOLDEN) ? Files.readString(GOLDEN, StandardCharsets.UTF_8) : "";

        // then every fact reads as it does there
        assertThat(now).as("the sentences of every fact differ from %s (kulturmetropol-rules/%s); if the change is "
                + "intended, regenerate it from the repository root with:%n  %s%nand read the diff before committing it",
                GOLDEN.getFileName(), GOLDEN, UPDATE).isEqualTo(golden);
    }

    @Test
    void should_give_one_line_per_fact_with_its_rule() {
        // given the shipped governance
        Governance g = Governance.kulturmetropolen();

        // when it is rendered
        List<String> lines = render(g).lines().filter(l -> !l.startsWith("#")).toList();

        // then there is a line per fact, each starting with its rule and with a sentence in each language
        assertThat(lines).hasSize(g.allFacts().size()).allSatisfy(l -> assertThat(l.split(" \\| ")).hasSize(3));
        assertThat(lines.get(0)).startsWith(g.allFacts().get(0).rule() + " | ");
    }
}
