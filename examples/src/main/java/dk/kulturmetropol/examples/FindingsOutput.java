package dk.kulturmetropol.examples;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.rules.Finding;

/** What {@code validate} prints: a block per finding, or {@code {"findings": [...]}}. */
final class FindingsOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FindingsOutput() {
    }

    static String text(List<Finding> findings, LocalDate asOf) {
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        StringBuilder out = new StringBuilder("Checks of the mandate set" + (asOf == null ? "" : " on " + asOf) + ": " + errors
                + (errors == 1 ? " error, " : " errors, ") + (findings.size() - errors) + " warnings or notes\n");
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
            one.put("clauses", f.clauses().stream().map(c -> {
                Map<String, Object> clause = new LinkedHashMap<>();
                clause.put("id", c.id());
                clause.put("section", c.section());
                clause.put("quote", c.quote());
                return clause;
            }).toList());
            return one;
        }).toList());
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write findings as JSON", e);
        }
    }
}
