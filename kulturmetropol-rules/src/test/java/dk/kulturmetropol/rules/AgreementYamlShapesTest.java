package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kulturmetropol.model.Agreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What {@link AgreementYaml} reads beyond the default, and how it words a value of the wrong shape or malformed YAML. */
class AgreementYamlShapesTest {
    private static final String DEFAULT = AgreementYaml.defaultText();

    @Test
    void should_read_the_vice_chairs_a_file_names() {
        // given
        String yaml = DEFAULT.replace("viceChairs: []", "viceChairs: [roskilde, koege]");

        // when
        Agreement agreement = AgreementYaml.parse(yaml, "vices.yaml");

        // then
        assertThat(agreement.viceChairs()).containsExactly("roskilde", "koege");
    }

    @Test
    void should_read_a_file_without_vice_chairs_as_naming_none() {
        // given
        String yaml = DEFAULT.replace("viceChairs: []", "");

        // when
        Agreement agreement = AgreementYaml.parse(yaml, "novices.yaml");

        // then
        assertThat(agreement.viceChairs()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "partners: 5|f.yaml line 1: 'partners' has the wrong shape: expected a list",
            "name: [a, b]|f.yaml line 1: 'name' has the wrong shape: expected a single value",
            "period: {from: [1]}|f.yaml line 1: 'period.from': '[1]' is not a date: expected YYYY-MM-DD, e.g. 2022-06-01",
            "period: 5|f.yaml line 1: 'period' has the wrong shape: expected a mapping with the keys from, to"})
    void should_say_what_shape_a_key_expects(String yaml, String message) {
        assertThatThrownBy(() -> AgreementYaml.parse(yaml, "f.yaml")).isInstanceOf(InvalidConfigException.class).hasMessage(message);
    }

    @Test
    void should_word_malformed_yaml_in_one_line_without_the_parsers_excerpt() {
        assertThatThrownBy(() -> AgreementYaml.parse("{name: x", "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 1: malformed YAML: while parsing a flow mapping; expected ',' or '}', but got <stream end>");
        assertThatThrownBy(() -> AgreementYaml.parse("name: x\n  bad: - y\n", "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 2: malformed YAML: mapping values are not allowed here");
    }

    @Test
    void should_refuse_an_empty_list_item_at_its_line_and_path() {
        // given
        String emptyPartner = DEFAULT.replace("partners:\n", "partners:\n  - ~\n");
        String emptyArea = DEFAULT.replace("focusAreas:\n", "focusAreas:\n  - ~\n");

        // then
        assertThatThrownBy(() -> AgreementYaml.parse(emptyPartner, "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("f.yaml line 10: ").hasMessageContaining("'partners[0]'");
        assertThatThrownBy(() -> AgreementYaml.parse(emptyArea, "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("f.yaml line 21: ").hasMessageContaining("'focusAreas[0]'");
    }

    @Test
    void should_refuse_a_file_longer_than_an_agreement_may_be_before_parsing_it() {
        // given
        String longest = ("#".repeat(999) + "\n").repeat(AgreementYaml.MAX_CHARS / 1000);
        String tooLong = longest + "#";

        // then
        assertThatThrownBy(() -> AgreementYaml.parse(tooLong, "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml: the file has 1000001 characters; an agreement is at most 1000000");
        assertThatThrownBy(() -> AgreementYaml.parse(longest, "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessageNotContaining("characters");
    }

    @Test
    void should_name_the_line_where_the_text_nests_too_deep() {
        // given
        String yaml = "name: x\nchair: ~\nperiod: " + "{a: ".repeat(1500) + "1" + "}".repeat(1500) + "\n";

        // then
        assertThatThrownBy(() -> AgreementYaml.parse(yaml, "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 3: malformed YAML: lists and maps nested deeper than the 50 levels a file may have");
    }
}
