package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fourth Danish review's findings on the texts of who and reports (issue 16), from the command line. */
class FourthReviewTextsCliTest {

    @Test
    void should_ask_who_informs_the_steering_group_in_danish_once_and_say_what_comes_nearest_a11_b3() {
        // psg.tasks-3: "Den politiske styregruppe skal løbende orienteres om fremdriften ..." names no one who informs it
        String da = CliRunner.run("who", "inform", "political-steering-group", "--lang", "da").out();
        assertThat(da).startsWith("Hvem skal orientere Kulturmetropolens politiske styregruppe?\n\n"
                + "Teksten fastsætter opgaven, men nævner ikke, hvem der har den:\n\n")
                .doesNotContain("orientere om Kulturmetropolens", "modtagere her");
        // the nearest the text comes, as a reading that names no one as the one who informs
        assertThat(da).contains("    fortolkning: nærmest kommer sekretariatets ansvar for afrapportering på den samlede kulturmetropol til"
                + " styregruppen og den politiske formands rolle som mellemled mellem det politiske og det administrative niveau; teksten"
                + " siger ikke, at nogen af dem orienterer styregruppen om fremdriften\n");
        assertThat(da.lines().filter(l -> l.endsWith(":") && !l.startsWith(" "))).hasSize(1);
        assertThat(CliRunner.run("who", "inform", "political-steering-group", "--lang", "en").out())
                .startsWith("Who must keep the political steering group informed?\n\n");
        // near miss: who is informed of the progress is still the steering group's own duty, with no reading
        assertThat(CliRunner.run("duties", "political-steering-group", "--lang", "da").out())
                .contains("Den politiske styregruppe skal løbende orienteres om fremdriften i").doesNotContain("nærmest kommer");
    }

    @Test
    void should_mark_the_other_word_for_the_accounts_as_a_reading_and_name_kmks_members_as_members_a13() {
        // chief.duty-4 "indsende et revideret årsregnskab"; kmk.tasks-5 "det forudgående års regnskab": the text does not
        // say the two are one; the tool reads them so, and says it is a reading
        String da = CliRunner.run("who", "submit", "annual-accounts", "--lang", "da").out();
        assertThat(da).startsWith("Hvem skal indsende det forudgående års regnskab?\n\n"
                + "Fortolkning: det reviderede årsregnskab, som teksten nævner her, forstås som det forudgående års regnskab:\n")
                .doesNotContain("Teksten kalder");
        assertThat(CliRunner.run("who", "submit", "annual-accounts", "--lang", "en").out())
                .contains("\nReading: what the text names here, the audited annual accounts (\"revideret årsregnskab\"), is taken to mean"
                        + " the previous year's accounts:\n");
        // the calendar without a plan: KMK's members are "chef-repræsentanter", not necessarily the culture chief
        String calendar = CliRunner.run("calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--lang", "da", "--format", "quarters").out();
        assertThat(calendar).contains("    Kommissoriet, afsnit »Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)«: \"KMK mødes fire gange årligt.\"\n"
                + "    Det gælder medlemmerne af KMK fra Albertslund, Furesø, Halsnæs, Helsingør, Herlev, Ishøj, Køge, Roskilde og Rødovre Kommuner.\n")
                .doesNotContain("drejer det sig om kulturcheferne");
    }

    @Test
    void should_take_the_imperative_and_offer_only_danish_words_like_what_was_typed_b5_b6() {
        assertThat(CliRunner.run("who", "godkend", "årsplan", "--lang", "da").out())
                .isEqualTo(CliRunner.run("who", "godkende", "årsplan", "--lang", "da").out());
        assertThat(CliRunner.run("who", "appoint", "substitute", "--lang", "da").err())
                .contains("ukendt emne »substitute«; den nærmeste kendte er politisk suppleant (66 i alt).");
        assertThat(CliRunner.run("reports", "--to", "ministry", "--lang", "da").err())
                .contains("ukendt aktør »ministry«; den nærmeste kendte er Kulturministeriet (64 i alt).");
        assertThat(CliRunner.run("holder", "king", "--lang", "da").err())
                .contains("ukendt post »king«; ingen af de 19 kendte ligner det. Se dem alle med »kulturmetropol vocabulary post«.")
                .doesNotContain("partnerkommune (Køge Kommune)");
    }

