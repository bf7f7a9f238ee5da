package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that would cost time or memory without bound is refused before it does (issue 19): nesting deeper than 50
 * levels, a line over 10,000 characters, and a file that is not a regular file or is over 1,000,000 bytes, each
 * named with its file, where known its line, its size and the limit. The command-line figures (a 1 MB pack nested 200
 * deep refused within 5 s at -Xmx512m) are measured with the jar, not here.
 */
class RunawayInputTest {
    private static final String ENTRY = "  - clause: t.x\n    quote: Q.\n    for: the-agreement\n    actor: kmk\n"
            + "    action: publish\n    matter: programme\n";

    /** A data pack of about 1 MB: entries whose {@code quote} is a list nested {@code depth} deep, from line 3 on. */
    private static String nested(int depth) {
        String entry = "  - clause: t.x\n    quote: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        return "source: S\nduties:\n" + entry.repeat(990_000 / entry.length());
    }

    @Test
    void should_refuse_a_data_pack_of_1_MB_nested_200_deep_at_its_first_line_that_nests_too_deep() {
        String yaml = nested(200);
        assertThat(yaml.length()).isBetween(900_000, AgreementYaml.MAX_CHARS);

        assertThatThrownBy(() -> DataPackYaml.parse(yaml, "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 4: malformed YAML: lists and maps nested deeper than the 50 levels a file may have");
    }

    @Test
    void should_read_50_levels_of_nesting_and_refuse_51() {
        // 50: quote, within the entry, within duties, within the document: 47 brackets; it is read, and its shape refused
        assertThatThrownBy(() -> DataPackYaml.parse("source: S\nduties:\n  - clause: t.x\n    quote: " + "[".repeat(47)
                + "]".repeat(47) + "\n", "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessageNotContaining("nested").hasMessageContaining("'duties[0].quote' has the wrong shape");
        assertThatThrownBy(() -> DataPackYaml.parse("source: S\nduties:\n  - clause: t.x\n    quote: " + "[".repeat(48)
                + "]".repeat(48) + "\n", "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 4: malformed YAML: lists and maps nested deeper than the 50 levels a file may have");
    }

    @Test
    void should_refuse_an_agreement_nested_200_deep_naming_the_line() {
        String yaml = AgreementYaml.defaultText() + "viceChairs2: " + "[".repeat(200) + "]".repeat(200) + "\n";
        int line = (int) AgreementYaml.defaultText().lines().count() + 1;

        assertThatThrownBy(() -> AgreementYaml.parse(yaml, "a.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("a.yaml line " + line + ": malformed YAML: lists and maps nested deeper than the 50 levels a file may have");
    }

    @Test
    void should_refuse_a_line_over_10000_characters_before_the_yaml_scanner_spends_its_square_on_it() {
        String pack = "source: S\nduties:\n" + ENTRY + "# " + "x".repeat(AgreementYaml.MAX_LINE - 2) + "\n";
        assertThat(DataPackYaml.parse(pack, "p.yaml").duties()).hasSize(1);

        String longLine = "source: S\r\nduties:\r\n  - clause: t.x\r\n    quote: " + "x".repeat(990_000) + "\r\n";
        assertThatThrownBy(() -> DataPackYaml.parse(longLine, "p.yaml")).isInstanceOf(RulePackException.class)
                .hasMessage("p.yaml line 4: the line has 990011 characters; a line of a data pack is at most 10000");
        assertThatThrownBy(() -> AgreementYaml.parse("name: " + "x".repeat(10_001), "a.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("a.yaml line 1: the line has 10007 characters; a line of an agreement is at most 10000");
    }

    @Test
    void should_refuse_a_file_over_1000000_bytes_naming_the_file_its_size_and_the_limit(@TempDir Path dir) throws IOException {
        Path pack = Files.writeString(dir.resolve("big.yaml"), ("#" + "x".repeat(98) + "\n").repeat(10_000) + "#");
        Path agreement = Files.writeString(dir.resolve("big-agreement.yaml"), Files.readString(pack));
        Path log = Files.writeString(dir.resolve("meetings.csv"), "body,date\n" + "kmk,2022-02-10\n".repeat(70_000));

        assertThatThrownBy(() -> DataPackYaml.read(pack)).isInstanceOf(RulePackException.class)
                .hasMessage("cannot read rule pack file '" + pack + "': the file has 1000001 bytes; a file read here is at most 1000000 bytes");
        assertThatThrownBy(() -> AgreementYaml.read(agreement)).isInstanceOf(InvalidConfigException.class)
                .hasMessage("cannot read config file '" + agreement + "': the file has 1000001 bytes; a file read here is at most 1000000 bytes");
        assertThatThrownBy(() -> MeetingLog.read(log, Set.of("kmk"))).isInstanceOf(InvalidConfigException.class)
                .hasMessage("cannot read meeting record '" + log + "': the file has 1050010 bytes; a file read here is at most 1000000 bytes");
    }

    @Test
    void should_refuse_a_device_or_a_directory_without_reading_it() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");

        assertThatThrownBy(() -> DataPackYaml.read(zero)).isInstanceOf(RulePackException.class)
                .hasMessage("cannot read rule pack file '/dev/zero': it is not a regular file (a device, pipe or socket); expected a file");
        assertThatThrownBy(() -> MeetingLog.read(zero, Set.of("kmk"))).isInstanceOf(InvalidConfigException.class)
                .hasMessage("cannot read meeting record '/dev/zero': it is not a regular file (a device, pipe or socket); expected a file");
        assertThatThrownBy(() -> AgreementYaml.read(Path.of("/"))).isInstanceOf(InvalidConfigException.class)
                .hasMessage("config file '/' is a directory; expected an agreement YAML file, e.g. my-agreement.yaml");
    }
}
