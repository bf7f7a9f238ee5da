package dk.kulturmetropol.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.rules.internal.DerivedFacts;
import dk.kulturmetropol.rules.internal.Snapshot;

/** Behind {@link Governance#changesTo(Governance)}: pairs the facts of two snapshots by what they are about. */
final class Diff {
    private Diff() {
    }

    static List<Change> between(Snapshot before, Snapshot after) {
        Map<String, Deque<Derived>> old = index(before.facts());
        List<Change> changes = new ArrayList<>();
        for (Derived fact : all(after.facts())) {
            Deque<Derived> same = old.get(key(fact));
            Derived was = same == null ? null : same.poll();
            if (was == null) {
                changes.add(new Change(Change.Kind.ADDED, Optional.empty(), Optional.of(fact), clauses(after, fact)));
            } else if (!was.equals(fact)) {
                List<Clause> cited = new ArrayList<>(clauses(after, fact));
                clauses(before, was).stream().filter(c -> !cited.contains(c)).forEach(cited::add);
                changes.add(new Change(Change.Kind.CHANGED, Optional.of(was), Optional.of(fact), cited));
            }
        }
        old.values().forEach(rest -> rest.forEach(was ->
                changes.add(new Change(Change.Kind.REMOVED, Optional.of(was), Optional.empty(), clauses(before, was)))));
        return List.copyOf(changes);
    }

    private static List<Derived> all(DerivedFacts facts) {
        return Stream.of(facts.duties(), facts.seats(), facts.holdings(), facts.lines(), facts.placements())
                .flatMap(List::stream).map(Derived.class::cast).toList();
    }

    private static Map<String, Deque<Derived>> index(DerivedFacts facts) {
        Map<String, Deque<Derived>> byKey = new LinkedHashMap<>();
        for (Derived fact : all(facts)) {
            byKey.computeIfAbsent(key(fact), k -> new ArrayDeque<>()).add(fact);
        }
        return byKey;
    }

    /** What a fact is about, as the rules name it: the rule and the actors, not the dates or what they resolve to. */
    private static String key(Derived fact) {
        if (fact instanceof Duty d) {
            return "duty|" + d.rule() + "|" + id(d.actor()) + "|" + d.action() + "|" + d.matter() + "|" + d.scope() + "|"
                    + ids(d.jointlyWith()) + "|" + ids(d.recipients());
        } else if (fact instanceof ReportingLine l) {
            return "line|" + l.rule() + "|" + id(l.from()) + "|" + id(l.to()) + "|" + l.about() + "|" + ids(l.via()) + "|"
                    + id(l.forDutiesOf()) + "|" + l.clauseIds();
        } else if (fact instanceof Seat s) {
            return "seat|" + s.rule() + "|" + s.body() + "|" + id(s.member());
        } else if (fact instanceof PostHolding h) {
            return "post|" + h.rule() + "|" + id(h.post()) + "|" + id(h.holder());
        }
        Placement p = (Placement) fact;
        return "place|" + p.rule() + "|" + id(p.actor()) + "|" + p.host();
    }

    private static List<Clause> clauses(Snapshot snapshot, Derived fact) {
        return fact.clauseIds().stream().distinct().map(snapshot::clause).toList();
    }

    private static String id(String a) {
        return a == null ? "" : a;
    }

    private static String ids(List<String> actors) {
        return String.join(",", actors);
    }
}
