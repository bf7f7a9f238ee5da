package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fifth Danish review's findings (issue 16), from the command line. */
class FifthReviewCliTest {

    @Test
    void should_not_turn_its_own_reading_of_the_final_accounts_into_a_cut_off() {
        // the text sets no deadline for the final accounts; the tool reads them as due in the year after the focus area
        // ends, and after that year says so without saying that the duty is gone (review 5, N4)
        String da = CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2026-03-01", "--lang", "da").out();
        String en = CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2026-03-01", "--lang", "en").out();

        assertThat(da).contains("værktøjet antager, at det aflægges i året efter, at indsatsområdet er slut, fra 1. januar 2025 til 31. december"
                + " 2025, og viser derfor ingen opgave pr. 1. marts 2026. Det er alene en antagelse: er slutregnskabet ikke aflagt, bortfalder"
                + " opgaven ikke af den grund.").doesNotContain("og intet gælder");
        assertThat(en).contains("and so shows no task on 1 March 2026. That is only an assumption: if they have not been rendered, the duty"
                + " does not lapse for that reason.");
        // near miss: within the year of the reading the task is there, and nothing is said of a duty still holding
        assertThat(CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2025-03-01", "--lang", "da").out())
                .contains("gælder fra 1. januar 2025 til 31. december 2025").doesNotContain("bortfalder");
    }

    @Test
    void should_write_the_secretariats_budget_whole_in_the_calendar_with_its_reading_on_a_line_of_its_own_n2() {
        // secretariat.economy: "Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden." The calendar
        // gives the date above the sentence; the clause that only said the date goes with it, the reading gets its own line
        String da = CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2021-12-31", "--lang", "da").out();
        assertThat(da).contains("  Senest den 1. januar 2021: Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden, men teksten"
                        + " nævner ikke, hvem der fastlægger den.\n"
                        + "    fortolkning: »ved aftalens start« forstås som senest aftaleperiodens første dag\n"
                        + "    Kommissoriet, afsnit »Sekretariat«: \"Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden.\"\n")
                .doesNotContain("forstås som.");
        assertThat(CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2021-12-31", "--lang", "en").out())
                .contains("  By 2021-01-01  The secretariat's budget is set at the start of the agreement for the whole agreement period, but the"
                        + " text does not say who sets it.\n"
                        + "    reading: 'ved aftalens start' is read as by the first day of the agreement period\n")
                .doesNotContain("is read as.");
        // where the date is not said above it, the sentence keeps it (validate, who)
        assertThat(CliRunner.run("validate", "--lang", "da").out())
                .contains("hvem der fastlægger den; »ved aftalens start« forstås som senest den 1. januar 2021.");
        // near miss: a date set off by a comma is not a clause of its own; the clause before it stays (home.tasks-3)
        assertThat(CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "da").out())
                .contains("Musikindsatsen; det aflægges til sekretariatet ud fra de af sekretariatet angivne retningslinjer, ");
    }

    @Test
    void should_show_a_fact_of_the_texts_own_years_as_ended_not_carried_into_the_new_period_a4() {
        // chairs.host: "Ishøj Kommune har forpligtiget sig til at huse ... sekretariatet i hele aftaleperioden 2021-2024."
        String da = CliRunner.run("diff", "--after", "configs/kulturmetropolen-2025-2028.yaml", "--lang", "da").out();
        String tilsagn = " (kommissoriets tilsagn for 2021-2024; et nyt tilsagn fremgår ikke af den ændrede aftale). Gælder fra 1. januar 2021 til"
                + " 31. december 2024.\n";
        assertThat(da).contains("  - Ishøj Kommune har forpligtet sig til at huse sekretariatet i hele aftaleperioden" + tilsagn)
                .contains("  - Ishøj Kommune har forpligtet sig til at stille sin organisation til rådighed for sekretariatet i hele aftaleperioden" + tilsagn)
                .contains("  - Hjemkommunen for Musikindsatsen har forpligtet sig til at ansætte projektchefen i hele aftaleperioden" + tilsagn)
                .contains("  - Næstformændene vælges for hele aftaleperioden, men teksten nævner ikke, hvem der vælger dem (kommissoriet fastsætter det"
                        + " kun for aftaleperioden 2021-2024; den ændrede aftale siger intet om det). Gælder fra 1. januar 2021 til 31. december 2024.\n")
                // never said to hold through 2028 and denied in the same line
                .doesNotContain("Kommissoriets tilsagn gælder kun", "huse sekretariatet i hele aftaleperioden: gælder nu");
        // each of the three homes' three commitments of home.tasks-3, and the host's two of chairs.host
        assertThat(da.lines().filter(l -> l.startsWith("  - ") && l.contains(tilsagn.substring(0, tilsagn.indexOf(')') + 1)))).hasSize(11);
        // near miss: a fact of the same sentence that held beyond those years already (the final accounts, shown a year
        // after the period) is still a change of dates, with the note
        assertThat(da).containsPattern("  ~ Teksten nævner ikke, hvem der aflægger slutregnskabet for Musikindsatsen;[^\\n]*gælder nu fra 1. januar 2029");
        // near miss: a fact whose sentence names no years is carried into the new period as before
        assertThat(da).contains("  ~ Sekretariatet er placeret i Ishøj Kommune: gælder nu fra 1. januar 2025 til 31. december 2028 (før: fra 1. januar 2021"
                + " til 31. december 2024).\n");
        assertThat(CliRunner.run("diff", "--after", "configs/kulturmetropolen-2025-2028.yaml", "--lang", "en").out())
                .contains("  - Ishøj Kommune has committed itself to housing the secretariat throughout the agreement period (the kommissorium's"
                        + " commitment for 2021-2024; the changed agreement gives no new one). Valid 2021-01-01..2024-12-31.\n");
    }

    @Test
    void should_give_the_substitutes_sentence_once_in_the_review_with_the_municipality_as_who_n5() {
        // psg.substitute: two facts (the municipality may appoint, the substitute may sit) give one sentence word for word
        String md = CliRunner.run("review", "--format", "markdown", "--lang", "da").out();
        assertThat(md.lines().filter(l -> l.startsWith("- Det er muligt for hver af de ni partnerkommuner"))).hasSize(1);
        assertThat(md).contains("at udpege en politisk suppleant fra egen kommune til Kulturmetropolens politiske styregruppe.  \n"
                        + "  hvem: hver af de ni partnerkommuner · gælder fra 1. januar 2021 til 31. december 2024\n")
                .doesNotContain("hvem: den politiske suppleant");
        // near miss: two facts of one sentence that read differently stay two items (psg.tasks-3: informed; who informs)
        assertThat(md.lines().filter(l -> l.startsWith("- Den politiske styregruppe skal løbende orienteres om fremdriften i "))).hasSize(2);
        String html = CliRunner.run("review", "--format", "html", "--lang", "da").out();
        assertThat(org.jsoup.Jsoup.parse(html).select("li").eachText().stream().filter(t -> t.contains("at udpege en politisk suppleant"))).hasSize(1);
    }

    @Test
    void should_say_who_holds_the_post_a_sentence_names_alone() {
        // chairs.tasks-1 names the post, "Den politiske formands opgave er at lede den politiske styregruppe"; chairs.who-1
        // names its holder, which the answer says beneath the sentence
        assertThat(CliRunner.run("who", "lead", "political-steering-group", "--as-of", "2022-06-01", "--lang", "da").out())
                .contains("  Den politiske formands opgave er at lede den politiske styregruppe.\n"
                        + "    Den politiske formand er kulturudvalgsformanden i Ishøj Kommune.\n"
                        + "    gælder fra 1. januar 2021 til 31. december 2024\n");
        assertThat(CliRunner.run("who", "lead", "political-steering-group", "--lang", "en").out())
                .contains("    The political chair is the culture committee chair of Ishøj Kommune.\n");
        // near misses: a body is not its members; a sentence that names the holder already says it once
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--lang", "da").out()).doesNotContain("KMK er ");
        String home = CliRunner.run("duties", "home-municipality:music", "--as-of", "2022-06-01", "--lang", "da").out();
        assertThat(home).contains("Hjemkommunen for Musikindsatsen (Roskilde Kommune) har forpligtet sig").doesNotContain(" er Roskilde Kommune.");
    }
}
