package dk.kulturmetropol.model;

import java.util.List;
import java.util.Objects;

/**
 * Who answers to whom about what: only "refererer til" (answers to) and "er ansvarlig overfor" (is
 * accountable to) make a line; delivering a report or accounts is a {@link Duty} with recipients.
 * A direct line rests on one clause; a transitive line (project chief to the home municipality's chief
 * to ...) joins lines of the same subject, lists the actors it passes through and rests on the clauses of
 * every step. A line about {@value #GENERAL} ("refererer til" with no subject named) answers for every subject.
 *
 * @param rule        the rule that derived it
 * @param clauseIds   the clauses it rests on, the first step's first
 * @param from        the id of who reports, e.g. {@code project-chief:music}
 * @param to          the id of to whom
 * @param about       the subject: {@code realisation}, {@code employment}, {@code accounts}
 * @param jointlyWith who reports together with {@code from}
 * @param via         the actors in between; empty for a direct line
 * @param validity    when it holds
 * @param forDutiesOf whose duties {@code from} answers for ("ansvarlig overfor KMK for ovenstående"), or {@code null}
 * @param reading     where the line rests on a reading rather than the plain sentence, that reading; else {@code null}
 */
public record ReportingLine(String rule, List<String> clauseIds, String from, String to, String about,
                            List<String> jointlyWith, List<String> via, Validity validity,
                            String forDutiesOf, String reading) implements Derived {

    /** The subject of a line whose sentence names none: it answers for every subject. */
    public static final String GENERAL = "general";

    /**
     * Checks the required parts and the ids, and copies the lists.
     *
     * @param rule        the rule's name
     * @param clauseIds   at least one clause id; copied
     * @param from        who reports
     * @param to          to whom
     * @param about       the subject
     * @param jointlyWith actor ids; copied
     * @param via         actor ids in between; copied
     * @param validity    when it holds
     * @param forDutiesOf whose duties, or {@code null}
     * @param reading     the reading, or {@code null}
     * @throws NullPointerException     when the rule, {@code from}, {@code to}, {@code about}, {@code validity} or a list
     *     is null
     * @throws IllegalArgumentException when an actor is not an actor id, or the line cites no clause
     */
    public ReportingLine {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(validity, "validity");
        clauseIds = List.copyOf(clauseIds);
        ActorRef.requireActor(from);
        ActorRef.requireActor(to);
        ActorRef.requireActorOrNull(forDutiesOf);
        jointlyWith = ActorRef.requireActors(jointlyWith);
        via = ActorRef.requireActors(via);
        if (clauseIds.isEmpty()) {
            throw new IllegalArgumentException("reporting line " + from + " -> " + to + " cites no clause");
        }
    }

    /**
     * A direct line resting on one clause.
     *
     * @param rule        the rule that derived it
     * @param clauseId    the clause it rests on
     * @param from        the id of who reports
     * @param to          the id of to whom
     * @param about       the subject, or {@value #GENERAL} when the sentence names none
     * @param validity    when it holds
     * @param jointlyWith who reports together with {@code from}; none for a line of one
     * @return a line with no actor in between, for no one's duties and on no reading
     */
    public static ReportingLine direct(String rule, String clauseId, String from, String to, String about,
                                       Validity validity, String... jointlyWith) {
        return new ReportingLine(rule, List.of(clauseId), from, to, about, List.of(jointlyWith), List.of(), validity, null, null);
    }

    /**
     * The same line, answering for the duties of {@code actor}.
     *
     * @param actor the id of the actor whose duties {@code from} answers for, or {@code null}
     * @return a copy; this line is unchanged
     */
    public ReportingLine forDutiesOf(String actor) {
        return new ReportingLine(rule, clauseIds, from, to, about, jointlyWith, via, validity, actor, reading);
    }

    /**
     * The same line, marked as resting on a reading given in words.
     *
     * @param newReading the reading in words, or {@code null} for the plain sentence
     * @return a copy; this line is unchanged
     */
    public ReportingLine reading(String newReading) {
        return new ReportingLine(rule, clauseIds, from, to, about, jointlyWith, via, validity, forDutiesOf, newReading);
    }

    /**
     * Whether it answers a question about {@code subject}: same subject, or a line about {@value #GENERAL}.
     *
     * @param subject the subject asked about, e.g. {@code accounts}
     * @return true when the line is about {@code subject} or about every subject
     */
    public boolean isAbout(String subject) {
        return about.equals(subject) || about.equals(GENERAL);
    }

    /**
     * Whether the line passes through no other actor.
     *
     * @return true when {@link #via()} is empty
     */
    public boolean isDirect() {
        return via.isEmpty();
    }

    /**
     * The clause of the first step.
     *
     * @return the first of {@link #clauseIds()}
     */
    public String clauseId() {
        return clauseIds.get(0);
    }
}
