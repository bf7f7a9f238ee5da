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

    @Test
    void should_refuse_a_bad_record_with_its_line_and_exit_2() throws IOException {
        CliRunner.run("meetings", "--log", record("kmk,2021-02-01\nking,2021-03-01\n").toString())
                .refusedWith("meetings.csv line 3: unknown body 'king'; expected one of: ");
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
        assertThat(no.out()).contains("  no: political-steering-group meets on 2022-06-01");
    }
}
