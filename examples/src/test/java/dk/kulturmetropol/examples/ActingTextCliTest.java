package dk.kulturmetropol.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a pack that would act on its reader: a '|' that would end a Markdown cell, a CSV cell a spreadsheet would run
 * as a formula, a terminal escape.
 */
class ActingTextCliTest {
    @TempDir
    Path dir;

    /** A pack whose matters are labelled with a pipe and with what a spreadsheet reads as formulas. */
    private Path pack() throws IOException {
        StringBuilder yaml = new StringBuilder("source: \"Brev | bilag\"\nduties:\n");
        String[][] matters = {{"m-pipe", "Kultur | program"}, {"m-eq", "=HYPERLINK(\\\"http://x\\\",\\\"klik\\\")"}, {"m-plus", "+1+1"},
                {"m-minus", "-2+3"}, {"m-at", "@SUM(1+1)"}, {"m-tab", "\\tindrykket"}};
        for (String[] m : matters) {
            yaml.append("  - clause: p.").append(m[0]).append("\n    quote: KMK approves it.\n    for: the-agreement\n    actor: kmk\n")
                    .append("    action: approve\n    matter: ").append(m[0]).append('\n');
        }
        yaml.append("labels:\n  en:\n");
        for (String[] m : matters) {
            yaml.append("    matter.").append(m[0]).append(": \"").append(m[1]).append("\"\n");
        }
        return Files.writeString(dir.resolve("labels.yaml"), yaml);
    }

    @Test
    void should_escape_a_pipe_in_a_label_so_the_markdown_raci_keeps_its_cells() throws IOException {
        String md = CliRunner.run("raci", "--rules", pack().toString(), "--lang", "en").out();
        List<String> table = md.lines().filter(l -> l.startsWith("|")).toList();
        long columns = delimiters(table.get(0));

        assertThat(table).anySatisfy(l -> assertThat(l).startsWith("| Kultur \\| program |"));
        assertThat(table).anySatisfy(l -> assertThat(l).startsWith("| **Brev \\| bilag (labels.yaml)** |"));
        assertThat(table).allSatisfy(l -> assertThat(delimiters(l)).as(l).isEqualTo(columns));
    }

    @Test
    void should_neutralise_every_csv_cell_a_spreadsheet_would_read_as_a_formula() throws Exception {
        String csv = CliRunner.run("raci", "--rules", pack().toString(), "--lang", "en", "--format", "csv").out();

        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema()).readValues(csv)) {
            List<String> matters = rows.readAll().stream().map(r -> r.get(0)).toList();
            assertThat(matters).contains("'=HYPERLINK(\"http://x\",\"klik\")", "'+1+1", "'-2+3", "'@SUM(1+1)", "Kultur | program");
            assertThat(matters).noneMatch(m -> !m.isEmpty() && "=+-@\t\r".indexOf(m.charAt(0)) >= 0);
        }
    }

    @Test
    void should_refuse_a_terminal_escape_in_a_pack_at_load_with_file_line_and_value_escaped() throws IOException {
        Path pack = Files.writeString(dir.resolve("escape.yaml"), Files.readString(pack()).replace("Kultur | program", "Kultur\\e[2J\\e[1;1H"));

        CliRunner.run("raci", "--rules", pack.toString()).refusedWith(pack + " line 41: 'labels.en.matter.m-pipe' holds the control "
                + "character U+001B in 'Kultur\\u001B[2J\\u001B[1;1H'");
    }

    @Test
    void should_neutralise_a_cell_starting_with_a_tab_or_carriage_return_and_leave_others_as_they_are() {
        // a pack's label is stripped of a leading tab, and a carriage return is refused at load: the writer guards anyway
        assertThat(List.of("\tx", "\rx", "=1", "+1", "-1", "@x", "x=1", "", "Kultur | program").stream().map(RaciOutput::csvCell).toList())
                .containsExactly("'\tx", "'\rx", "'=1", "'+1", "'-1", "'@x", "x=1", "", "Kultur | program");
    }

    /** The '|' that separate cells: not those escaped as '\|'. */
    private static long delimiters(String line) {
        return line.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|').count();
    }
}
