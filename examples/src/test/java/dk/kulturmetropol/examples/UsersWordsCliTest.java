package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Questions asked in the user's words: Danish input, and reporting lines read from their end ({@code reports --to}). */
class UsersWordsCliTest {

    @Test
    void should_take_danish_words_and_answer_in_ids() {
        CliRunner danish = CliRunner.run("who", "godkender", "årsplanen", "--scope", "Musikindsatsen");

        assertThat(danish.exit()).as(danish.err()).isZero();
        assertThat(danish.out()).isEqualTo(CliRunner.run("who", "approve", "annual-plan", "--scope", "music").out());
        assertThat(CliRunner.run("duties", "kulturchefen i Koege", "--as-of", "2022-06-01").out())
                .isEqualTo(CliRunner.run("duties", "culture-chief:koege", "--as-of", "2022-06-01").out());
        assertThat(CliRunner.run("holder", "politisk formand").out()).startsWith("Holder of political-chair:");
    }

    @Test
    void should_keep_the_ids_in_json_when_asked_in_danish() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("who", "godkende", "aarsplan", "--scope", "Roskilde", "--format", "json").out());

        assertThat(json.get("answers")).isEmpty();
        assertThat(json.get("note").asText()).isEqualTo("the rules state no duty to approve annual-plan for roskilde;"
                + " the rules state this for each focus area, not for each municipality; roskilde is home municipality for music");
        assertThat(json.get("homeMunicipalityOf").get(0).get("post").asText()).isEqualTo("home-municipality:music");
        assertThat(json.get("byFocusArea").get(0).get("scope").asText()).isEqualTo("music");
        assertThat(json.get("byFocusArea").get(0).get("answers").get(0).get("action").asText()).isEqualTo("approve");
        JsonNode music = new ObjectMapper().readTree(CliRunner.run("who", "godkende", "aarsplan", "--scope", "musikindsatsen", "--format", "json").out());
        assertThat(music.get("answers").get(0).get("action").asText()).isEqualTo("approve");
        assertThat(music.get("answers").get(0).get("matter").asText()).isEqualTo("annual-plan");
    }

    @Test
    void should_refuse_ambiguous_words_naming_each_id_they_fit() {
        CliRunner.run("duties", "projektchef").refusedWith("actor 'projektchef' fits 3 ids: project-chief:culture-and-health")
                .refusedWith("project-chief:youth (projektchef for Ungeindsatsen); give one of them");
        CliRunner.run("who", "deltager i", "kmk").refusedWith("action 'deltager i' fits 2 ids: attend (deltager i), take-part (deltager i)");
    }

    @Test
    void should_name_who_reports_to_kmk() {
        CliRunner r = CliRunner.run("reports", "--to", "kmk");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Reporting lines to kmk:\n")
                .contains("\n  project-chief:music reports to kmk (culture-chief:albertslund,")
                .contains("\n  home-municipality:music (roskilde) reports to kmk (")
                .contains("chief.role-2 (Projektchefens rolle): \"I forhold til indsatsområdets realisering refererer projektchefen");
        assertThat(CliRunner.run("reports", "--to", "KMK", "--lang", "da").out()).startsWith("Hvem refererer til KMK?\n")
                .contains("refererer projektchefen for Musikindsatsen sammen med hjemkommunen for Musikindsatsen (Roskilde Kommune) til KMK.");
    }

    @Test
    void should_write_the_lines_to_an_actor_as_json_rows_in_the_shape_of_reports() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode to = json.readTree(CliRunner.run("reports", "--to", "municipal-chief:roskilde", "--format", "json").out());
        JsonNode from = json.readTree(CliRunner.run("reports", "project-chief:music", "--about", "employment", "--format", "json").out());

        assertThat(to.get("answers")).hasSize(1);
        assertThat(to.get("answers").get(0)).isEqualTo(from.get("answers").get(0));
        assertThat(to.get("answers").get(0).get("to").asText()).isEqualTo("municipal-chief:roskilde");
    }

    @Test
    void should_refuse_reports_with_neither_or_both_actors() {
        CliRunner.run("reports").refusedWith("name whose reporting lines: ACTOR (its own lines) or --to ACTOR (the lines to it)");
        CliRunner.run("reports", "secretariat", "--to", "kmk").refusedWith("name either ACTOR (its own lines) or --to ACTOR (the lines to it), not both");
    }

    @Test
    void should_find_who_approves_renders_and_assists_with_accounts() {
        CliRunner r = CliRunner.run("find", "regnskab");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Facts with the words 'regnskab':\n")
                .contains("\n  head-of-secretariat must submit secretariat-accounts to administrative-chair")
                .contains("\n  kmk (culture-chief:albertslund,").contains("must approve annual-accounts for music, yearly\n")
                .contains("\n  home-municipality:music (roskilde) must support annual-and-final-accounts for music to project-chief:music\n")
                .contains("secretariat.head-2 (Sekretariat): \"Sekretariatschefen ansættes af, refererer til og aflægger årligt regnskab");
    }

    @Test
    void should_find_in_danish_and_as_json_rows_in_the_shape_of_who() throws Exception {
        assertThat(CliRunner.run("find", "samlede", "vision", "--lang", "da").out())
                .startsWith("Hvad står der i teksten om »samlede vision«?\n\n  KMK ");
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("find", "Regnskabet", "--scope", "Musikindsatsen", "--format", "json").out());
        JsonNode who = new ObjectMapper().readTree(CliRunner.run("who", "approve", "annual-accounts", "--scope", "music", "--format", "json").out());

        // a row of find is a row of who, and says whether the words are only in the clause it quotes
        assertThat(json.get("answers")).allSatisfy(row -> assertThat(row.has("foundOnlyInQuote")).isTrue());
        json.get("answers").forEach(row -> ((com.fasterxml.jackson.databind.node.ObjectNode) row).remove("foundOnlyInQuote"));
        assertThat(json.get("answers")).contains(who.get("answers").get(0));
        assertThat(json.get("answers")).noneSatisfy(row -> assertThat(row.path("scope").asText()).isEqualTo("youth"));
        CliRunner.run("find", "og").refusedWith("find needs a word that says something; found only [og]");
    }
}
