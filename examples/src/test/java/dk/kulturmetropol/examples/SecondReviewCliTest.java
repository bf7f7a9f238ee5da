package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.Deadline;
import dk.kulturmetropol.rules.Finding;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.MeetingFinding;
import dk.kulturmetropol.rules.Why;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The second review of the Danish output, section (A): answers that said something different from the kommissorium,
 * each asked from the command line as the reviewer asked it.
 */
class SecondReviewCliTest {

    @ParameterizedTest
    @ValueSource(strings = {"da", "en"})
    void should_find_the_texts_own_words_for_the_accounts_without_a_stack_trace(String lang) {
        for (String word : List.of("årsregnskab", "slutregnskab")) {
            CliRunner run = CliRunner.run("find", word, "--lang", lang);

            assertThat(run.exit()).as(word + ": " + run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("\"Hjemkommunen har forpligtiget sig").contains(lang.equals("da") ? "Kommissoriet, afsnit »Hjemkommune«" : "home.tasks-3");
        }
        // the final accounts of the three focus areas are one row naming them (OneSentenceCliTest), under the heading for one task
        assertThat(CliRunner.run("find", "slutregnskab", "--lang", "da").out())
                .contains("Teksten fastsætter opgaven, men nævner ikke, hvem der har den:\n\n  Teksten nævner ikke, hvem der aflægger "
                        + "slutregnskabet for hvert af de tre indsatsområder (");
    }

    @Test
    void should_have_every_heading_and_label_a_key_is_built_for_in_both_languages() {
        Governance g = Governance.kulturmetropolen();
        for (Language language : Language.values()) {
            Sentences words = Sentences.of(Labels.of(language, g.agreement()));
            List<String> keys = new ArrayList<>();
            for (AnswerText.UnnamedKind kind : AnswerText.UnnamedKind.values()) {
                keys.add(kind.headKey(1));
                keys.add(kind.headKey(2));
            }
            for (Modality m : Modality.values()) {
                keys.add("modality." + m.id());
            }
            for (Finding.Severity s : Finding.Severity.values()) {
                keys.add("severity." + s.id());
            }
            for (Why.Reason r : Why.Reason.values()) {
                keys.add("why." + r.id());
            }
            for (MeetingFinding.Status s : MeetingFinding.Status.values()) {
                keys.add("meetings.status." + s.id());
            }
            for (Deadline.Kind k : Deadline.Kind.values()) {
                keys.add("deadline.kind." + k.id());
                if (k != Deadline.Kind.DEADLINE) {
                    keys.add("deadline.reading." + k.id());
                }
            }
            assertThat(keys).as(language.toString()).allSatisfy(key -> assertThat(words.words(key)).as(language + " " + key).isPresent());
        }
    }

    @Test
    void should_give_the_secretariats_reporting_to_the_steering_group_instead_of_no_rule() {
        CliRunner da = CliRunner.run("reports", "--to", "political-steering-group", "--lang", "da");

        assertThat(da.exit()).as(da.err()).isZero();
        assertThat(da.out()).startsWith("Hvem refererer til Kulturmetropolens politiske styregruppe?\n\n"
                        + "Kommissoriet fastsætter intet referenceforhold til Kulturmetropolens politiske styregruppe.\n\n"
                        + "Afrapportering til Kulturmetropolens politiske styregruppe:\n\n"
                        + "  Sekretariatet har ansvaret for afrapportering på den samlede kulturmetropol til Kulturministeriet,"
                        + " Kulturmetropolens politiske styregruppe og KMK.\n")
                .contains("    Kommissoriet, afsnit »Sekretariat«: \"Sekretariatet har ansvaret for afrapportering")
                .doesNotContain("ingen regel", "Bemærk");
        assertThat(CliRunner.run("reports", "secretariat", "--lang", "da").out())
                .contains("Kommissoriet fastsætter intet referenceforhold for sekretariatet som enhed.\n\n").contains("\nAfrapportering fra sekretariatet:\n")
                .contains("»Sekretariat«: \"Sekretariatet har ansvaret for afrapportering");
        assertThat(CliRunner.run("reports", "secretariat", "--lang", "en").out())
                .contains("The text sets no reporting line for the secretariat as a unit.\n\n").contains("\nReports delivered by the secretariat:\n")
                .contains("  The secretariat is responsible for reporting on Kulturmetropolen as a whole to the Ministry of Culture");
        assertThat(CliRunner.run("reports", "--to", "kmk", "--lang", "da").out())
                .contains("refererer projektchefen for Musikindsatsen")
                .contains("Afrapportering til KMK:\n\n  Sekretariatet har ansvaret for afrapportering på den samlede kulturmetropol");
        assertThat(CliRunner.run("reports", "--to", "political-steering-group", "--format", "json").out())
                .contains("\"delivered\" : [ {\n    \"actor\" : \"secretariat\"");
    }

    @Test
    void should_say_what_the_text_does_not_say_in_words_of_the_question() {
        assertThat(CliRunner.run("where", "kmk", "--lang", "da").out())
                .isEqualTo("Hvor er KMK placeret?\n\nKommissoriet siger intet om, hvor KMK er placeret.\n");
        assertThat(CliRunner.run("where", "kmk", "--lang", "en").out())
                .isEqualTo("Where is KMK placed?\n\nThe text does not say where KMK is placed.\n");
        assertThat(CliRunner.run("where", "kmk", "--lang", "da", "--format", "json").out())
                .contains("\"note\" : \"Kommissoriet siger intet om, hvor KMK er placeret.\"");
    }

    @Test
    void should_say_who_employs_the_project_chief_and_makes_its_organisation_available_when_asked_where() {
        CliRunner da = CliRunner.run("where", "project-chief:music", "--lang", "da");

        assertThat(da.out()).startsWith("Hvor er projektchefen for Musikindsatsen placeret?\n\n"
                        + "Kommissoriet siger ikke, hvor projektchefen for Musikindsatsen er placeret, men hvem der ansætter vedkommende"
                        + " og stiller sin organisation til rådighed:\n")
                .contains("\n  Hjemkommunen for Musikindsatsen (Roskilde Kommune) har forpligtet sig til at stille sin organisation til rådighed"
                        + " for projektchefen i hele aftaleperioden.\n")
                .contains("Kommissoriet, afsnit »Hjemkommune«: \"Hjemkommunen har forpligtiget sig til at ansætte og stille sin organisation")
                .doesNotContain("ingen regel", "siger intet om");
        assertThat(CliRunner.run("where", "project-chief:music", "--lang", "en").out())
                .contains("The text does not say where the project chief for music is placed, but who employs them");
        assertThat(CliRunner.run("where", "project-chief:music", "--format", "json").out()).contains("\"employedBy\" : [ {");
    }

    @Test
    void should_answer_a_per_focus_area_duty_asked_per_municipality_with_the_focus_area_it_is_home_to() {
        CliRunner da = CliRunner.run("who", "godkende", "årsplan", "--scope", "Roskilde", "--lang", "da");

        assertThat(da.exit()).as(da.err()).isZero();
        assertThat(da.out()).startsWith("Hvem skal godkende årsplanen i Roskilde Kommune?\n\n"
                        + "Kommissoriet fastsætter det for hvert indsatsområde, ikke for hver kommune:\n\n"
                        + "  Roskilde Kommune er hjemkommune for Musikindsatsen.\n")
                .contains("Kommissoriet, afsnit »Hjemkommune«")
                .contains("Hvem skal godkende årsplanen for Musikindsatsen?\n\n  KMK godkender hvert år det kommende års årsplan for Musikindsatsen.\n")
                .doesNotContain("siger intet om", "Ungeindsatsen");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "roskilde", "--lang", "en").out())
                .contains("The text sets this for each focus area, not for each municipality:")
                .contains("Each year KMK approves the coming year's annual plan for the music focus area.");
        // a municipality home to no focus area still hears that the text says nothing
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "koege", "--lang", "da").out())
                .contains("Kommissoriet siger intet om, hvem der skal godkende årsplanen i Køge Kommune.");
    }

    @Test
    void should_keep_ishoej_and_the_dates_of_the_chair_municipalitys_election() {
        assertThat(CliRunner.run("review", "--lang", "da", "--format", "markdown").out())
                .contains("- Ishøj Kommune er valgt for perioden fra 1. januar 2021 til 31. december 2024; teksten nævner ikke, hvem der har valgt kommunen.")
                .doesNotContain("Formandskommunen er valgt");
        assertThat(CliRunner.run("who", "elect", "chair-municipality", "--lang", "en").out())
                .contains("Ishøj Kommune has been elected for the period from 1 January 2021 to 31 December 2024; the text does not say by whom.");
    }

    @Test
    void should_word_the_accounts_guidelines_on_each_sentence_that_presupposes_them() {
        String out = CliRunner.run("find", "retningslinjerne", "--scope", "youth", "--lang", "da").out();

        assertThat(out).contains("\n  Sekretariatet angiver retningslinjerne for, hvordan års- og slutregnskab for Ungeindsatsen aflægges til sekretariatet.\n")
                .contains("\n  Sekretariatet angiver retningslinjerne for, hvordan det reviderede årsregnskab for Ungeindsatsen indsendes til sekretariatet.\n")
                .doesNotContain("hjemkommunens bistand");
    }

    @Test
    void should_mark_the_date_of_the_secretariats_economy_and_the_kulturchef_as_readings_and_keep_m_m() {
        assertThat(CliRunner.run("who", "decide", "secretariat-budget", "--lang", "da").out())
                .contains("Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden, men teksten nævner ikke, hvem der fastlægger den; »ved aftalens start« forstås som senest den 1. januar 2021.")
                .contains("fortolkning: »ved aftalens start« forstås som senest aftaleperiodens første dag");
        assertThat(CliRunner.run("members", "kmk", "--lang", "da").out())
                .contains("Roskilde og Rødovre Kommuner) er repræsenteret i KMK ved en chef-repræsentant fra kommunens kulturafdeling.\n")
                .contains("fortolkning: »Chef-repræsentanter fra de deltagende kommuners kulturafdelinger« forstås som hver kommunes kulturchef")
                .doesNotContain("Kulturchefen i Furesø Kommune er medlem");
        assertThat(CliRunner.run("duties", "project-chief:youth", "--lang", "da").out())
                .contains("aktiviteter, videnopsamling, initiativer m.m., der realiserer");
        assertThat(CliRunner.run("duties", "project-chief:youth", "--lang", "en").out())
                .contains("activities, knowledge gathering, initiatives etc. that realise");
    }

    @Test
    void should_say_who_leads_the_administrative_board_under_its_members() {
        String out = CliRunner.run("members", "administrative-board", "--lang", "da").out();

        assertThat(out).contains("  Der vælges en administrativ bestyrelse bestående af repræsentanter fra KMK")
                .contains("Ledelse af den administrative bestyrelse:\n\n  Den administrative formand leder den administrative bestyrelse.\n")
                .contains("Kommissoriet, afsnit »Administrativ bestyrelse«");
        assertThat(CliRunner.run("members", "administrative-board", "--format", "json").out()).contains("\"ledBy\" : [ {");
    }

    @Test
    void should_word_the_hiring_of_the_head_of_secretariat_and_the_ambassadors_means_as_the_text_does() {
        assertThat(CliRunner.run("duties", "administrative-chair", "--lang", "da").out())
                .contains("\n  Den administrative formand ansætter sekretariatschefen.\n")
                .doesNotContain("Sekretariatschefen ansættes af den administrative formand.");
        assertThat(CliRunner.run("duties", "roskilde", "--lang", "da").out())
                .contains("Som ambassadør for kulturmetropolsamarbejdet skal Roskilde Kommune blandt andet sikre en god og konsistent formidling")
                .doesNotContain("er forpligtet til at sikre en god og konsistent formidling");
    }

    @Test
    void should_ask_which_municipality_is_home_municipality() {
        assertThat(CliRunner.run("holder", "home-municipality:youth", "--lang", "da").out())
                .startsWith("Hvilken kommune er hjemkommune for Ungeindsatsen?\n\n  Albertslund Kommune er hjemkommune for Ungeindsatsen.\n");
        assertThat(CliRunner.run("holder", "home-municipality:youth", "--lang", "en").out()).startsWith("Which municipality is the ");
    }
}
