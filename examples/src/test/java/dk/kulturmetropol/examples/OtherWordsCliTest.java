package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: where the text uses several words for one thing, the other word finds it at the command line, with its
 * clause and a line saying which words the text uses.
 */
class OtherWordsCliTest {

    @Test
    void should_answer_who_submits_the_annual_accounts_with_chief_duty_4_and_say_the_text_calls_them_audited() {
        CliRunner r = CliRunner.run("who", "submit", "annual-accounts", "--scope", "music");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Who must submit annual-accounts for music?\n\n"
                        + "Reading: the text's \"revideret årsregnskab\" (audited-annual-accounts) here is taken to be annual-accounts:\n")
                .contains("\n  project-chief:music must submit audited-annual-accounts for music to secretariat")
                .contains("chief.duty-4 (Projektchefens rolle): \"evaluere, afrapportere og indsende et revideret årsregnskab")
                .doesNotContain("the rules state no duty");
    }

    @Test
    void should_answer_in_danish_words_with_the_texts_own_word_quoted() {
        String out = CliRunner.run("who", "indsende", "årsregnskab", "--scope", "Musikindsatsen", "--lang", "da").out();

        assertThat(out).contains("\nFortolkning: det reviderede årsregnskab, som teksten nævner her, forstås som det forudgående års regnskab:\n")
                .contains("\n  Projektchefen for Musikindsatsen har ansvaret for at indsende et revideret årsregnskab til sekretariatet")
                .contains("Kommissoriet, afsnit »Projektchefens rolle«: ")
                .doesNotContain("Kommissoriet siger intet");
    }

    @Test
    void should_answer_who_approves_the_audited_annual_accounts_with_kmk_tasks_5() throws Exception {
        String out = CliRunner.run("who", "approve", "audited-annual-accounts", "--scope", "music", "--lang", "da").out();

        assertThat(out).contains("\nFortolkning: det forudgående års regnskab, som teksten nævner her, forstås som det reviderede årsregnskab:\n")
                .contains("\n  KMK godkender hvert år det forudgående års regnskab for Musikindsatsen.\n")
                .contains("Kommissoriet, afsnit »Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)");
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("who", "approve", "audited-annual-accounts", "--format", "json").out());
        assertThat(json.get("askedMatter").asText()).isEqualTo("audited-annual-accounts");
        assertThat(json.get("answers")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("matter").asText()).isEqualTo("annual-accounts");
            assertThat(row.get("clause").get("id").asText()).isEqualTo("kmk.tasks-5");
        });
        assertThat(json.get("note").asText()).contains("\"det forudgående års regnskab\"");
    }
}
