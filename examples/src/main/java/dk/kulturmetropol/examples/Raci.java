package dk.kulturmetropol.examples;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.rules.Governance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A RACI matrix read from the rules: a row per matter (and scope), a column per role that bears or receives anything,
 * each cell the role's part with its modality and the clauses it rests on. A role that exists once per partner or focus
 * area is one column; the scope is in the row. The letters come from the actions the rules state: accountable, that is
 * approves, decides, appoints, hires or ensures (sikrer: has the responsibility for) (A), does (R), is consulted, that is gives advice (C), is informed (I, also
 * whoever a duty to deliver or report goes to). Rows are grouped by the section of the text their first clause is in.
 */
record Raci(List<String> columns, Map<Matter, Map<String, Cell>> rows, Map<String, Clause> clauses, TextOrder order) {

    /** A row: a matter, and its scope where it has one; ordered as its ids read. */
    record Matter(String matter, String scope) implements Comparable<Matter> {
        String text(Labels labels) {
            return labels == null ? matter + (scope == null ? "" : " (" + scope + ")")
                    : labels.label("matter", matter) + (scope == null ? "" : " (" + labels.label("scope", scope) + ")");
        }

        /** As {@code text(null)} reads (ids sort before any longer id they begin), without writing it out. */
        private static final java.util.Comparator<Matter> ORDER = java.util.Comparator.comparing(Matter::matter)
                .thenComparing(Matter::scope, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

        @Override
        public int compareTo(Matter other) {
            return ORDER.compare(this, other);
        }
    }

    /** One cell: the letters, each with its modality, and the clauses. */
    record Cell(Set<String> parts, Set<String> clauseIds) {
        /** The letters in the order the name RACI gives them. */
        String text() {
            return String.join(" ", parts.stream().sorted(java.util.Comparator.comparing((String p) -> "RACI".indexOf(p.charAt(0)))
                    .thenComparing(java.util.Comparator.naturalOrder())).toList());
        }
    }

    static final Set<String> ACCOUNTABLE = Set.of("approve", "decide", "decide-on-behalf", "elect", "appoint", "hire", "ensure", "oversee",
            "answer-for");
    static final Set<String> CONSULTED = Set.of("advise", "consult");
    static final Set<String> INFORMED = Set.of("be-informed");
    /** Actions whose recipients are helped or advised, not informed: they get no I for it. */
    static final Set<String> NOT_INFORMING = Set.of("advise", "consult", "support");
    /** The words of the ids' own language, for the legend and headings when no language is asked for. */
    private static final Sentences ENGLISH = Sentences.english();

    static Raci of(Governance g) {
        Set<String> partners = new java.util.HashSet<>(g.agreement().partnerIds());
        Map<Matter, Map<String, Cell>> rows = new TreeMap<>();
        Set<String> columns = new TreeSet<>();
        Map<String, Clause> clauses = new TreeMap<>();
        for (String action : g.accepted("action")) {
            for (String matter : g.accepted("matter")) {
                for (var row : g.who(action, matter).rows()) {
                    Duty d = row.fact();
                    Matter key = new Matter(d.matter(), d.scope());
                    String letter = ACCOUNTABLE.contains(action) ? "A" : CONSULTED.contains(action) ? "C" : INFORMED.contains(action) ? "I" : "R";
                    String part = letter + (d.modality() == Modality.MAY ? "?" : d.modality() == Modality.SHOULD ? "~" : "");
                    List<String> bearers = new ArrayList<>(List.of(d.actor()));
                    bearers.addAll(d.jointlyWith());
                    for (String a : bearers) {
                        cell(rows, columns, key, column(a, partners), part, d.clauseId());
                    }
                    for (String to : NOT_INFORMING.contains(action) ? List.<String>of() : d.recipients()) {
                        cell(rows, columns, key, column(to, partners), "I", d.clauseId());
                    }
                    clauses.put(d.clauseId(), row.clause());
                }
            }
        }
        return new Raci(List.copyOf(columns), rows, clauses, TextOrder.of(g.clauses()));
    }

    /** Whether some role is accountable (A, A? or A~) in {@code cells}. */
    static boolean hasAccountable(Map<String, Cell> cells) {
        return cells.values().stream().anyMatch(c -> c.parts().stream().anyMatch(p -> p.startsWith("A")));
    }

    /** The section of the text a row belongs to: that of the first of its clauses in the text's order. */
    String section(Map<String, Cell> cells) {
        return cells.values().stream().flatMap(c -> c.clauseIds().stream()).min(order.clauses())
                .map(id -> clauses.get(id).section()).orElseThrow();
    }

    /** The rows of each section, the sections in the text's order. */
    private Map<String, Map<Matter, Map<String, Cell>>> sections(Sentences words) {
        Map<String, Map<Matter, Map<String, Cell>>> out = new TreeMap<>(order.sections());
        rows(words).forEach((row, cells) -> out.computeIfAbsent(section(cells), k -> new LinkedHashMap<>()).put(row, cells));
        return out;
    }

    /** The matter of a row as a reader sees it, saying so where the text names no one accountable for it. */
    private static String matterText(Matter row, Map<String, Cell> cells, Sentences words) {
        String text = row.text(words == null ? null : words.labels());
        return hasAccountable(cells) ? text : text + " (" + (words == null ? ENGLISH : words).phrase("raci.no-accountable") + ")";
    }

