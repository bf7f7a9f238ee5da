package dk.kulturmetropol.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.Row;

/**
 * Every id a question accepts for one kind, with its Danish and English label and the clauses of the rules that use it,
 * so that no one has to guess an id. The clauses come from asking the rules, not from a list of our own.
 */
record VocabularyTable(String kind, List<Entry> entries) {

    /** One id: its labels and the clauses that use it (none for an id the rules accept but state nothing about). */
    record Entry(String id, String da, String en, List<String> clauses) {
    }

    static VocabularyTable of(Governance g, String kind) {
        Set<String> ids = g.accepted(kind);
        Map<String, Set<String>> uses = uses(g);
        Labels da = g.labels(Language.DA);
        Labels en = g.labels(Language.EN);
        List<Entry> entries = new ArrayList<>();
        for (String id : ids) {
            entries.add(new Entry(id, da.label(kind, id), en.label(kind, id), List.copyOf(uses.getOrDefault(kind + " " + id, Set.of()))));
        }
        return new VocabularyTable(kind, entries);
    }

    /** Clause ids by {@code "kind id"}, from every duty, reporting line, post holding and seat the rules state. */
    private static Map<String, Set<String>> uses(Governance g) {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        for (String action : g.accepted("action")) {
            for (String matter : g.accepted("matter")) {
                var a = g.who(action, matter);
                for (Row<Duty> row : (Iterable<Row<Duty>>) Stream.concat(a.rows().stream(), a.unspecified().stream())::iterator) {
                    Duty d = row.fact();
                    String clause = d.clauseId();
                    use(uses, "action", action, clause);
                    use(uses, "matter", matter, clause);
                    if (d.scope() != null) {
                        use(uses, "scope", d.scope(), clause);
                    }
                    d.actorIfNamed().ifPresent(actor -> use(uses, "actor", actor, clause));
                    Stream.concat(d.jointlyWith().stream(), d.recipients().stream()).forEach(x -> use(uses, "actor", x, clause));
                }
            }
        }
        for (String actor : g.accepted("actor")) {
            for (var row : g.reports(actor).rows()) {
                row.fact().clauseIds().forEach(clause -> {
                    use(uses, "subject", row.fact().about(), clause);
                    use(uses, "actor", actor, clause);
                });
            }
        }
        for (String post : g.accepted("post")) {
            var a = g.holders(post);
            Stream.concat(a.rows().stream(), a.unspecified().stream()).forEach(row -> row.fact().clauseIds().forEach(clause -> {
                use(uses, "post", post, clause);
                if (row.fact().holder() != null) {
                    use(uses, "actor", row.fact().holder(), clause);
                }
            }));
        }
        for (String body : g.accepted("body")) {
            var a = g.members(body);
            Stream.concat(a.rows().stream(), a.unspecified().stream()).forEach(row -> row.fact().clauseIds().forEach(clause -> {
                use(uses, "body", body, clause);
                if (row.fact().member() != null) {
                    use(uses, "actor", row.fact().member(), clause);
                }
            }));
        }
        return uses;
    }

    private static void use(Map<String, Set<String>> uses, String kind, String id, String clause) {
        uses.computeIfAbsent(kind + " " + id, k -> new TreeSet<>()).add(clause);
    }

    /** One line an id: id, Danish label, English label and clauses, in aligned columns under a heading. */
    String text() {
        int idWidth = Math.max(2, entries.stream().mapToInt(e -> e.id().length()).max().orElse(0));
        int daWidth = Math.max(5, entries.stream().mapToInt(e -> e.da().length()).max().orElse(0));
        int enWidth = Math.max(7, entries.stream().mapToInt(e -> e.en().length()).max().orElse(0));
        String format = "%-" + idWidth + "s  %-" + daWidth + "s  %-" + enWidth + "s  %s";
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, format, "id", "dansk", "english", "clauses").stripTrailing())
                .append('\n');
        for (Entry e : entries) {
            out.append(String.format(java.util.Locale.ROOT, format, e.id(), e.da(), e.en(),
                    e.clauses().isEmpty() ? "-" : String.join(", ", e.clauses()))).append('\n');
        }
        return out.toString();
    }

    String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", kind);
        doc.put("ids", entries);
        return JsonOutput.write(doc, "the vocabulary") + "\n";
    }
}
