package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** meetings and may-decide at the command line. */
class MeetingsCliTest {
    @TempDir
    Path dir;

    private Path record(String rows) throws IOException {
        Path file = dir.resolve("meetings.csv");
        Files.writeString(file, "body,date\n" + rows);
        return file;
    }

    @Test
    void should_judge_a_record_as_text_and_json() throws Exception {
        Path log = record("kmk,2021-02-01\nkmk,2021-05-01\nkmk,2021-09-01\nkmk,2021-11-01\n");

        CliRunner text = CliRunner.run("meetings", "--log", log.toString(), "--as-of", "2022-03-01");
        CliRunner json = CliRunner.run("meetings", "--log", log.toString(), "--as-of", "2022-03-01", "--format", "json");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("kmk (kmk.meetings: \"KMK mødes fire gange årligt.\")").contains("2021     held  4, expected 4            ok");
        JsonNode first = new ObjectMapper().readTree(json.out()).get("findings").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("body", "period", "held", "expected", "status", "clause");
    }

    /** The shipped agreement, begun on 1 July 2021 and ended on 30 June 2024. */
    private Path midYearAgreement() throws IOException {
        Path config = dir.resolve("mid-year.yaml");
        Files.writeString(config, Files.readString(Path.of("configs/roedovre-leaves-2022.yaml"))
                .replace("from: 2021-01-01", "from: 2021-07-01").replace("to: 2024-12-31", "to: 2024-06-30").replace(", left: 2022-12-31", ""));
        return config;
    }

    @Test
    void should_judge_a_year_the_agreement_covers_in_part_pro_rata_as_a_reading_count_only_what_is_held_and_close_the_last_year() throws Exception {
        Path log = record("kmk,2021-09-01\nkmk,2021-11-01\nkmk,2022-02-01\nkmk,2022-05-01\nkmk,2022-09-01\nkmk,2024-02-01\nkmk,2024-05-01\n");
        Path config = midYearAgreement();

        CliRunner early = CliRunner.run("meetings", "--log", log.toString(), "--config", config.toString(), "--as-of", "2022-06-01");
        CliRunner late = CliRunner.run("meetings", "--log", log.toString(), "--config", config.toString(), "--as-of", "2024-09-01", "--lang", "da");
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("meetings", "--log", log.toString(), "--config", config.toString(),
                "--as-of", "2024-09-01", "--format", "json").out());

        assertThat(early.exit()).as(early.err()).isZero();
        assertThat(early.out()).contains("""
                    2021     held  2, expected 4            ok
                             reading: the agreement covers 2021-07-01..2021-12-31 of 2021 (184 of 365 days); the text's count for a whole year, 4, is read pro rata as 2-3
                    2022     held  2, expected 4            open
                """);
        assertThat(late.out()).contains("""
                    2021: to møder afholdt; kommissoriet fastsætter fire gange om året – i orden, forholdsmæssigt læst
                      fortolkning: aftalen dækker kun 184 af årets 365 dage (fra 1. juli 2021 til 31. december 2021); teksten fastsætter antallet for et helt år, og her læses det forholdsmæssigt som to til tre
                """).contains("""
                    2024: to møder afholdt; kommissoriet fastsætter fire gange om året – i orden, forholdsmæssigt læst
                      fortolkning: aftalen dækker kun 182 af årets 366 dage (fra 1. januar 2024 til 30. juni 2024); teksten fastsætter antallet for et helt år, og her læses det forholdsmæssigt som et til to
                """).contains("forholdsmæssigt som højst to").doesNotContain("endnu ikke afsluttet");
        JsonNode kmk2021 = json.get("findings").findParents("body").stream()
                .filter(f -> f.get("body").asText().equals("kmk") && f.get("period").asText().equals("2021")).findFirst().orElseThrow();
        assertThat(kmk2021.fieldNames()).toIterable().containsExactly("body", "period", "held", "expected", "status", "from", "to", "proRata", "reading", "clause");
        assertThat(kmk2021.get("proRata").asText()).isEqualTo("2-3");
    }

    @Test
    void should_refuse_a_bad_record_with_its_line_and_exit_2() throws IOException {
        CliRunner.run("meetings", "--log", record("kmk,2021-02-01\nking,2021-03-01\n").toString())
                .refusedWith("meetings.csv line 3: unknown body 'king'; expected one of: ");
    }

    @Test
    void should_refuse_a_record_over_a_million_bytes_or_a_device_before_reading_it() throws IOException {
        Path big = record("kmk,2021-02-01\n".repeat(70_000));

        CliRunner.run("meetings", "--log", big.toString())
                .refusedWith("cannot read meeting record '" + big + "': the file has 1050010 bytes; a file read here is at most 1000000 bytes");
        if (Files.exists(Path.of("/dev/zero"))) {
            CliRunner.run("meetings", "--log", "/dev/zero")
                    .refusedWith("cannot read meeting record '/dev/zero': it is not a regular file (a device, pipe or socket); expected a file");
        }
    }

    @Test
    void should_answer_may_decide_yes_between_meetings_and_no_on_a_meeting_day() throws Exception {
        Path log = record("political-steering-group,2022-06-01\n");

        JsonNode yes = new ObjectMapper().readTree(CliRunner.run("may-decide", "political-chair", "political-steering-group",
                "--as-of", "2022-06-02", "--log", log.toString(), "--format", "json").out());
        CliRunner no = CliRunner.run("may-decide", "political-chair", "political-steering-group", "--as-of", "2022-06-01", "--log", log.toString());

        assertThat(yes.fieldNames()).toIterable().containsExactly("answer", "reason", "clause");
        assertThat(yes.get("answer").asBoolean()).isTrue();
        assertThat(yes.get("clause").get("id").asText()).isEqualTo("chairs.tasks-3");
        assertThat(no.out()).contains("  No. On 2022-06-01 political-steering-group meets");
    }
}
