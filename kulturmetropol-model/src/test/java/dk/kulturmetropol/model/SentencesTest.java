package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Labels and sentences in Danish and English: each language's own patterns, filled with its labels. */
class SentencesTest {
    private static final Validity PERIOD = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "the agreement period");
    private static final Agreement AGREEMENT = Fixtures.kulturmetropolen2021();
    private static final Sentences DA = Sentences.of(Labels.of(Language.DA, AGREEMENT));
    private static final Sentences EN = Sentences.of(Labels.of(Language.EN, AGREEMENT));

    private static Duty duty(String actor, String action, String matter) {
        return Duty.of("r", "c", actor, action, matter, PERIOD);
    }

    @Test
    void should_write_a_duty_in_danish_word_order_with_the_danish_labels() {
        Duty approve = duty("kmk", "approve", "annual-plan").inScope("music").every(Frequency.yearly());

        assertThat(DA.of(approve)).isEqualTo("KMK skal hvert år godkende årsplanen for Musikindsatsen.");
        assertThat(EN.of(approve)).isEqualTo("KMK must approve the annual plan for music yearly.");
        assertThat(DA.of(approve.when(Condition.AT_ANY_TIME).withModality(Modality.MAY)))
                .isEqualTo("KMK kan hvert år til enhver tid godkende årsplanen for Musikindsatsen.");
    }

    @Test
    void should_name_one_recipient_by_its_place_in_a_rules_own_sentence_and_compose_when_there_is_none_there() {
        // given a rule's own sentence that names its first recipient in the text's words and who that is in parentheses
        Sentences da = Sentences.of(Labels.of(Language.DA, AGREEMENT,
                Map.of(Sentences.ruleSentenceKey("r"), "{actor} kan hente faglig sparring hos hjemkommunens kulturchef ({to.1}) og hos {to.2}.")));
        Duty consult = duty("project-chief:music", "consult", "guidance").inScope("music").to("culture-chief:roskilde", "secretariat");

        // then each recipient stands alone where its place is named, resolved as {actor} is
        assertThat(da.of(consult)).isEqualTo("Projektchefen for Musikindsatsen kan hente faglig sparring hos hjemkommunens kulturchef"
                + " (kulturchefen i Roskilde Kommune) og hos sekretariatet.");
        assertThat(da.of(consult.to("culture-chief:herlev", "secretariat"))).contains("(kulturchefen i Herlev Kommune)");
        assertThat(Sentences.unknownPlaceholders("{to.1} {to.12} {to.0} {to.x} {to.}")).containsExactly("to.0", "to.x", "to.");
        // near miss: a fact with one recipient has no second: its sentence is composed from labels, with no placeholder left
        assertThat(da.of(consult.to("culture-chief:roskilde"))).doesNotContain("{", "hjemkommunens kulturchef (");
    }

    @Test
    void should_say_may_and_should_as_kan_and_boer_not_skal() {
        Duty lead = duty("project-chief:music", "lead", "focus-area").inScope("music").withModality(Modality.MAY);

        assertThat(DA.of(lead)).startsWith("Projektchefen for Musikindsatsen kan lede indsatsområdet");
        assertThat(DA.of(lead.withModality(Modality.SHOULD))).contains(" bør lede ");
        assertThat(EN.of(lead.withModality(Modality.SHOULD))).startsWith("The project chief for music should lead the focus area");
    }

    @Test
    void should_place_recipients_where_the_action_takes_them_and_joint_bearers_before_the_verb_in_danish() {
        Duty submit = duty("project-chief:music", "submit", "annual-plan").inScope("music").to("kmk");
        Duty hire = duty("home-municipality:music", "hire", "project-chief:music").jointlyWith("secretariat");
        Duty inform = duty("secretariat", "inform", "ongoing-work").to("vice-chair");

        assertThat(DA.of(submit)).isEqualTo("Projektchefen for Musikindsatsen skal indsende årsplanen til KMK.");
        assertThat(EN.of(submit)).isEqualTo("The project chief for music must submit the annual plan to KMK.");
        assertThat(DA.of(submit.inScope("youth"))).isEqualTo("Projektchefen for Musikindsatsen skal indsende årsplanen for Ungeindsatsen til KMK.");
        assertThat(DA.of(duty("koege", "engage", "cooperation").inScope("koege"))).isEqualTo("Køge Kommune skal engagere og inddrage relevante kommunale medarbejdere og institutioner i kulturmetropolsamarbejdet.");
        assertThat(DA.of(hire)).isEqualTo("Hjemkommunen for Musikindsatsen skal sammen med sekretariatet ansætte projektchefen for Musikindsatsen.");
        assertThat(EN.of(hire)).isEqualTo("The home municipality for music, jointly with the secretariat, must hire the project chief for music.");
        assertThat(DA.of(inform)).isEqualTo("Sekretariatet skal orientere hver politisk næstformand om det løbende arbejde.");
    }

    @Test
    void should_leave_out_recipients_the_matter_already_names_and_a_matter_that_is_the_bearer_itself() {
        Duty propose = duty("kmk", "propose", "proposals:political-steering-group").to("political-steering-group");
        Duty meet = duty("kmk", "meet", "kmk").every(Frequency.perYear(4));
        Duty meetAs = duty("vice-chair", "meet", "political-chairmanship").jointlyWith("political-chair");

        assertThat(DA.of(propose)).isEqualTo("KMK skal foreslå og kvalificere oplæg til Kulturmetropolens politiske styregruppe.");
        assertThat(DA.of(meet)).isEqualTo("KMK skal mødes fire gange om året.");
        assertThat(EN.of(meet)).isEqualTo("KMK must meet four times a year.");
        assertThat(DA.of(meet.every(Frequency.continuously()))).isEqualTo("KMK skal løbende mødes.");
        assertThat(DA.of(meetAs)).isEqualTo("Hver politisk næstformand skal sammen med den politiske formand mødes i det politiske formandskab.");
    }

    @Test
    void should_read_a_matter_of_one_scope_as_the_scope_and_an_action_its_own_way_with_a_matter() {
        assertThat(DA.of(duty("kmk", "ensure", "focus-area").inScope("music"))).isEqualTo("KMK har ansvaret for Musikindsatsen.");
        assertThat(EN.of(duty("kmk", "follow", "focus-area-progress").inScope("music"))).isEqualTo("KMK must follow the progress of the music focus area.");
        assertThat(DA.of(duty("kmk", "ensure", "focus-area"))).isEqualTo("KMK har ansvaret for indsatsområdet.");
        assertThat(DA.of(duty("secretariat", "ensure", "agreement-framework").inScope("youth")))
                .isEqualTo("Sekretariatet skal sikre, at arbejdet for Ungeindsatsen sker inden for de rammer, der er udstukket i aftaleteksten.");
        assertThat(DA.of(duty("secretariat", "ensure", "agreement-framework")))
                .isEqualTo("Sekretariatet skal sikre, at arbejdet sker inden for de rammer, der er udstukket i aftaleteksten.");
        assertThat(DA.of(duty("political-steering-group", "promote", "regional-cultural-policy")))
                .isEqualTo("Kulturmetropolens politiske styregruppe skal arbejde for en sammenhængende regional kulturpolitik.");
    }

    @Test
    void should_say_the_text_names_no_one_in_each_language() {
        Duty appoint = duty(null, "appoint", "vice-chair");

        assertThat(DA.of(appoint)).isEqualTo("Teksten nævner ikke, hvem der skal udpege de politiske næstformænd.");
        assertThat(DA.of(duty(null, "inform", "focus-area-progress").every(Frequency.continuously())))
                .isEqualTo("Teksten nævner ikke, hvem der løbende skal orientere om fremdriften i indsatsområdet.");
        assertThat(EN.of(appoint)).isEqualTo("The text names no one who must appoint the political vice-chairs.");
    }

    @Test
    void should_name_what_an_actor_resolves_to_after_it() {
        Duty approve = duty("political-chair", "approve", "annual-plan");
        Map<String, List<String>> resolved = Map.of("political-chair", List.of("culture-committee-chair:ishoej"),
                "kmk", List.of("culture-chief:koege", "culture-chief:ishoej"));

        assertThat(DA.of(approve, id -> resolved.getOrDefault(id, List.of())))
                .isEqualTo("Den politiske formand (kulturudvalgsformanden i Ishøj Kommune) skal godkende årsplanen.");
        assertThat(DA.of(approve, id -> List.of(id))).startsWith("Den politiske formand skal godkende");
        assertThat(DA.of(duty("kmk", "approve", "annual-plan"), id -> resolved.getOrDefault(id, List.of()))).isEqualTo("KMK skal godkende årsplanen.");
        assertThat(DA.of(duty("partner-municipality:koege", "engage", "cooperation"), id -> List.of("koege")))
                .isEqualTo("Køge Kommune skal engagere og inddrage relevante kommunale medarbejdere og institutioner i kulturmetropolsamarbejdet.");
    }

    @Test
    void should_write_lines_holdings_seats_and_placements() {
        ReportingLine line = ReportingLine.direct("r", "c", "project-chief:music", "kmk", "realisation", PERIOD,
                "home-municipality:music");
        ReportingLine forDuties = ReportingLine.direct("r", "c", "culture-chief:roskilde", "kmk",
                "home-municipality-duties", PERIOD).forDutiesOf("home-municipality:music");
        ReportingLine general = ReportingLine.direct("r", "c", "head-of-secretariat", "administrative-chair",
                ReportingLine.GENERAL, PERIOD);
        PostHolding chair = new PostHolding("r", "c", "political-chair", "culture-committee-chair:ishoej", PERIOD, true, null);
        Seat seat = new Seat("r", "c", "political-steering-group", "political-substitute:koege", Modality.MAY, PERIOD, null);
        Placement placed = new Placement("r", "c", "secretariat", "ishoej", PERIOD);

        assertThat(DA.of(line)).isEqualTo("Projektchefen for Musikindsatsen refererer til KMK om indsatsområdets realisering, "
                + "sammen med hjemkommunen for Musikindsatsen.");
        assertThat(DA.of(forDuties)).isEqualTo("Kulturchefen i Roskilde Kommune refererer til KMK om opgaverne som hjemkommune for Musikindsatsen.");
        assertThat(EN.of(general)).isEqualTo("The head of secretariat answers to the administrative chair (no subject named: in everything).");
        assertThat(DA.of(chair)).isEqualTo("Kulturudvalgsformanden i Ishøj Kommune varetager posten som politisk formand.");
        assertThat(DA.of(seat)).isEqualTo("Den politiske suppleant for Køge Kommune kan være medlem af Kulturmetropolens politiske styregruppe.");
        assertThat(EN.of(new Seat("r", "c", "political-steering-group", null, Modality.MUST, PERIOD, null))).isEqualTo("The text names no member of the political steering group.");
        assertThat(DA.of(placed)).isEqualTo("Sekretariatet er placeret i Ishøj Kommune.");
    }

    @Test
    void should_write_every_shape_of_frequency_and_due_date() {
        assertThat(DA.frequency(Frequency.perYear(1, 2))).isEqualTo("en til to gange om året");
        assertThat(DA.frequency(Frequency.atLeastPerQuarter(1).andAsNeeded())).isEqualTo("mindst én gang i kvartalet og i øvrigt efter behov");
        assertThat(EN.frequency(Frequency.atLeastPerQuarter(2))).isEqualTo("at least two times a quarter");
        assertThat(EN.frequency(new Frequency(Frequency.Per.QUARTER, 1, 1, false))).isEqualTo("quarterly");
        assertThat(DA.frequency(new Frequency(Frequency.Per.YEAR, 3, null, false))).isEqualTo("mindst tre gange om året");
        assertThat(DA.frequency(Frequency.continuously())).isEqualTo("løbende");
        assertThat(EN.frequency(Frequency.asNeeded())).isEqualTo("as needed");
        assertThat(DA.due(Due.yearlyOn(MonthDay.of(2, 1)))).isEqualTo("hvert år senest den 1. februar");
        assertThat(EN.due(Due.yearlyOn(MonthDay.of(2, 1)))).isEqualTo("each year by 1 February");
        assertThat(DA.due(Due.on(LocalDate.of(2023, 9, 15)))).isEqualTo("senest den 15. september 2023");
        assertThat(EN.due(Due.afterPeriodEnds(PERIOD.to()))).isEqualTo("after 2024-12-31, on a date the text leaves open");
        assertThat(DA.of(duty("kmk", "report", "kulturmetropolen-report").due(Due.yearlyOn(MonthDay.of(2, 1)))))
                .endsWith("den samlede kulturmetropol hvert år senest den 1. februar, første gang den 1. februar 2021.");
        assertThat(DA.condition(Condition.BETWEEN_MEETINGS)).isEqualTo("i perioderne mellem møderne");
    }

    @Test
    void should_translate_a_shipped_reading_and_leave_a_packs_own_as_written() {
        String shipped = "'opfordres til' (is encouraged to) is read as should: a recommendation, not a duty";

        assertThat(DA.reading(shipped)).isEqualTo("»opfordres til« forstås som bør: en opfordring, ikke en pligt");
        assertThat(EN.reading(shipped)).isEqualTo(shipped);
        assertThat(DA.reading("a pack's own reading")).isEqualTo("a pack's own reading");
    }

    @Test
    void should_label_every_built_in_id_in_both_languages_and_fall_back_to_the_id_for_an_unknown_one() {
        for (Language language : Language.values()) {
            Labels labels = Labels.of(language, AGREEMENT);
            Vocabulary.ACTIONS.keySet().forEach(id -> assertThat(labels.has("action", id)).as(language + " action " + id).isTrue());
            Vocabulary.MATTERS.keySet().forEach(id -> assertThat(labels.has("matter", id)).as(language + " matter " + id).isTrue());
            Vocabulary.ROLES.keySet().forEach(id -> assertThat(labels.has("actor", id)).as(language + " actor " + id).isTrue());
            Vocabulary.BODIES.keySet().forEach(id -> assertThat(labels.has("body", id)).as(language + " body " + id).isTrue());
            Vocabulary.SUBJECTS.keySet().forEach(id -> assertThat(labels.has("subject", id)).as(language + " subject " + id).isTrue());
            Vocabulary.SCOPED_MATTERS.keySet().forEach(id -> assertThat(labels.has("matter", id + ":kmk")).as(language + " matter " + id).isTrue());
            Vocabulary.SCOPED_ROLES.keySet().forEach(id -> assertThat(labels.has("actor", id + ":koege")).as(language + " actor " + id).isTrue());
        }
        Labels da = Labels.of(Language.DA, AGREEMENT);
        assertThat(da.label("matter", "annual-plan")).isEqualTo("årsplan");
        assertThat(da.inSentence("matter", "annual-plan")).isEqualTo("årsplanen");
        assertThat(da.label("action", "approve")).isEqualTo("godkender");
        assertThat(da.label("scope", "koege")).isEqualTo("Køge Kommune");
        assertThat(Labels.of(Language.EN, AGREEMENT).label("scope", "culture-and-health")).isEqualTo("culture and health");
        assertThat(da.label("matter", "annual-status")).isEqualTo("annual-status");
        assertThat(da.has("matter", "annual-status")).isFalse();
        assertThat(Labels.of(Language.DA).label("scope", "koege")).isEqualTo("koege");
        assertThatThrownBy(() -> da.label("verb", "approve")).hasMessageContaining("unknown kind 'verb'");
    }

    @Test
    void should_have_the_same_keys_in_both_languages_and_fill_every_part_of_a_pattern() throws Exception {
        assertThat(keys("da")).isEqualTo(keys("en"));
        assertThat(DA.phrase("valid", "from", "2021-01-01", "to", "2024-12-31")).isEqualTo("gælder fra 2021-01-01 til 2024-12-31");
        assertThat(DA.on(LocalDate.of(2022, 1, 1))).isEqualTo(" den 1. januar 2022");
        assertThat(EN.on(null)).isEmpty();
        assertThatThrownBy(() -> DA.phrase("no.such.key")).hasMessageContaining("no da words for 'no.such.key'");
    }

    @Test
    void should_write_the_question_and_why_nothing_applies() {
        assertThat(DA.who("approve", "annual-plan", "music", List.of(Modality.MUST), null)).isEqualTo("Hvem skal godkende årsplanen for Musikindsatsen?");
        assertThat(EN.who("decide", "new-focus-area", null, List.of(Modality.MUST, Modality.MAY), LocalDate.of(2022, 1, 1)))
                .isEqualTo("Who must or may decide on new focus areas or activities on 1 January 2022?");
        assertThat(DA.why("outside-period", List.of(AGREEMENT.period()), LocalDate.of(2025, 3, 1)))
                .isEqualTo("Aftaleperioden sluttede den 31. december 2024; kommissoriet gælder ikke den 1. marts 2025.");
        assertThat(EN.why("outside-term", List.of(AGREEMENT.chair().term(), Partner.of("koege", "Køge Kommune").membershipWithin(PERIOD)),
                LocalDate.of(2020, 3, 1))).isEqualTo("Ishøj Kommune is elected for the period 2021-01-01 to 2024-12-31; the text does not say what "
                + "applies on 1 March 2020. The membership of Køge Kommune (2021-01-01..2024-12-31) had not begun on 1 March 2020.");
        assertThat(DA.basis("the membership of partner 'koege'")).isEqualTo("Køge Kommunes medlemskab");
        assertThat(DA.basis("a pack's own basis")).isEqualTo("a pack's own basis");
        assertThat(DA.why("no-rule", List.of(), null)).isEqualTo("kommissoriet fastsætter intet herom.");
        assertThat(DA.list(List.of("a", "b", "c"))).isEqualTo("a, b og c");
        assertThat(EN.list(List.of("a"))).isEqualTo("a");
    }

    @Test
    void should_write_dates_periods_quarters_and_small_numbers_in_words_in_danish_and_keep_iso_dates_in_english() {
        // given a period, a quarter and a count
        Validity period = PERIOD;
        // then Danish writes them in words, English keeps the ids' dates
        assertThat(DA.validity(period)).isEqualTo("gælder fra 1. januar 2021 til 31. december 2024");
        assertThat(EN.validity(period)).isEqualTo("valid 2021-01-01..2024-12-31");
        assertThat(DA.countedPeriod("2021-Q1")).isEqualTo("1. kvartal 2021");
        assertThat(DA.countedPeriod("2022")).isEqualTo("året 2022");
        assertThat(EN.countedPeriod("2021-Q1")).isEqualTo("2021-Q1");
        assertThat(DA.number(4)).isEqualTo("fire");
        assertThat(DA.number(40)).isEqualTo("40");
        // a count of what was found or held: none, one to twelve in words, the gender of "et møde" kept
        assertThat(DA.count(0, true)).isEqualTo("ingen");
        assertThat(DA.count(1, false)).isEqualTo("én");
        assertThat(DA.count(1, true)).isEqualTo("ét");
        assertThat(DA.number(1, true)).isEqualTo("et");
        assertThat(DA.count(12, false)).isEqualTo("tolv");
        assertThat(DA.count(13, false)).isEqualTo("13");
        assertThat(EN.count(0, false)).isEqualTo("no");
        assertThat(EN.count(1, true)).isEqualTo("one");
        assertThat(DA.message("finding.term-gap", Sentences.parts("municipality", "ishoej", "term", "2021-01-01..2023-12-31",
                "from", "2024-01-01", "to", "2024-12-31"), false)).isEqualTo("formandskommunen Ishøj Kommune har formandskabet fra "
                + "1. januar 2021 til 31. december 2023, så aftaleperioden er uden formandskommune fra 1. januar 2024 til 31. december 2024.");
        // a single day is prose in both languages: in words, as a question's date is
        Validity day = new Validity(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), "the agreement period");
        assertThat(EN.validity(day)).isEqualTo("valid on 31 December 2024");
        assertThat(DA.validity(day)).isEqualTo("gælder den 31. december 2024");
        assertThat(EN.period(day)).isEqualTo("on 31 December 2024");
    }

    @Test
    void should_state_a_duty_that_is_its_own_verb_without_a_modal_verb() {
        // given a duty to be responsible, borne by KMK alone
        Duty ensure = duty("kmk", "ensure", "progress");
        // then it reads "har ansvaret for", "is responsible for", never "skal have ansvaret for"
        assertThat(DA.of(ensure)).isEqualTo("KMK har ansvaret for den overordnede fremdrift.");
        assertThat(EN.of(ensure)).startsWith("KMK is responsible for ");
        assertThat(DA.of(ensure.every(Frequency.continuously()))).isEqualTo("KMK har løbende ansvaret for den overordnede fremdrift.");
        // and a power keeps its modal verb
        assertThat(DA.of(ensure.withModality(Modality.MAY))).isEqualTo("KMK kan have ansvaret for den overordnede fremdrift.");
    }

    @Test
    void should_parse_a_language_or_refuse_naming_the_accepted_ones() {
        assertThat(Language.parse("DA")).isEqualTo(Language.DA);
        assertThat(Language.parse(" en ")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.parse("de")).hasMessage("unknown language 'de': expected one of en, da");
    }

    private static java.util.Set<String> keys(String lang) throws Exception {
        Properties p = new Properties();
        try (var in = Labels.class.getResourceAsStream("words_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @org.junit.jupiter.api.Test
    void should_set_apart_list_items_that_hold_and_in_english_only() {
        Sentences en = EN;
        Sentences da = DA;

        org.assertj.core.api.Assertions.assertThat(en.list(java.util.List.of("culture and health", "music", "youth"))).isEqualTo("culture and health; music; and youth");
        org.assertj.core.api.Assertions.assertThat(en.list(java.util.List.of("culture and health", "music"))).isEqualTo("culture and health, and music");
        org.assertj.core.api.Assertions.assertThat(en.list(java.util.List.of("kmk", "music", "youth"))).isEqualTo("kmk, music and youth");
        org.assertj.core.api.Assertions.assertThat(da.list(java.util.List.of("Kultur- og sundhedsindsatsen", "Musikindsatsen", "Ungeindsatsen")))
                .isEqualTo("Kultur- og sundhedsindsatsen, Musikindsatsen og Ungeindsatsen");
    }
}
