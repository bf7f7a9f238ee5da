package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages a user meets at the command line: a meeting record from Excel, an empty file name, a day outside the agreement, a name written back. */
class MessagesCliTest {
    @TempDir
    Path dir;

    @Test
    void should_judge_a_meeting_record_as_excel_writes_it() throws IOException {
        Path excel = dir.resolve("excel.csv");
        Files.write(excel, "\uFEFFBody;Date;Notes\r\nKMK;2021-02-01;første\r\nKMK;2021-05-01;\r\nkmk;2021-09-01;\"a; b\"\r\nKMK;2021-11-01;\r\n;;\r\n"
                .getBytes(StandardCharsets.UTF_8));

        CliRunner run = CliRunner.run("meetings", "--log", excel.toString(), "--as-of", "2022-03-01");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("2021     held  4, expected 4            ok");
    }

    @Test
    void should_name_the_invisible_character_when_refusing_a_record() throws IOException {
        Path twice = Files.writeString(dir.resolve("bom.csv"), "\uFEFF\uFEFFbody,date\nkmk,2021-02-01\n");

        CliRunner.run("meetings", "--log", twice.toString()).refusedWith(twice + " line 1: the header is '\\uFEFFbody,date' "
                + "(it holds the invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE), expected body,date");
    }

    @Test
    void should_say_an_empty_file_name_is_empty_and_a_directory_is_a_directory() {
        CliRunner.run("who", "approve", "annual-plan", "--config", "").refusedWith(
                "the config file name is empty; expected the path of an agreement YAML file, e.g. my-agreement.yaml");
        CliRunner.run("who", "approve", "annual-plan", "--rules", "").refusedWith("the rule pack file name is empty; expected the path of ");
        CliRunner.run("meetings", "--log", "").refusedWith("the meeting record name is empty; expected the path of a CSV file");
        CliRunner.run("who", "approve", "annual-plan", "--config", dir.toString())
                .refusedWith("config file '" + dir + "' is a directory; expected an agreement YAML file");
    }

    @Test
    void should_refuse_validate_and_orgchart_on_a_day_outside_the_agreement_saying_so() {
        CliRunner.run("validate", "--as-of", "2030-01-01").refusedWith("--as-of 2030-01-01 is outside the agreement period "
                + "2021-01-01..2024-12-31 of 'Kulturmetropolen 2021-2024': nothing the rules state holds that day, so there is nothing to check");
        CliRunner.run("orgchart", "--as-of", "2020-12-31").refusedWith("the chart is asked for 2020-12-31, outside the agreement period");
        assertThat(CliRunner.run("validate", "--as-of", "2024-12-31").exit()).as("the last day is within").isZero();
    }

    @Test
    void should_say_when_a_diff_day_is_outside_one_agreement_and_refuse_one_outside_both() throws Exception {
        String next = "configs/kulturmetropolen-2025-2028.yaml";

        CliRunner text = CliRunner.run("diff", "--after", next, "--as-of", "2025-06-01");
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("diff", "--after", next, "--as-of", "2025-06-01", "--format", "json").out());

        assertThat(text.out()).startsWith("Note: --as-of 2025-06-01 is outside the before agreement's period 2021-01-01..2024-12-31: "
                + "nothing of that agreement holds that day\n\n");
        assertThat(json.get("notes").get(0).asText()).startsWith("--as-of 2025-06-01 is outside the before agreement's period");
        assertThat(CliRunner.run("diff", "--after", "configs/roedovre-leaves-2022.yaml", "--as-of", "2022-06-01").out()).doesNotContain("Note:");
        CliRunner.run("diff", "--after", next, "--as-of", "2030-01-01").refusedWith("--as-of 2030-01-01 is outside both agreements");
    }

    @Test
    void should_export_a_name_that_looks_like_a_number_so_that_it_reads_back() throws IOException {
        Path config = Files.writeString(dir.resolve("inf.yaml"), Files.readString(Path.of("configs/roedovre-leaves-2022.yaml"))
                .replace("name: Kulturmetropolen 2021-2024", "name: '.inf'"));

        CliRunner exported = CliRunner.run("export-config", "--config", config.toString());
        Path back = Files.writeString(dir.resolve("back.yaml"), exported.out());
        CliRunner again = CliRunner.run("export-config", "--config", back.toString());

        assertThat(exported.out()).as(exported.err()).startsWith("name: \".inf\"\n");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(exported.out());
    }
}
