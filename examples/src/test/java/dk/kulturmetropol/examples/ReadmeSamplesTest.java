package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every README sample marked {@code <!-- sample: ARGS -->} is what the command line prints for ARGS, word for word; every
 * refusal marked {@code <!-- refusal: ARGS -->} is the line it prints to standard error, with exit code 2; every excerpt
 * marked {@code <!-- excerpt: ARGS -->} is a run of lines of what it prints, in one piece.
 * ARGS are split at spaces; words in double quotes stay one argument. A path under {@code examples/}, as the README writes
 * it from the repository's root, is read from there (the test runs in the examples module).
 */
class ReadmeSamplesTest {
    private static final Pattern SAMPLE = Pattern.compile("<!-- sample: (.+?) -->\\n```\\n(.*?)```", Pattern.DOTALL);

    /** A sample: the arguments as written, and the output the README shows. */
    record Sample(String args, String shown) {
        @Override
        public String toString() {
            return args;
        }
    }

    static Stream<Sample> samples() throws IOException {
        return marked(SAMPLE);
    }

    /** Every block of the README that {@code marker} finds: its arguments (group 1) and what it shows (group 2). */
    private static Stream<Sample> marked(Pattern marker) throws IOException {
        Matcher m = marker.matcher(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8));
        List<Sample> found = new ArrayList<>();
        while (m.find()) {
            found.add(new Sample(m.group(1), m.group(2)));
        }
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void should_print_what_the_readme_shows(Sample sample) {
        CliRunner r = CliRunner.run(split(sample.args()));

        assertThat(r.err()).isEmpty();
        assertThat(sample.shown()).isEqualTo(r.out());
    }

    /** An excerpt marked {@code <!-- excerpt: ARGS -->}: the arguments, and the lines the README shows of the output. */
    static Stream<Sample> excerpts() throws IOException {
        return marked(Pattern.compile("<!-- excerpt: (.+?) -->\\n```\\n(.*?)```", Pattern.DOTALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void should_print_the_lines_the_readme_shows_of_an_output_in_one_piece(Sample sample) {
        CliRunner r = CliRunner.run(split(sample.args()));

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(sample.shown());
    }

    /** A refusal marked {@code <!-- refusal: ARGS -->}: the arguments, and the line the README shows. */
    static Stream<Sample> refusals() throws IOException {
        return marked(Pattern.compile("<!-- refusal: (.+?) -->\\n```\\n(.*?)```", Pattern.DOTALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void should_refuse_as_the_readme_shows(Sample sample) {
        CliRunner r = CliRunner.run(split(sample.args()));

        assertThat(r.exit()).isEqualTo(KulturmetropolCli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(sample.shown()).isEqualTo(r.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void should_show_refusals_in_english_and_in_danish() throws IOException {
        assertThat(refusals().map(Sample::args)).contains("who aprove annual-plan", "duties partner:roskilde --lang da",
                "who approve annual-plan --as-of 2023-02-30 --lang da");
    }

    @Test
    void should_show_danish_input_reports_to_and_find() throws IOException {
        assertThat(samples().map(Sample::args)).contains("who ansætter projektchef --scope Musikindsatsen",
                "reports --to kmk --about realisation", "find samlede vision");
    }

    static String[] split(String args) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(args);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            words.add(word.startsWith("examples/") ? "../" + word : word);
        }
        return words.toArray(String[]::new);
    }
}
