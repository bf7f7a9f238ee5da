package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** --lang da|en: answers, tables, charts and calendars in Danish or English sentences; JSON keeps the ids and adds labels. */
class LanguageCliTest {

    @Test
    void should_answer_who_in_danish_sentences_with_the_clause_it_rests_on() {
        CliRunner da = CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--lang", "da");

        assertThat(da.exit()).as(da.err()).isZero();
        assertThat(da.out()).startsWith("Hvem skal godkende årsplanen for Musikindsatsen?\n")
                .contains("\n  KMK godkender hvert år det kommende års årsplan for Musikindsatsen.\n    gælder fra 1. januar 2021 til 31. december 2024\n")
                .contains("Kommissoriet, afsnit »Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)«: \"KMK godkender")
                .doesNotContain("annual-plan", " must ");
    }

    @Test
    void should_print_the_danish_answer_the_readme_shows() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(EmbeddingExampleTest.between(readme, "<!-- lang-da -->\n```\n", "```"))
                .isEqualTo(CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--lang", "da").out());
    }

    @Test
    void should_cite_the_text_by_its_section_in_danish_and_print_no_clause_id() {
        // review 9: a civil servant cites "Kommissoriet, afsnit »Hjemkommune«", not "home.tasks-3"
        for (String[] args : List.of(new String[] {"who", "approve", "annual-plan", "--scope", "music", "--lang", "da"},
                new String[] {"duties", "kmk", "--lang", "da"}, new String[] {"calendar", "--from", "2022-01-01", "--to", "2022-12-31", "--lang", "da"},
                new String[] {"reports", "--to", "kmk", "--lang", "da"})) {
            String out = CliRunner.run(args).out();
            assertThat(out).as(String.join(" ", args)).contains("    Kommissoriet, afsnit »")
                    .doesNotContainPattern("(?m)^\\s*[a-z]+\\.[a-z]+(-[a-z0-9]+)*[ :(]");
        }
        // near miss: English keeps the id a developer looks up
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--lang", "en").out())
                .contains("    kmk.tasks-5 (Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)): \"KMK godkender");
    }

    @Test
    void should_answer_who_in_english_sentences_and_keep_ids_without_lang() {
        CliRunner en = CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--lang", "en");
        CliRunner ids = CliRunner.run("who", "approve", "annual-plan", "--scope", "music");

        assertThat(en.out()).startsWith("Who must approve the annual plan for music?\n")
                .contains("\n  Each year KMK approves the coming year's annual plan for the music focus area.\n    valid 2021-01-01..2024-12-31\n");
        assertThat(ids.out()).startsWith("Who must approve annual-plan for music?\n").contains("must approve annual-plan for music, yearly\n");
    }

    @Test
    void should_say_in_danish_that_the_text_names_no_one_and_why_nothing_applies() {
        assertThat(CliRunner.run("who", "appoint", "vice-chair", "--lang", "da").out())
                .contains("Teksten fastsætter opgaven, men nævner ikke, hvem der har den:\n\n  Der udpeges to politiske næstformænd blandt medlemmerne af Kulturmetropolens politiske styregruppe, men teksten nævner ikke, hvem der udpeger dem.\n");
        assertThat(CliRunner.run("holder", "political-chair", "--as-of", "2025-03-01", "--lang", "da").out())
                .isEqualTo("Hvem varetager posten som politisk formand den 1. marts 2025?\n\n"
                        + "Bemærk: Ishøj Kommune er valgt for perioden 1. januar 2021 til 31. december 2024; teksten siger ikke, hvad der gælder den 1. marts 2025.\n");
        assertThat(CliRunner.run("who", "approve", "annual-plan", "--as-of", "2025-03-01", "--lang", "da").out())
                .endsWith("Bemærk: Aftaleperioden sluttede den 31. december 2024; kommissoriet gælder ikke den 1. marts 2025.\n");
        assertThat(CliRunner.run("duties", "partner-municipality:koege", "--lang", "da").out())
                .contains("fortolkning: »opfordres til« forstås som bør: en opfordring, ikke en pligt").contains(" opfordres til ");
    }

