package dk.kulturmetropol.examples;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.Row;

/** An answer as text a person reads: one block a row, each quoting its clause. */
public final class AnswerText {
    private AnswerText() {
    }

    public static <T> String write(String question, Answer<T> answer) {
        StringBuilder out = new StringBuilder(question).append('\n');
        for (Row<T> row : answer.rows()) {
            block(out, row);
        }
        if (!answer.unspecified().isEmpty()) {
            out.append("\nThe text states this but names no one:\n");
            answer.unspecified().forEach(row -> block(out, row));
        }
        answer.note().ifPresent(note -> out.append("\nNote: ").append(note).append('\n'));
        return out.toString();
    }

    private static void block(StringBuilder out, Row<?> row) {
        Map<String, Object> json = AnswerJson.row(row);
        String actor = json.get("actor") == null ? "(no one named)" : (String) json.get("actor");
        out.append("\n  ").append(actor);
        @SuppressWarnings("unchecked")
        List<String> resolved = (List<String>) json.get("resolvedTo");
        if (resolved != null && !resolved.isEmpty() && !resolved.equals(List.of(actor))) {
            out.append(" (").append(String.join(", ", resolved)).append(')');
        }
        if (json.containsKey("action")) {
            out.append(' ').append(json.get("modality")).append(' ').append(json.get("action")).append(' ').append(json.get("matter"));
            append(out, " for ", json.get("scope"));
            list(out, " jointly with ", json.get("jointlyWith"));
            list(out, " to ", json.get("recipients"));
            append(out, ", ", json.get("frequency"));
            append(out, ", due ", json.get("due"));
        } else if (json.containsKey("about")) {
            out.append(" reports to ").append(json.get("to")).append(" about ").append(json.get("about"));
            list(out, " jointly with ", json.get("jointlyWith"));
            list(out, " via ", json.get("via"));
        } else if (json.containsKey("post")) {
            out.append(" holds ").append(json.get("post"));
        } else if (json.containsKey("body")) {
            out.append(" is ").append("may".equals(json.get("modality")) ? "a possible member of " : "a member of ").append(json.get("body"));
        }
        out.append("\n    valid ").append(json.get("validFrom")).append("..").append(json.get("validTo")).append('\n');
        for (Clause c : row.clauses()) {
            out.append("    ").append(c.id()).append(" (").append(c.section()).append("): \"").append(c.quote()).append("\"\n");
        }
    }

    private static void append(StringBuilder out, String prefix, Object value) {
        if (value != null) {
            out.append(prefix).append(value);
        }
    }

    private static void list(StringBuilder out, String prefix, Object value) {
        if (value instanceof List<?> l && !l.isEmpty()) {
            out.append(prefix).append(l.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }
}
