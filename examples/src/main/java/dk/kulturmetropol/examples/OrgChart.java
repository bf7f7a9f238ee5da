package dk.kulturmetropol.examples;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.OrgChart.Edge;
import dk.kulturmetropol.rules.OrgChart.Node;

/**
 * Writes the library's {@link dk.kulturmetropol.rules.OrgChart} top-down, as Mermaid or Graphviz DOT: the upper end of each
 * line first, so that both lay the chart out with the political steering group at the top. A line whose fact points up
 * (a member to its body, a holder to its post, one who reports to the one reported to) is drawn in DOT with its arrow
 * back to the upper box ({@code dir=back}), and in Mermaid as a plain line whose label starts with an upward arrow; one that points down (a focus area to its
 * home, the secretariat to its host, KMK electing the board) has its arrow down. Node ids are the vocabulary's ids.
 * Without a language the boxes and lines say their ids and kinds. No well-kept Java library writes Mermaid, and the
 * DOT written here is as plain.
 */
final class OrgChart {
    private final dk.kulturmetropol.rules.OrgChart chart;
    private final boolean ids;
    private final java.util.Optional<String> note;

    /** {@code ids}: label the boxes and lines with their ids and kinds rather than the chart's words. */
    OrgChart(dk.kulturmetropol.rules.OrgChart chart, boolean ids) {
        this(chart, ids, java.util.Optional.empty());
    }

    /** {@code note}: a line under the chart, a legend (that the focus areas' names are the agreement's). */
    OrgChart(dk.kulturmetropol.rules.OrgChart chart, boolean ids, java.util.Optional<String> note) {
        this.chart = chart;
        this.ids = ids;
        this.note = note;
    }

    /** The chart in {@code words}, with the note that the focus-area names its boxes and lines show are the agreement's. */
    static OrgChart of(dk.kulturmetropol.rules.OrgChart chart, Sentences words) {
        if (words == null) {
            return new OrgChart(chart, true);
        }
        String shown = java.util.stream.Stream.concat(chart.nodes().stream().map(Node::label), chart.edges().stream().map(Edge::label))
                .collect(Collectors.joining("\n"));
        return new OrgChart(chart, false, AnswerText.areaNamesNote(shown, words));
    }

    private String label(Node n) {
        return ids ? n.id() : n.label();
    }

    private String label(Edge e) {
        return ids ? e.kind() : e.label();
    }

    /** Mermaid: {@code flowchart TB} on the first line, then the boxes, then the lines, upper end first. */
    String toMermaid() {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        for (Node n : chart.nodes()) {
            out.append("  ").append(n.id()).append("[\"").append(mermaidText(label(n))).append("\"]\n");
        }
        for (Edge e : chart.edges()) {
            String line = e.up() ? (e.may() ? " -.-|" : " ---|") : (e.may() ? " -.->|" : " -->|");
            out.append("  ").append(e.upper()).append(line).append(e.up() ? "↑ " : "").append(mermaidText(label(e))).append("| ").append(e.lower()).append('\n');
        }
        // the legend: a box of its own, without frame or fill, apart from the chart
        note.ifPresent(n -> out.append("  areaNames[\"").append(mermaidText(wrap(n, 60))).append("\"]:::legend\n")
                .append("  classDef legend fill:none,stroke:none,font-size:12px\n"));
        return out.toString();
    }

