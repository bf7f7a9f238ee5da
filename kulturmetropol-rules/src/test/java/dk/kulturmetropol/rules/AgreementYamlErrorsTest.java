package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.ContentReference;
import org.junit.jupiter.api.Test;

/** How {@link AgreementYaml} words and places what it refuses: the line, the path and the value. */
class AgreementYamlErrorsTest {
    private static final String DEFAULT = AgreementYaml.defaultText();

    /** A parser error that says where it happened, or nothing ({@code line} below 1). */
    private static JsonProcessingException parseError(int line) {
        return new JsonParseException(null, "bad", new JsonLocation(ContentReference.unknown(), -1L, line, 1));
    }

    private static JsonProcessingException unplaced() {
        return new JsonParseException(null, "bad", (JsonLocation) null);
    }

    @Test
    void should_refuse_an_empty_vice_chair_naming_its_index_and_line() {
        // given: the second vice chair is empty, on line 34 of the default text
        String yaml = DEFAULT.replace("viceChairs: []", "viceChairs:\n  - roskilde\n  - ~\n");
        int line = (int) yaml.substring(0, yaml.indexOf("  - ~")).lines().count() + 1;

        // then
        assertThatThrownBy(() -> AgreementYaml.parse(yaml, "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line " + line + ": empty item 'viceChairs[1]'; expected a partner id");
        assertThat(line).isEqualTo(34);
    }

    @Test
    void should_refuse_an_empty_string_for_a_mapping_naming_the_keys_it_expects() {
        assertThatThrownBy(() -> AgreementYaml.parse("name: x\nperiod: \"\"\n", "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 2: 'period' is '', expected a mapping with the keys from, to");
    }

    @Test
    void should_refuse_an_impossible_date_naming_key_value_and_line() {
        assertThatThrownBy(() -> AgreementYaml.parse("name: x\nperiod:\n  from: 2021-13-45\n", "f.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 3: 'period.from': '2021-13-45' is an impossible date: there is no month 13; expected YYYY-MM-DD, the month from 01 to 12");
    }

    @Test
    void should_refuse_an_alias_naming_its_line_instead_of_reading_the_anchors_name() {
        // given a name written once with an anchor and used again through an alias
        String yaml = DEFAULT.replaceFirst("name: ([^\n]*)", "name: &n $1").replace("viceChairs: []", "viceChairs: [*n]");
        int line = (int) yaml.substring(0, yaml.indexOf("*n")).lines().count();

        // then it is refused at the alias's line, not read as a vice chair called 'n'
        assertThatThrownBy(() -> AgreementYaml.parse(yaml, "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line " + line + ": the alias '*n' is not read; expected the value itself "
                        + "(YAML anchors '&' and aliases '*' are not accepted)");
    }

    @Test
    void should_refuse_a_second_document_naming_the_line_where_it_starts() {
        String yaml = DEFAULT + "---\nname: another\n";
        int line = (int) DEFAULT.lines().count() + 2;

        assertThatThrownBy(() -> AgreementYaml.parse(yaml, "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line " + line + ": a second YAML document (after '---'); expected one document in a file");
    }

    @Test
    void should_refuse_a_date_time_or_a_list_where_a_date_is_asked_naming_key_value_and_line() {
        assertThatThrownBy(() -> AgreementYaml.parse("name: x\nperiod:\n  from: 2023-01-01T15:45\n", "f.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 3: 'period.from': '2023-01-01T15:45' is a date and a time: expected a date alone, YYYY-MM-DD, e.g. 2023-01-01");
        assertThatThrownBy(() -> AgreementYaml.parse("name: x\nperiod:\n  from: 2021-01-01\n  to: [2024, 12, 31]\n", "f.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 4: 'period.to': '[2024,12,31]' is not a date: expected YYYY-MM-DD, e.g. 2022-06-01");
    }

    @Test
    void should_refuse_a_date_written_as_a_huge_number_naming_line_2() {
        assertThatThrownBy(() -> AgreementYaml.parse("name: x\nperiod: {from: 99999999999999999}\n", "f.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 2: 'period.from': '99999999999999999' is not a date: expected YYYY-MM-DD, e.g. 2022-06-01");
    }

    @Test
    void should_refuse_a_file_that_is_a_list_naming_the_line_where_it_starts() {
        assertThatThrownBy(() -> AgreementYaml.parse("# an agreement\n- a\n- b\n", "f.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 2: '' has the wrong shape: expected a mapping with the keys name, period, partners, "
                        + "focusAreas, chair, secretariat, viceChairs");
        assertThatThrownBy(() -> AgreementYaml.parse("- a\n", "g.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("g.yaml line 1: '' has the wrong shape");
    }

    @Test
    void should_refuse_a_duplicate_nested_key_as_malformed_naming_line_4() {
        assertThatThrownBy(() -> AgreementYaml.parse("name: x\nperiod:\n  from: 2021-01-01\n  from: 2021-01-02\n", "f.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.yaml line 4: malformed YAML: Duplicate field 'from'");
    }

    @Test
    void should_name_the_line_the_parser_gives_when_it_gives_one() {
        assertThat(AgreementYaml.whereMalformed("f.yaml", parseError(7), "a: b\n")).isEqualTo("f.yaml line 7: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", parseError(1), "a: b\n")).isEqualTo("f.yaml line 1: ");
    }

    @Test
    void should_name_no_line_when_the_parser_gives_line_0_and_nothing_nests_too_deep() {
        assertThat(AgreementYaml.whereMalformed("f.yaml", parseError(0), "a: b\nc: d\n")).isEqualTo("f.yaml: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", parseError(-1), "a: b\n")).isEqualTo("f.yaml: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), "")).isEqualTo("f.yaml: ");
    }

    @Test
    void should_name_the_line_where_brackets_first_nest_deeper_than_1000_levels() {
        String text = "a: b\nc: d\n";

        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), text + "x: " + "[".repeat(1001) + "\n")).isEqualTo("f.yaml line 3: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), text + "x: " + "{".repeat(1001) + "\n")).isEqualTo("f.yaml line 3: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), "[".repeat(600) + "\n" + "{".repeat(401) + "\n"))
                .isEqualTo("f.yaml line 2: ");
    }

    @Test
    void should_name_no_line_for_exactly_1000_levels_of_brackets() {
        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), "x: " + "[".repeat(1000) + "\n")).isEqualTo("f.yaml: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), "x: " + "{".repeat(1000) + "\ny: z\n")).isEqualTo("f.yaml: ");
    }

    @Test
    void should_count_closing_brackets_and_no_other_characters_as_nesting() {
        // closed as deep as they are opened: never more than 600 levels at once
        String squares = ("[".repeat(600) + "]".repeat(600)).repeat(2);
        String curlies = ("{".repeat(600) + "}".repeat(600)).repeat(2);
        // long lines of other characters (and not indented: the line's length is no indent)
        String letters = "x".repeat(1500) + "\n" + "y: " + "z".repeat(1800);

        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), squares)).isEqualTo("f.yaml: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), curlies)).isEqualTo("f.yaml: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), letters)).isEqualTo("f.yaml: ");
    }

    @Test
    void should_name_the_line_indented_by_more_than_2000_spaces_and_not_one_of_2000() {
        String at2000 = "a: b\n" + " ".repeat(2000) + "c\n";
        String at2001 = "a: b\nc: d\n" + " ".repeat(2001) + "e\n";

        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), at2000)).isEqualTo("f.yaml: ");
        assertThat(AgreementYaml.whereMalformed("f.yaml", unplaced(), at2001)).isEqualTo("f.yaml line 3: ");
    }

    @Test
    void should_word_a_message_the_parser_did_not_give_as_not_readable() {
        assertThat(AgreementYaml.summary(null)).isEqualTo("not readable");
    }

    @Test
    void should_call_a_value_of_no_known_type_another_value() {
        assertThat(AgreementYaml.shape(null)).isEqualTo("another value");
        assertThat(AgreementYaml.shape(LocalDate.class)).isEqualTo("a date YYYY-MM-DD");
        assertThat(AgreementYaml.shape(List.class)).isEqualTo("a list");
        assertThat(AgreementYaml.shape(String.class)).isEqualTo("a single value");
    }

    @Test
    void should_give_the_default_agreement_text_with_its_comments() {
        assertThat(AgreementYaml.defaultText()).contains("viceChairs: []").contains("#");
        assertThat(AgreementYaml.kulturmetropolen().name()).isEqualTo("Kulturmetropolen 2021-2024");
    }

    @Test
    void should_refuse_a_date_written_as_a_number_naming_its_line_instead_of_counting_days() {
        String yaml = DEFAULT.replaceFirst("from: 2021-01-01", "from: 20210101");
        int line = yaml.substring(0, yaml.indexOf("from: 20210101")).split("\n", -1).length;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgreementYaml.parse(yaml, "numbers.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("numbers.yaml line " + line + ": 'period.from': '20210101' is not a date: expected YYYY-MM-DD, e.g. 2022-06-01");
    }
}
