package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.AgreementYaml;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extension stories from the command line (and the shipped pack from the API), as the README tells them. */
class ExtensionCliTest {
    private static final String PACK = "packs/ministry-reporting.drl";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void should_print_the_default_agreement_that_the_config_option_reads_back() throws IOException {
        CliRunner exported = CliRunner.run("export-config");
        Path copy = Files.writeString(dir.resolve("my-agreement.yaml"), exported.out());

        assertThat(exported.exit()).isZero();
        assertThat(exported.out()).startsWith("# The default agreement").contains("home: roskilde");
        assertThat(AgreementYaml.read(copy)).isEqualTo(AgreementYaml.kulturmetropolen());
        assertThat(CliRunner.run("export-config", "--config", copy.toString()).out()).contains("name: Kulturmetropolen 2021-2024");
    }

    @Test
    void should_refuse_a_pack_that_throws_an_error_with_exit_2_naming_file_rule_and_line_without_a_stack_trace() throws IOException {
        Path pack = Files.writeString(dir.resolve("error.drl"), "package p;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"throws-error\"\n    @clause(\"psg.who\")\nwhen\n    AgreementPeriod()\nthen\n"
                + "    throw new OutOfMemoryError(\"boom\");\nend\n");

        CliRunner r = CliRunner.run("who", "approve", "budget", "--rules", pack.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("kulturmetropol: " + pack + ":5: rule 'throws-error' failed in its consequence "
                + "(OutOfMemoryError): boom");
        assertThat(CliRunner.run("who", "approve", "budget", "--time-limit", "0").err())
                .isEqualTo("kulturmetropol: --time-limit is 0, expected a positive number of seconds\n");
    }

    @Test
    void should_seat_a_partner_that_joins_mid_period_from_the_day_it_joins() {
        String config = "configs/gladsaxe-joins-2023.yaml";

        assertThat(CliRunner.run("members", "kmk", "--as-of", "2023-01-01", "--config", config).out())
                .contains("culture-chief:gladsaxe is a member of kmk");
        assertThat(CliRunner.run("members", "kmk", "--as-of", "2022-12-31", "--config", config).out())
                .doesNotContain("gladsaxe");
        assertThat(CliRunner.run("duties", "partner-municipality:gladsaxe", "--as-of", "2023-06-01", "--config", config).out())
                .contains("partner-municipality:gladsaxe (gladsaxe) must engage cooperation for gladsaxe");
        assertThat(CliRunner.run("members", "political-steering-group", "--as-of", "2024-01-01", "--config", config).out())
                .contains("culture-committee-chair:gladsaxe is a member").contains("political-substitute:gladsaxe is a possible member");
    }

    @Test
    void should_drop_a_partner_that_leaves_from_the_day_after() {
        String config = "configs/roedovre-leaves-2022.yaml";

        assertThat(CliRunner.run("members", "kmk", "--as-of", "2022-12-31", "--config", config).out()).contains("culture-chief:roedovre");
        CliRunner after = CliRunner.run("duties", "partner-municipality:roedovre", "--as-of", "2023-06-01", "--config", config);
        assertThat(after.exit()).isZero();
        assertThat(after.out()).contains("Note: nothing applies on 2023-06-01: the membership of partner 'roedovre' (2021-01-01..2022-12-31) ended");
    }

    @Test
    void should_answer_for_a_new_period_with_roskilde_chairing() throws Exception {
        String config = "configs/kulturmetropolen-2025-2028.yaml";

        JsonNode chair = JSON.readTree(CliRunner.run("holder", "political-chair", "--as-of", "2026-03-01", "--config", config, "--format", "json").out());
        assertThat(chair.get("answers").get(0).get("actor").asText()).isEqualTo("culture-committee-chair:roskilde");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "youth", "--as-of", "2028-06-01", "--config", config).out())
                .contains("kmk").contains("valid 2025-01-01..2028-12-31");
        assertThat(CliRunner.run("holder", "political-chair", "--as-of", "2024-06-01", "--config", config).out())
                .contains("had not begun on 2024-06-01");
    }

    @Test
    void should_answer_the_ministry_deadlines_from_the_shipped_pack_at_the_command_line() throws Exception {
        JsonNode doc = JSON.readTree(CliRunner.run("who", "submit", "annual-status", "--rules", PACK, "--format", "json").out());

        assertThat(doc.get("answers")).hasSize(4);
        assertThat(doc.get("answers").findValues("due")).extracting(d -> d.get("date").asText())
                .containsExactly("2022-09-15", "2023-09-15", "2024-09-15", "2025-09-15");
        assertThat(doc.get("answers").get(0).get("recipients").get(0).asText()).isEqualTo("slots-og-kulturstyrelsen");
        assertThat(doc.get("answers").get(0).get("clause").get("source").asText()).startsWith("Slots- og Kulturstyrelsen");
        assertThat(CliRunner.run("who", "submit", "final-evaluation", "--rules", PACK).out()).contains("due 2024-03-01");
    }

    @Test
    void should_answer_the_ministry_deadlines_from_the_shipped_pack_in_the_api() {
        Governance g = Governance.builder().rulePackResource("dk/kulturmetropol/examples/packs/ministry-reporting.drl").build();

        Answer<Duty> answer = g.who("submit", "key-figures", Criteria.any().asOf(java.time.LocalDate.of(2023, 5, 1)));

        assertThat(answer.rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().due()).hasToString("2023-09-15");
            assertThat(r.fact().actor()).isEqualTo("secretariat");
            assertThat(r.clause().id()).isEqualTo("ministry.annual-report");
        });
        assertThat(g.who("submit", "final-evaluation", Criteria.any().asOf(java.time.LocalDate.of(2024, 3, 2))).note())
                .hasValueSatisfying(n -> assertThat(n).contains("ended before 2024-03-02"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "home: roskilde|home: gladsaxe|focus area 'music': home municipality 'gladsaxe' is not a partner; partners are: albertslund",
            "  municipality: ishoej|  municipality: gladsaxe|chair municipality 'gladsaxe' is not a partner",
            "{ id: furesoe,|{ id: roskilde,|duplicate partner id 'roskilde'",
            "{ id: koege, name: Køge Kommune }|{ id: koege, name: Køge Kommune, joined: 2025-02-01 }|partner 'koege' joins 2025-02-01, outside the agreement period",
            "{ id: koege, name: Køge Kommune }|{ id: koege, name: Køge Kommune, joined: 2023-01-01, left: 2022-01-01 }|partner 'koege' leaves 2022-01-01, before it joins 2023-01-01",
            "  host: ishoej|  host: ishoej\\n  hots: x|unknown key 'secretariat.hots'; expected one of: host",
            "name: Kulturmetropolen 2021-2024|name: 'unclosed|malformed YAML"})
    void should_refuse_a_bad_config_with_one_line(String from, String to, String message) throws IOException {
        Path config = Files.writeString(dir.resolve("bad.yaml"), AgreementYaml.defaultText().replace(from, to.replace("\\n", "\n")),
                StandardCharsets.UTF_8);

        CliRunner r = CliRunner.run("who", "approve", "annual-plan", "--config", config.toString()).refusedWith(message);

        assertThat(r.err()).startsWith("kulturmetropol: " + config);
    }

    @Test
    void should_refuse_a_data_pack_nested_200_deep_with_its_line_and_exit_2() throws IOException {
        Path pack = dir.resolve("deep.yaml");
        Files.writeString(pack, "source: S\nduties:\n" + ("  - quote: " + "[".repeat(200) + "]".repeat(200) + "\n").repeat(2_400));

        CliRunner.run("who", "approve", "annual-plan", "--rules", pack.toString())
                .refusedWith("deep.yaml line 3: malformed YAML: lists and maps nested deeper than the 50 levels a file may have");
    }

    @Test
    void should_refuse_a_missing_config_and_a_missing_pack_naming_the_path() {
        CliRunner config = CliRunner.run("members", "kmk", "--config", "no/such.yaml");
        CliRunner pack = CliRunner.run("members", "kmk", "--rules", "no/such.drl");

        assertThat(config.exit()).isEqualTo(KulturmetropolCli.BAD_INPUT);
        assertThat(config.err()).isEqualTo("kulturmetropol: config file 'no/such.yaml' does not exist" + System.lineSeparator());
        assertThat(pack.exit()).isEqualTo(KulturmetropolCli.BAD_INPUT);
        assertThat(pack.err()).isEqualTo("kulturmetropol: rule pack file 'no/such.drl' does not exist or is not a file" + System.lineSeparator());
    }

    @Test
    void should_refuse_a_pack_that_does_not_compile_naming_file_and_line() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.drl"),
                "package p;\nimport dk.kulturmetropol.model.*;\nrule \"r\" @clause(\"x\")\nwhen\n  AgreementPeriod($v : validity\nthen\nend\n");

        CliRunner r = CliRunner.run("who", "approve", "annual-plan", "--rules", broken.toString());

        assertThat(r.exit()).isEqualTo(KulturmetropolCli.BAD_INPUT);
        assertThat(r.err()).matches("kulturmetropol: rules do not compile: \\Q" + broken + "\\E:\\d+: .*\\R");
    }
}