    /**
     * Graphviz DOT: {@code rankdir=TB}; focus areas on one row; a body whose members are all municipalities (the partnership)
     * drawn as a frame around them, three to a row, its seats the frame; every other line with its clause as tooltip.
     */
    String toDot() {
        StringBuilder out = new StringBuilder("digraph kulturmetropolen {\n  rankdir=TB;\n  newrank=true;\n  nodesep=0.3;\n  ranksep=0.5;\n"
                + "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"DejaVu Sans\", fontsize=14];\n"
                + "  edge [fontname=\"DejaVu Sans\", fontsize=11];\n");
        Map<String, String> kinds = chart.nodes().stream().collect(Collectors.toMap(Node::id, Node::kind));
        Map<String, List<Edge>> seatsOf = chart.edges().stream().filter(e -> e.kind().equals("sits-in"))
                .collect(Collectors.groupingBy(Edge::to));
        String frame = seatsOf.entrySet().stream().filter(en -> en.getValue().stream().allMatch(e -> "municipality".equals(kinds.get(e.from()))))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        for (Node n : chart.nodes()) {
            if (n.id().equals(frame) || frame != null && n.kind().equals("municipality")) {
                continue;
            }
            out.append("  ").append(node(n)).append(";\n");
        }
        if (frame != null) {
            Node body = chart.node(frame).orElseThrow();
            List<Node> members = chart.nodes().stream().filter(n -> n.kind().equals("municipality")).toList();
            out.append("  subgraph ").append(dotId("cluster_" + frame)).append(" {\n    label=").append(dotId(label(body)))
                    .append(";\n    style=\"rounded,filled\";\n    fillcolor=\"").append(FILL.get("body")).append("\";\n    fontname=\"DejaVu Sans\";\n    fontsize=14;\n");
            for (Node n : members) {
                out.append("    ").append(node(n)).append(";\n");
            }
            for (int i = 0; i < members.size(); i++) {
                if (i >= 3) {
                    out.append("    ").append(dotId(members.get(i - 3).id())).append(" -> ").append(dotId(members.get(i).id())).append(" [style=invis];\n");
                }
            }
            for (int i = 0; i < members.size(); i += 3) {
                out.append("    { rank=same; ").append(members.subList(i, Math.min(i + 3, members.size())).stream().map(n -> dotId(n.id()))
                        .collect(Collectors.joining("; "))).append("; }\n");
            }
            out.append("  }\n");
        }
        List<String> areas = chart.nodes().stream().filter(n -> n.kind().equals("focus-area")).map(Node::id).toList();
        if (!areas.isEmpty()) {
            out.append("  { rank=same; ").append(areas.stream().map(OrgChart::dotId).collect(Collectors.joining("; "))).append("; }\n");
        }
        for (Edge e : chart.edges()) {
            if (e.to().equals(frame) && e.kind().equals("sits-in")) {
                continue;
            }
            out.append("  ").append(dotId(e.upper())).append(" -> ").append(dotId(e.lower())).append(" [label=").append(dotId(wrap(label(e), 18)))
                    .append(", tooltip=").append(dotId(e.clauseId())).append(e.up() ? ", dir=back" : "").append(e.may() ? ", style=dashed" : "")
                    .append("];\n");
        }
        // the legend: the graph's own label, under the chart
        note.ifPresent(n -> out.append("  label=").append(dotId(wrap(n, 90))).append(";\n  labelloc=b;\n  fontname=\"DejaVu Sans\";\n  fontsize=12;\n"));
        return out.append("}\n").toString();
    }

    private String node(Node n) {
        return dotId(n.id()) + " [label=" + dotId(wrap(label(n), 28)) + ", fillcolor=\"" + FILL.getOrDefault(n.kind(), "white") + "\"]";
    }

    /** {@code text} broken at spaces into lines of at most {@code width} characters (a longer word keeps its own line), so the chart stays narrow. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int start = out.length();
            for (String word : line.split(" ")) {
                if (out.length() > start && out.length() - start + 1 + word.length() > width) {
                    out.append('\n');
                    start = out.length();
                } else if (out.length() > start) {
                    out.append(' ');
                }
                out.append(word);
            }
        }
        return out.toString();
    }

    private static final Map<String, String> FILL = Map.of("body", "#dbe8f6", "post", "#fdf1d6", "holder", "#fdf1d6",
            "actor", "#e9e9e9", "focus-area", "#def2de", "municipality", "#f3e3f3");

    /** A DOT id or string: quoted, its quotes and backslashes escaped, a newline as a centred line break. */
    private static String dotId(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /** Text inside a Mermaid label: its quotes as entities, a newline as a line break, no pipes or brackets. */
    private static String mermaidText(String text) {
        return text.replace("\"", "#quot;").replace("|", "#124;").replace("\n", "<br/>");
    }
}
