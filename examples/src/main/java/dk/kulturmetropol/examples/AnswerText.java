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
        return write(question, answer, words, nothing, null);
    }

    /**
     * As {@link #write(String, Answer, Sentences, String)}, for the duties of {@code asked}: in words, the rows it bears
     * through a post, a seat or accountability are grouped under one sentence that says so ("Kulturudvalgsformanden i
     * Køge Kommune er medlem af Kulturmetropolens politiske styregruppe, som har disse opgaver:"), with the clause that
     * makes that step quoted once, and a standing that is not a task ("øverste besluttende myndighed") comes apart,
     * after them.
     */
    public static <T> String write(String question, Answer<T> answer, Sentences words, String nothing, String asked) {
        StringBuilder out = new StringBuilder(question).append('\n');
        if (words == null) {
            answer.rows().forEach(r -> block(out, r));
            if (!answer.unspecified().isEmpty()) {
                boolean stated = answer.unspecified().stream().allMatch(r -> UnnamedKind.of(r.fact()) == UnnamedKind.STATED);
                out.append('\n').append(stated ? "The text states this as done but not by whom:" : "The text states this but names no one:").append('\n');
                answer.unspecified().forEach(r -> block(out, r));
            }
        } else {
            // a sentence that says what several facts say is printed once: one sentence of the text over several bodies,
            // partners or matters reads the same; one over each focus area or partner becomes one sentence naming them all
            java.util.Set<String> printed = new java.util.HashSet<>();
            // the focus areas the sentences name, collected as they are written
            java.util.Set<String> areas = new java.util.TreeSet<>();
            // the partners whose seats the text makes without naming them, for one note after the rows
            java.util.Set<String> notNamed = new java.util.LinkedHashSet<>();
            int rowsFrom = out.length();
            if (asked == null) {
                blocks(answer.rows(), words, printed, areas, notNamed, java.util.Set.of()).forEach(out::append);
            } else {
                borne(out, answer.rows(), words, asked, printed, areas, notNamed);
            }
            if (!answer.unspecified().isEmpty()) {
                List<String> rows = blocks(answer.unspecified(), words, printed, areas, notNamed, java.util.Set.of());
                out.append('\n').append(words.phrase(unnamedHead(answer, rows.size()))).append('\n');
                rows.forEach(out::append);
            }
            placements(out, answer, words, out.substring(rowsFrom));
            if (!notNamed.isEmpty()) {
                out.append('\n').append(words.phrase("seat-named-by-agreement.of", "names", words.names(notNamed))).append('\n');
            }
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
     * The rows {@code asked} bears: first those it bears itself, then, for each way it comes to bear others' (a post, a
     * seat, accountability, in the order met), one sentence saying so, the clauses that make it quoted once, and those
     * rows without them; last, apart, a standing that is not a task.
     */
    private static <T> void borne(StringBuilder out, List<Row<T>> rows, Sentences words, String asked, java.util.Set<String> printed,
                                  java.util.Set<String> areas, java.util.Set<String> notNamed) {
        java.util.Map<List<dk.kulturmetropol.rules.Through>, List<Row<T>>> byWay = new java.util.LinkedHashMap<>();
        byWay.put(List.of(), new java.util.ArrayList<>());
        List<Row<T>> standings = new java.util.ArrayList<>();
        for (Row<T> r : rows) {
            if (isStanding(r.fact())) {
                standings.add(r);
            } else {
                byWay.computeIfAbsent(r.through(), t -> new java.util.ArrayList<>()).add(r);
            }
        }
        byWay.forEach((way, borne) -> {
            if (borne.isEmpty()) {
                return;
            }
            java.util.Set<Clause> above = new java.util.LinkedHashSet<>();
            way.forEach(step -> above.add(step.clause()));
            if (!way.isEmpty()) {
                out.append('\n').append(wayHead(way, asked, words)).append('\n');
                // a holder that took over from the one the sentence names (a home that moved): the sentence makes the post
                way.stream().filter(dk.kulturmetropol.rules.Through::namedByAgreement).forEach(step -> out.append("    ")
                        .append(words.phrase("through.named-by-agreement", "subject", capitalised(words.labels().inSentence("actor", asked)),
                                "post", words.labels().label("post", step.actor()))).append('\n'));
                above.forEach(c -> out.append("    ").append(FindingsOutput.quoted(c, words)).append('\n'));
            }
            blocks(borne, words, printed, areas, notNamed, above).forEach(out::append);
        });
        if (!standings.isEmpty()) {
            out.append('\n').append(words.phrase("standing.head")).append('\n');
            for (Row<T> r : standings) {
                // the post or seat it comes through is said above, with its clause
                java.util.Set<Clause> above = new java.util.LinkedHashSet<>();
                r.through().forEach(step -> above.add(step.clause()));
                blocks(List.of(r), words, printed, areas, notNamed, byWay.containsKey(r.through()) ? above : java.util.Set.of()).forEach(out::append);
            }
        }
    }

    /**
     * How {@code asked} comes to bear the rows under it, as a sentence: "Roskilde Kommune er hjemkommune for
     * Musikindsatsen og har som sådan disse opgaver:", "Kulturchefen i Roskilde Kommune er over for KMK ansvarlig for de
     * opgaver, hjemkommunen for Musikindsatsen har:".
     */
    private static String wayHead(List<dk.kulturmetropol.rules.Through> way, String asked, Sentences words) {
        Labels labels = words.labels();
        List<String> steps = new java.util.ArrayList<>();
        for (dk.kulturmetropol.rules.Through step : way) {
            dk.kulturmetropol.model.ActorRef post = dk.kulturmetropol.model.ActorRef.parse(step.actor());
            steps.add(switch (step.kind()) {
                // a partner's own post is the role: "Roskilde Kommune er partnerkommune", not "partnerkommune (Roskilde Kommune)"
                case "post" -> words.phrase("through.step.post", "post", asked.equals(post.scope()) ? labels.label("actor", post.role())
                        : labels.label("post", step.actor()));
                case "seat" -> words.phrase("through.step.seat", "body", labels.inSentence("actor", step.actor()));
                default -> words.phrase("through.step.accountable", "to", labels.inSentence("actor", step.to()),
                        "actor", labels.inSentence("actor", step.actor()));
            });
        }
        String last = way.get(way.size() - 1).kind();
        return capitalised(words.phrase("through.head." + (last.equals("post") || last.equals("seat") ? last : "accountable"),
                "subject", labels.inSentence("actor", asked), "steps", String.join(" " + words.phrase("through.step.and") + " ", steps)));
    }

    /**
     * Whether a fact states a standing rather than a task: a body may decide on a body as a whole, unconditionally
     * ("Kulturmetropolens politiske styregruppe er Kulturmetropolens øverste besluttende myndighed."), as the RACI
     * matrix reads it.
     */
    private static boolean isStanding(Object fact) {
        return fact instanceof Duty d && "decide".equals(d.action()) && dk.kulturmetropol.model.Vocabulary.BODIES.containsKey(d.matter())
                && d.condition() == null;
    }

    /** A line that quotes the text: {@code     kmk.tasks-5 (Section): "..."}. */
    private static final java.util.regex.Pattern QUOTATION = java.util.regex.Pattern.compile(" {4}[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+( \\(.*\\))?: \".*\"");

    /** Where a sentence's one scope stands while rows are compared, and who that scope's actor is. */
    private static final String SCOPE = "\u0001";
    private static final String RESOLVED = "\u0002";

    /**
     * One part of what a row says (the block a text answer prints, the sentence of a review's item, who bears it), as
     * {@code words} write it, the row's actors resolved by {@code resolved}; {@code opens} when the part starts with the
     * sentence, so that a list of scopes written at its start takes a capital letter; {@code briefly} when, under a part
     * that lists the scopes, it names them without listing them again where they are all the agreement has ("hvem:
     * kulturudvalgsformanden i hver af de ni partnerkommuner").
     */
    record Part(boolean opens, boolean briefly, Writer writer) {
        /** Writes the part of {@code row}. */
        @FunctionalInterface
        interface Writer {
            String write(Row<?> row, Sentences words, java.util.function.Function<String, List<String>> resolved);
        }
    }

    /**
     * Rows a reader takes as one: a row, or rows that say the same of several focus areas or partners; {@code parts}
     * written once for all of them ("KMK godkender hvert år det forudgående års regnskab for hvert af de tre
     * indsatsområder (...)."), in the order of the {@link Part}s asked for.
     */
    record Said<T>(List<Row<T>> rows, List<String> parts) {
        Said {
            rows = List.copyOf(rows);
            parts = List.copyOf(parts);
        }
    }

    /**
     * A row's parts as they read ({@code plain}), and, when the row is about one focus area or partner, {@code scope} and
     * the same parts with that scope's name replaced by {@link #SCOPE} (and who its actor is by {@link #RESOLVED}, that
     * being the part's {@code resolvedTo}): rows whose marked parts are the same say one sentence of the text over
     * several scopes.
     */
    private record Written(String scope, List<String> plain, List<String> marked, List<String> resolvedTo) {
    }

    /**
     * The rows' blocks in order, each printed once: a block already in {@code printed} is left out, and rows that say the
     * same over several focus areas or partners are one block, where the first of them stood, naming them all
     * ("KMK godkender hvert år det forudgående års regnskab for hvert af de tre indsatsområder (...)."), when the
     * sentence can take the list; else each row is its own block. The focus areas the sentences name go into {@code areas}.
     */
    private static <T> List<String> blocks(List<Row<T>> rows, Sentences words, java.util.Set<String> printed,
                                           java.util.Set<String> areas, java.util.Set<String> notNamed, java.util.Set<Clause> above) {
        Part block = new Part(true, false, (row, w, resolved) -> {
            StringBuilder out = new StringBuilder();
            sentence(out, row, w, resolved, above);
            return out.toString();
        });
        List<String> out = new java.util.ArrayList<>();
        for (Said<T> said : said(rows, words, List.of(block))) {
            for (Row<T> r : said.rows()) {
                areas.addAll(words.labels().focusAreasNamedIn(words.of((Derived) r.fact(), r::resolved)));
                notNamedPartner(r.fact()).ifPresent(notNamed::add);
            }
            if (printed.add(said.parts().get(0))) {
                out.add(said.parts().get(0));
            }
        }
        return out;
    }

    /**
     * The rows as a reader takes them, in order: a reporting line actors take together once
     * ({@link #oneOfEachJointLine}), the rows of one sentence of the text in the order it says them ({@link #inTextOrder}),
     * and rows whose {@code parts} say the same of several focus areas or partners one {@link Said}, where the first of
     * them stood, each part naming them all, when every part can take the list (a part that does not name the scope is
     * the same for all); else each row on its own.
     */
    static <T> List<Said<T>> said(List<Row<T>> rows, Sentences words, List<Part> parts) {
        rows = inTextOrder(oneOfEachJointLine(rows));
        List<Written> written = rows.stream().map(r -> written(r, words, parts)).toList();
        java.util.Map<List<String>, List<Integer>> alike = new java.util.HashMap<>();
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).marked() != null) {
                alike.computeIfAbsent(written.get(i).marked(), m -> new java.util.ArrayList<>()).add(i);
            }
        }
        java.util.Map<List<String>, java.util.Optional<List<String>>> merged = new java.util.HashMap<>();
        List<Said<T>> out = new java.util.ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Written w = written.get(i);
            List<Integer> same = w.marked() == null ? List.of(i) : alike.get(w.marked());
            java.util.Optional<List<String>> all = same.size() < 2 ? java.util.Optional.empty()
                    : merged.computeIfAbsent(w.marked(), m -> merged(same.stream().map(written::get).toList(), words, parts));
            if (all.isEmpty()) {
                out.add(new Said<>(List.of(rows.get(i)), w.plain()));
            } else if (same.get(0) == i) {
                out.add(new Said<>(same.stream().map(rows::get).toList(), all.get()));
            }
        }
        return out;
    }

    /**
     * The partner whose seat a fact makes where the text does not name it, the agreement does (for one note, "Kommissoriet
     * nævner ikke Furesø, ... ved navn; det gør kulturaftalen."); empty for any other fact.
     */
    static java.util.Optional<String> notNamedPartner(Object fact) {
        if (fact instanceof Seat m && m.namedByAgreement() && m.member() != null) {
            return java.util.Optional.of(m.member().contains(":") ? m.member().substring(m.member().indexOf(':') + 1) : m.member());
        }
        return java.util.Optional.empty();
    }

    /**
     * The rows, those that rest on one sentence of the text together where the first of them stood, in the order the
     * sentence says them ("drøfte regionale kulturpolitiske emner samt foreslå og kvalificere oplæg"): by where the
     * sentence has the row's action, then its matter, in Danish, as the text is written; a row whose words the sentence
     * does not have comes after those it has.
     */
    private static <T> List<Row<T>> inTextOrder(List<Row<T>> rows) {
        java.util.Map<String, List<Row<T>>> bySentence = new java.util.LinkedHashMap<>();
        rows.forEach(r -> bySentence.computeIfAbsent(r.clause().id(), id -> new java.util.ArrayList<>()).add(r));
        Labels da = Labels.of(dk.kulturmetropol.model.Language.DA);
        List<Row<T>> out = new java.util.ArrayList<>();
        bySentence.values().forEach(same -> same.stream().sorted(java.util.Comparator
                .comparingInt((Row<T> r) -> at(r, "action", da)).thenComparingInt(r -> at(r, "matter", da))).forEach(out::add));
        return out;
    }

    /** Where the row's sentence of the text has its action's (or matter's) Danish word, by its stem; else past its end. */
    private static int at(Row<?> row, String kind, Labels da) {
        if (!(row.fact() instanceof Duty d)) {
            return Integer.MAX_VALUE;
        }
        String id = kind.equals("action") ? d.action() : d.matter();
        String word = da.label(kind, id).toLowerCase(java.util.Locale.ROOT).split("[ ,]")[0];
        String stem = word.length() > 6 ? word.substring(0, word.length() - 2) : word.length() > 4 ? word.substring(0, 4) : word;
        int found = row.clause().quote().toLowerCase(java.util.Locale.ROOT).indexOf(stem);
        return found < 0 ? Integer.MAX_VALUE : found;
    }

    /**
     * One row for a reporting line that actors take together: "refererer projektchefen sammen med hjemkommunen til KMK"
     * is one fact of the text, which the rules state from each side; the row kept is the one whose actor the quoted
     * sentence names first (the text's "projektchefen sammen med hjemkommunen"), where the first of them stood.
     */
    private static <T> List<Row<T>> oneOfEachJointLine(List<Row<T>> rows) {
        java.util.Map<List<Object>, Row<T>> chosen = new java.util.HashMap<>();
        java.util.function.Function<Row<T>, List<Object>> key = r -> {
            ReportingLine l = (ReportingLine) r.fact();
            java.util.Set<String> together = new java.util.TreeSet<>(l.jointlyWith());
            together.add(l.from());
            return java.util.Arrays.asList(together, l.to(), l.about(), l.via(), l.forDutiesOf(), l.validity(), l.clauseIds(), l.reading(), r.through());
        };
        java.util.function.ToIntFunction<Row<T>> named = r -> {
            String quote = r.clause().quote().toLowerCase(java.util.Locale.ROOT);
            String role = dk.kulturmetropol.model.ActorRef.parse(((ReportingLine) r.fact()).from()).role();
            // the quoted sentence is Danish, whatever language the answer is written in
            int at = quote.indexOf(Labels.of(dk.kulturmetropol.model.Language.DA).inSentence("actor", role).toLowerCase(java.util.Locale.ROOT));
            return at < 0 ? Integer.MAX_VALUE : at;
        };
        for (Row<T> r : rows) {
            if (r.fact() instanceof ReportingLine l && !l.jointlyWith().isEmpty()) {
                chosen.merge(key.apply(r), r, (a, b) -> named.applyAsInt(b) < named.applyAsInt(a) ? b : a);
            }
        }
        List<Row<T>> out = new java.util.ArrayList<>();
        java.util.Set<List<Object>> done = new java.util.HashSet<>();
        for (Row<T> r : rows) {
            if (r.fact() instanceof ReportingLine l && !l.jointlyWith().isEmpty()) {
                List<Object> k = key.apply(r);
                if (done.add(k)) {
                    out.add(chosen.get(k));
                }
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** A row's parts written, and, when it is about one focus area or partner, written again with that scope marked. */
    private static Written written(Row<?> row, Sentences words, List<Part> parts) {
        List<String> plain = parts.stream().map(p -> p.writer().write(row, words, row::resolved)).toList();
        Labels labels = words.labels();
        String scope = oneScope((Derived) row.fact(), labels);
        if (scope == null) {
            return new Written(null, plain, null, null);
        }
        Sentences shown = words.withScopeShownAs(scope, SCOPE);
        List<String> marked = new java.util.ArrayList<>();
        List<String> resolvedTos = new java.util.ArrayList<>();
        for (Part part : parts) {
            String[] resolvedTo = {null};
            java.util.function.Function<String, List<String>> resolved = id -> {
                List<String> to = row.resolved(id);
                if (!(id.equals(scope) || scope.equals(dk.kulturmetropol.model.ActorRef.parse(id).scope())) || to.isEmpty() || to.equals(List.of(id))) {
                    return to;
                }
                List<String> names = to.stream().map(t -> labels.inSentence("actor", t)).toList();
                if (names.equals(List.of(labels.inSentence("actor", id))) || names.equals(List.of(labels.label("actor", id)))) {
                    return to;
                }
                resolvedTo[0] = String.join(", ", names);
                return List.of(RESOLVED);
            };
            marked.add(part.writer().write(row, shown, resolved));
            resolvedTos.add(resolvedTo[0]);
        }
        return new Written(scope, plain, marked, java.util.Collections.unmodifiableList(resolvedTos));
    }

    /** The one focus area or partner a fact is about (its scope, or that of the actors it names), or null. */
    private static String oneScope(Derived fact, Labels labels) {
        List<String> actors = new java.util.ArrayList<>();
        java.util.Set<String> scopes = new java.util.HashSet<>();
        if (fact instanceof Duty d) {
            if (d.scope() != null) {
                scopes.add(d.scope());
            }
            actors.add(d.actor());
            actors.addAll(d.jointlyWith());
            actors.addAll(d.recipients());
            actors.add(d.matter());
        } else if (fact instanceof ReportingLine l) {
            actors.addAll(List.of(l.from(), l.to()));
            actors.addAll(l.jointlyWith());
            actors.addAll(l.via());
            actors.add(l.forDutiesOf());
        } else if (fact instanceof PostHolding h) {
            actors.addAll(java.util.Arrays.asList(h.holder(), h.post()));
        } else if (fact instanceof Seat m) {
            actors.addAll(java.util.Arrays.asList(m.member(), m.body(), m.drawnFrom()));
        } else if (fact instanceof Placement p) {
            actors.addAll(List.of(p.actor(), p.host()));
        }
        actors.stream().filter(java.util.Objects::nonNull).forEach(a -> {
            String of = a.contains(":") ? a.substring(a.indexOf(':') + 1) : a;
            scopes.add(of);
        });
        scopes.retainAll(java.util.stream.Stream.concat(labels.focusAreaIds().stream(), labels.partnerIds().stream()).toList());
        return scopes.size() == 1 ? scopes.iterator().next() : null;
    }

    /**
     * The parts of rows that say the same of several focus areas or partners, each written once for all of them; empty
     * when a part cannot take them (see {@link #merged(List, int, Sentences, boolean, boolean)}).
     */
    private static java.util.Optional<List<String>> merged(List<Written> alike, Sentences words, List<Part> parts) {
        List<String> out = new java.util.ArrayList<>();
        boolean listed = false;
        for (int k = 0; k < parts.size(); k++) {
            String marked = alike.get(0).marked().get(k);
            if (!marked.contains(SCOPE) && !marked.contains(RESOLVED)) {
                // the part does not name the scope: it reads the same for all of them
                out.add(alike.get(0).plain().get(k));
                continue;
            }
            java.util.Optional<String> all = merged(alike, k, words, parts.get(k).opens(), listed && parts.get(k).briefly());
            if (all.isEmpty()) {
                return java.util.Optional.empty();
            }
            out.add(all.get());
            listed = true;
        }
        return java.util.Optional.of(out);
    }

    /**
     * Part {@code k} of rows that say the same of several focus areas or partners, once: the marked part with the
     * scope's place (the first of the words' {@code every.slots} that it fills) written as all of them, with a capital
     * letter where it {@code opens} the part's sentence, and {@code briefly} ({@link Sentences#everyScopeBriefly}) when a
     * part before it lists them; empty when they are one, or when the part names the scope more than once or in a form a
     * list cannot take ("Roskilde Kommunes").
     */
    private static java.util.Optional<String> merged(List<Written> alike, int k, Sentences words, boolean opens, boolean briefly) {
        java.util.Map<String, String> resolvedTo = new java.util.LinkedHashMap<>();
        alike.forEach(w -> {
            if (w.resolvedTo().get(k) != null) {
                resolvedTo.putIfAbsent(w.scope(), w.resolvedTo().get(k));
            }
        });
        String marked = alike.get(0).marked().get(k);
        boolean resolved = marked.contains(RESOLVED);
        List<String> scopes = alike.stream().map(Written::scope).toList();
        java.util.Optional<String> every = briefly ? words.everyScopeBriefly(scopes, resolved ? resolvedTo : java.util.Map.of())
                : words.everyScope(scopes, resolved ? resolvedTo : java.util.Map.of());
        if (every.isEmpty() || count(marked, SCOPE) != 1 || count(marked, RESOLVED) > 1 || resolved && resolvedTo.size() != alike.stream().map(Written::scope).distinct().count()) {
            return java.util.Optional.empty();
        }
        for (String slot : words.words("every.slots").orElse("{scope}").split("\\|")) {
            String place = slot.replace("{scope}", SCOPE) + (resolved ? " (" + RESOLVED + ")" : "");
            int at = marked.indexOf(place);
            if (at < 0) {
                continue;
            }
            int end = at + place.length();
            if (at > 0 && Character.isLetterOrDigit(marked.charAt(at - 1)) || end < marked.length() && Character.isLetterOrDigit(marked.charAt(end))) {
                return java.util.Optional.empty();
            }
            String all = opens && marked.substring(0, at).isBlank() ? capitalised(every.get()) : every.get();
            return java.util.Optional.of(marked.substring(0, at) + all + marked.substring(end));
        }
        return java.util.Optional.empty();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
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
        /** A fact the text states as done ({@link Modality#STATED}), not a duty: "Teksten siger, at det er sket, men ikke af hvem:". */
        STATED("unnamed.head.stated", "unnamed.head.stated"),
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
            return fact instanceof Duty d ? (d.modality() == Modality.STATED ? STATED : DUTY) : fact instanceof PostHolding ? POST : fact instanceof Seat ? SEAT : OTHER;
        }

        /** The key of the heading over {@code shown} rows of this kind. */
        String headKey(int shown) {
            return shown == 1 ? one : several;
        }
    }

    /**
     * Once, after the rows, where they name the host: where an actor the rows name is placed ("Sekretariatet er placeret
     * i Ishøj Kommune. Fortolkning: placeringen gør ikke kommunen ansvarlig for opgaverne ovenfor."), so a host is not
     * read as the bearer; an answer that does not name Ishøj Kommune needs no such warning.
     */
    private static <T> void placements(StringBuilder out, Answer<T> answer, Sentences words, String rows) {
        java.util.Map<String, String> placed = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(answer.rows().stream(), answer.unspecified().stream()).forEach(r -> r.placedIn().forEach(placed::putIfAbsent));
        // what the answer says, without the text it quotes
        String said = rows.lines().filter(l -> !QUOTATION.matcher(l).matches()).collect(Collectors.joining("\n"));
        placed.values().removeIf(host -> !said.contains(words.labels().inSentence("actor", host)));
        // an answer whose rows are the placement itself (where secretariat) has said it already
        answer.rows().stream().filter(r -> r.fact() instanceof dk.kulturmetropol.model.Placement).forEach(r ->
                placed.remove(((dk.kulturmetropol.model.Placement) r.fact()).actor()));
        if (!placed.isEmpty()) {
            out.append('\n');
            placed.forEach((actor, host) -> out.append(capitalised(words.phrase("placed", "actor", words.labels().inSentence("actor", actor),
                    "host", words.labels().inSentence("actor", host)))).append('\n'));
        }
    }

    /**
     * Several answers printed one after the other, each note said once: a note (an unindented line standing alone
     * after a blank line, neither a question nor a heading) that an earlier answer already printed is left out, with
     * the blank line before it.
     *
     * <pre>{@code
     * onceEach("Q1?\n\n  row\n\nNote.\n\nQ2?\n\n  row\n\nNote.\n"); // "Q1?\n\n  row\n\nNote.\n\nQ2?\n\n  row\n"
     * }</pre>
     */
    static String onceEach(String answers) {
        List<String> lines = new java.util.ArrayList<>(answers.lines().toList());
        java.util.Set<String> said = new java.util.HashSet<>();
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean alone = i > 0 && lines.get(i - 1).isEmpty() && (i + 1 == lines.size() || lines.get(i + 1).isEmpty());
            boolean note = alone && !line.isEmpty() && !line.startsWith(" ") && !line.endsWith("?") && !line.endsWith(":");
            if (note && !said.add(line)) {
                if (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
                continue;
            }
            kept.add(line);
        }
        return String.join("\n", kept) + (answers.endsWith("\n") ? "\n" : "");
    }

    /**
     * As {@link #onceEach(String)}, and the note that focus-area names are the agreement's said once, at the end of all
     * the answers, for every focus area they name ("Navnene ... er kulturaftalens; ..."), instead of after each answer
     * that names one.
     *
     * <pre>{@code
     * onceEach("Q1?\n\n  row on music\n\nNavnet Musikindsatsen er ...\n\nQ2?\n\n  row\n", da); // the note last, once
     * }</pre>
     */
    static String onceEach(String answers, Sentences words) {
        String once = onceEach(answers);
        if (words == null) {
            return once;
        }
        List<String[]> notes = java.util.stream.Stream.of("area-named-in-text", "areas-named-in-text", "area-named-by-agreement",
                "areas-named-by-agreement").map(words::words).flatMap(java.util.Optional::stream).map(AnswerText::fixedParts).toList();
        List<String> lines = once.lines().toList();
        List<String> kept = new java.util.ArrayList<>();
        for (String line : lines) {
            if (notes.stream().anyMatch(n -> line.startsWith(n[0]) && line.contains(n[1]))) {
                if (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
                continue;
            }
            kept.add(line);
        }
        String text = String.join("\n", kept) + "\n";
        return areaNamesNote(text, words).map(note -> text + "\n" + note + "\n").orElse(text);
    }

    /** A note's template cut at its placeholders: the words before the first, and those after it up to the next. */
    private static String[] fixedParts(String template) {
        int open = template.indexOf('{');
        int close = template.indexOf('}', open);
        int next = template.indexOf('{', close);
        return new String[] {template.substring(0, open), template.substring(close + 1, next < 0 ? template.length() : next)};
    }

    /**
     * The note that the focus-area names shown are the agreement's: with the text's own words where the words have them
     * ("Navnet Musikindsatsen er kulturaftalens; kommissoriet skriver »Kulturmetropolens Musikindsats«."), else "Navnet
     * ... kommer fra kulturaftalen, ikke fra kommissoriet."
     */
    static String areaNamesNote(java.util.Collection<String> areas, Sentences words) {
        return areaNamesNoteOf(areas, words);
    }

    /**
     * The same note for a view that writes it once, under all it shows (validate, diff, the calendar, the RACI matrix,
     * the org chart): for the focus areas whose agreement names {@code shown} holds; empty without {@code words}, or when
     * it names none (in English a focus area is named by its id's words, never by the agreement's name).
     */
    static java.util.Optional<String> areaNamesNote(String shown, Sentences words) {
        if (words == null) {
            return java.util.Optional.empty();
        }
        List<String> areas = words.labels().focusAreasNamedIn(shown);
        return areas.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(areaNamesNoteOf(areas, words));
    }

    private static String areaNamesNoteOf(java.util.Collection<String> areas, Sentences words) {
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
            out.append("    through: ").append(row.through().stream().map(t -> t + " (" + t.clause().id()
                            + (t.namedByAgreement() ? "; holder named by the agreement, not by the sentence" : "") + ")")
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
    private static String sentence(StringBuilder out, Row<?> row, Sentences words, java.util.function.Function<String, List<String>> resolved,
                                   java.util.Set<Clause> above) {
        Derived fact = (Derived) row.fact();
        Labels labels = words.labels();
        String said = words.of(fact, resolved);
        out.append("\n  ").append(said).append('\n');
        heldBy(fact, said, resolved, words).ifPresent(line -> out.append("    ").append(line).append('\n'));
        out.append("    ").append(words.validity(fact.validity())).append('\n');
        if (!row.through().isEmpty() && above.isEmpty()) {
            out.append("    ").append(words.phrase("through", "steps", row.through().stream()
                    .map(t -> words.phrase("through." + (t.kind().equals("post") || t.kind().equals("seat") ? t.kind() : "line"),
                            "actor", t.kind().equals("post") ? labels.label("post", t.actor()) : labels.inSentence("actor", t.actor()), "to", t.to() == null ? "" : labels.inSentence("actor", t.to())))
                    .collect(Collectors.joining(words.phrase("through.then") + " ")))).append('\n');
        }
        if (fact instanceof PostHolding h && h.namedByAgreement()) {
            out.append("    ").append(words.phrase("named-by-agreement")).append('\n');
        }
        row.reading().ifPresent(r -> out.append("    ").append(words.phrase("reading", "reading", words.reading(r))).append('\n'));
        for (int i = 0; i < row.clauses().size(); i++) {
            // a clause quoted above the rows (the one that makes the post, seat or accountability) is not quoted again
            if (i == 0 || !above.contains(row.clauses().get(i))) {
                out.append("    ").append(FindingsOutput.quoted(row.clauses().get(i), words)).append('\n');
            }
        }
        return said;
    }

    /**
     * Who a duty's post or role is held by, when the sentence names only the post and the agreement names its holder:
     * "Den politiske formand er kulturudvalgsformanden i Ishøj Kommune." Empty unless exactly one holds it (a body's
     * members are not what it is, and holders that follow one another need their dates), or when the sentence
     * already names the holder.
     */
    static java.util.Optional<String> heldBy(Derived fact, String said, java.util.function.Function<String, List<String>> resolved, Sentences words) {
        if (!(fact instanceof Duty d) || d.actor() == null) {
            return java.util.Optional.empty();
        }
        String actor = d.actor();
        List<String> to = resolved.apply(actor);
        if (to.size() != 1 || to.equals(List.of(actor))) {
            return java.util.Optional.empty();
        }
        Labels labels = words.labels();
        List<String> names = to.stream().map(t -> labels.inSentence("actor", t)).toList();
        String lower = said.toLowerCase(java.util.Locale.ROOT);
        if (names.stream().allMatch(n -> lower.contains(n.toLowerCase(java.util.Locale.ROOT)))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(words.phrase("held-by", "actor", capitalised(labels.inSentence("actor", actor)), "holders", words.list(names)));
    }

    static String capitalised(String text) {
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
