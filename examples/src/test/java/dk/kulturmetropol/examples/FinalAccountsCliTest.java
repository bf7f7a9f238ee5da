package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, home.tasks-3, at the command line: who renders the final accounts is answered on the days they can exist,
 * after the focus area has ended, naming no one and saying the text sets no date; the calendar of 2025 lists them.
 */
class FinalAccountsCliTest {

    @Test
    void should_answer_after_the_period_with_the_row_that_names_no_one_and_say_the_text_sets_no_date() {
        String out = CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2025-01-01", "--lang", "da").out();

        assertThat(out).contains("\nTeksten fastsætter opgaven, men nævner ikke, hvem der har den:\n")
                .contains("\n  Teksten nævner ikke, hvem der aflægger slutregnskabet for Musikindsatsen; det aflægges til sekretariatet"
                        + " ud fra de af sekretariatet angivne retningslinjer, når perioden er afsluttet, på en dato, som teksten ikke fastsætter.\n")
                .contains("\n    gælder fra 1. januar 2025 til 31. december 2025\n")
                .contains("Kommissoriet, afsnit »Hjemkommune«: ")
                .doesNotContain("Bemærk");
        assertThat(CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2025-03-01").out())
                .contains("(no one named) must submit final-accounts for music to secretariat, due after 2024-12-31, on a date the text leaves open")
                .contains("valid 2025-01-01..2025-12-31");
    }

    @Test
    void should_not_answer_before_the_focus_area_has_ended() {
        assertThat(CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--as-of", "2024-12-31", "--lang", "da").out())
                .contains("Bemærk: Slutregnskabet for Musikindsatsen kan først aflægges, når indsatsområdet er slut, fra den 1. januar 2025;")
                .doesNotContain("Teksten fastsætter opgaven");
        // every other question still hears that the period has ended
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--as-of", "2025-01-01", "--lang", "da").out())
                .contains("Bemærk: Aftaleperioden sluttede den 31. december 2024; kommissoriet gælder ikke den 1. januar 2025.");
    }

    @Test
    void should_list_the_final_accounts_of_each_focus_area_in_the_calendar_of_2025() {
        String out = CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "da").out();

        for (String area : new String[] {"Kultur- og sundhedsindsatsen »Et bedre liv med kultur«", "Musikindsatsen", "Ungeindsatsen"}) {
            assertThat(out).contains("\n  Inden udgangen af 2025 (værktøjets antagelse): Teksten nævner ikke, hvem der aflægger slutregnskabet for "
                    + area + ";");
        }
        assertThat(out).contains("fortolkning: teksten angiver ingen dato. Et slutregnskab kan først aflægges, når indsatsområdet er slut;")
                .doesNotContain("Intet forfalder");
        assertThat(CliRunner.run("calendar", "--from", "2026-01-01", "--to", "2026-12-31", "--lang", "da").out())
                .contains("Intet forfalder i perioden. Aftaleperioden sluttede den 31. december 2024. Kommissoriet fastsætter ingen frist for de"
                        + " opgaver, der følger efter aftaleperioden; værktøjet antager, at de skal være løst senest den 31. december 2025. Er de"
                        + " ikke løst, bortfalder de ikke af den grund.");
    }
}
