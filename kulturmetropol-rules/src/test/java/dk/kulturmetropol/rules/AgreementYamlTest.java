package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.Partner;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading agreements from YAML, and every refusal naming what is wrong and where. */
class AgreementYamlTest {

    static final String DEFAULT = AgreementYaml.defaultText();

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("agreement.yaml"), yaml);
    }

    @Test
    void should_read_the_shipped_default_with_the_public_facts() {
        Agreement a = AgreementYaml.kulturmetropolen();

        assertThat(a.name()).isEqualTo("Kulturmetropolen 2021-2024");
        assertThat(a.partnerIds()).containsExactly(
                "albertslund", "furesoe", "halsnaes", "helsingoer", "herlev", "ishoej", "koege", "roskilde", "roedovre");
        assertThat(a.focusAreas()).extracting(FocusArea::id, f -> f.homes().get(0).municipality()).containsExactly(
                Tuple.tuple("culture-and-health", "ishoej"), Tuple.tuple("music", "roskilde"), Tuple.tuple("youth", "albertslund"));
        assertThat(a.chair().municipality()).isEqualTo("ishoej");
        assertThat(a.chair().term()).hasToString("2021-01-01..2024-12-31");
        assertThat(a.secretariatHost()).isEqualTo("ishoej");
        assertThat(a.viceChairs()).isEmpty();
    }

    @Test
    void should_read_back_what_it_writes() {
        Agreement a = AgreementYaml.kulturmetropolen();

        assertThat(AgreementYaml.parse(AgreementYaml.write(a), "written")).isEqualTo(a);
    }

    @Test
    void should_keep_a_name_with_a_line_separator_when_writing_and_reading_back_and_refuse_a_next_line_character() {
        Agreement a = AgreementYaml.kulturmetropolen();
        List<Partner> partners = new java.util.ArrayList<>(a.partners());
        partners.set(0, new Partner("albertslund", "A\u2029B\u2028C", null, null));
        Agreement odd = new Agreement(a.name(), a.from(), a.to(), partners, a.focusAreas(), a.chair(), a.secretariatHost(), a.viceChairs());
        partners.set(0, new Partner("albertslund", "A\u0085B", null, null));
        Agreement control = new Agreement(a.name(), a.from(), a.to(), partners, a.focusAreas(), a.chair(), a.secretariatHost(), a.viceChairs());

        assertThat(AgreementYaml.parse(AgreementYaml.write(odd), "written")).isEqualTo(odd);
        assertThat(AgreementYaml.write(a)).doesNotContain("\"Albertslund Kommune\"");
        assertThatThrownBy(() -> AgreementYaml.parse(AgreementYaml.write(control), "written")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("holds the control character U+0085").hasMessageContaining("A\\u0085B");
    }

    @Test
    void should_write_a_name_a_yaml_reader_would_take_for_a_number_null_or_yes_quoted_and_read_it_back_as_written() {
        Agreement a = AgreementYaml.kulturmetropolen();
        for (String name : List.of(".inf", "-.INF", ".NaN", "null", "~", "yes", "Off", "0x1F", "1e3", "12:30", "+1")) {
            Agreement named = new Agreement(name, a.from(), a.to(), a.partners(), a.focusAreas(), a.chair(), a.secretariatHost(), a.viceChairs());

            String written = AgreementYaml.write(named);

            assertThat(written).as(name).containsPattern("(?m)^name: (\"" + java.util.regex.Pattern.quote(name) + "\"|'"
                    + java.util.regex.Pattern.quote(name) + "')$");
            assertThat(AgreementYaml.parse(written, "written").name()).as(name).isEqualTo(name);
        }
        for (String plain : List.of("Kulturmetropolen 2021-2024", "2021-01-01", "Ishøj Kommune")) {
            Agreement named = new Agreement(plain, a.from(), a.to(), a.partners(), a.focusAreas(), a.chair(), a.secretariatHost(), a.viceChairs());
            assertThat(AgreementYaml.write(named)).as("quoted only where it must be").containsPattern("(?m)^name: " + java.util.regex.Pattern.quote(plain) + "$");
            assertThat(AgreementYaml.parse(AgreementYaml.write(named), "written").name()).isEqualTo(plain);
        }
        assertThat(AgreementYaml.write(a)).as("dates stay plain").contains("from: 2021-01-01").doesNotContain("'2021-01-01'");
    }

    @Test
    void should_read_joined_and_left_dates() throws IOException {
        Agreement a = AgreementYaml.read(file(DEFAULT.replace("{ id: roedovre, name: Rødovre Kommune }",
                "{ id: roedovre, name: Rødovre Kommune, left: 2022-12-31 }\n  - { id: gladsaxe, name: Gladsaxe Kommune, joined: 2023-01-01 }")));

        assertThat(a.partners()).filteredOn(p -> p.id().equals("gladsaxe")).singleElement()
                .satisfies(p -> assertThat(p.joined()).hasToString("2023-01-01"));
        assertThat(a.partners()).filteredOn(p -> p.id().equals("roedovre")).singleElement()
                .satisfies(p -> assertThat(p.left()).hasToString("2022-12-31"));
    }

    @Test
    void should_refuse_a_home_municipality_that_is_not_a_partner() throws IOException {
        Path f = file(DEFAULT.replace("home: roskilde", "home: gladsaxe"));

        assertThatThrownBy(() -> AgreementYaml.read(f)).isInstanceOf(InvalidConfigException.class)
                .hasMessage(f + " line " + lineOf(f, "home: gladsaxe") + ": focus area 'music': home municipality 'gladsaxe' is not a partner; partners are: "
                        + "albertslund, furesoe, halsnaes, helsingoer, herlev, ishoej, koege, roskilde, roedovre");
    }

    @Test
    void should_refuse_a_chair_municipality_that_is_not_a_partner() throws IOException {
        Path f = file(DEFAULT.replace("  municipality: ishoej", "  municipality: gladsaxe"));

        assertThatThrownBy(() -> AgreementYaml.read(f))
                .hasMessageStartingWith(f + " line " + lineOf(f, "municipality: gladsaxe") + ": chair municipality 'gladsaxe' is not a partner");
    }

    @Test
    void should_refuse_a_duplicate_id() throws IOException {
        Path f = file(DEFAULT.replace("{ id: furesoe,", "{ id: roskilde,"));

        assertThatThrownBy(() -> AgreementYaml.read(f))
                .hasMessage(f + " line " + lineOf(f, "{ id: roskilde, name: Roskilde") + ": duplicate partner id 'roskilde': each partner is listed once");
    }

    @Test
    void should_refuse_a_date_outside_the_period() throws IOException {
        Path f = file(DEFAULT.replace("{ id: koege, name: Køge Kommune }", "{ id: koege, name: Køge Kommune, joined: 2025-02-01 }"));

        assertThatThrownBy(() -> AgreementYaml.read(f))
                .hasMessage(f + " line " + lineOf(f, "joined: 2025-02-01") + ": partner 'koege' joins 2025-02-01, outside the agreement period 2021-01-01..2024-12-31");
    }

    @Test
    void should_refuse_joined_after_left() throws IOException {
        Path f = file(DEFAULT.replace("{ id: koege, name: Køge Kommune }",
                "{ id: koege, name: Køge Kommune, joined: 2023-01-01, left: 2022-01-01 }"));

        assertThatThrownBy(() -> AgreementYaml.read(f))
                .hasMessage(f + " line " + lineOf(f, "left: 2022-01-01") + ": partner 'koege' leaves 2022-01-01, before it joins 2023-01-01");
    }

    @Test
    void should_refuse_an_unknown_key_naming_it_and_its_line() throws IOException {
        Path f = file(DEFAULT.replace("secretariat:\n  host: ishoej", "secretariat:\n  host: ishoej\n  hots: ishoej"));

        assertThatThrownBy(() -> AgreementYaml.read(f))
                .hasMessage(f + " line " + lineOf(f, "  hots: ishoej") + ": unknown key 'secretariat.hots'; expected one of: host");
    }

    @Test
    void should_refuse_malformed_yaml_with_its_line() throws IOException {
        Path f = file("name: x\npartners:\n  - { id: a, name: b\n  - { id: c }\n");

        assertThatThrownBy(() -> AgreementYaml.read(f)).isInstanceOf(InvalidConfigException.class)
                .hasMessageMatching("\\Q" + f + "\\E line [34]: malformed YAML: .*");
    }

    @Test
    void should_refuse_a_value_of_the_wrong_shape_naming_the_expected_keys() throws IOException {
        Path f = file(DEFAULT.replace("period:\n  from: 2021-01-01\n  to: 2024-12-31", "period: [2021-01-01, 2024-12-31]"));

        assertThatThrownBy(() -> AgreementYaml.read(f))
                .hasMessageMatching("\\Q" + f + "\\E line \\d+: 'period' has the wrong shape: expected a mapping with the keys from, to");
    }

    @Test
    void should_refuse_a_date_that_is_not_a_date() throws IOException {
        Path f = file(DEFAULT.replace("  to: 2024-12-31\n# A partner", "  to: 2024-13-31\n# A partner"));

        assertThatThrownBy(() -> AgreementYaml.read(f))
                .hasMessageMatching("\\Q" + f + "\\E line \\d+: 'period.to': '2024-13-31' is an impossible date: there is no month 13; expected YYYY-MM-DD, the month from 01 to 12");
    }

    @Test
    void should_refuse_a_missing_key() throws IOException {
        Path f = file(DEFAULT.replace("secretariat:\n  host: ishoej\n", ""));

        assertThatThrownBy(() -> AgreementYaml.read(f)).hasMessage(f + ": missing key 'secretariat'");
    }

    @Test
    void should_name_the_line_of_an_unknown_key_early_in_a_long_file() throws IOException {
        Path f = file(DEFAULT.replace("period:\n  from:", "period:\n  form:"));

        assertThatThrownBy(() -> AgreementYaml.read(f))
                .hasMessageStartingWith(f + " line " + lineOf(f, "  form:") + ": unknown key 'period.form'");
        assertThat(lineOf(f, "  form:")).isLessThan(10);
    }

    @Test
    void should_name_the_line_of_a_role_holder_that_leaves() throws IOException {
        Path f = file(DEFAULT.replace("{ id: albertslund, name: Albertslund Kommune }",
                "{ id: albertslund, name: Albertslund Kommune, left: 2022-12-31 }"));

        assertThatThrownBy(() -> AgreementYaml.read(f)).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith(f + " line " + lineOf(f, "home: albertslund")
                        + ": focus area 'youth': home municipality 'albertslund' leaves 2022-12-31, before the agreement period ends");
    }

    /** The 1-based line of the first line of {@code file} containing {@code fragment}. */
    private static int lineOf(Path file, String fragment) throws IOException {
        java.util.List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }

    @Test
    void should_call_an_empty_file_or_one_of_comments_an_empty_config() {
        assertThatThrownBy(() -> AgreementYaml.parse("", "empty.yaml")).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("empty.yaml: empty config; expected the keys");
        assertThatThrownBy(() -> AgreementYaml.parse("# only a comment\n\n", "comments.yaml"))
                .hasMessageStartingWith("comments.yaml: empty config; expected the keys");
    }

    @Test
    void should_refuse_a_file_that_does_not_exist_naming_its_path() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> AgreementYaml.read(missing)).isInstanceOf(InvalidConfigException.class)
                .hasMessage("config file '" + missing + "' does not exist");
    }
}