    @Test
    void should_write_reports_holders_members_and_places_in_danish() {
        assertThat(CliRunner.run("reports", "project-chief:music", "--about", "realisation", "--lang", "da").out())
                .startsWith("Referenceforhold for projektchefen for Musikindsatsen om indsatsområdets realisering:\n")
                .contains("I forhold til indsatsområdets realisering refererer projektchefen for Musikindsatsen sammen med "
                        + "hjemkommunen for Musikindsatsen (Roskilde Kommune) til sekretariatet.");
        assertThat(CliRunner.run("holder", "political-chair", "--lang", "da").out())
                .contains("Ishøj Kommunes kulturudvalgsformand er formand for Kulturmetropolens politiske styregruppe og er dermed den politiske formand.")
                .doesNotContain("det er aftalen, ikke sætningen, der navngiver indehaveren");
        assertThat(CliRunner.run("holder", "political-chair", "--lang", "da", "--config", "configs/kulturmetropolen-2025-2028.yaml").out())
                .contains("sætningen opretter posten; det er aftalen, ikke sætningen, der navngiver indehaveren");
        assertThat(CliRunner.run("members", "kmk", "--as-of", "2022-01-01", "--lang", "da").out())
                .startsWith("Medlemmer af KMK den 1. januar 2022:\n").contains("Hver af de ni partnerkommuner (Albertslund, Furesø, Halsnæs, Helsingør, Herlev, Ishøj, Køge, Roskilde og "
                        + "Rødovre Kommuner) er repræsenteret i KMK ved en chef-repræsentant fra kommunens kulturafdeling.\n")
                .contains("fortolkning: »Chef-repræsentanter fra de deltagende kommuners kulturafdelinger« forstås som hver kommunes kulturchef");
        assertThat(CliRunner.run("where", "secretariat", "--lang", "en").out())
                .contains("The secretariat is placed in Ishøj Kommune.");
    }

    @Test
    void should_keep_the_ids_in_json_and_add_the_sentence_and_labels() throws Exception {
        JsonNode row = new ObjectMapper().readTree(CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--lang", "da",
                "--format", "json").out()).get("answers").get(0);
        JsonNode plain = new ObjectMapper().readTree(CliRunner.run("who", "approve", "annual-plan", "--scope", "music", "--format", "json").out())
                .get("answers").get(0);

