package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** raci: markdown, CSV of rows of equal width, and one self-contained HTML page whose every letter links to its clause. */
class RaciCliTest {

    @Test
    void should_write_a_markdown_table_with_a_column_per_role_and_the_clauses_of_each_cell() {
        String md = CliRunner.run("raci").out();
        List<String> table = md.lines().filter(l -> l.startsWith("|")).toList();

        assertThat(table.get(0)).startsWith("| matter (scope) | ").contains("| kmk |").contains("| project-chief |")
                .doesNotContain("koege", "project-chief:music");
        assertThat(table).allSatisfy(l -> assertThat(l.chars().filter(c -> c == '|').count())
                .isEqualTo(table.get(0).chars().filter(c -> c == '|').count()));
        assertThat(table).anySatisfy(l -> assertThat(l).startsWith("| annual-plan (each-area) ").contains("| A [kmk.tasks-5, chief.duty-6] |").contains("| R [chief.duty-6] |"));
        assertThat(md).contains("A is accountable: approves or answers for the matter").contains("C is consulted: gives advice, sparring or assistance")
                .contains("- kmk.tasks-5: \"KMK godkender");
    }

    @Test
    void should_write_csv_rows_of_equal_width() throws Exception {
        String csv = CliRunner.run("raci", "--format", "csv").out();

        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema()).readValues(csv)) {
            List<List<String>> all = rows.readAll();
            assertThat(all).hasSizeGreaterThan(60);
            assertThat(all).allSatisfy(r -> assertThat(r).hasSameSizeAs(all.get(0)));
            assertThat(all.get(0)).startsWith("matter").contains("kmk", "kmk clauses").endsWith("section");
            assertThat(all).anySatisfy(r -> {
                assertThat(r.get(0)).startsWith("annual-plan (each-area) ");
                assertThat(r).endsWith("Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)");
            });
        }
    }

    @Test
    void should_write_one_self_contained_html_page_with_a_table_whose_letters_link_to_their_clauses() {
        String html = CliRunner.run("raci", "--format", "html").out();
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("table tbody tr")).hasSizeGreaterThan(60);
        assertThat(doc.select("script, link, img, iframe")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("style").html()).contains("size: A4 landscape");
        for (Element a : doc.select("td a")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        }
        assertThat(doc.title()).isEqualTo("Who does what in Kulturmetropolen 2021-2024");
    }

    @Test
    void should_print_the_column_headings_on_every_page_as_th_cells_of_the_thead() {
        Document doc = Jsoup.parse(CliRunner.run("raci", "--format", "html").out());

        Element table = doc.selectFirst("table");
        assertThat(table.select("> thead > tr > th")).extracting(Element::text)
                .startsWith("matter (scope)").contains("kmk", "project-chief", "secretariat");
        assertThat(table.select("> tbody th.role, > tbody td.role")).isEmpty();
        String style = doc.select("style").html();
        assertThat(style).contains("thead { display: table-header-group; }")
                .as("a head taller than a quarter of the page is not repeated by Chromium").contains("height: 30mm");
    }

    @Test
    void should_group_the_rows_by_the_section_of_the_text_in_its_order() {
        Document doc = Jsoup.parse(CliRunner.run("raci", "--format", "html").out());

        List<String> sections = doc.select("table > tbody > tr:first-child > th.section").eachText();
        assertThat(sections).startsWith("Kulturmetropolens politiske styregruppe", "Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)")
                .contains("Projektchefens rolle").doesNotHaveDuplicates();
        Element kmk = doc.select("table > tbody").get(sections.indexOf("Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)"));
        assertThat(kmk.select("td.matter")).anySatisfy(td -> assertThat(td.ownText().strip()).isEqualTo("annual-plan (each-area)"));
    }

    @Test
    void should_link_every_clause_a_cell_rests_on() {
        Document doc = Jsoup.parse(CliRunner.run("raci", "--format", "html").out());

        Element row = doc.select("table tbody tr").stream().filter(tr -> tr.select("td.matter").first() != null && tr.select("td.matter").first().ownText().strip().equals("annual-plan (each-area)"))
                .findFirst().orElseThrow();
        int kmk = doc.select("table thead th").eachText().indexOf("kmk");
        Element cell = row.child(kmk);
        assertThat(cell.select("a.letters").text()).isEqualTo("A");
        assertThat(cell.select("a.clause")).extracting(a -> a.attr("href")).containsExactly("#kmk.tasks-5", "#chief.duty-6");
        for (Element a : doc.select("td a")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        }
    }

    @Test
    void should_mark_the_adviser_c_and_say_where_the_text_names_no_one_accountable() {
        Document doc = Jsoup.parse(CliRunner.run("raci", "--format", "html").out());
        List<String> heads = doc.select("table thead th").eachText();

        Element advised = doc.select("table tbody tr").stream().filter(tr -> tr.select("td.matter").text().startsWith("political-chair no A"))
                .findFirst().orElseThrow();
        assertThat(advised.child(heads.indexOf("vice-chair")).select("a.letters").text()).as("advises and supports").isEqualTo("C");
        assertThat(advised.child(heads.indexOf("political-chair")).text()).as("the one advised is not merely informed").isEmpty();
        for (Element tr : doc.select("table tbody tr:has(td.matter)")) {
            boolean accountable = tr.select("a.letters").eachText().stream().anyMatch(t -> (" " + t).contains(" A"));
            assertThat(tr.select("td.matter .none").text()).as(tr.select("td.matter").text())
                    .isEqualTo(accountable ? "" : "no A");
        }
    }

    /** The Danish page's cell of {@code role} (a column heading) in the row whose matter reads {@code matter}. */
    private static String letters(Document doc, String matter, String role) {
        List<String> heads = doc.select("table thead th").eachText();
        Element row = doc.select("table tbody tr").stream().filter(tr -> tr.select("td.matter").first() != null
                && tr.select("td.matter").first().ownText().strip().equals(matter)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + matter + "' in " + doc.select("td.matter").eachText()));
        assertThat(heads).as("columns").contains(role);
        return row.child(heads.indexOf(role)).select("a.letters").text();
    }

    @Test
    void should_make_accountable_whoever_the_text_says_has_the_responsibility() {
        Document da = Jsoup.parse(CliRunner.run("raci", "--format", "html", "--lang", "da").out());

        // "Det er projektchefens ansvar at: • ... søge ... eksterne midler" (the lead-in carries the word for each item)
        assertThat(letters(da, "eksterne midler (hvert indsatsområde)", "projektchef")).isEqualTo("R A");
        assertThat(letters(da, "revideret årsregnskab (hvert indsatsområde)", "projektchef")).isEqualTo("R A");
        assertThat(letters(da, "møder med sekretariatet (hvert indsatsområde)", "projektchef")).isEqualTo("R A");
        // "Med den opgave hører et ansvar for at sætte dagsordenerne for møderne i KMK."
        assertThat(letters(da, "dagsordener til møderne i KMK", "administrativ formand")).contains("A");
        // "Sekretariatet har ansvaret for at facilitere udviklingsprocessen frem mod den kommende kulturaftale."
        // ... it facilitates the process: it does it (R), and the row is the process, not the agreement (review 4, A7)
        assertThat(letters(da, "udviklingsprocessen frem mod den kommende kulturaftale", "sekretariat")).isEqualTo("R");
        assertThat(da.select("td.matter").stream().map(td -> td.ownText().strip()).toList())
                .contains("udviklingsprocessen frem mod den kommende kulturaftale").doesNotContain("den kommende kulturaftale");
        assertThat(CliRunner.run("raci", "--format", "markdown", "--lang", "da").out())
                .contains("| udviklingsprocessen frem mod den kommende kulturaftale (intet A) |");
        assertThat(letters(da, "afrapportering på Kulturmetropolen", "sekretariat")).isEqualTo("R A");
        // "Det er den enkelte kommunes egen opgave og ansvar at bidrage til og høste af kulturmetropolsamarbejdet."
        assertThat(letters(da, "kulturmetropolsamarbejdet (hver partnerkommune)", "partnerkommune")).contains("A");
        // "Den administrative formand udstikker i samarbejde med sekretariatschefen ... rammerne for sekretariatets arbejde."
        assertThat(letters(da, "rammer for sekretariatets arbejde", "administrativ formand")).isEqualTo("A");
        assertThat(letters(da, "rammer for sekretariatets arbejde", "sekretariatschef")).isEqualTo("R");
        // "... er Kulturmetropolens øverste besluttende myndighed": a standing, not a power (no ?)
        assertThat(letters(da, "øverste besluttende myndighed i Kulturmetropolen", "Kulturmetropolens politiske styregruppe")).isEqualTo("A");
        // a body or post as a row's matter reads as what is done about it (the second review's (B))
        assertThat(da.select("td.matter").stream().map(td -> td.ownText().strip()).toList())
                .contains("ledelse af og møder i KMK", "ansættelse af sekretariatschefen", "valg af den administrative bestyrelse",
                        "ledelse af og møder i den administrative bestyrelse")
                .doesNotContain("KMK", "sekretariatschef", "administrativ bestyrelse", "Kulturmetropolen",
                        "valg og ledelse af den administrative bestyrelse og dens møder");
        // "Bestyrelsen vælges af KMK": KMK answers for the election, not for the chair's leading or the board's meetings,
        // which the text gives no one to answer for (review 5)
        assertThat(letters(da, "valg af den administrative bestyrelse", "KMK")).isEqualTo("A");
        assertThat(letters(da, "ledelse af og møder i den administrative bestyrelse", "KMK")).isEmpty();
        assertThat(letters(da, "ledelse af og møder i den administrative bestyrelse", "administrativ formand")).isEqualTo("R");
        assertThat(CliRunner.run("raci", "--format", "markdown", "--lang", "da").out())
                .contains("| ledelse af og møder i den administrative bestyrelse (intet A) |");
        // near misses: a row whose only matter is the hiring stays one row with its A; so does one where the same cell
        // rests on the hiring and on another sentence (the home municipality employs the project chief and houses them)
        assertThat(letters(da, "ansættelse af sekretariatschefen", "administrativ formand")).isEqualTo("A");
        assertThat(CliRunner.run("raci", "--format", "markdown", "--lang", "da").out().lines()
                .filter(l -> l.startsWith("| projektchef (hvert indsatsområde)")).toList())
                .singleElement().asString().contains("R A [home.tasks-3, home.tasks-2, secretariat.bullet-4]");

        String page = da.text();
        assertThat(page).doesNotContain("nævner ingen, der står til ansvar")
                .contains("En række mærket »intet A« er en opgave, hvor teksten ikke siger, hvem der står til ansvar for den.");
        for (Element tr : da.select("table tbody tr:has(td.matter)")) {
            boolean ansvar = tr.select("a.clause").eachText().stream()
                    .map(id -> da.getElementById(id).text()).anyMatch(q -> q.toLowerCase(java.util.Locale.ROOT).contains("ansvar"));
            boolean accountable = tr.select("a.letters").eachText().stream().anyMatch(t -> (" " + t).contains(" A"));
            // ... unless the sentence only presupposes the duty of another than its subject: "ud fra de af sekretariatet
            // angivne retningslinjer" in the project chief's responsibility; the secretariat sets them (R), answers for nothing
            boolean presupposed = tr.select("td.matter").text().startsWith("retningslinjer for regnskab")
                    || tr.select("td.matter").text().startsWith("udviklingsprocessen");
            if (presupposed) {
                assertThat(tr.select("a.letters").eachText()).doesNotContain("R A", "A");
                assertThat(tr.select("td.matter .none").text()).isEqualTo("intet A");
            }
            assertThat(!ansvar || accountable || presupposed).as("a row resting on a sentence that says 'ansvar' has an A: " + tr.text()).isTrue();
            // "Ishøj Kommune har forpligtiget sig til at huse ...", "Hjemkommunen har forpligtiget sig til ...": committed, so A
            boolean committed = tr.select("a.clause").eachText().stream()
                    .map(id -> da.getElementById(id).text()).anyMatch(q -> q.contains("forpligtiget sig"));
            // ... but not where it only assists another ("en økonomifunktion ..., der kan sikre den nødvendige bistand til at
            // aflægge års- og slutregnskab"): that is C, and the text names no one who renders the accounts
            boolean assists = tr.select("a.letters").eachText().stream().allMatch(t -> t.startsWith("C"));
            assertThat(!committed || accountable || assists || presupposed).as("a row resting on 'har forpligtiget sig til' has an A: " + tr.text()).isTrue();
            // the legend says what a row without A means; the row says only "intet A"
            assertThat(tr.select("td.matter .none").text()).isIn("", "intet A");
        }
    }

    @Test
    void should_give_one_readable_letter_set_per_cell_as_the_text_reads_and_name_the_layers_in_a_note() {
        String md = CliRunner.run("raci", "--format", "markdown", "--lang", "da").out();
        Document da = Jsoup.parse(CliRunner.run("raci", "--format", "html", "--lang", "da").out());

        // A2: the home municipality helps with the accounts; the text names no one who renders them
        assertThat(md).contains("| års- og slutregnskab (hvert indsatsområde) (intet A) |  |  | C [home.tasks-3] |");
        assertThat(letters(da, "års- og slutregnskab (hvert indsatsområde)", "hjemkommune")).isEqualTo("C");
        // A3: KMK approves the annual plan the project chief submits; KMK follows the progress it has the overall responsibility for
        assertThat(letters(da, "årsplan (hvert indsatsområde)", "KMK")).isEqualTo("A");
        assertThat(letters(da, "årsplan (hvert indsatsområde)", "projektchef")).isEqualTo("R");
        assertThat(letters(da, "fremdrift i indsatsområderne (hvert indsatsområde)", "KMK")).isEqualTo("A");
        assertThat(letters(da, "fremdrift i indsatsområderne (hvert indsatsområde)", "projektchef")).isEqualTo("R");
        assertThat(letters(da, "indsatsområde (hvert indsatsområde)", "KMK")).isEqualTo("A");
        assertThat(letters(da, "indsatsområde (hvert indsatsområde)", "hjemkommune")).isEqualTo("R");
        assertThat(letters(da, "indsatsområde (hvert indsatsområde)", "projektchef")).isEqualTo("R");
        // the three layers in one note, under the one row that stands for every focus area
        Element area = da.select("table tbody tr").stream().filter(tr -> tr.select("td.matter").first() != null
                && tr.select("td.matter").first().ownText().strip().equals("indsatsområde (hvert indsatsområde)")).findFirst().orElseThrow();
        String mark = area.select("td.matter a.note").first().text();
        assertThat(da.getElementById("note-" + mark).text()).isEqualTo(mark + " Teksten lægger ansvar for sagen hos flere, i lag: KMK har det"
                + " overordnede ansvar [kmk.tasks-4]; hjemkommunen har ansvaret [home.tasks-1]; projektchefen har ansvaret [chief.duty-1,"
                + " chief.duty-4]. A står kun ved det øverste lag; de øvrige udfører opgaven under det (R).");
        assertThat(md).contains("| indsatsområde (hvert indsatsområde) " + mark + " ").doesNotContain("(Ungeindsatsen)").contains("\n" + mark + " Teksten lægger ansvar");
        for (String letters : da.select("a.letters").eachText()) {
            assertThat(letters).as("no cell both answers for or does and is informed, nor R and R?").doesNotMatch(".*[AR].*\\bI.*|.*\\bI.*[AR].*")
                    .doesNotMatch(".*\\b([ARCI]) \\1[?~].*");
        }
    }

    @Test
    void should_write_one_a_per_row_a_shared_one_marked_and_a_reading_of_who_a_column_is_in_a_note() {
        // review 4, A8 and B17
        String md = CliRunner.run("raci", "--format", "markdown", "--lang", "da").out();
        List<String> rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| **")).toList();
        // two sentences, two rows, one A each: "... forankring af den regionale indsats" (KMK), "... af Kulturmetropolen" (steering group)
        assertThat(rows).anyMatch(l -> l.startsWith("| lokal opbakning til og forankring af den regionale indsats |") && l.contains("| A [kmk.tasks-3] |")
                && !l.contains("psg.tasks-2"));
        assertThat(rows).anyMatch(l -> l.startsWith("| lokal opbakning til og forankring af Kulturmetropolen |") && l.contains("| A [psg.tasks-2] |")
                && !l.contains("kmk.tasks-3"));
        assertThat(rows).noneMatch(l -> l.startsWith("| lokal forankring |"));
        // one sentence each naming the other, "sammen med": one row, marked as a shared responsibility
        assertThat(rows).anyMatch(l -> l.startsWith("| projektchef (hvert indsatsområde) (delt ansvar)"));
        // every other row has one A at most
        assertThat(rows).filteredOn(l -> !l.contains("(delt ansvar)"))
                .allSatisfy(l -> assertThat(l.split("\\| (R )?A[?~]? \\[", -1).length).as(l).isLessThanOrEqualTo(2));
        // the culture chief's column for "chef-repræsentanter fra de deltagende kommuners forvaltninger": a reading, said in a note
        String mark = rows.stream().filter(l -> l.startsWith("| kommunens deltagelse (hver partnerkommune) ")).findFirst().orElseThrow()
                .replaceAll("^\\| kommunens deltagelse \\(hver partnerkommune\\) (\\S+) \\|.*", "$1");
        assertThat(md).contains("\n" + mark + " Fortolkning i kolonnen kulturchef [partner.who-2]: »chef-repræsentanter fra de deltagende kommuners forvaltninger« forstås som");
        // B17: Ishøj's organisation, in the text's words
        assertThat(rows).anyMatch(l -> l.startsWith("| Ishøj Kommunes organisation til rådighed for sekretariatet |"))
                .noneMatch(l -> l.contains("egen organisation"));
        assertThat(md).contains("Der står ét A i hver række");
        String en = CliRunner.run("raci", "--format", "markdown", "--lang", "en").out();
        assertThat(en).contains("| Ishøj Kommune's organisation at the secretariat's disposal |", "| local support for and anchoring of Kulturmetropolen |",
                "(shared responsibility)", "Reading in the column culture chief [partner.who-2]: ");
    }

    @Test
    void should_write_one_row_for_every_partner_where_their_rows_read_the_same_and_name_the_matter_in_the_texts_words() {
        String md = CliRunner.run("raci", "--format", "markdown", "--lang", "da").out();
        List<String> matters = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| **")).map(l -> l.substring(2, l.indexOf(" |"))).toList();

        // (D): nine partners, one row each where the cells are alike; Ishøj's own as the secretariat's host stay its own
        assertThat(matters).contains("lokal forankring (hver partnerkommune)", "politisk suppleant (hver partnerkommune)",
                "kommunens deltagelse (hver partnerkommune) ¹⁷", "Ishøj Kommunes organisation til rådighed for sekretariatet")
                .noneMatch(m -> m.matches(".*\\((Albertslund|Furesø|Halsnæs|Helsingør|Herlev|Køge|Roskilde|Rødovre) Kommune\\).*"));
        assertThat(matters.stream().filter(m -> m.startsWith("lokal forankring"))).hasSize(1); // the partners'; KMK's and the steering group's below
        // "Partnerkommunerne arbejder for at skabe en sammenhængende Kulturmetropol." (partner.tasks-1): a matter, not the agreement
        assertThat(matters).contains("sammenhængende Kulturmetropol (hver partnerkommune) (intet A)")
                .noneMatch(m -> m.startsWith("Kulturmetropolen ("));
        assertThat(CliRunner.run("raci", "--lang", "en").out()).contains("| coherent Kulturmetropol (each partner municipality) (no A) |");
    }

    @Test
    void should_label_rows_in_the_texts_words_and_mark_who_gives_and_who_receives_sparring() {
        Document da = Jsoup.parse(CliRunner.run("raci", "--format", "html", "--lang", "da").out());
        List<String> matters = da.select("td.matter").stream().map(td -> td.ownText().strip()).toList();

        assertThat(matters).contains("mellemled mellem det politiske og det administrative niveau", "udførelse af møderne i KMK",
                "rådgivning af og støtte til den politiske formand", "rådgivning af og støtte til den administrative formand")
                .doesNotContain("bindeled", "politisk formand", "administrativ formand")
                .noneMatch(m -> m.startsWith("afholdelse"));
        assertThat(letters(da, "mellemled mellem det politiske og det administrative niveau", "politisk formand")).isEqualTo("R A");
        // "Projektchefen kan til enhver tid hente faglig sparring hos hjemkommunens kulturchef og hos sekretariatet."
        assertThat(letters(da, "sparring og vejledning (hvert indsatsområde)", "kulturchef")).isEqualTo("C?");
        assertThat(letters(da, "sparring og vejledning (hvert indsatsområde)", "projektchef")).as("receives sparring").isEqualTo("I?");
        assertThat(letters(da, "sparring og vejledning (hvert indsatsområde)", "sekretariat")).as("must give it: C holds C?").isEqualTo("C");

        Document en = Jsoup.parse(CliRunner.run("raci", "--format", "html", "--lang", "en").out());
        assertThat(en.select("td.matter").stream().map(td -> td.ownText().strip()).toList())
                .contains("intermediary between the political and the administrative level", "advice to and support for the political chair");
        assertThat(en.text()).doesNotContain("names no one accountable").contains("A row marked 'no A' is a task for which the text does not say who answers.");
    }

    @Test
    void should_show_in_the_readme_rows_as_the_command_prints_them() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> shown = readme.lines().filter(l -> l.startsWith("| annual-plan (each-area) ") || l.startsWith("| matter (scope) |")
                || l.startsWith("| **Kulturmetropolens kulturchefer") || l.startsWith("| focus-area (each-area) ")
                || l.startsWith("| proposals:political-steering-group ") || l.matches("\\p{No}+ The text gives .*")).toList();

        assertThat(shown).hasSize(8);
        assertThat(CliRunner.run("raci").out().lines().toList()).containsSubsequence(shown);
        assertThat(java.nio.file.Path.of("docs/raci.png")).as("the screenshot the README shows").isRegularFile();
    }
}
