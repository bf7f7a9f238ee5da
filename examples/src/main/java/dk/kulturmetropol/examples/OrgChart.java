package dk.kulturmetropol.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.Row;

/**
 * The governance as a graph, read from the rules through the public API: who sits in which body, who holds which
 * post, who reports to whom about what. An actor that exists once per partner or focus area
 * ({@code culture-chief:koege}, {@code project-chief:music}) is drawn once, as its role. The writers are small and
 * our own: no well-kept Java library writes Mermaid, and the DOT written here is as plain.
 */
record OrgChart(Set<String> nodes, List<Edge> edges) {

    /**
     * An arrow: from, to, what it is ({@code sits-in}, {@code may-sit-in}, {@code holds}, {@code reports-to}), the subject
     * of a reporting line (or null), and whether it is a possibility (may) rather than a duty.
     */
    record Edge(String from, String to, String kind, String subject, boolean may) {
        /** The arrow's label in {@code words}' language: {@code reports to: realisation}, {@code refererer til: indsatsområdets realisering}. */
        String label(Sentences words) {
            if (subject == null) {
                return words.phrase("chart." + kind);
            }
            return words.phrase("chart.reports-to-about", "subject", words == ENGLISH ? subject : words.labels().label("subject", subject));
        }

        String label() {
            return label(ENGLISH);
        }
    }

    /** The ids' own words: what the chart says without a language. */
    private static final Sentences ENGLISH = Sentences.english();

    static OrgChart of(Governance g, LocalDate asOf) {
        Criteria on = Criteria.any().asOf(asOf);
        Set<String> partners = new java.util.HashSet<>(g.agreement().partnerIds());
        Set<String> nodes = new TreeSet<>();
        Set<Edge> edges = new LinkedHashSet<>();
        for (String body : g.accepted("body")) {
            for (Row<Seat> row : g.members(body, on).rows()) {
                Seat s = row.fact();
                edges.add(new Edge(role(s.member(), partners), body, s.modality() == Modality.MAY ? "may-sit-in" : "sits-in", null,
                        s.modality() == Modality.MAY));
            }
        }
        for (String post : g.accepted("post")) {
            for (Row<PostHolding> row : g.holders(post, on).rows()) {
                PostHolding h = row.fact();
                edges.add(new Edge(role(h.holder(), partners), role(h.post(), partners), "holds", null, false));
            }
        }
        for (String actor : g.accepted("actor")) {
            for (Row<ReportingLine> row : g.reports(actor, on).rows()) {
                ReportingLine l = row.fact();
                if (l.via().isEmpty()) {
                    edges.add(new Edge(role(l.from(), partners), role(l.to(), partners), "reports-to",
                            l.about().equals(ReportingLine.GENERAL) ? null : l.about(), false));
                }
            }
        }
        edges.removeIf(e -> e.from().equals(e.to()));
        // every body is drawn, also one whose members the text does not name (the administrative board)
        g.accepted("body").forEach(nodes::add);
        edges.forEach(e -> {
            nodes.add(e.from());
            nodes.add(e.to());
        });
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(java.util.Comparator.comparing((Edge e) -> e.label()).thenComparing(Edge::from).thenComparing(Edge::to));
        return new OrgChart(nodes, sorted);
    }

    /** The role of a scoped actor, a partner municipality for a partner's id, else the actor itself. */
    private static String role(ActorRef actor, Set<String> partners) {
        if (actor.scope() != null) {
            return actor.role();
        }
        return partners.contains(actor.id()) ? "partner-municipality" : actor.id();
    }

    /** A node's text: the id, or its label in {@code words}' language. */
    private static String text(String node, Sentences words) {
        return words == null ? node : words.labels().label("actor", node);
    }

    String toMermaid(Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (String node : nodes) {
            out.append("  ").append(key(node)).append("[\"").append(text(node, words).replace("\"", "#quot;")).append("\"]\n");
        }
        for (Edge e : edges) {
            out.append("  ").append(key(e.from())).append(e.may() ? " -.->|" : " -->|").append(e.label(w)).append("| ")
                    .append(key(e.to())).append('\n');
        }
        return out.toString();
    }

    String toDot(Sentences words) {
        Sentences w = words == null ? ENGLISH : words;
        StringBuilder out = new StringBuilder("digraph kulturmetropolen {\n  rankdir=LR;\n  node [shape=box];\n");
        for (String node : nodes) {
            out.append("  \"").append(node).append('"').append(words == null ? "" : " [label=\"" + text(node, words).replace("\"", "\\\"") + "\"]")
                    .append(";\n");
        }
        for (Edge e : edges) {
            out.append("  \"").append(e.from()).append("\" -> \"").append(e.to()).append("\" [label=\"").append(e.label(w)).append('"')
                    .append(e.may() ? ", style=dashed" : "").append("];\n");
        }
        return out.append("}\n").toString();
    }

    /** A Mermaid node id: the id with its dashes and colons as underscores. */
    private static String key(String id) {
        return id.replaceAll("[^A-Za-z0-9]", "_");
    }
}
