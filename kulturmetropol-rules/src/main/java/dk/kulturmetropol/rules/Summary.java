package dk.kulturmetropol.rules;

import java.util.List;
import java.util.stream.Collectors;

import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Seat;

/** One line per row, in the text output's words: what {@link Row#toString()} and {@link Answer#toString()} print. */
final class Summary {
    private Summary() {
    }

    /** {@code kmk must approve annual-plan for music, 2021-01-01..2024-12-31 (kmk.tasks-5)}. */
    static String of(Row<?> row) {
        Object fact = row.fact();
        String when = fact instanceof Derived d ? ", " + d.validity() : "";
        String through = row.through().isEmpty() ? "" : ", through " + row.through().stream().map(Through::toString)
                .collect(Collectors.joining(", "));
        return what(fact) + when + through + " (" + row.clauses().stream().map(c -> c.id()).distinct().collect(Collectors.joining(", ")) + ")";
    }

    /** A derived fact with its validity and clauses, as rules state it: {@code kmk must approve ..., 2021-01-01..2024-12-31 (kmk.tasks-5)}. */
    static String of(Derived fact) {
        return what(fact) + ", " + fact.validity() + " (" + String.join(", ", fact.clauseIds()) + ")";
    }

    /** What a fact says, without when or why. */
    static String what(Object fact) {
        if (fact instanceof Duty d) {
            return (d.actor() == null ? "(no one named)" : d.actor()) + " " + d.modality().id() + " " + d.action() + " "
                    + d.matter() + (d.scope() == null ? "" : " for " + d.scope()) + actors(" jointly with ", d.jointlyWith())
                    + actors(" to ", d.recipients()) + (d.frequency() == null ? "" : ", " + d.frequency())
                    + (d.due() == null ? "" : ", due " + d.due());
        } else if (fact instanceof ReportingLine l) {
            return l.from() + " reports to " + l.to() + " about " + l.about() + actors(" via ", l.via());
        } else if (fact instanceof Seat s) {
            return (s.member() == null ? "(no one named)" : s.member()) + " " + s.modality().id() + " sit in " + s.body();
        } else if (fact instanceof PostHolding h) {
            return (h.holder() == null ? "(no one named)" : h.holder()) + " holds " + h.post();
        } else if (fact instanceof Placement p) {
            return p.actor() + " is placed in " + p.host();
        }
        return String.valueOf(fact);
    }

    /** The rows one a line, then the unspecified ones, or why nothing answers. */
    static String of(Answer<?> answer) {
        if (answer.isEmpty()) {
            return "no answer: " + answer.note().orElse("nothing applies");
        }
        StringBuilder out = new StringBuilder();
        answer.rows().forEach(r -> out.append(out.length() == 0 ? "" : "\n").append(of(r)));
        answer.unspecified().forEach(r -> out.append(out.length() == 0 ? "" : "\n").append("the text names no one: ").append(of(r)));
        return out.toString();
    }

    private static String actors(String prefix, List<String> actors) {
        return actors.isEmpty() ? "" : prefix + String.join(", ", actors);
    }
}