        assertThat(row.get("matter").asText()).isEqualTo("annual-plan");
        assertThat(row.get("actor").asText()).isEqualTo("kmk");
        assertThat(row.get("labels").get("annual-plan").asText()).isEqualTo("årsplan");
        assertThat(row.get("labels").get("approve").asText()).isEqualTo("godkender");
        assertThat(row.get("labels").get("culture-chief:koege").asText()).isEqualTo("kulturchef i Køge Kommune");
        assertThat(row.get("sentence").asText()).isEqualTo("KMK godkender hvert år det kommende års årsplan for Musikindsatsen.");
        assertThat(plain.has("sentence")).isFalse();
        assertThat(plain.has("labels")).isFalse();
    }

    @Test
    void should_refuse_an_unknown_language_naming_the_accepted_ones() {
        CliRunner.run("who", "approve", "annual-plan", "--lang", "de").refusedWith("unknown language 'de': expected one of en, da");
    }

    @Test
    void should_write_the_raci_matrix_in_danish_in_every_format() throws Exception {
        String md = CliRunner.run("raci", "--lang", "da").out();
        String csv = CliRunner.run("raci", "--format", "csv", "--lang", "da").out();
        Document html = Jsoup.parse(CliRunner.run("raci", "--format", "html", "--lang", "da").out());

        assertThat(md).startsWith("| sag (område) | ").contains("| KMK |").contains("| projektchef |")
                .contains("| årsplan (hvert indsatsområde) ⁷ |").contains("A står til ansvar: godkender");
        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema()).readValues(csv)) {
            List<List<String>> all = rows.readAll();
            assertThat(all).allSatisfy(r -> assertThat(r).hasSameSizeAs(all.get(0)));
            assertThat(all.get(0)).startsWith("sag (område)").contains("KMK", "KMK: bestemmelser");
        }
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(html.title()).isEqualTo("Hvem gør hvad i Kulturmetropolen 2021-2024");
        assertThat(html.select("table th")).anySatisfy(th -> assertThat(th.text()).isEqualTo("Kulturmetropolens politiske styregruppe"));
        assertThat(html.select("td.matter")).anySatisfy(td -> assertThat(td.ownText().strip()).isEqualTo("årsplan (hvert indsatsområde)"));
    }

    @Test
    void should_label_the_org_chart_in_danish_and_keep_its_node_ids() {
        String mermaid = CliRunner.run("orgchart", "--as-of", "2022-06-01", "--lang", "da").out();
        String dot = CliRunner.run("orgchart", "--as-of", "2022-06-01", "--format", "dot", "--lang", "da").out();

        assertThat(mermaid).contains("  kmk[\"KMK<br/>kulturchef fra hver partnerkommune\"]\n")
                .contains("  music[\"Musikindsatsen\"]\n").contains("  music -->|hjemkommune| roskilde\n")
                .contains("  kmk ---|↑ refererer til: indsatsområdets realisering| project-chief:music\n")
                .contains("  political-chair ---|↑ varetager| culture-committee-chair:ishoej\n");
        assertThat(dot).contains("  \"secretariat\" [label=\"sekretariat\"").contains("  \"music\" -> \"roskilde\" [label=\"hjemkommune\"");
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.regex.Matcher node = java.util.regex.Pattern.compile("(?m)^  (\\S+)\\[").matcher(mermaid);
        while (node.find()) {
            ids.add(node.group(1));
        }
        java.util.regex.Matcher labels = java.util.regex.Pattern.compile("\\[\"([^\"]*)\"\\]|\\|([^|]*)\\|").matcher(mermaid);
        int seen = 0;
        while (labels.find()) {
            String label = labels.group(1) != null ? labels.group(1) : labels.group(2);
            assertThat(List.of(label.split("[^\\p{L}\\p{N}:-]+"))).as(label).doesNotContainAnyElementsOf(ids);
            seen++;
        }
        assertThat(ids).contains("kmk", "music", "roskilde", "project-chief:music");
        assertThat(seen).isGreaterThan(50);
        assertThat(CliRunner.run("orgchart").out()).contains("  kmk[\"kmk\"]\n").contains("|↑ reports-to| project-chief:music");
    }

    @Test
    void should_write_the_calendar_in_danish_as_text_and_as_an_ics_file_with_the_same_uids() throws Exception {
        String[] window = {"calendar", "--from", "2022-01-01", "--to", "2022-12-31"};
        String text = CliRunner.run(concat(window, "--lang", "da")).out();
        Calendar da = new CalendarBuilder().build(new StringReader(CliRunner.run(concat(window, "--format", "ics", "--lang", "da")).out()));
        Calendar ids = new CalendarBuilder().build(new StringReader(CliRunner.run(concat(window, "--format", "ics")).out()));

        assertThat(text).startsWith("Hvad forfalder fra 1. januar 2022 til 31. december 2022?\n")
                .contains("  Senest den 31. marts 2022: Den administrative bestyrelse mødes mindst hvert kvartal og i øvrigt efter behov.\n"
                        + "    Opgaven gentages mindst én gang i kvartalet og i øvrigt efter behov; her for 1. kvartal 2022.\n"
                        + "    fortolkning: teksten angiver ingen dato inden for 1. kvartal 2022; mødet skal derfor være holdt senest den 31. marts 2022.\n")
                .contains("    fortolkning: teksten angiver ingen dato. Det forstås sådan, at regnskabet for 2021 skal godkendes i løbet af 2022.\n")
                .contains("    Det gælder medlemmerne af KMK fra Albertslund, Furesø,")
                .doesNotContain("2022-").doesNotContain("Q1");
        List<net.fortuna.ical4j.model.component.CalendarComponent> items = da.getComponents();
        assertThat(items).isNotEmpty();
        assertThat(items).anySatisfy(e -> assertThat(e.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("KMK mødes fire gange årligt."));
        assertThat(items.stream().map(e -> e.getProperty("UID").orElseThrow().getValue()).toList())
                .isEqualTo(ids.getComponents().stream().map(e -> e.getProperty("UID").orElseThrow().getValue()).toList());
    }

    @Test
    void should_write_validate_findings_in_danish_and_keep_the_english_message_in_json(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        CliRunner da = CliRunner.run("validate", "--lang", "da");
        JsonNode json = new ObjectMapper().readTree(CliRunner.run("validate", "--lang", "da", "--format", "json").out()).get("findings").get(0);

        assertThat(da.exit()).isZero();
        assertThat(da.out()).startsWith("Kontrol af mandaterne: ingen fejl, 13 advarsler\n")
                .contains("  advarsel (pligt uden navngiven ansvarlig): Der udpeges to politiske næstformænd blandt medlemmerne af Kulturmetropolens "
                        + "politiske styregruppe, men teksten nævner ikke, hvem der udpeger dem. Det gælder fra 1. januar 2021 til 31. december 2024.\n"
                        + "    Kommissoriet, afsnit »Næstformænd«: \"Der udpeges to politiske næstformænd blandt medlemmerne af Kulturmetropolens politiske styregruppe.\"\n"
                        + "    Kommissoriet, afsnit »Næstformænd«: \"Næstformændene vælges for hele aftaleperioden 2021-2024.\"\n")
                .contains("  advarsel (pligt uden navngiven ansvarlig): Sekretariatets økonomi fastlægges ved aftalens start for hele aftaleperioden, "
                        + "men teksten nævner ikke, hvem der fastlægger den; »ved aftalens start« forstås som senest den 1. januar 2021.")
                .contains("  advarsel (pligt uden navngiven ansvarlig): Den politiske styregruppe skal løbende orienteres om fremdriften i Musikindsatsen, "
                        + "men teksten nævner ikke, hvem der orienterer den.")
                .contains("Det gælder fra 1. januar 2025 til 31. december 2025.\n")
                // one name for one kind of finding, every line a sentence with its full stop
                .contains("advarsel (post uden navngiven indehaver): teksten opretter stillingen som sekretariatschef, men nævner ikke, hvem der har den "
                        + "(fra 1. januar 2021 til 31. december 2024).\n")
                .contains("advarsel (post uden navngiven indehaver): teksten opretter posten som politisk næstformand, men nævner ikke, hvem der varetager den "
                        + "(fra 1. januar 2021 til 31. december 2024).\n")
                .doesNotContain("stilling uden navngiven indehaver")
                .doesNotContain("bærer").doesNotContain("advarsel pligt").doesNotContain("pligt til at træffe beslutning om sekretariatets økonomi");
        assertThat(da.out().lines().filter(l -> l.contains("(pligt uden navngiven ansvarlig)") && l.contains("næstformænd"))).as("one act, one warning").hasSize(1);
        assertThat(da.out().lines().filter(l -> l.startsWith("  advarsel") || l.startsWith("  fejl"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith("."));
        assertThat(json.get("message").asText()).startsWith("the text states a duty to appoint vice-chair but names no one");
        assertThat(json.get("messageLabel").asText()).startsWith("Der udpeges to politiske næstformænd");

        java.nio.file.Path gap = dir.resolve("gap.yaml");
        java.nio.file.Files.writeString(gap, dk.kulturmetropol.rules.AgreementYaml.defaultText().replace("  to: 2024-12-31\nsecretariat", "  to: 2023-12-31\nsecretariat"));
        assertThat(CliRunner.run("validate", "--config", gap.toString(), "--lang", "da").out())
                .contains("fejl (periode uden formandskommune): formandskommunen Ishøj Kommune har formandskabet fra 1. januar 2021 til 31. december 2023, "
                        + "så aftaleperioden er uden formandskommune fra 1. januar 2024 til 31. december 2024")
                .contains("fejl (ubesat post): ingen varetager posten som politisk formand fra 1. januar 2024 til 31. december 2024");
    }

    @Test
    void should_answer_may_decide_in_danish_yes_and_no(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertThat(CliRunner.run("may-decide", "political-chair", "political-steering-group", "--as-of", "2022-03-01", "--lang", "da").out())
                .startsWith("Havde den politiske formand myndighed til at træffe beslutninger på Kulturmetropolens politiske styregruppes vegne den 1. marts 2022?\n\n"
                        + "  Ja, medmindre styregruppen holdt møde den 1. marts 2022. I perioderne mellem møderne har den politiske formand "
                        + "(kulturudvalgsformanden i Ishøj Kommune) myndighed til at træffe beslutninger på styregruppens vegne. Der er ikke oplyst nogen mødeoversigt.\n");
        java.nio.file.Path none = dir.resolve("meetings.csv");
        java.nio.file.Files.writeString(none, "body,date\nkmk,2022-02-01\npolitical-steering-group,2022-05-01\n");
        assertThat(CliRunner.run("may-decide", "political-chair", "political-steering-group", "--as-of", "2022-06-01", "--log", none.toString(), "--lang", "da").out())
                .contains("  Ja. Den 1. juni 2022 holdt styregruppen ikke møde, så den politiske formand (kulturudvalgsformanden i Ishøj Kommune) "
                        + "havde myndighed til at træffe beslutninger på styregruppens vegne.\n");
        assertThat(CliRunner.run("may-decide", "administrative-chair", "kmk", "--as-of", "2022-02-01", "--log", none.toString(), "--lang", "da").out())
                .contains("  Nej. Den 1. februar 2022 holdt KMK møde (ifølge mødeoversigten). Fortolkning: en mødedag ligger ikke "
                        + "»i perioderne mellem møderne«.\n")
                .doesNotContain("træffer selv beslutning");
        assertThat(CliRunner.run("may-decide", "political-chair", "political-steering-group", "--as-of", "2025-03-01", "--lang", "da").out())
                .contains("  Nej. Den 1. marts 2025 ligger uden for aftaleperioden (fra 1. januar 2021 til 31. december 2024).\n");
        assertThat(CliRunner.run("may-decide", "political-chair", "political-steering-group", "--as-of", "2025-03-01").out())
                .contains("  No. 2025-03-01 is outside the agreement period (2021-01-01..2024-12-31).\n");
    }

    @Test
    void should_judge_meetings_and_list_changes_in_danish(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path log = dir.resolve("m.csv");
        java.nio.file.Files.writeString(log, "body,date\nkmk,2022-02-01\nkmk,2022-05-01\n");
        java.nio.file.Path gladsaxe = dir.resolve("with-gladsaxe.yaml");
        java.nio.file.Files.writeString(gladsaxe, dk.kulturmetropol.rules.AgreementYaml.defaultText().replace("partners:\n",
                "partners:\n  - { id: gladsaxe, name: Gladsaxe Kommune, joined: 2023-01-01 }\n"));

        assertThat(CliRunner.run("meetings", "--log", log.toString(), "--as-of", "2023-01-01", "--lang", "da").out())
                .startsWith("Afholdte møder sammenholdt med teksten, pr. 1. januar 2023:\n")
                .contains("  KMK\n    Kommissoriet, afsnit »Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)«: \"KMK mødes fire gange årligt.\"\n    2021: ingen møder i oversigten; kommissoriet fastsætter fire gange om året – for få møder\n"
                        + "    2022: to møder afholdt; kommissoriet fastsætter fire gange om året – for få møder\n")
                .contains("  Den administrative bestyrelse\n")
                .contains("    2022: ingen møder i oversigten; kommissoriet fastsætter en til to gange om året – for få møder\n")
                .contains("    1. kvartal 2022: ingen møder i oversigten; kommissoriet fastsætter mindst én gang i kvartalet – for få møder\n")
                .doesNotContain("et til to krævet", "færre end teksten siger");
        assertThat(CliRunner.run("diff", "--after", gladsaxe.toString(), "--lang", "da").out())
                .startsWith("15 ændringer (+ tilføjet, - fjernet, ~ ændret); én gentagelse er udeladt:\n\n")
                .containsPattern("\\. Gælder fra 1\\. januar 2023 til 31\\. december 2024\\.\n(      fortolkning: [^\n]*\n)?      Kommissoriet, afsnit »Kulturmetropolens kulturchefer")
                .contains("  + Gladsaxe Kommune er partnerkommune i Kulturmetropolen. Gælder fra 1. januar 2023 til 31. december 2024.\n");
        JsonNode meeting = new ObjectMapper().readTree(CliRunner.run("meetings", "--log", log.toString(), "--as-of", "2023-01-01", "--lang", "da",
                "--format", "json").out()).get("findings").get(0);
        JsonNode added = new ObjectMapper().readTree(CliRunner.run("diff", "--after", gladsaxe.toString(), "--lang", "da", "--format", "json").out())
                .get("changes").get(0).get("after");
        JsonNode decision = new ObjectMapper().readTree(CliRunner.run("may-decide", "political-chair", "political-steering-group",
                "--as-of", "2025-03-01", "--lang", "da", "--format", "json").out());
        assertThat(meeting.get("body").asText()).isEqualTo("administrative-board");
        assertThat(meeting.get("bodyLabel").asText()).isEqualTo("administrativ bestyrelse");
        assertThat(meeting.get("statusLabel").asText()).isEqualTo("for få møder");
        assertThat(added.get("text").asText()).startsWith("culture-chief:gladsaxe must ");
        assertThat(added.get("sentence").asText()).isEqualTo("Chef-repræsentanten fra Gladsaxe Kommunes forvaltning er ansvarlig for kommunens deltagelse i og bidrag til Kulturmetropolen.");
        assertThat(decision.get("reason").asText()).startsWith("No. 2025-03-01 is outside");
        assertThat(decision.get("reasonLabel").asText()).startsWith("Nej. Den 1. marts 2025 ligger uden for");
    }

    @Test
    void should_write_a_packs_own_ids_with_the_labels_the_pack_gives() {
        String[] ask = {"who", "publish", "cultural-programme", "--rules", "packs/partner-programme.yaml"};

        assertThat(CliRunner.run(concat(ask, "--lang", "da")).out()).startsWith("Hvem skal offentliggøre sit kulturprogram?\n")
                .contains("  Hver af de ni partnerkommuner (Albertslund, Furesø, Halsnæs, Helsingør, Herlev, Ishøj, Køge, Roskilde og Rødovre Kommuner) "
                        + "skal offentliggøre sit kulturprogram over for KMK hvert år senest den 1. februar, første gang den 1. februar 2021.\n");
        assertThat(CliRunner.run(concat(ask, "--scope", "albertslund", "--lang", "da")).out())
                .contains("  Albertslund Kommune skal offentliggøre sit kulturprogram over for KMK hvert år senest den 1. februar, "
                        + "første gang den 1. februar 2021.\n");
        assertThat(CliRunner.run(concat(ask, "--scope", "albertslund", "--lang", "en")).out())
                .contains("  Albertslund Kommune must publish its cultural programme to KMK each year by 1 February, first 1 February 2021.\n");
        assertThat(CliRunner.run("vocabulary", "action", "--rules", "packs/partner-programme.yaml").out().lines())
                .anySatisfy(l -> assertThat(l).matches("publish +offentliggør +publishes +gladsaxe\\.programme"));
        // a DRL pack labels its ids with label declarations and gives each rule its own sentence
        assertThat(CliRunner.run("who", "submit", "annual-status", "--rules", "packs/ministry-reporting.drl", "--lang", "da").out())
                .contains("  Sekretariatet skal på Kulturmetropolens vegne indsende den årlige status for det forudgående år til Slots- og "
                        + "Kulturstyrelsen senest den 15. september 2022 (fristen følger af Slots- og Kulturstyrelsens regler, ansvaret af kommissoriets afsnit om sekretariatet).\n");
    }

    @Test
    void should_write_the_shipped_drl_packs_duties_in_danish_with_no_id_in_the_prose() {
        // given the ministry's DRL pack, which labels the agency and three of the four things it asks for (the audited
        // annual accounts are the library's own matter)
        String[] pack = {"--rules", "packs/ministry-reporting.drl", "--lang", "da"};

        // when its duties, the year's quarters and the checks are written in Danish
        String duties = CliRunner.run(concat(new String[] {"duties", "secretariat"}, pack)).out();
        String quarters = CliRunner.run(concat(new String[] {"calendar", "--from", "2022-01-01", "--to", "2024-12-31", "--format", "quarters"}, pack)).out();
        String checks = CliRunner.run(concat(new String[] {"validate"}, pack)).out();

        // then each duty reads in the rule's own sentence, the merged deadline in the labels, and no id stands outside a quotation
        assertThat(duties).contains("  Sekretariatet skal på Kulturmetropolens vegne indsende nøgletallene for det forudgående år til Slots- og Kulturstyrelsen senest den 15. september 2022 (fristen følger af Slots- og Kulturstyrelsens regler, ansvaret af kommissoriets afsnit om sekretariatet).\n")
                .contains("  Sekretariatet skal på Kulturmetropolens vegne indsende det reviderede årsregnskab for det forudgående år til Slots- og Kulturstyrelsen senest den 15. september 2023 (fristen følger af Slots- og Kulturstyrelsens regler, ansvaret af kommissoriets afsnit om sekretariatet).\n")
                .contains("  Sekretariatet skal på Kulturmetropolens vegne indsende slutevalueringen af aftaleperioden til Slots- og Kulturstyrelsen senest den 1. marts 2024 (fristen følger af Slots- og Kulturstyrelsens regler, ansvaret af kommissoriets afsnit om sekretariatet).\n");
        assertThat(quarters).contains("Senest den 15. september 2022: Sekretariatet skal indsende den årlige status, det reviderede årsregnskab og nøgletallene til Slots- og Kulturstyrelsen.\n");
        for (String out : List.of(duties, quarters, checks)) {
            // a clause is cited by its id on a line of its own, quoted or, for a pack's summary, as one
            assertThat(out.lines().filter(l -> !l.contains(": \"")).map(l -> l.replaceFirst("^ +[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+(?=[ ,])", " "))).noneMatch(l -> l.matches(".*(slots-og-kulturstyrelsen|annual-status|key-figures|audited-annual-account|final-evaluation).*"));
        }
        // the agency is no unknown actor; the checks name it only where they quote the pack's clause (deadline-in-window)
        assertThat(checks).doesNotContain("ukendt aktør");
        assertThat(checks.lines().filter(l -> l.contains("Slots"))).isNotEmpty().allMatch(l -> l.startsWith("    »Slots- og Kulturstyrelsens regler for kulturaftaler (j.nr. 19/04101-1)«"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
