package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The calendar in Danish a civil servant would sign (the second review, (B) and (C)): readings, labels, who, an empty window. */
class CalendarDanishCliTest {
    private static final String[] YEAR = {"calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--lang", "da"};

    @Test
    void should_write_the_readings_as_sentences_naming_the_year_and_saying_what_must_have_happened() {
        String out = CliRunner.run(YEAR).out();

        assertThat(out)
                .contains("    fortolkning: teksten angiver ingen dato. Det forstås sådan, at regnskabet for 2021 skal godkendes i løbet af 2022.\n")
                .contains("    fortolkning: teksten angiver ingen dato. Det forstås sådan, at årsplan og budget for 2023 skal foreligge, "
                        + "før året begynder, dvs. i løbet af 2022.\n")
                .contains("    fortolkning: teksten angiver ingen dato inden for 1. kvartal 2022; mødet skal derfor være holdt senest den 31. marts 2022.\n")
                .contains("    fortolkning: teksten angiver ingen dato inden for året 2022; møderne skal derfor være holdt senest den 31. december 2022.\n")
                .contains("    Opgaven gentages fire gange om året; her for året 2022.\n")
                // the year the accounts are for, named
                .contains("  Senest den 31. december 2022: Sekretariatschefen skal aflægge regnskabet for 2021 til den administrative formand.\n")
                // the project chiefs, each, with the text's own verb for the plan
                .contains("Projektcheferne for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, Musikindsatsen og Ungeindsatsen skal hver ")
                // who KMK is: its members, as the text names them (chef-repræsentanter, review 4 A13), in Danish alphabetical
                // order (Roskilde before Rødovre); the day is the end of a window, not a meeting day
                .contains("    Det gælder medlemmerne af KMK fra Albertslund, Furesø, Halsnæs, Helsingør, Herlev, Ishøj, Køge, Roskilde og "
                        + "Rødovre Kommuner.\n");
        // near miss: none of the old wordings is left, and "fortolkning" is written one way
        assertThat(out).doesNotContain("forstås at skulle", "det skal være sket", "tilbagevendende:", "i året efter:", "før året begynder:",
                "hvem den dag:", "Fortolkning:", "kulturchefen i Albertslund Kommune, kulturchefen", "årligt regnskab til den administrative formand.\n");
    }

    @Test
    void should_put_the_plan_with_the_texts_verb_and_no_body_in_a_full_sentence() {
        String out = CliRunner.run("calendar", "--from", "2022-11-01", "--to", "2022-11-30", "--plan", "plan-2022.csv", "--lang", "da").out();

        assertThat(out)
                .contains("\n  Senest til KMKs møde den 3. november 2022: Projektcheferne for Kultur- og sundhedsindsatsen »Et bedre liv med kultur«, "
                        + "Musikindsatsen og Ungeindsatsen skal hver indlevere årsplanen og budgetforslaget for 2023 til KMK.\n"
                        + "    fortolkning: KMK godkender på mødet, så opgaven skal være løst inden.\n")
                .contains("\n  KMKs møde den 3. november 2022: KMK godkender årsplanen og budgettet for 2023 for Kultur- og sundhedsindsatsen "
                        + "»Et bedre liv med kultur«, Musikindsatsen og Ungeindsatsen.\n");
        assertThat(CliRunner.run("calendar", "--from", "2022-12-01", "--to", "2022-12-31", "--plan", "plan-2022.csv", "--lang", "da").out())
                .contains("    Skal ikke på en dagsorden: opgaven ligger ikke hos et mødeorgan.\n").doesNotContain("Ikke på et mødes dagsorden");
    }

