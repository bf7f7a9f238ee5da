package dk.kulturmetropol.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;

/**
 * One answer: the derived fact, what each actor in it resolves to on the date asked, how the actor asked
 * about comes to bear it, and the clauses it rests on.
 *
 * <pre>{@code
 * Row<Duty> row = g.who("approve", "annual-plan", Criteria.any().scope("music")).rows().get(0);
 * row.fact().actor(); // "kmk"
 * row.resolvedTo();   // [culture-chief:albertslund, ..., culture-chief:roskilde]: KMK's members
 * row.clause().id();  // "kmk.tasks-5"
 * row.reading();      // Optional.empty: it rests on the plain sentence
 * }</pre>
 *
 * @param fact       a {@link dk.kulturmetropol.model.Duty}, {@link dk.kulturmetropol.model.ReportingLine},
 *                   {@link dk.kulturmetropol.model.Seat} or {@link dk.kulturmetropol.model.PostHolding}
 * @param resolvedTo what the actor (the holder, for a post; the member, for a seat) resolves to: for
 *                   {@code home-municipality:music} {@code [roskilde]}, for {@code political-chair}
 *                   {@code [culture-committee-chair:ishoej]}, for {@code kmk} its members; empty when unspecified
 * @param clauses    the clauses it rests on, the fact's own first, then those of the steps in {@code through}; never empty
 * @param resolved   what every actor in the row resolves to: bearer, joint actors, recipients, the {@code to} of a line
 * @param through    how the actor asked about bears it (a post held, a seat, accountability); empty when directly
 * @param placedIn   where an actor in the row sits ("Sekretariatet er placeret i Ishøj Kommune"): a host, not a bearer
 * @param <T>        the kind of fact
 */
public record Row<T>(T fact, List<String> resolvedTo, List<Clause> clauses, Map<String, List<String>> resolved,
                     List<Through> through, Map<String, String> placedIn) {
    /**
     * Copies the lists and maps, and checks that there is a clause.
     *
     * @param fact       the fact
     * @param resolvedTo what its actor resolves to; copied
     * @param clauses    the clauses it rests on, at least one; copied
     * @param resolved   what every actor resolves to; copied
     * @param through    how the actor asked about bears it; copied
     * @param placedIn   where an actor in the row sits; copied
     * @throws NullPointerException     when {@code fact} or a collection is null
     * @throws IllegalArgumentException when {@code clauses} is empty
     */
    public Row {
        Objects.requireNonNull(fact, "fact");
        resolvedTo = List.copyOf(resolvedTo);
        clauses = List.copyOf(clauses);
        resolved = Collections.unmodifiableMap(new LinkedHashMap<>(resolved));
        through = List.copyOf(through);
        placedIn = Collections.unmodifiableMap(new LinkedHashMap<>(placedIn));
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("answer row " + fact + " rests on no clause");
        }
    }

    /**
     * A row borne directly, with no other actor resolved.
     *
     * @param fact       the fact
     * @param resolvedTo what its actor resolves to; copied
     * @param clauses    the clauses it rests on, at least one; copied
     * @throws IllegalArgumentException when {@code clauses} is empty
     */
    public Row(T fact, List<String> resolvedTo, List<Clause> clauses) {
        this(fact, resolvedTo, clauses, Map.of(), List.of(), Map.of());
    }

    /**
     * The clause it rests on (the first, for a transitive reporting line).
     *
     * @return the first of {@link #clauses()}
     */
    public Clause clause() {
        return clauses.get(0);
    }

    /**
     * The reading it rests on beyond the plain sentence, if any (e.g. "'opfordres til' ... is read as should").
     *
     * @return the reading in English words, or empty for a fact that rests on the plain sentence
     */
    public Optional<String> reading() {
        return fact instanceof Derived d ? Optional.ofNullable(d.reading()) : Optional.empty();
    }

    /**
     * What {@code actorId} resolves to in this row, or the id itself when the row does not resolve it.
     *
     * @param actorId an actor id of the fact
     * @return the ids it resolves to on the date asked, or {@code [actorId]}
     */
    public List<String> resolved(String actorId) {
        return resolved.getOrDefault(actorId, List.of(actorId));
    }

    /**
     * Whether {@code actorId} bears this row on the date asked: it is the actor the row names or what that actor resolves
     * to (a member of a body, the holder of a post), or, for a duty, a joint actor or what one resolves to. It answers the
     * question a plain {@code equals} on {@link dk.kulturmetropol.model.Duty#actor()} cannot, since a KMK duty names
     * {@code kmk}, not its members:
     * <pre>{@code
     * Row<Duty> row = g.who("approve", "annual-plan", Criteria.any().scope("music")).rows().get(0);
     * row.borneBy("kmk");                     // true: the actor the sentence names
     * row.borneBy("culture-chief:roskilde");  // true: a member of KMK
     * row.borneBy("secretariat");             // false
     * row.borneBy("KMK");                     // IllegalArgumentException: not an id (g.idOf("actor", "KMK") gives kmk)
     * }</pre>
     *
     * @param actorId an actor id, as answers print it
     * @return true when that actor bears the row
     * @throws IllegalArgumentException when {@code actorId} is not an actor id, saying what is accepted
     */
    public boolean borneBy(String actorId) {
        String id = dk.kulturmetropol.model.ActorRef.requireActor(actorId);
        if (resolvedTo.contains(id)) {
            return true;
        }
        if (fact instanceof dk.kulturmetropol.model.Duty d) {
            if (id.equals(d.actor())) {
                return true;
            }
            for (String joint : d.jointlyWith()) {
                if (id.equals(joint) || resolved(joint).contains(id)) {
                    return true;
                }
            }
            return false;
        }
        return fact instanceof dk.kulturmetropol.model.Seat m ? id.equals(m.member())
                : fact instanceof dk.kulturmetropol.model.PostHolding h ? id.equals(h.holder())
                : fact instanceof dk.kulturmetropol.model.ReportingLine l && id.equals(l.from());
    }

    /** A one-line summary in the text output's words, e.g. {@code kmk must approve annual-plan for music, 2021-01-01..2024-12-31 (kmk.tasks-5)}. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
