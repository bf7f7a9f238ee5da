package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that would act on its reader (a terminal escape, a carriage return, a bidirectional override) is refused where
 * an agreement or a pack brings it, naming the file, the line and the value written escaped.
 */
class ActingTextTest {
    private static final String PACK = "source: S\nduties:\n  - clause: t.x\n    quote: Q.\n    for: the-agreement\n    actor: kmk\n"
            + "    action: publish\n    matter: programme\n";

    @TempDir
    Path dir;

    @Test
    void should_refuse_an_escaped_terminal_escape_in_an_agreement_name_naming_line_key_and_value() {
        String yaml = AgreementYaml.defaultText().replace("name: Ishøj Kommune", "name: \"Ishøj\\e[2J\\e[31mKommune\"");

        assertThatThrownBy(() -> AgreementYaml.parse(yaml, "a.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("a.yaml line " + lineOf(yaml, "Ishøj\\e") + ": 'partners[5].name' holds the control character U+001B in "
                        + "'Ishøj\\u001B[2J\\u001B[31mKommune'; expected text without control characters")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
    }

    @Test
    void should_refuse_a_raw_escape_and_a_carriage_return_in_an_agreement_naming_the_line() {
        String raw = AgreementYaml.defaultText().replace("name: Ishøj Kommune", "name: Ishøj\u001b]0;pwned\u0007 Kommune");
        String cr = AgreementYaml.defaultText().replace("name: Ishøj Kommune", "name: \"Ishøj Kommune\\rRoskilde\"");

        assertThatThrownBy(() -> AgreementYaml.parse(raw, "a.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("a.yaml line " + lineOf(raw, "Ishøj\u001b") + ": the line holds the control character U+001B in ")
                .hasMessageContaining("Ishøj\\u001B]0;pwned\\u0007 Kommune");
        assertThatThrownBy(() -> AgreementYaml.parse(cr, "a.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("'partners[5].name' holds the control character U+000D in 'Ishøj Kommune\\u000DRoskilde'");
        assertThat(AgreementYaml.parse(AgreementYaml.defaultText().replace("\n", "\r\n"), "crlf.yaml").partners())
                .as("a file with CRLF line ends is read").hasSize(9);
    }

    @Test
    void should_refuse_acting_text_in_a_data_pack_label_quote_and_sentence() {
        assertThatThrownBy(() -> DataPackYaml.parse(PACK + "labels:\n  en:\n    matter.programme: \"\\e[8mhidden\"\n", "p.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("p.yaml line 11: 'labels.en.matter.programme' holds the control character U+001B in '\\u001B[8mhidden'");
        assertThatThrownBy(() -> DataPackYaml.parse(PACK.replace("quote: Q.", "quote: \"KMK \\u202Eeveorppa\""), "p.yaml"))
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("p.yaml line 4: 'duties[0].quote' holds the bidirectional control U+202E in 'KMK \\u202Eeveorppa'");
        assertThatThrownBy(() -> DataPackYaml.parse(PACK + "    sentence: { da: \"x\\x9b2J\", en: y }\n", "p.yaml"))
                .isInstanceOf(RulePackException.class).hasMessageContaining("U+009B");
        assertThat(DataPackYaml.parse(PACK.replace("quote: Q.", "quote: \"Q\\twith a tab\""), "p.yaml").duties())
                .as("a tab is text").hasSize(1);
    }

    @Test
    void should_refuse_acting_text_a_drl_pack_declares_or_builds_naming_file_rule_and_line() throws IOException {
        Path quoted = Files.writeString(dir.resolve("quoted.drl"), drl("@quote(\"KMK \u001b[2J approves\")", "$v"));
        Path built = Files.writeString(dir.resolve("built.drl"), drl("@quote(\"KMK approves\")",
                "new Validity($v.from(), $v.to(), \"the period\" + (char) 27 + \"[2J\")"));

        assertThatThrownBy(() -> Governance.builder().rulePack(quoted).build()).isInstanceOf(RulePackException.class)
                .hasMessage(quoted + ":6: rule 'approves': @quote holds the control character U+001B in 'KMK \\u001B[2J approves'; "
                        + "expected text without control characters (terminal escapes and the like; tab and line feed are allowed)");
        assertThatThrownBy(() -> Governance.builder().rulePack(built).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(built + ":6: rule 'approves' derived a Duty whose validity.basis holds the control character U+001B in ")
                .hasMessageContaining("the period\\u001B[2J");
    }

    @Test
    void should_write_any_refusal_with_its_acting_characters_escaped() {
        assertThatThrownBy(() -> MeetingLog.parse("body,date\nk\u001b[2Jmk,2022-01-01\n", "m.csv", Governance.kulturmetropolen().accepted("body")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("unknown body 'k\\u001B[2Jmk'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
    }

    private static String drl(String quote, String validity) {
        return "package p;\n\nimport dk.kulturmetropol.model.*;\nimport dk.kulturmetropol.rules.pack.Derive;\n\n"
                + "rule \"approves\"\n    @source(\"S\")\n    @clause(\"p.approves\")\n    " + quote + "\nwhen\n    AgreementPeriod($v : validity)\nthen\n"
                + "    insert(Derive.must(\"kmk\", \"approve\", \"programme\", " + validity + "));\nend\n";
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