    private static void cell(Map<Matter, Map<String, Cell>> rows, Set<String> columns, Matter row, String column, String part, String clauseId) {
        columns.add(column);
        Cell cell = rows.computeIfAbsent(row, k -> new LinkedHashMap<>())
                .computeIfAbsent(column, k -> new Cell(new LinkedHashSet<>(), new LinkedHashSet<>()));
        cell.parts().add(part);
        cell.clauseIds().add(clauseId);
    }

    private static String column(String id, Set<String> partners) {
        ActorRef a = ActorRef.parse(id);
        return a.scope() != null ? a.role() : partners.contains(id) ? "partner-municipality" : id;
    }

    /** The role a column stands for, as a reader sees it: its id, or its label in {@code words}' language. */
    private static String role(String column, Sentences words) {
        return words == null ? column : words.labels().label("actor", column);
    }

    /** The columns in the order a reader looks for them: by id, or by label in {@code words}' language. */
    private List<String> columns(Sentences words) {
        if (words == null) {
            return columns;
        }
        java.text.Collator order = java.text.Collator.getInstance(words.language().locale());
        return columns.stream().sorted(java.util.Comparator.comparing(c -> role(c, words), order)).toList();
    }

    /** The rows in the order a reader looks for them: by id, or by label in {@code words}' language. */
    private Map<Matter, Map<String, Cell>> rows(Sentences words) {
        if (words == null) {
            return rows;
        }
        java.text.Collator order = java.text.Collator.getInstance(words.language().locale());
        Map<Matter, Map<String, Cell>> sorted = new TreeMap<>(java.util.Comparator.comparing((Matter m) -> m.text(words.labels()), order)
                .thenComparing(java.util.Comparator.naturalOrder()));
        sorted.putAll(rows);
        return sorted;
    }

    String markdown(Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        List<String> roles = columns(words);
        StringBuilder out = new StringBuilder("| ").append(md(w.phrase("raci.corner"))).append(" | ")
                .append(String.join(" | ", roles.stream().map(c -> md(role(c, words))).toList())).append(" |\n|---|");
        roles.forEach(c -> out.append("---|"));
        out.append('\n');
        sections(words).forEach((section, rows) -> {
            out.append("| **").append(md(section)).append("** |");
            roles.forEach(c -> out.append("  |"));
            out.append('\n');
            rows.forEach((row, cells) -> {
                out.append("| ").append(md(matterText(row, cells, words))).append(" |");
                for (String c : roles) {
                    Cell cell = cells.get(c);
                    out.append(' ').append(cell == null ? "" : md(cell.text() + " [" + String.join(", ", cell.clauseIds()) + "]")).append(" |");
                }
                out.append('\n');
            });
        });
        out.append('\n').append(w.phrase("raci.legend")).append(' ').append(w.phrase("raci.clauses")).append(":\n\n");
        clauses.values().stream().sorted(java.util.Comparator.comparing(Clause::id, order.clauses()))
                .forEach(c -> out.append("- ").append(md(c.id())).append(": \"").append(md(c.quote())).append("\"\n"));
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
        sections(words).forEach((section, rows) -> rows.forEach((row, cells) -> {
            List<String> line = new ArrayList<>(List.of(matterText(row, cells, words)));
            for (String c : roles) {
                Cell cell = cells.get(c);
                line.add(cell == null ? "" : cell.text());
                line.add(cell == null ? "" : String.join(" ", cell.clauseIds()));
            }
            line.add(section);
            table.add(line);
        }));
        try {
            return new CsvMapper().writer(CsvSchema.emptySchema()).writeValueAsString(
                    table.stream().map(line -> line.stream().map(Raci::csvCell).toList()).toList());
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
                td.matter .none { display: block; font-size: 7pt; color: #555; }
                td a { text-decoration: none; color: inherit; }
                td a.letters { font-weight: bold; }
                td a.clause { display: block; font-size: 6pt; color: #555; }
                tbody tr:nth-child(odd) td { background: #f3f3f3; }
                ol.clauses { font-size: 8pt; }
                """);
        Element body = doc.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").text(w.phrase("raci.legend") + " " + w.phrase("raci.links"));
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(w.phrase("raci.corner"));
        roles.forEach(c -> head.appendElement("th").addClass("role").text(role(c, words)));
        sections(words).forEach((section, rows) -> {
            Element tbody = table.appendElement("tbody");
            tbody.appendElement("tr").appendElement("th").addClass("section").attr("colspan", String.valueOf(roles.size() + 1))
                    .attr("scope", "rowgroup").text(section);
            rows.forEach((row, cells) -> {
                Element tr = tbody.appendElement("tr");
                Element matter = tr.appendElement("td").addClass("matter").text(row.text(labels));
                if (!hasAccountable(cells)) {
                    matter.appendText(" ").appendElement("span").addClass("none").text(w.phrase("raci.no-accountable"));
                }
                for (String c : roles) {
                    Element td = tr.appendElement("td");
                    Cell cell = cells.get(c);
                    if (cell != null) {
                        td.appendElement("a").addClass("letters").attr("href", "#" + cell.clauseIds().iterator().next()).text(cell.text());
                        cell.clauseIds().forEach(id -> td.appendElement("a").addClass("clause").attr("href", "#" + id).text(id));
                    }
                }
            });
        });
        body.appendElement("h2").text(w.phrase("raci.clauses"));
        Element list = body.appendElement("ol").addClass("clauses");
        clauses.values().stream().sorted(java.util.Comparator.comparing(Clause::id, order.clauses())).forEach(cl -> list.appendElement("li").attr("id", cl.id()).text(cl.id() + " (" + cl.section() + "): \"" + cl.quote() + "\""));
        return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
    }
}