    @Test
    void should_say_the_advisers_role_in_one_sentence_in_the_texts_words_b12() {
        // vice.tasks "Næstformændenes rolle er at rådgive og støtte op om den politiske formand ..."; board.tasks likewise
        String vice = CliRunner.run("duties", "vice-chair", "--lang", "da").out();
        assertThat(vice.lines().filter(l -> l.equals("  Næstformændenes rolle er at rådgive og støtte op om den politiske formand."))).hasSize(1);
        assertThat(vice).doesNotContain("rolle er at støtte op om", "rolle er at rådgive den politiske formand.");
        String board = CliRunner.run("duties", "administrative-board", "--lang", "da").out();
        assertThat(board.lines().filter(l -> l.equals("  Den administrative bestyrelses opgave er at rådgive og støtte op om den administrative formand.")))
                .hasSize(1);
        // near miss: the two facts stay two, advice and support, in the data
        assertThat(CliRunner.run("duties", "vice-chair", "--format", "json").out()).contains("\"action\" : \"advise\"", "\"action\" : \"support\"");
    }

    @Test
    void should_name_the_chairmanships_members_once_in_the_texts_sentence_with_the_reading_b13() {
        // vice.meetings "Næstformændene mødes med den politiske formand efter behov." is all the text says of who meets in
        // "det politiske formandskab": one item, the text's sentence, and the reading that says the text names no members
        String da = CliRunner.run("members", "political-chairmanship", "--lang", "da").out();
        assertThat(da).startsWith("Medlemmer af det politiske formandskab:\n\n  Næstformændene mødes med den politiske formand efter behov.\n")
                .doesNotContain("Den politiske formand mødes med næstformændene");
        assertThat(da.lines().filter(l -> l.startsWith("  ") && !l.startsWith("    "))).hasSize(1);
        assertThat(da.lines().filter(l -> l.startsWith("    fortolkning: "))).singleElement().asString()
                .contains("teksten nævner organet i afsnittet om sekretariatet, men ikke dets medlemmer");
        // near miss: both seats stay in the data
        assertThat(CliRunner.run("members", "political-chairmanship", "--format", "json").out())
                .contains("\"actor\" : \"political-chair\"", "\"actor\" : \"vice-chair\"");
    }

    @Test
    void should_say_of_the_secretariat_that_its_head_reports_to_the_administrative_chair_who_with_the_head_sets_its_frame_a12() {
        // secretariat.head-2 "Sekretariatschefen ansættes af, refererer til og aflægger årligt regnskab til den administrative
        // formand"; chairs.tasks-8 "Den administrative formand udstikker i samarbejde med sekretariatschefen ... rammerne for
        // sekretariatets arbejde"
        String da = CliRunner.run("reports", "secretariat", "--lang", "da").out();
        assertThat(da).startsWith("Referenceforhold for sekretariatet:\n\n"
                + "Kommissoriet fastsætter intet referenceforhold for sekretariatet som enhed.\n\n"
                + "Nærmest kommer det referenceforhold, teksten fastsætter for sekretariatschefen, og det, sekretariatschefen gør sammen med"
                + " den administrative formand:\n\n"
                + "  Sekretariatschefen refererer til den administrative formand.\n"
                + "    gælder fra 1. januar 2021 til 31. december 2024\n"
                + "    Kommissoriet, afsnit »Sekretariat«: \"Sekretariatschefen ansættes af, refererer til og aflægger årligt regnskab til den"
                + " administrative formand.\"\n\n"
                + "  Den administrative formand udstikker i samarbejde med sekretariatschefen rammerne for sekretariatets arbejde.\n")
                .contains("\nAfrapportering fra sekretariatet:\n");
        var json = CliRunner.run("reports", "secretariat", "--format", "json").out();
        assertThat(json).contains("\"nearest\" : [ {").contains("\"id\" : \"chairs.tasks-8\"");
        // near miss: a post with a line of its own gets no such note, nor a body without one
        assertThat(CliRunner.run("reports", "head-of-secretariat", "--lang", "da").out()).doesNotContain("Nærmest kommer");
        assertThat(CliRunner.run("reports", "kmk", "--lang", "da").out()).doesNotContain("Nærmest kommer", "som enhed");
    }
}
