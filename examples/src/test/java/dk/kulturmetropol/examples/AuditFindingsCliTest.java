package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The findings of the audit of issue 16, item 2, asked at the command line as the audit asked them. */
class AuditFindingsCliTest {

    @Test
    void should_answer_who_cooperates_on_awareness_with_the_steering_group_and_kmk() {
        CliRunner r = CliRunner.run("who", "cooperate", "awareness-outside-agreement");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Who must cooperate awareness-outside-agreement?")
                .contains("\n  political-steering-group (").contains(" must cooperate awareness-outside-agreement jointly with kmk (")
                .contains("psg.tasks-4 (Kulturmetropolens politiske styregruppe): \"Derudover skal");
    }

    @Test
    void should_answer_who_answers_for_the_home_municipalitys_duties_with_its_culture_chief_and_kmk() {
        CliRunner r = CliRunner.run("who", "answer-for", "home-municipality-duties", "--scope", "music");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\n  culture-chief:roskilde must answer-for home-municipality-duties for music to kmk (")
                .contains("home.tasks-5 (Hjemkommune): \"Det er hjemkommunens repræsentant i blandt KMK");
    }

    @Test
    void should_answer_who_oversees_a_focus_area_with_kmk_alone() {
        assertThat(CliRunner.run("who", "oversee", "focus-area", "--scope", "music", "--lang", "da").out())
                .contains("KMK har det overordnede ansvar for Musikindsatsen.")
                .doesNotContain("Hjemkommunen");
    }

    @Test
    void should_not_say_the_agreement_names_the_political_chair_the_sentence_names() {
        CliRunner r = CliRunner.run("holder", "political-chair");

        assertThat(r.out()).contains("culture-committee-chair:ishoej holds political-chair").doesNotContain("named by the agreement");
        assertThat(CliRunner.run("holder", "political-chair", "--format", "json").out()).contains("\"namedByAgreement\" : false");
        assertThat(CliRunner.run("holder", "home-municipality:music").out()).doesNotContain("named by the agreement");
    }

    @Test
    void should_say_the_agreement_names_the_seats_of_the_partners_the_text_does_not_name() {
        String members = CliRunner.run("members", "kmk").out();

        assertThat(members.split("\n\n  ")).filteredOn(row -> row.startsWith("culture-chief:")).hasSize(9).allSatisfy(row -> {
            boolean named = row.startsWith("culture-chief:ishoej ") || row.startsWith("culture-chief:roskilde ")
                    || row.startsWith("culture-chief:albertslund ");
            assertThat(row.contains("member named by the agreement, not by the text")).as(row).isEqualTo(!named);
        });
        String json = CliRunner.run("members", "political-steering-group", "--format", "json").out();
        assertThat(json).containsPattern("\"culture-committee-chair:koege\"[^}]*\"namedByAgreement\" : true")
                .containsPattern("\"actor\" : \"culture-committee-chair:ishoej\",[^}]*\"namedByAgreement\" : false");
    }

    @Test
    void should_not_warn_of_the_chair_municipalitys_completed_election_and_still_answer_who_elected_it() {
        assertThat(CliRunner.run("validate").out()).doesNotContain("chairs.who-3").contains("vice.who-2");
        assertThat(CliRunner.run("validate", "--lang", "da").out()).doesNotContain("Ishøj Kommune er valgt for perioden").doesNotContain("formandskommunen");

        CliRunner elect = CliRunner.run("who", "elect", "chair-municipality");
        assertThat(elect.exit()).isZero();
        assertThat(elect.out()).contains("The text states this as done but not by whom:")
                .contains("already done: the sentence states it as done, not as a duty")
                .contains("reading: a completed election, not a duty to elect")
                .contains("chairs.who-3 (Politisk og administrativ formand): \"Ishøj Kommune er valgt for perioden 1.1.2021 til 31.12.2024.\"");
        assertThat(CliRunner.run("who", "elect", "chair-municipality", "--lang", "da").out())
                .contains("Ishøj Kommune er valgt for perioden fra 1. januar 2021 til 31. december 2024; teksten nævner ikke, hvem der har valgt kommunen.");
    }

    @Test
    void should_name_no_one_who_renders_the_final_accounts_and_answer_on_the_day_they_can_exist() {
        String whole = CliRunner.run("who", "submit", "final-accounts", "--scope", "music").out();
        assertThat(whole).contains("The text states this but names no one:").contains("(no one named) must submit final-accounts for music to secretariat")
                .contains("valid 2025-01-01..2025-12-31").contains("reading: the sentence gives the home municipality")
                .doesNotContain("project-chief:music must");

        assertThat(CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2022-06-01").out())
                .contains("Note: nothing applies on 2022-06-01");
        assertThat(CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2024-12-31").out())
                .contains("Note: nothing applies on 2024-12-31").doesNotContain("(no one named)");
        assertThat(CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2025-01-01").out())
                .contains("(no one named) must submit final-accounts for music");
    }

    @Test
    void should_answer_members_of_the_board_with_a_row_naming_kmk() {
        CliRunner r = CliRunner.run("members", "administrative-board");

        assertThat(r.out()).contains("(no one named) is a member of administrative-board, drawn from kmk (culture-chief:albertslund, ")
                .contains("board.who-1 (Administrativ bestyrelse): \"Der vælges en administrativ bestyrelse bestående af repræsentanter fra KMK.\"");
        assertThat(CliRunner.run("members", "administrative-board", "--format", "json").out()).contains("\"drawnFrom\" : \"kmk\"");
    }

    @Test
    void should_answer_no_when_a_vice_chair_asks_to_decide_for_the_steering_group() {
        CliRunner r = CliRunner.run("may-decide", "vice-chair", "political-steering-group", "--as-of", "2022-06-01");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("No. The text does not give vice-chair authority to make decisions on political-steering-group's behalf; "
                + "political-chair has that authority in the periods between the meetings.").contains("chairs.tasks-3");
        // the text's two vice-chairs, in its plural: "Næstformændene vælges for hele aftaleperioden"
        assertThat(CliRunner.run("may-decide", "vice-chair", "political-steering-group", "--as-of", "2022-06-01", "--lang", "da").out())
                .startsWith("Havde næstformændene myndighed til at træffe beslutninger på Kulturmetropolens politiske styregruppes vegne den 1. juni 2022?\n")
                .contains("  Nej. Teksten giver ikke næstformændene myndighed til at træffe beslutninger på Kulturmetropolens politiske "
                        + "styregruppes vegne; den myndighed har den politiske formand i perioderne mellem møderne.\n");
        assertThat(CliRunner.run("duties", "vice-chair", "--lang", "da").out()).startsWith("Opgaver for de politiske næstformænd:\n")
                .doesNotContain("hver politisk næstformand myndighed");
    }

    @Test
    void should_never_call_more_meetings_than_the_least_the_text_sets_too_many(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path log = dir.resolve("board.csv");
        java.nio.file.Files.writeString(log, "body,date\nadministrative-board,2022-01-10\nadministrative-board,2022-02-10\n"
                + "administrative-board,2022-03-10\nkmk,2022-01-10\nkmk,2022-02-10\nkmk,2022-03-10\nkmk,2022-04-10\nkmk,2022-05-10\n");

        String out = CliRunner.run("meetings", "--log", log.toString(), "--as-of", "2023-02-01").out();
        assertThat(out).contains("2022-Q1  held  3, expected at least 1   ok").doesNotContain("allows");
    }

    @Test
    void should_say_a_focus_areas_name_is_the_agreements_not_the_texts() {
        String da = CliRunner.run("who", "approve", "annual-plan", "--scope", "culture-and-health", "--lang", "da").out();

        assertThat(da).contains("KMK godkender hvert år det kommende års årsplan for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«.")
                .endsWith("\n\nNavnet Kultur- og sundhedsindsatsen »Et bedre liv med kultur« er kulturaftalens; kommissoriet skriver »Kulturmetropolens Kultur og sundhedsindsats«.\n")
                .doesNotContain("\"Et bedre liv");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "culture-and-health", "--lang", "da", "--format", "json").out())
                .contains("\"areaNamesFromAgreement\" : [ \"culture-and-health\" ]");
        // a near miss: a sentence that names no focus area says nothing of names, and English names areas by their ids' words
        assertThat(CliRunner.run("holder", "political-chair", "--lang", "da").out()).contains("Ishøj").doesNotContain("kulturaftalens");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--lang", "da").out())
                .contains("\nNavnene Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, Musikindsatsen og Ungeindsatsen er kulturaftalens; kommissoriet skriver »Kulturmetropolens Kultur og sundhedsindsats«, »Kulturmetropolens Musikindsats« og »Kulturmetropolens Ungeindsats«.\n");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--lang", "en").out())
                .doesNotContain("the agreement's");
    }
}
