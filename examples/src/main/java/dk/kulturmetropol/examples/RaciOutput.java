package dk.kulturmetropol.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.Raci;
import dk.kulturmetropol.rules.Raci.Cell;
import dk.kulturmetropol.rules.Raci.Row;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the library's {@link Raci} matrix as Markdown, CSV or one printable HTML page: a row per matter (and scope),
 * a column per role, each cell the role's letters and every clause it rests on; rows grouped by the text's section.
 * Without a language, rows and columns are in id order and say their ids; with one, in that language's order and words.
 */
record RaciOutput(Raci raci) {
    /** The words of the ids' own language, for the legend and headings when no language is asked for. */
    private static final Sentences ENGLISH = Sentences.english();

    /** A row's matter as a reader sees it: its ids, or its labels in {@code labels}' language. */
    private static String text(Row row, Labels labels) {
        if (labels != null && row.scope() == null && row.actions().equals(java.util.Set.of("advise", "support"))
                && labels.has("actor", row.matter())) {
            // a post as a matter reads as what the row's actors do for it: "rådgivning af og støtte til den politiske formand"
            return dk.kulturmetropol.model.Sentences.of(labels).phrase("raci.row.advise+support", "post", labels.inSentence("actor", row.matter()));
        }
        String scope = row.scope() == null ? "" : " (" + scope(row.scope(), labels) + ")";
        String actions = "raci.row." + String.join("+", row.actions());
        // a row that rests on one sentence, or is one of a matter's rows per sentence, in that sentence's words:
        // "lokal opbakning til og forankring af den regionale indsats", "Ishøj Kommunes organisation til rådighed for sekretariatet"
        List<String> basis = !row.basis().isEmpty() ? row.basis()
                : row.cells().values().stream().flatMap(c -> c.clauseIds().stream()).distinct().toList();
        java.util.Optional<String> bySentence = labels == null || basis.size() != 1 ? java.util.Optional.empty()
                : dk.kulturmetropol.model.Sentences.of(labels).words("raci.row." + row.matter() + "@" + basis.get(0));
        if (bySentence.isPresent()) {
            String named = bySentence.get();
            return named.contains("{scope}") && row.scope() != null ? named.replace("{scope}", scope(row.scope(), labels)) : named + scope;
        }
        if (!row.basis().isEmpty()) {
            // a pack's matter with a row per sentence and no words for each: the sentences it rests on tell them apart
            return (labels == null ? row.matter() : labels.label("matter", row.matter())) + scope + " [" + String.join(", ", row.basis()) + "]";
        }
        java.util.Optional<String> own = labels == null ? java.util.Optional.empty()
                : dk.kulturmetropol.model.Sentences.of(labels).words(actions + "." + row.matter());
        if (own.isPresent() && !labels.has("actor", row.matter())) {
            // a matter whose row is about what is done with it, in the text's words: the secretariat facilitates
            // "udviklingsprocessen frem mod den kommende kulturaftale", not the agreement itself
            return own.get() + scope;
        }
        java.util.Optional<String> asMatter = labels == null || !labels.has("actor", row.matter()) ? java.util.Optional.empty()
                : dk.kulturmetropol.model.Sentences.of(labels).words(actions + "." + row.matter())
                        .or(() -> dk.kulturmetropol.model.Sentences.of(labels).words(actions));
        if (asMatter.isPresent()) {
            // a body or post as a matter reads as what is done about it: "ledelse af og møder i KMK", "ansættelse af
            // sekretariatschefen"; the partners' work for Kulturmetropolen in the text's words: "sammenhængende Kulturmetropol"
            return asMatter.get().replace("{the}", labels.inSentence("actor", row.matter())) + scope;
        }
        return (labels == null ? row.matter() : labels.label("matter", row.matter())) + scope;
    }

