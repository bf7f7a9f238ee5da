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
 * area is one column; the scope is in the row. The letters come from the actions the rules state: decides or approves
 * (A), does (R), is consulted or supports (C), is informed (I, also whoever a duty goes to).
 */
record Raci(List<String> columns, Map<Matter, Map<String, Cell>> rows, Map<String, Clause> clauses) {

    /** A row: a matter, and its scope where it has one; ordered as its ids read. */
    record Matter(String matter, String scope) implements Comparable<Matter> {
        String text(Labels labels) {
            return labels == null ? matter + (scope == null ? "" : " (" + scope + ")")
                    : labels.label("matter", matter) + (scope == null ? "" : " (" + labels.label("scope", scope) + ")");
        }

        @Override
        public int compareTo(Matter other) {
            return text(null).compareTo(other.text(null));
        }
    }

    /** One cell: the letters, each with its modality, and the clauses. */
    record Cell(Set<String> parts, Set<String> clauseIds) {
        String text() {
            return String.join(" ", parts);
        }
    }

    static final Set<String> ACCOUNTABLE = Set.of("approve", "decide", "decide-on-behalf", "elect", "appoint");
    static final Set<String> CONSULTED = Set.of("advise", "support", "take-part", "contribute", "consult");
    static final Set<String> INFORMED = Set.of("be-informed");
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
                    List<ActorRef> bearers = new ArrayList<>(List.of(d.actor()));
                    bearers.addAll(d.jointlyWith());
                    for (ActorRef a : bearers) {
                        cell(rows, columns, key, column(a, partners), part, d.clauseId());
                    }
                    for (ActorRef to : d.recipients()) {
                        cell(rows, columns, key, column(to, partners), "I", d.clauseId());
                    }
                    clauses.put(d.clauseId(), row.clause());
                }
            }
        }
        return new Raci(List.copyOf(columns), rows, clauses);
    }

    private static void cell(Map<Matter, Map<String, Cell>> rows, Set<String> columns, Matter row, String column, String part, String clauseId) {
        columns.add(column);
        Cell cell = rows.computeIfAbsent(row, k -> new LinkedHashMap<>())
                .computeIfAbsent(column, k -> new Cell(new LinkedHashSet<>(), new LinkedHashSet<>()));
        cell.parts().add(part);
        cell.clauseIds().add(clauseId);
    }

    private static String column(ActorRef a, Set<String> partners) {
        return a.scope() != null ? a.role() : partners.contains(a.id()) ? "partner-municipality" : a.id();
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
        Labels labels = words == null ? null : words.labels();
        List<String> roles = columns(words);
        StringBuilder out = new StringBuilder("| ").append(w.phrase("raci.corner")).append(" | ")
                .append(String.join(" | ", roles.stream().map(c -> role(c, words)).toList())).append(" |\n|---|");
        roles.forEach(c -> out.append("---|"));
        out.append('\n');
        rows(words).forEach((row, cells) -> {
            out.append("| ").append(row.text(labels)).append(" |");
            for (String c : roles) {
                Cell cell = cells.get(c);
                out.append(' ').append(cell == null ? "" : cell.text() + " [" + String.join(", ", cell.clauseIds()) + "]").append(" |");
            }
            out.append('\n');
        });
        out.append('\n').append(w.phrase("raci.legend")).append(' ').append(w.phrase("raci.clauses")).append(":\n\n");
        clauses.values().forEach(c -> out.append("- ").append(c.id()).append(": \"").append(c.quote()).append("\"\n"));
        return out.toString();
    }

    String csv(Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        Labels labels = words == null ? null : words.labels();
        List<String> roles = columns(words);
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(words == null ? "matter" : w.phrase("raci.corner")));
        roles.forEach(c -> {
            header.add(role(c, words));
            header.add(w.phrase("raci.clause-column", "role", role(c, words)));
        });
        table.add(header);
        rows(words).forEach((row, cells) -> {
            List<String> line = new ArrayList<>(List.of(row.text(labels)));
            for (String c : roles) {
                Cell cell = cells.get(c);
                line.add(cell == null ? "" : cell.text());
                line.add(cell == null ? "" : String.join(" ", cell.clauseIds()));
            }
            table.add(line);
        });
        try {
            return new CsvMapper().writer(CsvSchema.emptySchema()).writeValueAsString(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the RACI matrix as CSV", e);
        }
    }

    /** One self-contained HTML file: no external scripts, fonts or styles; prints on A4 landscape. */
    String html(String agreement, Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        Labels labels = words == null ? null : words.labels();
        List<String> roles = columns(words);
        String title = w.phrase("raci.title", "agreement", agreement);
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", w.language().id());
        doc.title(title);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("style").appendText("""
                @page { size: A4 landscape; margin: 10mm; }
                body { font-family: sans-serif; font-size: 9pt; margin: 1em; }
                table { border-collapse: collapse; }
                th, td { border: 1px solid #999; padding: 2px 4px; text-align: center; }
                th.role { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: normal; }
                td.matter { text-align: left; white-space: nowrap; }
                td a { text-decoration: none; color: inherit; font-weight: bold; }
                tr:nth-child(even) td { background: #f3f3f3; }
                ol.clauses { font-size: 8pt; }
                """);
        Element body = doc.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").text(w.phrase("raci.legend") + " " + w.phrase("raci.links"));
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(w.phrase("raci.corner"));
        roles.forEach(c -> head.appendElement("th").addClass("role").text(role(c, words)));
        Element tbody = table.appendElement("tbody");
        rows(words).forEach((row, cells) -> {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").addClass("matter").text(row.text(labels));
            for (String c : roles) {
                Element td = tr.appendElement("td");
                Cell cell = cells.get(c);
                if (cell != null) {
                    String first = cell.clauseIds().iterator().next();
                    td.appendElement("a").attr("href", "#" + first).attr("title", String.join(", ", cell.clauseIds())).text(cell.text());
                }
            }
        });
        body.appendElement("h2").text(w.phrase("raci.clauses"));
        Element list = body.appendElement("ol").addClass("clauses");
        clauses.values().forEach(cl -> list.appendElement("li").attr("id", cl.id()).text(cl.id() + " (" + cl.section() + "): \u201c" + cl.quote() + "\u201d"));
        return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
    }
}
