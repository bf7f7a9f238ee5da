package dk.kulturmetropol.rules.internal;

import java.util.List;

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
            return (d.actor() == null ? "(unnamed)" : d.actor()) + " " + d.modality().id() + " " + d.action() + " " + d.matter()
                    + (d.scope() == null ? "" : " for " + d.scope())
                    + actors(" with ", d.jointlyWith()) + actors(" to ", d.recipients())
                    + (d.frequency() == null ? "" : " [" + d.frequency() + "]")
                    + (d.condition() == null ? "" : " when " + d.condition().id())
                    + (d.due() == null ? "" : " due " + d.due())
                    + (d.reading() == null ? "" : " (reading)")
                    + " @" + d.clauseId();
        }
        if (fact instanceof ReportingLine l) {
            return l.from() + " reports to " + l.to() + " about " + l.about()
                    + actors(" with ", l.jointlyWith()) + actors(" via ", l.via())
                    + (l.forDutiesOf() == null ? "" : " for duties of " + l.forDutiesOf())
                    + (l.reading() == null ? "" : " (reading)") + " @" + String.join("+", l.clauseIds());
        }
        if (fact instanceof Seat m) {
            return (m.member() == null ? "(unnamed)" : m.member()) + " " + m.modality().id() + " sit in " + m.body()
                    + (m.drawnFrom() == null ? "" : " drawn from " + m.drawnFrom())
                    + (m.namedByAgreement() ? " (from agreement)" : "") + (m.reading() == null ? "" : " (reading)") + " @" + m.clauseId();
        }
        if (fact instanceof PostHolding h) {
            return h.post() + " held by " + (h.holder() == null ? "(unnamed)" : h.holder())
                    + (h.namedByAgreement() ? " (from agreement)" : "") + " @" + h.clauseId();
        }
        if (fact instanceof Placement p) {
            return p.actor() + " placed in " + p.host() + " @" + p.clauseId();
        }
        return String.valueOf(fact);
    }

    private static String actors(String prefix, List<String> actors) {
        return actors.isEmpty() ? "" : prefix + String.join(",", actors);
    }
}
