package dk.kulturmetropol.rules.internal;

import java.util.List;
import java.util.stream.Collectors;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;

/** One line per derived fact, for readable expectations in rule tests. */
final class Describe {
    private Describe() {
    }

    static String of(Object fact) {
        if (fact instanceof Duty d) {
            return (d.actor() == null ? "(unnamed)" : d.actor().id()) + " " + d.modality().id() + " " + d.action() + " " + d.matter()
                    + (d.scope() == null ? "" : " for " + d.scope())
                    + actors(" with ", d.jointlyWith()) + actors(" to ", d.recipients())
                    + (d.frequency() == null ? "" : " [" + d.frequency() + "]")
                    + (d.condition() == null ? "" : " when " + d.condition().id())
                    + (d.due() == null ? "" : " due " + d.due())
                    + (d.reading() == null ? "" : " (reading)")
                    + " @" + d.clauseId();
        }
        if (fact instanceof ReportingLine l) {
            return l.from().id() + " reports to " + l.to().id() + " about " + l.about()
                    + actors(" with ", l.jointlyWith()) + actors(" via ", l.via())
                    + (l.forDutiesOf() == null ? "" : " for duties of " + l.forDutiesOf().id())
                    + (l.reading() == null ? "" : " (reading)") + " @" + String.join("+", l.clauseIds());
        }
        if (fact instanceof Seat m) {
            return (m.member() == null ? "(unnamed)" : m.member().id()) + " " + m.modality().id() + " sit in " + m.body()
                    + (m.drawnFrom() == null ? "" : " drawn from " + m.drawnFrom().id())
                    + (m.namedByAgreement() ? " (from agreement)" : "") + (m.reading() == null ? "" : " (reading)") + " @" + m.clauseId();
        }
        if (fact instanceof PostHolding h) {
            return h.post().id() + " held by " + (h.holder() == null ? "(unnamed)" : h.holder().id())
                    + (h.namedByAgreement() ? " (from agreement)" : "") + " @" + h.clauseId();
        }
        if (fact instanceof Placement p) {
            return p.actor().id() + " placed in " + p.host() + " @" + p.clauseId();
        }
        return String.valueOf(fact);
    }

    private static String actors(String prefix, List<ActorRef> actors) {
        return actors.isEmpty() ? "" : prefix + actors.stream().map(ActorRef::id).collect(Collectors.joining(","));
    }
}
