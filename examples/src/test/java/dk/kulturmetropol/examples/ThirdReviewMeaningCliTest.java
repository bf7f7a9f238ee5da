package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that said something other than the kommissorium, found by the third Danish review (section A), each as the
 * command line now answers it, with a near miss.
 */
class ThirdReviewMeaningCliTest {
    private static final String ROEDOVRE_LEAVES = "configs/roedovre-leaves-2022.yaml";
    private static final String NEXT_PERIOD = "configs/kulturmetropolen-2025-2028.yaml";

    @TempDir
    Path dir;

    private static JsonNode json(String... args) throws Exception {
        CliRunner r = CliRunner.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void should_keep_the_secretariat_at_the_steering_groups_kmks_and_other_partners_disposal_when_one_partner_leaves() throws Exception {
        // A1: "Sekretariatet skal stå til rådighed for den politiske styregruppe, KMK og partnerne ..." does not end with Rødovre
        String diff = CliRunner.run("diff", "--after", ROEDOVRE_LEAVES, "--lang", "da").out();
        assertThat(diff).doesNotContain("Sekretariatet skal stå til rådighed")
                .contains("\n  ~ Rødovre Kommune er partnerkommune i Kulturmetropolen: gælder nu til 31. december 2022 (før: til 31. december 2024).\n");

        JsonNode after = json("who", "provide", "guidance", "--as-of", "2023-06-01", "--config", ROEDOVRE_LEAVES, "--format", "json")
                .get("answers");
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("recipients")).extracting(JsonNode::asText).containsExactly("political-steering-group", "kmk", "kulturmetropolen");
        assertThat(after.get(0).get("validTo").asText()).isEqualTo("2024-12-31");
        assertThat(after.get(0).get("resolved").get("kulturmetropolen")).extracting(JsonNode::asText)
                .hasSize(8).contains("partner-municipality:koege").doesNotContain("partner-municipality:roedovre");
        // near miss: while Rødovre is in, the partners it is at the disposal of include Rødovre
        JsonNode before = json("who", "provide", "guidance", "--as-of", "2022-06-01", "--config", ROEDOVRE_LEAVES, "--format", "json")
                .get("answers");
        assertThat(before.get(0).get("resolved").get("kulturmetropolen")).extracting(JsonNode::asText)
                .hasSize(9).contains("partner-municipality:roedovre");

        // one sentence of the text, one row, in Danish, with the partner gone or not
        for (String config : new String[] {ROEDOVRE_LEAVES, "../kulturmetropol-rules/src/main/resources/dk/kulturmetropol/rules/kulturmetropolen-2021-2024.yaml"}) {
            String words = CliRunner.run("who", "provide", "guidance", "--lang", "da", "--config", config).out();
            assertThat(count(words, "\n  Sekretariatet skal stå til rådighed for den politiske styregruppe, KMK og partnerne")).as(config).isEqualTo(1);
            assertThat(words).contains("    gælder fra 1. januar 2021 til 31. december 2024\n").doesNotContain("til 31. december 2022");
        }
    }

