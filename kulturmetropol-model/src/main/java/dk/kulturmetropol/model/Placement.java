package dk.kulturmetropol.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a body sits ("Sekretariatet er placeret i Ishøj Kommune"). A place is a host, not a holder:
 * the body keeps its own duties, and its host does not bear them.
 *
 * @param rule     the rule that derived it
 * @param clauseId the clause it rests on
 * @param actor    the body's actor id, e.g. {@code secretariat}
 * @param host     where it sits, e.g. {@code ishoej}
 * @param validity when it holds
 */
public record Placement(String rule, String clauseId, String actor, String host, Validity validity) implements Derived {
    /**
     * Checks that every part is given and that {@code actor} is an actor id.
     *
     * @param rule     the rule's name
     * @param clauseId the clause id
     * @param actor    the body's actor id
     * @param host     where it sits
     * @param validity when it holds
     * @throws NullPointerException     when a part is null, naming it
     * @throws IllegalArgumentException when {@code actor} is not an actor id
     */
    public Placement {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(validity, "validity");
        ActorRef.requireActor(actor);
    }

    @Override
    public List<String> clauseIds() {
        return List.of(clauseId);
    }
}