    @Test
    void should_say_why_nothing_falls_due_after_the_agreement_period() {
        assertThat(CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-03-31", "--lang", "da").out())
                .isEqualTo("Hvad forfalder fra 1. januar 2025 til 31. marts 2025?\n\n"
                        + "  Intet forfalder i perioden. Aftaleperioden sluttede den 31. december 2024, men den næste opgave står i kalenderen"
                        + " den 31. december 2025.\n");
        assertThat(CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-03-31", "--lang", "en").out())
                .endsWith("  Nothing falls due in the window. The agreement period ended on 2024-12-31, but the next task stands in the"
                        + " calendar on 2025-12-31.\n");
        // after the last task from the period: its date was the tool's assumption, and the tasks do not lapse by it (review 8)
        assertThat(CliRunner.run("calendar", "--from", "2026-01-01", "--to", "2026-03-31", "--lang", "da").out())
                .endsWith("  Intet forfalder i perioden. Aftaleperioden sluttede den 31. december 2024. Kommissoriet fastsætter ingen frist for"
                        + " de opgaver, der følger efter aftaleperioden; værktøjet antager, at de skal være løst senest den 31. december 2025."
                        + " Er de ikke løst, bortfalder de ikke af den grund.\n");
        assertThat(CliRunner.run("calendar", "--from", "2027-01-01", "--to", "2027-12-31", "--lang", "en").out())
                .endsWith("  Nothing falls due in the window. The agreement period ended on 2024-12-31. The text sets no date for the tasks"
                        + " that follow the period; the tool assumes they are done by 2025-12-31. If they are not, they do not lapse for that reason.\n");
        // near miss: with no task the tool dated after the period, only that the period ended
        dk.kulturmetropol.rules.Governance g = dk.kulturmetropol.rules.Governance.kulturmetropolen();
        java.time.LocalDate from = java.time.LocalDate.of(2026, 1, 1);
        assertThat(CalendarOutput.text(java.util.List.of(), from, from.plusMonths(3), dk.kulturmetropol.model.Sentences.of(g.labels(dk.kulturmetropol.model.Language.DA)),
                g.agreement().period(), java.util.Optional.empty(), java.util.Optional.empty()))
                .endsWith("  Intet forfalder i perioden; aftaleperioden sluttede den 31. december 2024.\n");
    }

    @Test
    void should_say_in_the_heading_when_only_the_tool_dates_a_task(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        // a focus area that ends mid-period: its final accounts over the year after, a date the text does not set
        String ends = dk.kulturmetropol.rules.AgreementYaml.defaultText()
                .replace("{ id: youth, name: Ungeindsatsen, home: albertslund }", "{ id: youth, name: Ungeindsatsen, home: albertslund, to: 2022-06-30 }");
        java.nio.file.Path config = java.nio.file.Files.writeString(dir.resolve("ends.yaml"), ends);
        String out = CliRunner.run("calendar", "--from", "2022-07-01", "--to", "2023-06-30", "--lang", "da", "--config", config.toString()).out();
        assertThat(out).contains("\n  Senest den 30. juni 2023 (værktøjets antagelse): Teksten nævner ikke, hvem der aflægger slutregnskabet for Ungeindsatsen;")
                // near miss: a yearly duty within the period is due within its year by the text's own words
                .contains("\n  Senest den 31. december 2022: KMK skal godkende regnskabet for 2021");
        assertThat(CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "en").out())
                .contains("\n  By the end of 2025 (the tool's assumption)  The text does not say who renders the final accounts for the music focus area;");
        assertThat(CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "da", "--format", "html").out())
                .contains("<td class=\"when\">Inden udgangen af 2025 (værktøjets antagelse)<span class=\"window\">kommissoriet angiver ingen dato</span></td>");
        assertThat(CliRunner.run("calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--lang", "da", "--format", "html").out())
                .doesNotContain("værktøjets antagelse");
    }

    @Test
    void should_say_what_is_done_with_the_accounts_and_name_the_municipalities_in_the_plural() {
        String year = CliRunner.run(YEAR).out();
        // review 9: the secretariat renders its accounts, the project chiefs submit theirs, KMK approves them
        assertThat(year).contains("Det forstås sådan, at regnskabet for 2021 skal aflægges i løbet af 2022.")
                .contains("Det forstås sådan, at regnskabet for 2021 skal indsendes i løbet af 2022.")
                .contains("Det forstås sådan, at regnskabet for 2021 skal godkendes i løbet af 2022.")
                .doesNotContain("skal behandles")
                .contains("fra Albertslund, Furesø, Halsnæs, Helsingør, Herlev, Ishøj, Køge, Roskilde og Rødovre Kommuner.")
                .contains("Godkendelsen kan først ske, når materialet er indsendt, selv om indsendelse og godkendelse har samme frist.");
        // a quarter with no deadline says so in a sentence (review 9), in the text and on the page
        assertThat(CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "da", "--format", "quarters").out())
                .contains("1. kvartal 2025\n\n  Ingen frister i kvartalet.\n");
        assertThat(CliRunner.run("calendar", "--from", "2025-01-01", "--to", "2025-12-31", "--lang", "da", "--format", "html").out())
                .contains(">Ingen frister i kvartalet.</p>");
        // near miss: one municipality keeps the singular
        dk.kulturmetropol.model.Sentences da = dk.kulturmetropol.model.Sentences.of(
                dk.kulturmetropol.rules.Governance.kulturmetropolen().labels(dk.kulturmetropol.model.Language.DA));
        assertThat(CalendarOutput.places(java.util.List.of("Køge Kommune", "Ishøj Kommune"), true, da)).isEqualTo("Ishøj og Køge Kommuner");
        assertThat(CalendarOutput.places(java.util.List.of("Ishøj Kommune"), true, da)).isEqualTo("Ishøj Kommune");
    }

}
