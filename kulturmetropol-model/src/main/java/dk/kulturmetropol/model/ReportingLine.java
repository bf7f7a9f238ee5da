package dk.kulturmetropol.model;

import java.util.List;
import java.util.Objects;

/**
 * Who reports to whom about what. A direct line rests on one clause; a transitive line
 * (project chief to secretariat to the ministry) lists the actors it passes through and
 * rests on the clauses of every step.
 *
 * @param rule        the rule that derived it
 * @param clauseIds   the clauses it rests on, the first step's first
 * @param from        who reports
 * @param to          to whom
 * @param about       the subject: {@code realisation}, {@code employment}, {@code accounts}
 * @param jointlyWith who reports together with {@code from}
 * @param via         the actors in between; empty for a direct line
 * @param validity    when it holds
 */
public record ReportingLine(String rule, List<String> clauseIds, ActorRef from, ActorRef to, String about,
                            List<ActorRef> jointlyWith, List<ActorRef> via, Validity validity) implements Derived {

    public ReportingLine {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(validity, "validity");
        clauseIds = List.copyOf(clauseIds);
        jointlyWith = List.copyOf(jointlyWith);
        via = List.copyOf(via);
        if (clauseIds.isEmpty()) {
            throw new IllegalArgumentException("reporting line " + from + " -> " + to + " cites no clause");
        }
    }

    /** A direct line resting on one clause. */
    public static ReportingLine direct(String rule, String clauseId, ActorRef from, ActorRef to, String about,
                                       Validity validity, ActorRef... jointlyWith) {
        return new ReportingLine(rule, List.of(clauseId), from, to, about, List.of(jointlyWith), List.of(), validity);
    }

    /** Whether the line passes through no other actor. */
    public boolean isDirect() {
        return via.isEmpty();
    }

    /** The clause of the first step. */
    public String clauseId() {
        return clauseIds.get(0);
    }
}
