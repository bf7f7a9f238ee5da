package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fifth Danish review's findings (issue 16), from the command line. */
class FifthReviewCliTest {

    @Test
    void should_write_the_secretariats_budget_whole_in_the_calendar_with_its_reading_on_a_line_of_its_own_n2() {
        // secretariat.economy: "Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden." The calendar
        // gives the date above the sentence; the clause that only said the date goes with it, the reading gets its own line
        String da = CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2021-12-31", "--lang", "da").out();
        assertThat(da).contains("  Den 1. januar 2021: Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden, men teksten"
                        + " nævner ikke, hvem der fastlægger den.\n"
                        + "    fortolkning: »ved aftalens start« forstås som senest aftaleperiodens første dag\n"
                        + "    secretariat.economy: \"Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden.\"\n")
                .doesNotContain("forstås som.");
        assertThat(CliRunner.run("calendar", "--from", "2021-01-01", "--to", "2021-12-31", "--lang", "en").out())
                .contains("  2021-01-01  The secretariat's budget is set at the start of the agreement for the whole agreement period, but the"
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
}
