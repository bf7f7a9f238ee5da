package dk.kulturmetropol.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Due;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.Row;
import dk.kulturmetropol.rules.Through;
import dk.kulturmetropol.rules.Why;

/**
 * The JSON shape of an answer: one object with {@code answers}, {@code unspecified}, {@code note} and {@code why}
 * (for an empty answer, {@code reason}: {@code no-rule}, {@code outside-period} or {@code outside-term}, and the
 * {@code intervals} in which what the rules state holds).
 * Rows use the public ids; every row carries its {@code clause} ({@code id}, {@code section}, {@code quote}).
 */
public final class AnswerJson {
    private AnswerJson() {
    }

    /** The answer as a JSON document. */
    public static <T> String write(Answer<T> answer) {
        return write(answer, null);
    }

    /**
     * The answer as JSON; with {@code words}, each row adds {@code sentence} and {@code labels} (id to label) in its
     * language, and {@code areaNamesFromAgreement}: the focus areas whose names (the agreement's, not the text's) the
     * sentence shows; the note is in that language too. The ids stay as they are.
     */
    public static <T> String write(Answer<T> answer, Sentences words) {
        return JsonOutput.write(document(answer, words, null), "an answer");
    }

    /**
     * The answer as a JSON object; where no rule answers and {@code nothing} is given (with {@code words}), the
     * {@code note} is that sentence, in words of the question asked.
     */
    static <T> Map<String, Object> document(Answer<T> answer, Sentences words, String nothing) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("answers", answer.rows().stream().map(r -> labelled(r, words)).toList());
        doc.put("unspecified", answer.unspecified().stream().map(r -> labelled(r, words)).toList());
        doc.put("note", words == null ? answer.note().orElse(null)
                : answer.why().map(w -> nothing != null && w.reason() == Why.Reason.NO_RULE ? nothing
                        : words.why(w.reason().id(), w.intervals(), w.asOf())).orElse(null));
        doc.put("why", answer.why().map(w -> why(w, words)).orElse(null));
        return doc;
    }

    private static Map<String, Object> labelled(Row<?> row, Sentences words) {
        Map<String, Object> out = row(row);
        if (words != null) {
            Derived fact = (Derived) row.fact();
            String said = words.of(fact, row::resolved);
            out.put("sentence", said);
            List<String> areas = words.labels().focusAreasNamedIn(said);
            if (!areas.isEmpty()) {
                out.put("areaNamesFromAgreement", areas);
            }
            out.put("labels", labels(fact, row, words.labels()));
            if (fact.reading() != null) {
                out.put("readingLabel", words.reading(fact.reading()));
            }
            if (fact instanceof Duty d && d.frequency() != null) {
                out.put("frequencyLabel", words.frequency(d.frequency()));
            }
            if (fact instanceof Duty d && d.due() != null) {
                out.put("dueLabel", words.due(d.due()));
            }
        }
        return out;
    }

    /** Every id the row names, with its label: actors, action, matter, scope, subject, post, body. */
    static Map<String, String> labels(Derived fact, Row<?> row, Labels labels) {
        Map<String, String> out = new java.util.TreeMap<>();
        java.util.function.BiConsumer<String, String> put = (kind, id) -> {
            if (id != null) {
                out.putIfAbsent(id, labels.label(kind, id));
            }
        };
        java.util.function.Consumer<List<String>> actors = list -> list.forEach(a -> put.accept("actor", a));
        if (fact instanceof Duty d) {
            put.accept("action", d.action());
            put.accept("matter", d.matter());
            put.accept("scope", d.scope());
            actors.accept(d.actorIfNamed().stream().toList());
            actors.accept(d.jointlyWith());
            actors.accept(d.recipients());
        } else if (fact instanceof ReportingLine l) {
            put.accept("subject", l.about());
            actors.accept(List.of(l.from(), l.to()));
            actors.accept(l.jointlyWith());
            actors.accept(l.via());
            if (l.forDutiesOf() != null) {
                put.accept("post", l.forDutiesOf());
            }
        } else if (fact instanceof PostHolding h) {
            put.accept("post", h.post());
            if (h.holder() != null) {
                put.accept("actor", h.holder());
            }
        } else if (fact instanceof Seat m) {
            put.accept("body", m.body());
            if (m.member() != null) {
                put.accept("actor", m.member());
            }
            if (m.drawnFrom() != null) {
                put.accept("actor", m.drawnFrom());
            }
        } else if (fact instanceof Placement p) {
            put.accept("actor", p.actor());
            put.accept("actor", p.host());
        }
        row.resolved().values().forEach(ids -> ids.forEach(id -> put.accept("actor", id)));
        row.placedIn().values().forEach(host -> put.accept("actor", host));
        return out;
    }

    static Map<String, Object> row(Row<?> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object fact = row.fact();
        if (fact instanceof Duty d) {
            out.put("actor", d.actor());
            out.put("resolvedTo", row.resolvedTo());
            out.put("action", d.action());
            out.put("matter", d.matter());
            out.put("scope", d.scope());
            out.put("modality", d.modality().id());
            out.put("jointlyWith", d.jointlyWith());
            out.put("recipients", d.recipients());
            out.put("frequency", frequency(d.frequency()));
            out.put("condition", d.condition() == null ? null : d.condition().id());
            out.put("due", due(d.due(), d.validity()));
            validity(out, d.validity());
        } else if (fact instanceof ReportingLine l) {
            out.put("actor", l.from());
            out.put("resolvedTo", row.resolvedTo());
            out.put("to", l.to());
            out.put("about", l.about());
            out.put("jointlyWith", l.jointlyWith());
            out.put("via", l.via());
            out.put("forDutiesOf", l.forDutiesOf());
            validity(out, l.validity());
        } else if (fact instanceof PostHolding h) {
            out.put("actor", h.holder());
            out.put("resolvedTo", row.resolvedTo());
            out.put("post", h.post());
            out.put("namedByAgreement", h.namedByAgreement());
            validity(out, h.validity());
        } else if (fact instanceof Placement p) {
            out.put("actor", p.actor());
            out.put("resolvedTo", row.resolvedTo());
            out.put("host", p.host());
            validity(out, p.validity());
        } else if (fact instanceof Seat m) {
            out.put("actor", m.member());
            out.put("resolvedTo", row.resolvedTo());
            out.put("body", m.body());
            out.put("drawnFrom", m.drawnFrom());
            out.put("modality", m.modality().id());
            out.put("namedByAgreement", m.namedByAgreement());
            validity(out, m.validity());
        }
        out.put("resolved", row.resolved());
        if (!row.placedIn().isEmpty()) {
            out.put("placedIn", row.placedIn());
        }
        if (!row.through().isEmpty()) {
            out.put("through", row.through().stream().map(AnswerJson::through).toList());
        }
        out.put("reading", row.reading().orElse(null));
        out.put("clause", clause(row.clause()));
        if (row.clauses().size() > 1) {
            out.put("alsoRestsOn", row.clauses().subList(1, row.clauses().size()).stream().map(AnswerJson::clause).toList());
        }
        out.put("rule", ((Derived) fact).rule());
        return out;
    }

    private static Map<String, Object> through(Through t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", t.kind());
        out.put("actor", t.actor());
        out.put("to", t.to());
        out.put("clause", t.clause().id());
        out.put("namedByAgreement", t.namedByAgreement());
        return out;
    }

    private static Map<String, Object> frequency(Frequency f) {
        if (f == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("per", f.per().id());
        out.put("min", f.per() == Frequency.Per.YEAR || f.per() == Frequency.Per.QUARTER ? f.min() : null);
        out.put("max", f.max());
        out.put("alsoAsNeeded", f.alsoAsNeeded());
        out.put("text", f.toString());
        return out;
    }

    private static Map<String, Object> due(Due d, Validity within) {
        if (d == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        out.put("date", d.date() == null || d.kind() == Due.Kind.AFTER_PERIOD ? null : d.date().toString());
        out.put("after", d.kind() == Due.Kind.AFTER_PERIOD ? d.date().toString() : null);
        out.put("monthDay", d.monthDay() == null ? null : d.monthDay().toString());
        out.put("text", d.toString());
        out.put("dates", d.occurrencesWithin(within).stream().map(Object::toString).toList());
        return out;
    }

    private static Map<String, Object> clause(Clause c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("source", c.source());
        out.put("section", c.section());
        out.put("quote", c.quote());
        return out;
    }

    private static Map<String, Object> why(Why why, Sentences words) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reason", why.reason().id());
        out.put("intervals", why.intervals().stream().map(v -> {
            Map<String, Object> interval = new LinkedHashMap<>();
            validity(interval, v);
            interval.put("basis", v.basis());
            if (words != null) {
                interval.put("basisLabel", words.basis(v.basis()));
            }
            return interval;
        }).toList());
        return out;
    }

    private static void validity(Map<String, Object> out, Validity v) {
        out.put("validFrom", v.from().toString());
        out.put("validTo", v.to().toString());
    }
}
