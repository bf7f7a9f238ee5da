package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The JSON contract of the issue: one object with answers, unspecified and note; rows with the named fields. */
class AnswerJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CliRunner r = CliRunner.run(args);
        assertThat(r.exit()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void should_write_a_duty_row_with_every_contract_field() throws Exception {
        JsonNode doc = json("who", "hire", "project-chief", "--scope", "music", "--format", "json");

        assertThat(doc.fieldNames()).toIterable().containsExactly("answers", "unspecified", "note", "why");
        JsonNode row = doc.get("answers").get(0);
        assertThat(row.fieldNames()).toIterable().contains("actor", "resolvedTo", "action", "matter", "scope", "modality",
                "jointlyWith", "recipients", "validFrom", "validTo", "clause");
        assertThat(row.get("actor").asText()).isEqualTo("home-municipality:music");
        assertThat(row.get("resolvedTo").get(0).asText()).isEqualTo("roskilde");
        assertThat(row.get("jointlyWith").get(0).asText()).isEqualTo("secretariat");
        assertThat(row.get("modality").asText()).isEqualTo("must");
        assertThat(row.get("resolved").get("secretariat").get(0).asText()).isEqualTo("secretariat");
        assertThat(row.get("placedIn").get("secretariat").asText()).isEqualTo("ishoej");
        assertThat(row.get("validFrom").asText()).isEqualTo("2021-01-01");
        assertThat(row.get("validTo").asText()).isEqualTo("2024-12-31");
        assertThat(row.get("clause").fieldNames()).toIterable().contains("id", "section", "quote");
        assertThat(row.get("clause").get("id").asText()).isEqualTo("home.tasks-2");
        assertThat(doc.get("note").isNull()).isTrue();
        assertThat(doc.get("why").isNull()).isTrue();
    }

    @Test
    void should_write_unspecified_rows_without_an_actor() throws Exception {
        JsonNode doc = json("who", "appoint", "vice-chair", "--format", "json");

        assertThat(doc.get("answers")).isEmpty();
        assertThat(doc.get("unspecified")).hasSize(1);
        assertThat(doc.get("unspecified").get(0).get("actor").isNull()).isTrue();
        assertThat(doc.get("unspecified").get(0).get("clause").get("quote").asText()).startsWith("Der udpeges to politiske næstformænd");
    }

    @Test
    void should_write_the_note_when_nothing_applies() throws Exception {
        JsonNode doc = json("holder", "political-chair", "--as-of", "2025-03-01", "--format", "json");

        assertThat(doc.get("answers")).isEmpty();
        assertThat(doc.get("note").asText()).contains("2024-12-31");
        assertThat(doc.get("why").get("reason").asText()).isEqualTo("outside-period");
        assertThat(doc.get("why").get("intervals").get(0).get("validFrom").asText()).isEqualTo("2021-01-01");
        assertThat(doc.get("why").get("intervals").get(0).get("validTo").asText()).isEqualTo("2024-12-31");
    }

    @Test
    void should_say_no_rule_states_it_when_no_rule_does() throws Exception {
        JsonNode doc = json("reports", "kmk", "--format", "json");

        assertThat(doc.get("answers")).isEmpty();
        assertThat(doc.get("why").get("reason").asText()).isEqualTo("no-rule");
        assertThat(doc.get("why").get("intervals")).isEmpty();
        assertThat(doc.get("note").asText()).isEqualTo("the rules state no reporting line from kmk");
    }

    @Test
    void should_write_reports_with_to_and_about() throws Exception {
        JsonNode row = json("reports", "head-of-secretariat", "--about", "employment", "--format", "json").get("answers").get(0);

        assertThat(row.get("actor").asText()).isEqualTo("head-of-secretariat");
        assertThat(row.get("to").asText()).isEqualTo("administrative-chair");
        assertThat(row.get("resolved").get("administrative-chair").get(0).asText()).isEqualTo("culture-chief:ishoej");
        assertThat(row.get("about").asText()).as("'refererer til' names no subject: it answers every one").isEqualTo("general");
        assertThat(row.get("clause").get("id").asText()).isEqualTo("secretariat.head-2");
    }

    @Test
    void should_resolve_the_political_chair_to_the_culture_committee_chair_of_ishoej() throws Exception {
        JsonNode row = json("who", "lead", "political-steering-group", "--as-of", "2022-01-01", "--format", "json").get("answers").get(0);

        assertThat(row.get("actor").asText()).isEqualTo("political-chair");
        assertThat(row.get("resolvedTo").get(0).asText()).isEqualTo("culture-committee-chair:ishoej");
    }
}