    @Test
    void should_say_that_the_changed_agreement_names_the_chair_where_the_kommissorium_names_ishoej() throws Exception {
        // A6: chairs.who-1, -2 and -3 name Ishøj Kommune word for word; the 2025-2028 agreement names Roskilde Kommune
        String out = CliRunner.run("diff", "--after", NEXT_PERIOD, "--lang", "da").out();
        assertThat(out)
                .contains("\n  + Roskilde Kommunes kulturudvalgsformand er formand for Kulturmetropolens politiske styregruppe og er dermed den politiske"
                        + " formand ifølge den ændrede aftale; kommissoriet nævner Ishøj Kommune. Gælder fra 1. januar 2025 til 31. december 2028.\n")
                .contains("\n  + Roskilde Kommunes kulturchef er formand for KMK og er dermed den administrative formand i Kulturmetropolen ifølge den"
                        + " ændrede aftale; kommissoriet nævner Ishøj Kommune. Gælder fra 1. januar 2025 til 31. december 2028.\n")
                // where the sentence goes on after a semicolon, the note closes its first part
                .contains("\n  + Roskilde Kommune er valgt for perioden fra 1. januar 2025 til 31. december 2028 ifølge den ændrede aftale (kommissoriet"
                        + " nævner Ishøj Kommune); teksten nævner ikke, hvem der har valgt kommunen. Gælder fra 1. januar 2025 til 31. december 2028.\n");
        // the side that names Ishøj Kommune, as the text does, has no note; the homes the text names stay as they are
        assertThat(out.lines().filter(l -> l.contains("kommissoriet nævner"))).hasSize(3).allMatch(l -> l.startsWith("  + Roskilde Kommune"));
        assertThat(CliRunner.run("diff", "--after", NEXT_PERIOD, "--lang", "en").out())
                .contains(" and is thereby the political chair under the changed agreement; the kommissorium names Ishøj Kommune. Valid 2025-01-01..2028-12-31.\n");

        // near miss: the next period with Ishøj Kommune in the chair again, as the text names it: no note
        Path ishoej = dir.resolve("ishoej-again.yaml");
        String next = Files.readString(Path.of(NEXT_PERIOD));
        assertThat(next).contains("chair:\n  municipality: roskilde\n");
        Files.writeString(ishoej, next.replace("chair:\n  municipality: roskilde\n", "chair:\n  municipality: ishoej\n"));
        String same = CliRunner.run("diff", "--after", ishoej.toString(), "--lang", "da").out();
        assertThat(same).contains("\n  ~ Ishøj Kommunes kulturchef er formand for KMK og er dermed den administrative formand i Kulturmetropolen: gælder nu fra"
                + " 1. januar 2025 til 31. december 2028").doesNotContain("kommissoriet nævner", "ifølge den ændrede aftale");
        // near miss: a home moved to a municipality the sentence names too (home.list names Ishøj Kommune): no note
        Path toIshoej = dir.resolve("music-moves-to-ishoej.yaml");
        String moves = Files.readString(Path.of("configs/music-moves-2022.yaml"));
        assertThat(moves).contains("{ municipality: herlev, from: 2022-07-01 }");
        Files.writeString(toIshoej, moves.replace("{ municipality: herlev, from: 2022-07-01 }", "{ municipality: ishoej, from: 2022-07-01 }"));
        assertThat(CliRunner.run("diff", "--after", toIshoej.toString(), "--lang", "da").out())
                .contains("\n  + Ishøj Kommune er hjemkommune for Musikindsatsen. Gælder fra 1. juli 2022 til 31. december 2024.\n")
                .doesNotContain("kommissoriet nævner");
    }

    @Test
    void should_name_whose_culture_chief_the_project_chief_may_consult_so_a_move_shows() {
        // A18: "hjemkommunens kulturchef" is Roskilde's until the music focus area moves, then Herlev's
        String out = CliRunner.run("diff", "--after", "configs/music-moves-2022.yaml", "--lang", "da").out();
        assertThat(out)
                .contains("\n  ~ Projektchefen for Musikindsatsen kan til enhver tid hente faglig sparring hos hjemkommunens kulturchef (kulturchefen i"
                        + " Roskilde Kommune) og hos sekretariatet: gælder nu til 30. juni 2022 (før: til 31. december 2024).\n")
                .contains("\n  + Projektchefen for Musikindsatsen kan til enhver tid hente faglig sparring hos hjemkommunens kulturchef (kulturchefen i"
                        + " Herlev Kommune) og hos sekretariatet. Gælder fra 1. juli 2022 til 31. december 2024.\n");
        assertThat(CliRunner.run("who", "consult", "guidance", "--scope", "youth", "--lang", "en").out())
                .contains("from the home municipality's culture chief (the culture chief of Albertslund Kommune) and from the secretariat.");
        // near miss: where the home does not move, the sentence stays as it was: no change to list
        assertThat(CliRunner.run("diff", "--after", ROEDOVRE_LEAVES, "--lang", "da").out()).doesNotContain("faglig sparring");
    }

