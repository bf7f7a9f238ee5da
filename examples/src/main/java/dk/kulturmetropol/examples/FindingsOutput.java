package dk.kulturmetropol.examples;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.rules.Finding;

/** What {@code validate} and {@code diff} print: a block per finding or change, or {@code {"findings": [...]}} and {@code {"changes": [...]}}. */
final class FindingsOutput {
    private FindingsOutput() {
    }

    static String text(List<Finding> findings, LocalDate asOf) {
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        long notes = findings.size() - errors - warnings;
        StringBuilder out = new StringBuilder("Checks of the mandate set" + (asOf == null ? "" : " on " + asOf) + ": " + errors
                + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
                + (notes == 0 ? "" : ", " + notes + (notes == 1 ? " note" : " notes")) + "\n");
        for (Finding f : findings) {
            out.append("\n  ").append(f.severity().id()).append(' ').append(f.code()).append(": ").append(f.message()).append('\n');
            for (Clause c : f.clauses()) {
                out.append("    ").append(c.id()).append(" (").append(c.section()).append("): \"").append(c.quote()).append("\"\n");
            }
        }
        return out.toString();
    }

    static String json(List<Finding> findings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("findings", findings.stream().map(f -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("severity", f.severity().id());
            one.put("code", f.code());
            one.put("message", f.message());
            one.put("actors", f.actors());
            one.put("matters", f.matters());
            one.put("clauses", f.clauses().stream().map(FindingsOutput::clause).toList());
            return one;
        }).toList());
        return write(doc);
    }

    static String changesText(List<dk.kulturmetropol.rules.Change> changes) {
        StringBuilder out = new StringBuilder(changes.isEmpty() ? "No changes: the rules state the same on both sides.\n"
                : changes.size() + (changes.size() == 1 ? " change" : " changes") + " (+ added, - removed, ~ changed):\n\n");
        changes.forEach(c -> out.append("  ").append(c.toString().replace("\n", "\n  ")).append('\n'));
        return out.toString();
    }

    static String changesJson(List<dk.kulturmetropol.rules.Change> changes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("changes", changes.stream().map(c -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("change", c.kind().id());
            one.put("kind", c.factKind());
            one.put("before", c.before().map(FindingsOutput::fact).orElse(null));
            one.put("after", c.after().map(FindingsOutput::fact).orElse(null));
            one.put("clauses", c.clauses().stream().map(FindingsOutput::clause).toList());
            return one;
        }).toList());
        return write(doc);
    }

    private static Map<String, Object> fact(dk.kulturmetropol.model.Derived fact) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", fact.rule());
        out.put("text", dk.kulturmetropol.rules.Change.describe(fact));
        out.put("validFrom", fact.validity().from().toString());
        out.put("validTo", fact.validity().to().toString());
        return out;
    }

    /** A clause as JSON: {@code id}, {@code section}, {@code quote}. */
    static Map<String, Object> clause(Clause c) {
        Map<String, Object> clause = new LinkedHashMap<>();
        clause.put("id", c.id());
        clause.put("section", c.section());
        clause.put("quote", c.quote());
        return clause;
    }

    static String meetingsText(List<dk.kulturmetropol.rules.MeetingFinding> findings, LocalDate asOf) {
        StringBuilder out = new StringBuilder("Meetings held against the text, as of " + asOf + ":\n");
        String body = null;
        for (dk.kulturmetropol.rules.MeetingFinding f : findings) {
            if (!f.body().equals(body)) {
                body = f.body();
                out.append("\n  ").append(body).append(" (").append(f.clause().id()).append(": \"").append(f.clause().quote()).append("\")\n");
            }
            out.append(String.format(java.util.Locale.ROOT, "    %-8s held %2d, expected %-12s %s%n", f.period(), f.held(), f.expected(), f.status().id()));
        }
        return out.toString();
    }

    static String meetingsJson(List<dk.kulturmetropol.rules.MeetingFinding> findings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("findings", findings.stream().map(f -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("body", f.body());
            one.put("period", f.period());
            one.put("held", f.held());
            one.put("expected", f.expected());
            one.put("status", f.status().id());
            one.put("clause", clause(f.clause()));
            return one;
        }).toList());
        return write(doc);
    }

    static String decisionJson(dk.kulturmetropol.rules.Decision d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("answer", d.answer());
        doc.put("reason", d.reason());
        doc.put("clause", clause(d.clause()));
        return write(doc);
    }

    private static String write(Map<String, Object> doc) {
        return JsonOutput.write(doc, "the " + doc.keySet().iterator().next()) + "\n";
    }
}
