package dk.kulturmetropol.examples;

import java.util.List;
import java.util.stream.Collectors;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.Row;

/** An answer as text a person reads: one block a row, each quoting its clause. */
public final class AnswerText {
    private AnswerText() {
    }

    public static <T> String write(String question, Answer<T> answer) {
        return write(question, answer, null);
    }

    /**
     * The answer in {@code words}' language, each row a sentence with labels in place of ids; with {@code words} null,
     * in ids as a question takes them.
     */
    public static <T> String write(String question, Answer<T> answer, Sentences words) {
        return write(question, answer, words, null);
    }

    /**
     * As {@link #write(String, Answer, Sentences)}; where no rule answers and {@code nothing} is given, it says so in
     * words of the question asked ("Kommissoriet siger intet om, hvor sekretariatet er placeret.") instead of the
     * general note.
     */
    public static <T> String write(String question, Answer<T> answer, Sentences words, String nothing) {
        StringBuilder out = new StringBuilder(question).append('\n');
        // a sentence that says what several facts say (one sentence of the text over several bodies, partners or
        // matters) is printed once: a block is printed only if no block before it reads the same
        java.util.Set<String> printed = new java.util.HashSet<>();
        // the focus areas the sentences name, collected as they are written
        java.util.Set<String> areas = new java.util.TreeSet<>();
        java.util.function.Function<StringBuilder, java.util.function.Consumer<Row<T>>> into = target -> words == null
                ? r -> block(target, r) : r -> printOnce(target, r, words, printed, areas);
        answer.rows().forEach(into.apply(out));
        if (!answer.unspecified().isEmpty()) {
            StringBuilder rows = new StringBuilder();
            int before = printed.size();
            answer.unspecified().forEach(into.apply(rows));
            int shown = words == null ? answer.unspecified().size() : printed.size() - before;
            out.append('\n').append(words == null ? "The text states this but names no one:" : words.phrase(unnamedHead(answer, shown)))
                    .append('\n').append(rows);
        }
        if (words != null) {
            placements(out, answer, words);
            if (!areas.isEmpty()) {
                out.append('\n').append(areaNamesNote(areas, words)).append('\n');
            }
        }
        answer.why().ifPresent(why -> out.append('\n').append(words == null ? "Note: " + why.text()
                : nothing != null && why.reason() == dk.kulturmetropol.rules.Why.Reason.NO_RULE ? nothing
                : words.phrase("note", "note", words.why(why.reason().id(), why.intervals(), why.asOf()))).append('\n'));
        return out.toString();
    }

    /**
     * The heading over the rows that name no one, for what they are: "Teksten fastsætter opgaven, men nævner ikke, hvem
     * der har den:" (a duty), "Teksten opretter posten, men nævner ikke, hvem der varetager den:" (a post), a seat's, or
     * one for rows of several kinds.
     */
    private static <T> String unnamedHead(Answer<T> answer, int shown) {
        java.util.Set<UnnamedKind> kinds = java.util.EnumSet.noneOf(UnnamedKind.class);
        for (Row<T> r : answer.unspecified()) {
            kinds.add(UnnamedKind.of(r.fact()));
        }
        return kinds.size() == 1 ? kinds.iterator().next().headKey(shown) : UnnamedKind.OTHER.headKey(shown);
    }

    /**
     * What a row that names no one is, with the key of its heading in the words files for one row and for several,
     * each spelled out (a plural is not made by adding "s": "duty" is "duties").
     */
    enum UnnamedKind {
        DUTY("unnamed.head.duty", "unnamed.head.duties"),
        POST("unnamed.head.post", "unnamed.head.posts"),
        SEAT("unnamed.head.seat", "unnamed.head.seats"),
        OTHER("unnamed.head", "unnamed.head");

        private final String one;
        private final String several;

        UnnamedKind(String one, String several) {
            this.one = one;
            this.several = several;
        }

        static UnnamedKind of(Object fact) {
            return fact instanceof Duty ? DUTY : fact instanceof PostHolding ? POST : fact instanceof Seat ? SEAT : OTHER;
        }

