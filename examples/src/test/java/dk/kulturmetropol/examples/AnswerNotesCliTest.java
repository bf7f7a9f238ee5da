package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.Governance;
import org.junit.jupiter.api.Test;

/**
 * The notes and headings around a Danish answer read as a civil servant writes them (the review's part B): what the
 * unnamed rows are, the find heading, the focus-area name note in the text's words, a one-day validity, a post
 * holder in the definite form, the seat note, and the text's idiom "aflægge regnskab" askable.
 */
class AnswerNotesCliTest {

    @Test
    void should_head_unnamed_rows_by_what_they_are() {
        assertThat(CliRunner.run("who", "appoint", "vice-chair", "--lang", "da").out())
                .contains("\nTeksten fastsætter opgaven, men nævner ikke, hvem der har den:\n").doesNotContain("nævner ingen:");
        assertThat(CliRunner.run("holder", "head-of-secretariat", "--lang", "da").out())
                .contains("\nTeksten opretter posten, men nævner ikke, hvem der varetager den:\n\n"
                        + "  Teksten nævner ikke, hvem der er sekretariatschef; vedkommende ansættes af den administrative formand.\n");
    }

    @Test
    void should_quote_the_words_asked_in_the_find_heading() {
        assertThat(CliRunner.run("find", "samlede", "vision", "--lang", "da").out()).startsWith("Hvad står der i teksten om »samlede vision«?\n");
    }

    @Test
    void should_give_the_texts_own_name_of_a_focus_area_once() {
        String out = CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--lang", "da").out();

        assertThat(out).endsWith("\n\nNavnet Musikindsatsen er kulturaftalens; kommissoriet skriver »Kulturmetropolens Musikindsats«.\n");
    }

    @Test
    void should_say_that_a_one_day_duty_holds_on_that_day() {
        // no shipped rule states a one-day duty since the final accounts hold for the year after the period (home.tasks-3)
        Sentences da = Sentences.of(Governance.kulturmetropolen().labels(Language.DA));
        java.time.LocalDate day = java.time.LocalDate.of(2024, 12, 31);

        assertThat(da.validity(new Validity(day, day, "the agreement period of Kulturmetropolen 2021-2024")))
                .isEqualTo("gælder den 31. december 2024");
        assertThat(CliRunner.run("who", "submit", "final-accounts", "--scope", "music", "--lang", "da").out())
                .contains("\n    gælder fra 1. januar 2025 til 31. december 2025\n")
                .doesNotContain("retningslinjer efter den").doesNotContain("rækken");
    }

    @Test
    void should_name_a_post_holder_in_the_definite_form() {
        Governance g = Governance.kulturmetropolen();
        Sentences da = Sentences.of(g.labels(Language.DA));
        Duty duty = Duty.of("r", "c", "political-chair", "approve", "annual-plan", new Validity(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2024, 12, 31), "the agreement period"));
        Map<String, List<String>> resolved = Map.of("political-chair", List.of("culture-committee-chair:ishoej"));

        assertThat(da.of(duty, id -> resolved.getOrDefault(id, List.of()))).startsWith("Den politiske formand (kulturudvalgsformanden i Ishøj Kommune) ");
    }

    @Test
    void should_say_the_agreement_names_the_municipality_of_a_seat() {
        assertThat(CliRunner.run("members", "kmk", "--lang", "da").out())
                .contains("\n\nKommissoriet nævner ikke Furesø, Halsnæs, Helsingør, Herlev, Køge og Rødovre Kommuner ved navn; det gør kulturaftalen.\n")
                .doesNotContain("nævner ikke kommunen ved navn")
                .doesNotContain("navngiver medlemmet");
    }

    @Test
    void should_ask_in_the_texts_idiom_aflaegge_regnskab() {
        CliRunner run = CliRunner.run("who", "aflægge", "regnskab", "--lang", "da");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\n  Sekretariatschefen aflægger årligt regnskab til den administrative formand.\n")
                .contains("Kommissoriet, afsnit »Sekretariat«: \"Sekretariatschefen ansættes af, refererer til og aflægger årligt regnskab til den administrative formand.\"");
        // the same word with another verb is the matter the text pairs with that verb, and without a verb it is refused
        assertThat(CliRunner.run("who", "godkende", "regnskab", "--scope", "music", "--lang", "da").out())
                .contains("KMK godkender hvert år det forudgående års regnskab for Musikindsatsen.");
        CliRunner.run("who", "drøfte", "regnskab").refusedWith("matter 'regnskab' fits 2 ids: annual-accounts");
    }

    @Test
    void should_write_a_natural_general_note_where_the_text_name_is_not_known() {
        // the general note for a focus area the words do not know the text's name of
        Sentences da = Sentences.of(Labels.of(Language.DA));
        assertThat(AnswerText.areaNamesNote(List.of("gladsaxe-area"), da)).isEqualTo("Navnet gladsaxe-area kommer fra kulturaftalen, ikke fra kommissoriet.");
    }
}