    /** A row's scope as a reader sees it: its id or label, the partners alike as "hver partnerkommune", the focus areas as "hvert indsatsområde". */
    private static String scope(String scope, Labels labels) {
        if (Raci.EACH_PARTNER.equals(scope)) {
            return labels == null ? scope : dk.kulturmetropol.model.Sentences.of(labels).phrase("raci.each-partner");
        }
        if (Raci.EACH_AREA.equals(scope)) {
            return labels == null ? scope : dk.kulturmetropol.model.Sentences.of(labels).phrase("raci.each-area");
        }
        return labels == null ? scope : labels.label("scope", scope);
    }

    /** The rows of each section, the sections in the text's order, the rows in the order a reader looks for them. */
    private Map<String, List<Row>> sections(Sentences words) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        java.text.Collator order = words == null ? null : java.text.Collator.getInstance(words.language().locale());
        for (Raci.Section section : raci.sections()) {
            List<Row> rows = words == null ? section.rows() : section.rows().stream()
                    .sorted(Comparator.comparing((Row r) -> text(r, words.labels()), order)).toList();
            out.put(section.heading(), rows);
        }
        return out;
    }

    /**
     * The matter of a row as a reader sees it, saying so where the text names no one accountable for it, and where several
     * answer for it together.
     */
    private static String matterText(Row row, Sentences words) {
        String text = text(row, words == null ? null : words.labels());
        Sentences w = words == null ? ENGLISH : words;
        return !row.hasAccountable() ? text + " (" + w.phrase("raci.no-accountable") + ")"
                : row.sharedAccountability() ? text + " (" + w.phrase("raci.shared") + ")" : text;
    }

    /** A row's marks: of its layers' note, then of each reading's, in the order the notes print. */
    private static String marks(Row row, Map<Object, String> notes) {
        List<String> marks = new ArrayList<>();
        if (!row.layers().isEmpty()) {
            marks.add(notes.get(row.layers()));
        }
        row.readings().forEach(r -> marks.add(notes.get(r)));
        return marks.isEmpty() ? "" : " " + String.join(" ", marks);
    }

    /** The superscript digits, 0 to 9. */
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** A note's mark: its number in superscript digits (¹, ², ..., ¹⁰, ¹¹). */
    static String superscript(int n) {
        StringBuilder out = new StringBuilder();
        String.valueOf(n).chars().forEach(c -> out.append(SUPERSCRIPTS.charAt(c - '0')));
        return out.toString();
    }

    /**
     * The notes under the table: one for each distinct set of layers ({@link Row#layers()}) and one for each reading a
     * cell rests on ({@link Row#readings()}), numbered in the order the rows print them, so rows that share one share its note.
     */
    private Map<Object, String> notes(Sentences words) {
        Map<Object, String> out = new LinkedHashMap<>();
        sections(words).values().forEach(rows -> rows.forEach(r -> {
            List<Object> keys = new ArrayList<>();
            if (!r.layers().isEmpty()) {
                keys.add(r.layers());
            }
            keys.addAll(r.readings());
            keys.forEach(k -> out.computeIfAbsent(k, x -> superscript(out.size() + 1)));
        }));
        return out;
    }

    /** A note's text: the layers of a row's responsibility, or a reading a cell rests on. */
    private static String note(Object key, Sentences words) {
        if (key instanceof Raci.Reading r) {
            Sentences w = words == null ? ENGLISH : words;
            return w.phrase("raci.reading", "role", role(r.role(), words), "clause", r.clauseId(), "reading", w.reading(r.reading()));
        }
        @SuppressWarnings("unchecked")
        List<Raci.Layer> layers = (List<Raci.Layer>) key;
        return note(layers, words);
    }

    /** A note's text: who the text gives the responsibility, layer by layer, each with the clauses that give it. */
    private static String note(List<Raci.Layer> layers, Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        List<String> parts = layers.stream().map(l -> w.phrase("raci.layer." + l.level().name().toLowerCase(java.util.Locale.ROOT), "role",
                words == null ? l.role() : words.labels().inSentence("actor", l.role())) + " [" + String.join(", ", l.clauseIds()) + "]").toList();
        String text = w.phrase("raci.layers", "layers", String.join("; ", parts));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The role a column stands for, as a reader sees it: its id, or its label in {@code words}' language. */
    private static String role(String column, Sentences words) {
        return words == null ? column : words.labels().label("actor", column);
    }

    /** The columns in the order a reader looks for them: by id, or by label in {@code words}' language. */
    private List<String> columns(Sentences words) {
        if (words == null) {
            return raci.roles();
        }
        java.text.Collator order = java.text.Collator.getInstance(words.language().locale());
        return raci.roles().stream().sorted(Comparator.comparing(c -> role(c, words), order)).toList();
    }

    String markdown(Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        List<String> roles = columns(words);
        Map<Object, String> notes = notes(words);
        StringBuilder out = new StringBuilder("| ").append(md(w.phrase("raci.corner"))).append(" | ")
                .append(String.join(" | ", roles.stream().map(c -> md(role(c, words))).toList())).append(" |\n|---|");
        roles.forEach(c -> out.append("---|"));
        out.append('\n');
        sections(words).forEach((section, rows) -> {
            out.append("| **").append(md(section)).append("** |");
            roles.forEach(c -> out.append("  |"));
            out.append('\n');
            rows.forEach(row -> {
                out.append("| ").append(md(matterText(row, words) + marks(row, notes))).append(" |");
                for (String c : roles) {
                    Cell cell = row.cells().get(c);
                    out.append(' ').append(cell == null ? "" : md(cell.letters() + " [" + String.join(", ", cell.clauseIds()) + "]")).append(" |");
                }
                out.append('\n');
            });
        });
        out.append('\n');
        notes.forEach((key, mark) -> out.append(mark).append(' ').append(md(note(key, words))).append("\n\n"));
        AnswerText.areaNamesNote(out.toString(), words).ifPresent(note -> out.append(md(note)).append("\n\n"));
        out.append(w.phrase("raci.legend")).append(' ').append(w.phrase("raci.clauses")).append(":\n\n");
        raci.clauses().forEach(c -> out.append("- ").append(md(c.id())).append(": \"").append(md(c.quote())).append("\"\n"));
        return out.toString();
    }

    /**
     * Text from the rules or a pack as one Markdown table cell (or list item): a backslash and a {@code |} escaped, so a
     * pipe in a label cannot end its cell and shift the row's roles; a line break as a space, so it cannot start a row.
     */
    static String md(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                .replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
    }

    /**
     * A CSV cell a spreadsheet will read as text, never as a formula: one that starts with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} (OWASP, CSV injection).
     */
    static String csvCell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    String csv(Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        List<String> roles = columns(words);
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(words == null ? "matter" : w.phrase("raci.corner")));
        roles.forEach(c -> {
            header.add(role(c, words));
            header.add(w.phrase("raci.clause-column", "role", role(c, words)));
        });
        header.add(words == null ? "section" : w.phrase("raci.section"));
        table.add(header);
        Map<Object, String> notes = notes(words);
        sections(words).forEach((section, rows) -> rows.forEach(row -> {
            List<String> line = new ArrayList<>(List.of(matterText(row, words) + marks(row, notes)));
            for (String c : roles) {
                Cell cell = row.cells().get(c);
                line.add(cell == null ? "" : cell.letters());
                line.add(cell == null ? "" : String.join(" ", cell.clauseIds()));
            }
            line.add(section);
            table.add(line);
        }));
        // under the rows, as a spreadsheet's note: its text in the first column, the others empty
        AnswerText.areaNamesNote(table.stream().flatMap(List::stream).collect(java.util.stream.Collectors.joining("\n")), words).ifPresent(note -> {
            List<String> line = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            line.set(0, note);
            table.add(line);
        });
        try {
            return new CsvMapper().writer(CsvSchema.emptySchema()).writeValueAsString(
                    table.stream().map(line -> line.stream().map(RaciOutput::csvCell).toList()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the RACI matrix as CSV", e);
        }
    }

    /**
     * One self-contained HTML file: no external scripts, fonts or styles; prints on A4 landscape (and on a browser's
     * default paper) with the column headings repeated on every page. A browser repeats a table's head on each page
     * only while it is short enough (Chromium: a quarter of the page at most), so the vertical headings wrap within
     * a fixed height instead of running the length of the longest Danish name.
     */
    String html(String agreement, Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        List<String> roles = columns(words);
        Labels labels = words == null ? null : words.labels();
        String title = w.phrase("raci.title", "agreement", agreement);
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", w.language().id());
        doc.title(title);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("style").appendText("""
                @page { size: A4 landscape; margin: 10mm; }
                body { font-family: sans-serif; font-size: 9pt; margin: 1em; }
                table { border-collapse: collapse; }
                thead { display: table-header-group; }
                tr { break-inside: avoid; page-break-inside: avoid; }
                th, td { border: 1px solid #999; padding: 2px 4px; text-align: center; }
                thead th { background: #e8e8e8; }
                th.role { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: normal; height: 30mm;
                          max-height: 30mm; white-space: normal; text-align: left; line-height: 1.1; }
                th.section { text-align: left; background: #dde6ee; break-after: avoid; page-break-after: avoid; }
                td.matter { text-align: left; }
                td.matter .none, td.matter .shared { display: block; font-size: 7pt; color: #555; }
                td a { text-decoration: none; color: inherit; }
                td a.letters { font-weight: bold; }
                td.matter a.note { vertical-align: super; font-size: 7pt; margin-left: 2px; }
                p.note { font-size: 8pt; margin: 0.3em 0; }
                td a.clause { display: block; font-size: 6pt; color: #555; }
                tbody tr:nth-child(odd) td { background: #f3f3f3; }
                ol.clauses { font-size: 8pt; }
                """);
        Element body = doc.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").text(w.phrase("raci.legend") + " " + w.phrase("raci.links"));
        Map<Object, String> notes = notes(words);
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(w.phrase("raci.corner"));
        roles.forEach(c -> head.appendElement("th").addClass("role").text(role(c, words)));
        sections(words).forEach((section, rows) -> {
            Element tbody = table.appendElement("tbody");
            tbody.appendElement("tr").appendElement("th").addClass("section").attr("colspan", String.valueOf(roles.size() + 1))
                    .attr("scope", "rowgroup").text(section);
            rows.forEach(row -> {
                Element tr = tbody.appendElement("tr");
                Element matter = tr.appendElement("td").addClass("matter").text(text(row, labels));
                for (String mark : marks(row, notes).strip().split(" ")) {
                    if (!mark.isEmpty()) {
                        matter.appendElement("a").addClass("note").attr("href", "#note-" + mark).text(mark);
                    }
                }
                if (!row.hasAccountable()) {
                    matter.appendText(" ").appendElement("span").addClass("none").text(w.phrase("raci.no-accountable"));
                } else if (row.sharedAccountability()) {
                    matter.appendText(" ").appendElement("span").addClass("shared").text(w.phrase("raci.shared"));
                }
                for (String c : roles) {
                    Element td = tr.appendElement("td");
                    Cell cell = row.cells().get(c);
                    if (cell != null) {
                        td.appendElement("a").addClass("letters").attr("href", "#" + cell.clauseIds().get(0)).text(cell.letters());
                        cell.clauseIds().forEach(id -> td.appendElement("a").addClass("clause").attr("href", "#" + id).text(id));
                    }
                }
            });
        });
        notes.forEach((key, mark) -> body.appendElement("p").addClass("note").attr("id", "note-" + mark)
                .text(mark + " " + note(key, words)));
        AnswerText.areaNamesNote(body.text(), words).ifPresent(note -> body.appendElement("p").addClass("note").addClass("area-names").text(note));
        body.appendElement("h2").text(w.phrase("raci.clauses"));
        Element list = body.appendElement("ol").addClass("clauses");
        raci.clauses().forEach(cl -> list.appendElement("li").attr("id", cl.id()).text(cl.id() + " (" + cl.section() + "): \"" + cl.quote() + "\""));
        return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
    }
}
