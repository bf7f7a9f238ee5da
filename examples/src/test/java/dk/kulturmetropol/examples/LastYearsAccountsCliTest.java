package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, review 5 N1, at the command line: the 2024 accounts are submitted (chief.duty-4) and approved (kmk.tasks-5)
 * in 2025, as a reading the answer states; the calendar of 2025 lists the submission, then the approval, on the same day,
 * and with the ministry's pack the day before its 15 September 2025 deadline for sending them on.
 */
class LastYearsAccountsCliTest {

    private static final String READING = "fortolkning: regnskabet for indsatsområdets sidste år kan først aflægges og godkendes,"
            + " når indsatsområdet er slut, og teksten fastsætter ingen dato; det forstås sådan, at det aflægges og godkendes i løbet af året efter";

    @Test
    void should_answer_who_submits_and_who_approves_the_2024_accounts_in_2025() {
        String submit = CliRunner.run("who", "submit", "annual-accounts", "--as-of", "2025-03-01", "--lang", "da").out();
        String approve = CliRunner.run("who", "approve", "annual-accounts", "--scope", "music", "--as-of", "2025-03-01", "--lang", "da").out();

        assertThat(submit).contains("har ansvaret for at indsende det reviderede årsregnskab for indsatsområdets sidste år til sekretariatet,"
                + " når indsatsområdet er slut, ud fra de af sekretariatet angivne retningslinjer.\n")
                .contains("\n    gælder fra 1. januar 2025 til 31. december 2025\n").contains(READING).contains("Kommissoriet, afsnit »Projektchefens rolle")
                .doesNotContain("Bemærk");
        assertThat(approve).contains("\n  KMK godkender regnskabet for det sidste år af Musikindsatsen, når indsatsområdet er slut.\n")
                .contains(READING).contains("Kommissoriet, afsnit »Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)").doesNotContain("Bemærk");
        assertThat(CliRunner.run("who", "approve", "annual-accounts", "--scope", "music", "--as-of", "2026-03-01", "--lang", "da").out())
                // the period's own sentence without "kommissoriet gælder ikke" where the next one keeps the task (review 8)
                .contains("Bemærk: Aftaleperioden sluttede den 31. december 2024. Teksten fastsætter ingen frist for regnskabet for det sidste"
                        + " år af Musikindsatsen;").doesNotContain("kommissoriet gælder ikke");
    }

    @Test
    void should_list_the_2024_accounts_in_the_calendar_of_2025_before_the_ministrys_deadline() {
        String plain = CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "da").out();
        String pack = CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "da",
                "--rules", "packs/ministry-reporting.drl").out();

        String submit = "Projektcheferne for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, Musikindsatsen og Ungeindsatsen skal"
                + " hver indsende det reviderede årsregnskab for 2024 til sekretariatet.";
        String approve = "KMK skal godkende regnskabet for 2024 for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, Musikindsatsen"
                + " og Ungeindsatsen.";
        // after the period, the year is the tool's assumption, and the heading says so (review 8)
        assertThat(plain).contains("\n  Inden udgangen af 2025 (værktøjets antagelse): " + submit)
                .contains("\n  Inden udgangen af 2025 (værktøjets antagelse): " + approve);
        assertThat(plain.indexOf(submit)).isLessThan(plain.indexOf(approve));
        assertThat(pack).contains("\n  Senest den 14. september 2025 (værktøjets antagelse): " + submit)
                .contains("\n  Senest den 14. september 2025 (værktøjets antagelse): " + approve)
                .contains("senest den 14. september 2025, fordi sekretariatet skal sende det videre til Slots- og Kulturstyrelsen senest den 15. september 2025.");
        assertThat(pack.indexOf(submit)).isLessThan(pack.indexOf(approve)).isLessThan(pack.indexOf("Senest den 15. september 2025: Sekretariatet"));
    }
}
