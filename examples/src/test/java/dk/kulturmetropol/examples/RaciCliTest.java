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
        assertThat(table).anySatisfy(l -> assertThat(l).startsWith("| annual-plan (music) |").contains("A I [kmk.tasks-5, chief.duty-6]").contains("R [chief.duty-6]"));
        assertThat(md).contains("A decides or approves, R does, C is consulted or supports, I is informed")
                .contains("- kmk.tasks-5: \"KMK godkender");
    }

    @Test
    void should_write_csv_rows_of_equal_width() throws Exception {
        String csv = CliRunner.run("raci", "--format", "csv").out();

        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema()).readValues(csv)) {
            List<List<String>> all = rows.readAll();
            assertThat(all).hasSizeGreaterThan(100);
            assertThat(all).allSatisfy(r -> assertThat(r).hasSameSizeAs(all.get(0)));
            assertThat(all.get(0)).startsWith("matter").contains("kmk", "kmk clauses");
        }
    }

    @Test
    void should_write_one_self_contained_html_page_with_a_table_whose_letters_link_to_their_clauses() {
        String html = CliRunner.run("raci", "--format", "html").out();
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("table tbody tr")).hasSizeGreaterThan(100);
        assertThat(doc.select("script, link, img, iframe")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("style").html()).contains("size: A4 landscape");
        for (Element a : doc.select("td a")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        }
        assertThat(doc.title()).isEqualTo("Who does what in Kulturmetropolen 2021-2024");
    }

    @Test
    void should_show_in_the_readme_rows_as_the_command_prints_them() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> shown = readme.lines().filter(l -> l.startsWith("| annual-plan (music) |") || l.startsWith("| matter (scope) |")).toList();

        assertThat(shown).hasSize(2);
        assertThat(CliRunner.run("raci").out().lines().toList()).containsAll(shown);
        assertThat(java.nio.file.Path.of("docs/raci.png")).as("the screenshot the README shows").isRegularFile();
    }
}