        /** The key of the heading over {@code shown} rows of this kind. */
        String headKey(int shown) {
            return shown == 1 ? one : several;
        }
    }

    /**
     * Once, after the rows: where an actor the rows name is placed ("Sekretariatet er placeret i Ishøj Kommune;
     * kommunen huser sekretariatet, men varetager ikke dets opgaver."), so a host is not read as the bearer.
     */
    private static <T> void placements(StringBuilder out, Answer<T> answer, Sentences words) {
        java.util.Map<String, String> placed = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(answer.rows().stream(), answer.unspecified().stream()).forEach(r -> r.placedIn().forEach(placed::putIfAbsent));
        if (!placed.isEmpty()) {
            out.append('\n');
            placed.forEach((actor, host) -> out.append(capitalised(words.phrase("placed", "actor", words.labels().inSentence("actor", actor),
                    "host", words.labels().inSentence("actor", host)))).append('\n'));
        }
    }

    /**
     * A row as its sentence block, appended to {@code target} unless a block before it reads the same; the focus areas
     * its sentence names go into {@code areas}, for the note after the rows that their names are the agreement's.
     */
    private static void printOnce(StringBuilder target, Row<?> row, Sentences words, java.util.Set<String> printed,
                                  java.util.Set<String> areas) {
        StringBuilder one = new StringBuilder();
        areas.addAll(words.labels().focusAreasNamedIn(sentence(one, row, words)));
        if (printed.add(one.toString())) {
            target.append(one);
        }
    }

    /**
     * The note that the focus-area names shown are the agreement's: with the text's own words where the words have them
     * ("Navnet Musikindsatsen er kulturaftalens; kommissoriet skriver »Kulturmetropolens Musikindsats«."), else "Navnet
     * ... kommer fra kulturaftalen, ikke fra kommissoriet."
     */
    static String areaNamesNote(java.util.Collection<String> areas, Sentences words) {
        List<String> names = areas.stream().map(a -> words.labels().label("scope", a)).toList();
        List<java.util.Optional<String>> inText = areas.stream().map(a -> words.words("area.in-text." + a)).toList();
        boolean one = names.size() == 1;
        if (inText.stream().allMatch(java.util.Optional::isPresent)) {
            return words.phrase(one ? "area-named-in-text" : "areas-named-in-text", "names", words.list(names),
                    "text", words.list(inText.stream().map(t -> "»" + t.get() + "«").toList()));
        }
        return words.phrase(one ? "area-named-by-agreement" : "areas-named-by-agreement", "names", words.list(names));
    }

