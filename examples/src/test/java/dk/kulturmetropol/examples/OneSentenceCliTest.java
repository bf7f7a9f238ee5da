package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A Danish or English answer says a thing once (the second review's part D): one sentence of the text stated for each
 * focus area or each partner is one row naming them all, written from the rule's own sentence; asked with
 * {@code --scope}, an answer is about one scope and keeps its row; JSON stays one row a fact.
 */
class OneSentenceCliTest {

    private static final String THREE_AREAS = "hvert af de tre indsatsområder (Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, Musikindsatsen og Ungeindsatsen)";

    @Test
    void should_write_kmks_duties_for_the_three_focus_areas_as_one_row_each() {
        String out = CliRunner.run("duties", "kmk", "--lang", "da").out();

        assertThat(out).contains("\n  KMK godkender hvert år det forudgående års regnskab for " + THREE_AREAS + ".\n"
                        + "    gælder fra 1. januar 2021 til 31. december 2024\n"
                        + "    Kommissoriet, afsnit »Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)«: \"KMK godkender det forudgående års regnskab og det kommende års årsplan for indsatsområderne.\"\n\n")
                .contains("\n  KMK skal sikre, at " + THREE_AREAS + " understøtter den samlede vision.\n")
                .contains("\n  KMK har det overordnede ansvar for " + THREE_AREAS + ".\n")
                .doesNotContain("regnskab for Musikindsatsen.", "\u0001", "\u0002");
        // the accounts for the focus areas' last year, approved in the year after, are a row of their own (LastYearsAccountsCliTest)
        assertThat(count(out, "«: \"KMK godkender det forudgående ")).isEqualTo(3);
        assertThat(rows(out)).isEqualTo(14);
    }

    @Test
    void should_write_them_in_english_too() {
        String out = CliRunner.run("duties", "kmk", "--lang", "en").out();

        assertThat(out).contains("\n  Each year KMK approves the previous year's accounts for each of the three focus areas (culture and health; music; and youth).\n")
                .contains("\n  KMK must ensure that each of the three focus areas (culture and health; music; and youth) supports the overall vision.\n")
                .doesNotContain("the music focus area");
    }

    @Test
    void should_name_each_home_municipality_with_its_focus_area_in_the_secretariats_hiring() {
        String out = CliRunner.run("duties", "secretariat", "--lang", "da").out();

        assertThat(out).contains("\n  Sekretariatet skal sammen med hjemkommunen for hvert af de tre indsatsområder (Ishøj Kommune for Kultur- og "
                + "sundhedsindsatsen »Et bedre liv med kultur«, Roskilde Kommune for Musikindsatsen og Albertslund Kommune for Ungeindsatsen) "
                + "sørge for ansættelsen af en projektchef.\n");
        assertThat(count(out, "«: \"Sekretariatet skal sammen med ")).isEqualTo(1);
        assertThat(count(out, "«: \"Det er hjemkommunens opgave og")).isEqualTo(1);
    }

    @Test
    void should_keep_the_row_of_the_one_scope_asked() {
        String out = CliRunner.run("duties", "kmk", "--scope", "music", "--lang", "da").out();

        assertThat(out).contains("\n  KMK godkender hvert år det forudgående års regnskab for Musikindsatsen.\n").doesNotContain("hvert af de tre");
    }

    @Test
    void should_keep_json_one_row_a_fact() {
        String json = CliRunner.run("duties", "kmk", "--lang", "da", "--format", "json").out();

        assertThat(count(json, "\"id\" : \"kmk.tasks-5\"")).isEqualTo(9);
        assertThat(json).contains("regnskab for Musikindsatsen.").doesNotContain("hvert af de tre");
    }

    @Test
    void should_keep_the_id_output_one_row_a_fact() {
        String out = CliRunner.run("duties", "kmk").out();

        assertThat(count(out, "kmk.tasks-5 (")).isEqualTo(9);
    }

    @Test
    void should_write_the_steering_groups_members_as_two_rows_and_the_note_on_names_once() {
        String out = CliRunner.run("members", "political-steering-group", "--lang", "da").out();

        assertThat(out).contains("\n  Kulturudvalgsformanden i hver af de ni partnerkommuner (Albertslund, Furesø, Halsnæs, Helsingør, Herlev, "
                        + "Ishøj, Køge, Roskilde og Rødovre Kommuner) er medlem af Kulturmetropolens politiske styregruppe.\n")
                .endsWith("\n\nKommissoriet nævner ikke Furesø, Halsnæs, Helsingør, Herlev, Køge og Rødovre Kommuner ved navn; det gør kulturaftalen.\n")
                .doesNotContain("nævner ikke kommunen ved navn");
        assertThat(rows(out)).isEqualTo(2);
        assertThat(CliRunner.run("members", "kmk", "--lang", "en").out())
                .endsWith("\n\nThe text does not name Furesø Kommune, Halsnæs Kommune, Helsingør Kommune, Herlev Kommune, Køge Kommune and "
                        + "Rødovre Kommune; the agreement does.\n");
    }

    @Test
    void should_say_where_the_secretariat_is_placed_only_where_the_answer_names_ishoej() {
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "youth", "--lang", "da").out())
                .doesNotContain("Sekretariatet er placeret i Ishøj Kommune");
        assertThat(CliRunner.run("who", "hire", "project-chief", "--scope", "culture-and-health", "--lang", "da").out())
                .contains("\nSekretariatet er placeret i Ishøj Kommune. Fortolkning: placeringen gør ikke kommunen ansvarlig for opgaverne ovenfor.\n");
    }

    @Test
    void should_write_a_joint_reporting_line_once_as_the_text_words_it() {
        String da = CliRunner.run("reports", "--to", "kmk", "--lang", "da").out();
        String en = CliRunner.run("reports", "--to", "kmk", "--lang", "en").out();

        assertThat(da).contains("\n  I forhold til indsatsområdets realisering refererer projektchefen for Musikindsatsen sammen med hjemkommunen for "
                + "Musikindsatsen (Roskilde Kommune) til KMK.\n").doesNotContain("refererer hjemkommunen for");
        assertThat(count(da, "«: \"I forhold til indsatsområdets ")).isEqualTo(3);
        assertThat(en).contains("\n  As regards the realisation of the focus area, the project chief for music reports, together with the home "
                + "municipality for music (Roskilde Kommune), to KMK.\n").doesNotContain("the home municipality for music (Roskilde Kommune) reports");
        assertThat(count(CliRunner.run("reports", "--to", "kmk").out(), "chief.role-2 (")).isEqualTo(6);
    }

    @Test
    void should_say_once_above_the_rows_how_a_partner_bears_them() {
        String out = CliRunner.run("duties", "roskilde", "--lang", "da").out();

        assertThat(out).contains("\nRoskilde Kommune er hjemkommune for Musikindsatsen og har som sådan disse opgaver:\n    Kommissoriet, afsnit »Hjemkommune«: ")
                .contains("\nRoskilde Kommune er partnerkommune og har som sådan disse opgaver:\n    Kommissoriet, afsnit »Partnerkommune«: "
                        + "\"Kulturmetropolen er en aftale mellem 9 partnerkommuner.\"\n\n  ")
                .doesNotContain("via:", "varetager posten som partnerkommune (Roskilde Kommune)");
        assertThat(count(out, "«: \"I Kulturmetropolen 2021-2024 e")).isEqualTo(1);
        assertThat(count(out, "«: \"Kulturmetropolen er en aftale ")).isEqualTo(1);
        assertThat(CliRunner.run("duties", "culture-chief:roskilde", "--lang", "en").out())
                .contains("\nThe culture chief of Roskilde Kommune is accountable to KMK for the duties of the home municipality for music:\n")
                .contains("\nThe culture chief of Roskilde Kommune is a member of KMK, which has these duties:\n").doesNotContain("through:");
    }

    @Test
    void should_list_the_steering_groups_standing_apart_from_its_tasks() {
        String out = CliRunner.run("duties", "culture-committee-chair:koege", "--lang", "da").out();

        assertThat(out).startsWith("Opgaver for kulturudvalgsformanden i Køge Kommune:\n\nKulturudvalgsformanden i Køge Kommune er medlem af "
                        + "Kulturmetropolens politiske styregruppe, som har disse opgaver:\n    Kommissoriet, afsnit »Kulturmetropolens politiske styregruppe")
                .contains("\nTeksten fastsætter desuden denne stilling, som ikke er en opgave:\n\n  Kulturmetropolens politiske styregruppe er "
                        + "Kulturmetropolens øverste besluttende myndighed.\n")
                .doesNotContain("via:");
        assertThat(out.indexOf("øverste besluttende myndighed.")).isGreaterThan(out.indexOf("mødes en til to gange årligt."));
        assertThat(count(out, "«: \"Kulturudvalgsformændene fra de")).isEqualTo(1);
    }

    @Test
    void should_write_the_rows_of_one_sentence_together_in_the_order_the_sentence_has_them() {
        String vice = CliRunner.run("duties", "vice-chair", "--lang", "da").out();
        String kmk = CliRunner.run("duties", "kmk", "--lang", "da").out();
        String psg = CliRunner.run("duties", "political-steering-group", "--lang", "da").out();
        String chief = CliRunner.run("duties", "project-chief:music", "--lang", "en").out();

        // "rådgive og støtte op om den politiske formand samt deltage i planlægningen og udførelsen af møderne"
        assertThat(vice).containsSubsequence("rådgive og støtte op om den politiske formand.",
                "deltager i planlægningen af møderne", "deltager i udførelsen af møderne");
        // "drøfte regionale kulturpolitiske emner samt foreslå og kvalificere oplæg": next to each other, in that order
        assertThat(kmk).contains("KMK skal drøfte regionale kulturpolitiske emner.\n    gælder fra 1. januar 2021 til 31. december 2024\n"
                + "    Kommissoriet, afsnit »Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)«: \"KMK skal herudover drøfte regionale "
                + "kulturpolitiske emner samt foreslå og kvalificere oplæg til Kulturmetropolens politiske styregruppe.\"\n\n  KMK skal foreslå og kvalificere");
        assertThat(psg).containsSubsequence("arbejder for en sammenhængende regional kulturpolitik.", "sikrer lokal opbakning til og forankring af Kulturmetropolen.")
                .containsSubsequence("orienteres om fremdriften", "drøfte regionale kulturpolitiske emner.", "beslutte at igangsætte nye indsatsområder");
        // "indlevere årsplan og årligt budgetforslag", in English too
        assertThat(chief).containsSubsequence("submitting the annual plan", "submitting a yearly budget proposal");
    }

    @Test
    void should_keep_the_rows_where_the_sentence_cannot_take_a_list() {
        // "Det er Roskilde Kommunes egen opgave ...": a genitive cannot become "hver af de ni partnerkommuner (...)s"
        String out = CliRunner.run("find", "høste", "--lang", "da").out();

        assertThat(out).contains("\n  Det er Roskilde Kommunes egen opgave og ansvar at bidrage til og høste af kulturmetropolsamarbejdet.\n")
                .doesNotContain("partnerkommuner (", "\u0001", "\u0002");
        assertThat(count(out, "«: \"Det er den enkelte kommunes eg")).isEqualTo(9);
    }

    /** The answer rows of a text answer: each begins on a line indented by two spaces. */
    static int rows(String out) {
        return (int) out.lines().filter(l -> l.startsWith("  ") && !l.startsWith("   ")).count();
    }

    static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