    @Test
    void should_list_under_the_home_representatives_accountability_only_what_the_hjemkommune_section_says() {
        // A11: "ovenstående" in home.tasks-5 is the Hjemkommune section's duties, not the secretariat's sentence about the hiring
        String out = CliRunner.run("duties", "culture-chief:roskilde", "--lang", "da").out();
        String head = "Kulturchefen i Roskilde Kommune er over for KMK ansvarlig for de opgaver, hjemkommunen for Musikindsatsen har:\n";
        assertThat(out).contains(head);
        String answered = out.substring(out.indexOf(head), out.indexOf("\nKulturchefen i Roskilde Kommune er medlem af KMK"));
        assertThat(answered).contains("Kommissoriet, afsnit »Hjemkommune«").doesNotContain("Kommissoriet, afsnit »Sekretariat«", "Sekretariatet skal sammen med");
        assertThat(answered.lines().filter(l -> l.startsWith("    Kommissoriet, afsnit »")))
                .isNotEmpty().allMatch(l -> l.startsWith("    Kommissoriet, afsnit »Hjemkommune«: "));
        // near miss: the home municipality's own duties still list the secretariat's sentence, which names it
        assertThat(CliRunner.run("duties", "home-municipality:music", "--lang", "da").out()).contains("Kommissoriet, afsnit »Sekretariat«");
    }

    @Test
    void should_answer_who_informs_the_vice_chairs_with_the_political_chairs_sentence() throws Exception {
        // A12: chairs.tasks-4 "Den politiske formand har desuden et ansvar for at orientere og inddrage næstformændene ..."
        // "orientere næstformændene", not "orientere om" them (review 4, B3)
        String expected = "Hvem skal orientere de politiske næstformænd?\n\n"
                + "Teksten siger her, at de politiske næstformænd skal orienteres:\n\n"
                + "  Den politiske formand har et ansvar for at orientere og inddrage næstformændene i det løbende arbejde.\n"
                + "    Den politiske formand er kulturudvalgsformanden i Ishøj Kommune.\n"
                + "    gælder fra 1. januar 2021 til 31. december 2024\n"
                + "    Kommissoriet, afsnit »Politisk og administrativ formand«: \"Den politiske formand har desuden et ansvar for at orientere og"
                + " inddrage næstformændene i det løbende arbejde samt være mellemled mellem det politiske og det administrative niveau.\"\n";
        assertThat(CliRunner.run("who", "inform", "vice-chair", "--lang", "da").out()).isEqualTo(expected);
        assertThat(CliRunner.run("who", "orientere", "næstformændene", "--lang", "da").out()).isEqualTo(expected);
        JsonNode doc = json("who", "orientere", "næstformændene", "--format", "json");
        assertThat(doc.get("recipient").asText()).isEqualTo("vice-chair");
        assertThat(doc.get("answers").get(0).get("actor").asText()).isEqualTo("political-chair");
        assertThat(doc.get("note").asText()).startsWith("The rules state no duty to inform vice-chair; vice-chair is among the recipients");
        // near misses: a duty on the matter itself is answered as before; an action no one does to the vice-chairs says nothing
        assertThat(CliRunner.run("who", "appoint", "vice-chair", "--lang", "da").out()).doesNotContain("modtagere").contains("»Næstformænd«: \"Der udpeges to politiske næstformænd");
        assertThat(CliRunner.run("who", "report", "vice-chair", "--lang", "da").out())
                .contains("Kommissoriet siger intet om").doesNotContain("modtagere", "Den politiske formand har desuden et ansvar for at orientere");
    }
}