    private static void block(StringBuilder out, Row<?> row) {
        Object fact = row.fact();
        out.append("\n  ");
        if (fact instanceof Duty d) {
            out.append(d.actor() == null ? "(no one named)" : who(row, d.actor()));
            out.append(' ').append(d.modality().id()).append(' ').append(d.action()).append(' ').append(d.matter());
            append(out, " for ", d.scope());
            list(out, " jointly with ", row, d.jointlyWith());
            list(out, " to ", row, d.recipients());
            append(out, ", ", d.frequency());
            append(out, ", ", d.condition());
            append(out, ", due ", d.due());
            if (d.due() != null && d.due().kind() == dk.kulturmetropol.model.Due.Kind.YEARLY) {
                d.due().occurrencesWithin(d.validity()).stream().findFirst().ifPresent(first -> out.append(" (first ").append(first).append(')'));
            }
        } else if (fact instanceof ReportingLine l) {
            out.append(who(row, l.from())).append(l.about().equals(ReportingLine.GENERAL) ? " answers to " : " reports to ")
                    .append(who(row, l.to()));
            out.append(l.about().equals(ReportingLine.GENERAL) ? " (no subject named: every subject)" : " about " + l.about());
            if (l.forDutiesOf() != null) {
                out.append(", for the duties of ").append(who(row, l.forDutiesOf()));
            }
            list(out, " jointly with ", row, l.jointlyWith());
            list(out, " via ", row, l.via());
        } else if (fact instanceof PostHolding h) {
            out.append(h.holder() == null ? "(no one named)" : who(row, h.holder())).append(" holds ").append(h.post());
        } else if (fact instanceof Placement p) {
            out.append(p.actor()).append(" is placed in ").append(p.host()).append(" (its host, not the bearer of its duties)");
        } else if (fact instanceof Seat m) {
            out.append(m.member() == null ? "(no one named)" : who(row, m.member())).append(" is ")
                    .append(m.modality() == Modality.MAY ? "a possible member of " : "a member of ").append(m.body());
            if (m.drawnFrom() != null) {
                out.append(", drawn from ").append(who(row, m.drawnFrom()));
            }
        }
        Validity v = ((Derived) fact).validity();
        out.append("\n    valid ").append(v.from()).append("..").append(v.to()).append('\n');
        if (!row.through().isEmpty()) {
            out.append("    through: ").append(row.through().stream().map(t -> t + " (" + t.clause().id() + ")")
                    .collect(Collectors.joining(", then "))).append('\n');
        }
        row.placedIn().forEach((actor, host) -> out.append("    ").append(actor).append(" is placed in ").append(host)
                .append(": its host, not the bearer of its duties\n"));
        if (fact instanceof PostHolding h && h.namedByAgreement()) {
            out.append("    holder named by the agreement, not by the sentence; the sentence makes the post\n");
        }
        if (fact instanceof Seat m && m.namedByAgreement()) {
            out.append("    member named by the agreement, not by the text; the sentence makes the seat\n");
        }
        row.reading().ifPresent(r -> out.append("    reading: ").append(r).append('\n'));
        for (Clause c : row.clauses()) {
            out.append("    ").append(FindingsOutput.quoted(c)).append('\n');
        }
    }

    /** Appends the row's block to {@code out} and returns its fact's sentence. */
    private static String sentence(StringBuilder out, Row<?> row, Sentences words) {
        Derived fact = (Derived) row.fact();
        Labels labels = words.labels();
        String said = words.of(fact, row::resolved);
        out.append("\n  ").append(said).append('\n');
        out.append("    ").append(words.validity(fact.validity())).append('\n');
        if (!row.through().isEmpty()) {
            out.append("    ").append(words.phrase("through", "steps", row.through().stream()
                    .map(t -> words.phrase("through." + (t.kind().equals("post") || t.kind().equals("seat") ? t.kind() : "line"),
                            "actor", t.kind().equals("post") ? labels.label("post", t.actor()) : labels.inSentence("actor", t.actor()), "to", t.to() == null ? "" : labels.inSentence("actor", t.to())))
                    .collect(Collectors.joining(words.phrase("through.then") + " ")))).append('\n');
        }
        if (fact instanceof PostHolding h && h.namedByAgreement()) {
            out.append("    ").append(words.phrase("named-by-agreement")).append('\n');
        }
        if (fact instanceof Seat m && m.namedByAgreement()) {
            out.append("    ").append(words.phrase("seat-named-by-agreement")).append('\n');
        }
        row.reading().ifPresent(r -> out.append("    ").append(words.phrase("reading", "reading", words.reading(r))).append('\n'));
        for (Clause c : row.clauses()) {
            out.append("    ").append(FindingsOutput.quoted(c)).append('\n');
        }
        return said;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** An actor as named, with what it resolves to when that differs: {@code home-municipality:youth (albertslund)}. */
    private static String who(Row<?> row, String actor) {
        List<String> resolved = row.resolved(actor);
        return resolved.isEmpty() || resolved.equals(List.of(actor)) ? actor
                : actor + " (" + String.join(", ", resolved) + ")";
    }

    private static void append(StringBuilder out, String prefix, Object value) {
        if (value != null) {
            out.append(prefix).append(value);
        }
    }

    private static void list(StringBuilder out, String prefix, Row<?> row, List<String> actors) {
        if (!actors.isEmpty()) {
            out.append(prefix).append(actors.stream().map(a -> who(row, a)).collect(Collectors.joining(", ")));
        }
    }
}
