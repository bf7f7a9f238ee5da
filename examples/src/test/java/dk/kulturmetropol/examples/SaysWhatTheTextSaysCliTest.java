package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The Danish answers say what the quoted sentence says, each once (the review of the Danish output, items A3-A13 and
 * the placement note): one sentence of the text over several bodies, partners or matters is one row, "bl.a." is kept,
 * "et ansvar" stays "et ansvar", "vedtagne" stays the text's verb, and a reading says it is one.
 */
class SaysWhatTheTextSaysCliTest {

    private static String duties(String actor) {
        CliRunner run = CliRunner.run("duties", actor, "--as-of", "2022-06-01", "--lang", "da");
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void should_print_the_secretariats_help_to_both_chairs_once_with_bl_a() {
        String out = duties("secretariat");

        assertThat(count(out, "\n  Sekretariatet skal bistå den politiske og den administrative formand, bl.a. med udarbejdelse af dagsordener"
                + " og oplæg til møderne i den politiske styregruppe, det politiske formandskab, KMK og den administrative bestyrelse.\n"))
                .isEqualTo(1);
        assertThat(out).doesNotContain("bistå den administrative formand (", "bistå den politiske formand (");
    }

    @Test
    void should_say_partnerne_once_and_mark_it_as_a_reading() {
        String out = duties("secretariat");

        assertThat(count(out, "\n  Sekretariatet skal stå til rådighed for den politiske styregruppe, KMK og partnerne med information")).isEqualTo(1);
        assertThat(out).contains("fortolkning: »partnerne« forstås som partnerkommunerne").doesNotContain("KMK og Albertslund Kommune");
        // the question that found a partner's row still finds it
        assertThat(CliRunner.run("who", "provide", "guidance", "--scope", "roskilde", "--lang", "da").out())
                .contains("KMK og partnerne med information");
    }

    @Test
    void should_give_the_secretariats_primary_task_in_one_sentence_once() {
        String out = duties("secretariat");

        assertThat(count(out, "\n  Sekretariatets primære opgave er at sikre den overordnede fremdrift, kommunikation og økonomistyring af hele"
                + " Kulturmetropolen.")).isEqualTo(1);
        assertThat(out).doesNotContain("sikre den overordnede kommunikation af");
        assertThat(CliRunner.run("who", "ensure", "financial-management", "--lang", "da").out())
                .contains("fremdrift, kommunikation og økonomistyring");
    }

    @Test
    void should_say_that_the_secretariat_sets_the_accounts_guidelines() {
        assertThat(CliRunner.run("duties", "secretariat", "--scope", "music", "--lang", "da").out())
                .contains("\n  Sekretariatet angiver retningslinjerne for, hvordan det reviderede årsregnskab for Musikindsatsen indsendes til sekretariatet.\n")
                .contains("\n  Sekretariatet angiver retningslinjerne for, hvordan års- og slutregnskab for Musikindsatsen aflægges til sekretariatet.\n")
                .doesNotContain("hjemkommunens bistand")
                .contains("fortolkning: sætningen forudsætter retningslinjer fra sekretariatet (»de af sekretariatet angivne retningslinjer«")
                .doesNotContain("indsendes og aflægges ud fra");
    }

    @Test
    void should_give_the_finance_function_to_the_home_municipality_in_one_row() {
        String out = duties("home-municipality:music");

        assertThat(out).doesNotContain("Økonomifunktionen hos");
        assertThat(count(out, "\n  Hjemkommunen for Musikindsatsen (Roskilde Kommune) har forpligtet sig til at stille en økonomifunktion til"
                + " rådighed for projektchefen; økonomifunktionen skal kunne sikre den nødvendige bistand")).isEqualTo(1);
        assertThat(CliRunner.run("who", "support", "annual-and-final-accounts", "--scope", "music", "--lang", "da").out())
                .contains("stille en økonomifunktion til rådighed for projektchefen; økonomifunktionen skal kunne sikre");
    }

    @Test
    void should_state_the_steering_groups_standing_without_claiming_more() {
        assertThat(duties("culture-committee-chair:koege"))
                .contains("fortolkning: sætningen angiver styregruppens stilling som Kulturmetropolens øverste besluttende myndighed, ikke en opgave")
                .doesNotContain("alt i den");
    }

    @Test
    void should_mark_evaluation_as_a_reading_and_keep_both_limits_of_the_freedom_to_lead() {
        String out = duties("project-chief:youth");

        assertThat(out).contains("har ansvaret for at evaluere indsatsområdet.\n    gælder fra 1. januar 2021 til 31. december 2024\n"
                + "    fortolkning: »evaluere« står i teksten uden genstand");
        assertThat(out).contains("fortolkning: projektchefen leder indsatsområdet, som vedkommende finder bedst, inden for rammerne af"
                + " Kulturmetropolen og den årsplan og det budget, KMK har vedtaget");
    }

    @Test
    void should_keep_et_ansvar_where_the_text_says_et_ansvar() {
        String out = duties("political-chair");

        assertThat(out).contains("Den politiske formand har et ansvar for at sætte dagsordenerne for møderne i den politiske styregruppe.")
                .contains("Den politiske formand har et ansvar for at være mellemled mellem det politiske og det administrative niveau.")
                .doesNotContain("har ansvaret for at sætte dagsordenerne");
    }

    @Test
    void should_use_the_texts_verb_vedtage_for_the_budget() {
        assertThat(CliRunner.run("who", "approve", "budget", "--scope", "music", "--lang", "da").out())
                .contains("Budgettet for Musikindsatsen vedtages hvert år af KMK.")
                .doesNotContain("godkender hvert år budgettet");
    }

    @Test
    void should_say_where_the_secretariat_is_placed_once_an_answer() {
        String out = duties("secretariat");

        assertThat(count(out, "Sekretariatet er placeret i Ishøj Kommune. Fortolkning: placeringen gør ikke kommunen ansvarlig for opgaverne ovenfor.\n"))
                .isEqualTo(1);
        assertThat(out).doesNotContain("overtager opgaverne");
    }

    @Test
    void should_print_no_block_twice() {
        for (String actor : new String[] {"secretariat", "kmk", "home-municipality:music", "political-chair", "administrative-chair"}) {
            String out = duties(actor);
            String[] blocks = out.split("\n\n");
            assertThat(blocks).as(actor).doesNotHaveDuplicates();
        }
    }
}
