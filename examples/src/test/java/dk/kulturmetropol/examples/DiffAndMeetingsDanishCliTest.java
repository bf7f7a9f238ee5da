package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** diff, meetings and validate in Danish a civil servant would sign (the second review, A15, (B), (D)), and English one-day dates. */
class DiffAndMeetingsDanishCliTest {
    private static final String MUSIC_MOVES = "configs/music-moves-2022.yaml";

    @Test
    void should_say_a_changed_validity_once_and_that_the_kommissorium_names_another_home() {
        String out = CliRunner.run("diff", "--after", MUSIC_MOVES, "--lang", "da").out();

        assertThat(out).startsWith("Ti ændringer (+ tilføjet, - fjernet, ~ ændret); to gentagelser er udeladt:\n")
                .contains("\n  ~ Roskilde Kommune er hjemkommune for Musikindsatsen: gælder nu til 30. juni 2022 (før: til 31. december 2024).\n")
                .contains("\n  + Herlev Kommune er hjemkommune for Musikindsatsen ifølge den ændrede aftale; kommissoriet nævner Roskilde Kommune. "
                        + "Gælder fra 1. juli 2022 til 31. december 2024.\n")
                .contains("hvor vedkommende er ansat (Herlev Kommune). Gælder fra 1. juli 2022 til 31. december 2024.\n");
        // near miss: no arrow, no two parentheses in a row, no line twice
        assertThat(out).doesNotContain("->").doesNotContain(") (");
        assertThat(out.lines().filter(l -> l.startsWith("  ~ ") || l.startsWith("  + ") || l.startsWith("  - "))).doesNotHaveDuplicates().hasSize(8);
        // the note is only where the text names the home word for word: not on the culture chief's duty
        assertThat(out.lines().filter(l -> l.contains("kommissoriet nævner"))).hasSize(1);
    }

    @Test
    void should_count_meetings_against_the_texts_range_in_its_words() {
        String out = CliRunner.run("meetings", "--log", "meetings.csv", "--as-of", "2022-05-01", "--lang", "da").out();

        assertThat(out).contains("    2021: to møder afholdt; kommissoriet fastsætter en til to gange om året – i orden\n")
                .contains("    2021: fire møder afholdt; kommissoriet fastsætter fire gange om året – i orden\n")
                .contains("    2022: ét møde afholdt; kommissoriet fastsætter fire gange om året – endnu ikke afsluttet\n")
                .contains("    1. kvartal 2021: ét møde afholdt; kommissoriet fastsætter mindst én gang i kvartalet – i orden\n")
                .doesNotContain("et til to krævet", "året 2021", "et til to gange");
    }

    @Test
    void should_write_a_single_day_in_words_in_english_prose() {
        // no shipped fact holds one day since the final accounts hold for the year after the period (home.tasks-3)
        java.time.LocalDate day = java.time.LocalDate.of(2024, 12, 31);
        assertThat(dk.kulturmetropol.model.Sentences.of(dk.kulturmetropol.rules.Governance.kulturmetropolen().labels(dk.kulturmetropol.model.Language.EN))
                .validity(new dk.kulturmetropol.model.Validity(day, day, "the agreement period of Kulturmetropolen 2021-2024"))).isEqualTo("valid on 31 December 2024");
        assertThat(CliRunner.run("validate", "--lang", "en").out()).contains("This holds 2025-01-01..2025-12-31.\n").doesNotContain("This holds 2024-12-31");
        assertThat(CliRunner.run("calendar", "--from", "2022-06-30", "--to", "2022-06-30", "--lang", "en").out()).startsWith("What falls due on 30 June 2022:\n");
        assertThat(CliRunner.run("find", "slutregnskab", "--lang", "en").out()).contains("    valid 2025-01-01..2025-12-31\n").doesNotContain("valid on 2024-12-31");
        assertThat(CliRunner.run("diff", "--after", MUSIC_MOVES, "--lang", "en").out())
                .contains("  ~ Roskilde Kommune is the home municipality of the music focus area: now valid until 30 June 2022 (before: until 31 December 2024).\n");
    }
}
