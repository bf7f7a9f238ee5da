package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.internal.Snapshot;

/**
 * The questions, answered from a snapshot: which facts answer, narrowed to the criteria, made into rows. Answers are
 * immutable and depend only on the snapshot and the question, so each is kept once made: asked again, a question costs
 * a map lookup. At most {@value #KEPT} are kept; beyond that the least recently asked are let go (Caffeine's bounded
 * cache), so a long-running application keeps answering its current questions from memory.
 */
final class Questions {
    /** How many answers are kept. */
    static final int KEPT = 4_096;

    private final Snapshot snapshot;
    private final Terms terms;
    private final dk.kulturmetropol.model.Labels english;
    private final dk.kulturmetropol.model.Labels danish;
    private volatile Find find;
    /** Evicting on the asking thread (not the common pool), so the bound holds when a question returns. */
    private final com.github.benmanes.caffeine.cache.Cache<Question, Answer<?>> answers =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(KEPT).executor(Runnable::run).build();

    /** A question as asked: its kind, its one or two ids, and the criteria. */
    private record Question(String kind, String first, String second, Criteria criteria) {
    }

    Questions(Snapshot snapshot, dk.kulturmetropol.model.Labels danish, dk.kulturmetropol.model.Labels english) {
        this.snapshot = snapshot;
        this.danish = danish;
        this.english = english;
        this.terms = new Terms(snapshot::accepted, danish, snapshot.agreement());
    }

    /** The id {@code words} names among the ids of {@code kind}: see {@link Terms}. */
    String idOf(String kind, String words) {
        accepted(kind);
        return terms.idOf(kind, words);
    }

    /** The ids of {@code kind} nearest to {@code words}, by the id and its Danish forms: see {@link Terms#nearest}. */
    List<String> nearest(String kind, String words, int limit) {
        accepted(kind);
        return terms.nearest(kind, words, limit);
    }

    /** The criteria with their scope and subject read as ids. */
    private Criteria ids(Criteria criteria) {
        java.util.Objects.requireNonNull(criteria, "criteria: use Criteria.any() for every scope, the whole period and every subject");
        String scope = terms.idOf("scope", criteria.scope());
        String subject = terms.idOf("subject", criteria.subject());
        return java.util.Objects.equals(scope, criteria.scope()) && java.util.Objects.equals(subject, criteria.subject())
                ? criteria : new Criteria(scope, criteria.asOf(), subject);
    }

    @SuppressWarnings("unchecked")
    private <T> Answer<T> kept(Question question, java.util.function.Supplier<Answer<T>> answer) {
        java.util.Objects.requireNonNull(question.criteria(), "criteria: use Criteria.any() for every scope, the whole period and every subject");
        Answer<T> found = (Answer<T>) answers.getIfPresent(question);
        if (found == null) {
            // made outside the cache's lock: making an answer may ask other questions
            found = answer.get();
            Answer<T> first = (Answer<T>) answers.asMap().putIfAbsent(question, found);
            found = first == null ? found : first;
        }
        return found;
    }

    /** How many answers are kept now: at most {@value #KEPT}. */
    long keptCount() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    Answer<Duty> who(String action0, String matter0, Criteria criteria0) {
        String action = terms.idOf("action", action0);
        String matter = matterFor(action, matter0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("who", action, matter, criteria), () -> answerWho(action, matter, criteria));
    }

    Answer<Duty> whoTo(String action0, String recipient0, Criteria criteria0) {
        String action = terms.idOf("action", action0);
        String recipient = terms.idOf("actor", recipient0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("whoTo", action, recipient, criteria), () -> answerWhoTo(action, recipient, criteria));
    }

    /**
     * The matter {@code words} name for {@code action}: where the words fit several matters equally well ("regnskab" is
     * both "det forudgående års regnskab" and the head of secretariat's "årligt regnskab"), the one matter the text
     * pairs with the action decides ("aflægge regnskab" is the head of secretariat's, "godkende regnskab" KMK's); when
     * the action takes none or several of them, the words are refused naming every matter they fit.
     */
    String matterFor(String action, String words) {
        try {
            return sameThing(action, terms.idOf("matter", words));
        } catch (AmbiguousTermException e) {
            List<String> withAction = e.candidates().stream().filter(m -> !snapshot.dutiesTo(action, m).isEmpty()).toList();
            if (withAction.size() == 1) {
                return withAction.get(0);
            }
            throw e;
        }
    }

    /**
     * {@code matter}, or where the text never pairs {@code action} with it but writes the same thing in other words with
     * that action ({@link dk.kulturmetropol.model.Vocabulary#SAME_THING}: the project chief "indsende et revideret
     * årsregnskab", not "det forudgående års regnskab"), the one matter it writes; {@code matter} where none or several do.
     */
    private String sameThing(String action, String matter) {
        if (matter == null || !snapshot.dutiesTo(action, matter).isEmpty()) {
            return matter;
        }
        List<String> written = dk.kulturmetropol.model.Vocabulary.SAME_THING.getOrDefault(matter, List.of()).stream()
                .filter(m -> !snapshot.dutiesTo(action, m).isEmpty()).toList();
        return written.size() == 1 ? written.get(0) : matter;
    }

    /**
     * Every matter {@code words} can mean with {@code action}: the one matter they name, or, where they fit several (a
     * bare "regnskab"), each matter whose words have them (as a word or a compound's tail) and that the text pairs with
     * the action, in the order the rules state them; empty where the action takes none of them.
     */
    List<String> mattersFor(String action, String words) {
        try {
            return List.of(sameThing(action, terms.idOf("matter", words)));
        } catch (AmbiguousTermException e) {
            if (words.strip().contains(" ")) {
                throw e;
            }
            return terms.idsMentioning("matter", words).stream()
                    .filter(m -> !snapshot.dutiesTo(action, m).isEmpty())
                    .sorted(java.util.Comparator.comparingInt(m -> snapshot.position(snapshot.dutiesTo(action, m).get(0))))
                    .toList();
        }
    }

    Answer<Duty> duties(String actor0, Criteria criteria0) {
        String actor = terms.idOf("actor", actor0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("duties", actor, null, criteria), () -> answerDuties(actor, criteria));
    }

    Answer<ReportingLine> reports(String actor0, Criteria criteria0) {
        String actor = terms.idOf("actor", actor0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("reports", actor, null, criteria), () -> answerReports(actor, criteria));
    }

    Answer<ReportingLine> reportingTo(String actor0, Criteria criteria0) {
        String actor = terms.idOf("actor", actor0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("reportingTo", actor, null, criteria), () -> answerReportingTo(actor, criteria));
    }

    /**
     * The reports ({@code report}, "afrapportering") {@code actor0} delivers, or with {@code to} the ones delivered to
     * it: duties, not reporting lines; no subject narrows them.
     */
    Answer<Duty> reportsDelivered(String actor0, boolean to, Criteria criteria0) {
        String actor = terms.idOf("actor", actor0);
        Criteria criteria = ids(criteria0);
        return kept(new Question(to ? "reportsDeliveredTo" : "reportsDeliveredBy", actor, null, criteria), () -> {
            requireKnown("actor", actor);
            List<Duty> found = new ArrayList<>();
            for (Duty d : snapshot.facts().duties()) {
                if (d.action().equals(REPORT) && (to ? d.recipients().contains(actor) : actor.equals(d.actor()))) {
                    found.add(d);
                }
            }
            return answer(found, criteria.asOf(), Duty::isUnspecified, Duty::actor,
                    "the rules state no report delivered " + (to ? "to " : "by ") + actor, null);
        });
    }

    /**
     * The duties by which another actor employs {@code actor0} or makes its organisation available to it ("ansætte og
     * stille sin organisation til rådighed for projektchefen"): where the text places an actor without saying
     * "placeret i".
     */
    Answer<Duty> homeOf(String actor0, Criteria criteria0) {
        String actor = terms.idOf("actor", actor0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("homeOf", actor, null, criteria), () -> {
            requireKnown("actor", actor);
            List<Duty> found = new ArrayList<>();
            for (Duty d : snapshot.facts().duties()) {
                boolean employs = d.action().equals("employ")
                        && (d.matter().equals(actor) || d.scope() != null && (d.matter() + ':' + d.scope()).equals(actor));
                boolean organisation = d.action().equals("provide") && d.matter().equals("organisation") && d.recipients().contains(actor);
                if (employs || organisation) {
                    found.add(d);
                }
            }
            return answer(found, criteria.asOf(), Duty::isUnspecified, Duty::actor,
                    "the rules state no one who employs " + actor + " or makes an organisation available to it", null);
        });
    }

    /** The action of delivering a report to recipients ("afrapportere"). */
    private static final String REPORT = "report";

    Answer<Derived> find(List<String> words0, Criteria criteria0) {
        List<String> words = new ArrayList<>();
        for (String w : java.util.Objects.requireNonNull(words0, "words")) {
            for (String part : java.util.Objects.requireNonNull(w, "word").strip().split("\\s+")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("find needs one word or more; found none");
        }
        Criteria criteria = ids(criteria0);
        return kept(new Question("find", String.join(" ", words), null, criteria), () -> answerFind(words, criteria));
    }

    /** The search index, made on first use. */
    private Find index() {
        Find index = find;
        if (index == null) {
            synchronized (this) {
                if (find == null) {
                    find = new Find(snapshot, danish, english);
                }
                index = find;
            }
        }
        return index;
    }

    /** Whether {@code fact} has some of {@code words} only in its quoted clause: see {@link Find#onlyInQuote}. */
    boolean foundOnlyInQuote(Derived fact, List<String> words) {
        List<String> split = new ArrayList<>();
        words.forEach(w -> split.addAll(List.of(w.strip().split("\\s+"))));
        split.removeIf(String::isEmpty);
        return index().onlyInQuote(fact, split);
    }

    private Answer<Derived> answerFind(List<String> words, Criteria criteria) {
        requireScope(criteria);
        List<Derived> found = new ArrayList<>();
        for (Derived f : index().find(words)) {
            if (!(f instanceof Duty d) || inScope(d, criteria)) {
                found.add(f);
            }
        }
        return answer(found, criteria.asOf(), Questions::unnamed, Questions::named,
                "nothing the rules state has the words " + String.join(" ", words) + scopeText(criteria), null);
    }

    /** Whether a fact's sentence names no one. */
    private static boolean unnamed(Derived fact) {
        return fact instanceof Duty d && d.isUnspecified() || fact instanceof PostHolding h && h.isUnspecified()
                || fact instanceof Seat s && s.isUnspecified();
    }

    /** The actor a fact's row names first: bearer, the line's start, holder, member or the actor placed. */
    static String named(Derived fact) {
        if (fact instanceof Duty d) {
            return d.actor();
        } else if (fact instanceof ReportingLine l) {
            return l.from();
        } else if (fact instanceof PostHolding h) {
            return h.holder();
        } else if (fact instanceof Seat s) {
            return s.member();
        }
        return ((Placement) fact).actor();
    }

    Answer<PostHolding> holders(String post0, Criteria criteria0) {
        String post = terms.idOf("post", post0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("holders", post, null, criteria), () -> answerHolders(post, criteria));
    }

    Answer<Seat> members(String body0, Criteria criteria0) {
        String body = terms.idOf("body", body0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("members", body, null, criteria), () -> answerMembers(body, criteria));
    }

    Answer<Placement> where(String actor0, Criteria criteria0) {
        String actor = terms.idOf("actor", actor0);
        Criteria criteria = ids(criteria0);
        return kept(new Question("where", actor, null, criteria), () -> answerWhere(actor, criteria));
    }

    private Answer<Duty> answerWho(String action, String matter, Criteria criteria) {
        requireKnown("action", action);
        requireKnown("matter", matter);
        requireScope(criteria);
        List<Duty> found = new ArrayList<>();
        for (Duty d : snapshot.dutiesTo(action, matter)) {
            if (inScope(d, criteria)) {
                found.add(d);
            }
        }
        return answer(found, criteria.asOf(), Duty::isUnspecified, Duty::actor,
                "the rules state no duty to " + action + " " + matter + scopeText(criteria), null);
    }

    private Answer<Duty> answerWhoTo(String action, String recipient, Criteria criteria) {
        requireKnown("action", action);
        requireKnown("actor", recipient);
        requireScope(criteria);
        List<Duty> found = new ArrayList<>();
        for (Duty d : snapshot.facts().duties()) {
            if (d.action().equals(action) && d.recipients().contains(recipient) && inScope(d, criteria)) {
                found.add(d);
            }
        }
        return answer(found, criteria.asOf(), Duty::isUnspecified, Duty::actor,
                "the rules state no duty to " + action + " with " + recipient + " among its recipients" + scopeText(criteria), null);
    }

    private Answer<Duty> answerDuties(String actor, Criteria criteria) {
        requireKnown("actor", actor);
        requireScope(criteria);
        String who = ActorRef.requireActor(actor);
        Map<Duty, List<Through>> through = new IdentityHashMap<>();
        List<Duty> found = borne(actor, who, criteria, reach(who, criteria.asOf()), through);
        Answer<Duty> answer = answer(found, criteria.asOf(), Duty::isUnspecified, Duty::actor,
                "the rules state no duty of " + actor + scopeText(criteria), through);
        if (found.isEmpty() && criteria.asOf() != null) {
            // nothing borne that day: if a post or seat that bore duties on other days had ended (a home municipality
            // whose term as home ended mid-period), say so and when, as for a date outside a duty's own term
            Map<Duty, List<Through>> ever = new IdentityHashMap<>();
            List<Duty> other = borne(actor, who, criteria, reach(who, null), ever);
            Answer<Duty> onOtherDays = answer(other, criteria.asOf(), Duty::isUnspecified, Duty::actor, "", ever);
            if (!other.isEmpty() && onOtherDays.isEmpty()) {
                return onOtherDays;
            }
        }
        return answer;
    }

    /** The duties {@code who} bears itself and through the actors it {@code reached}, each path noted in {@code through}. */
    private List<Duty> borne(String actor, String who, Criteria criteria, Map<String, Reach> reached, Map<Duty, List<Through>> through) {
        List<Duty> found = new ArrayList<>();
        Set<Duty> candidates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        candidates.addAll(snapshot.dutiesBorneBy(actor));
        for (String other : reached.keySet()) {
            candidates.addAll(snapshot.dutiesBorneBy(other));
        }
        List<Duty> inOrder = new ArrayList<>(candidates);
        inOrder.sort(Comparator.comparingInt(snapshot::position));
        for (Duty d : inOrder) {
            if (d.actor() == null || !inScope(d, criteria)) {
                continue;
            }
            if (d.actor().equals(who) || d.jointlyWith().contains(who)) {
                found.add(d);
                continue;
            }
            Reach path = reached.get(d.actor());
            for (String joint : d.jointlyWith()) {
                path = path == null ? reached.get(joint) : path;
            }
            if (path != null && d.validity().overlaps(path.window()) && answeredFor(d, path)) {
                Duty borne = d.during(d.validity().intersect(path.window()));
                found.add(borne);
                through.put(borne, path.steps());
            }
        }
        return found;
    }

    /**
     * Whether {@code d} is among the duties a path's accountability covers: a line "er ansvarlig for ovenstående"
     * (home.tasks-5) answers for the duties its section of the text states, not for what another section says of the same
     * actor ("Sekretariatet skal sammen med hjemkommunen ...", secretariat.bullet-4, stays the secretariat's sentence). A
     * path through posts and seats only covers every duty.
     */
    private boolean answeredFor(Duty d, Reach path) {
        for (Through step : path.steps()) {
            if (step.kind().equals("accountable") && !snapshot.clause(d.clauseId()).section().equals(step.clause().section())) {
                return false;
            }
        }
        return true;
    }

    /** How an actor reaches another's duties, and while when. */
    private record Reach(List<Through> steps, Validity window) {
    }

    /** Every actor whose duties {@code who} bears through posts, seats and accountability, with the path there. */
    private Map<String, Reach> reach(String who, LocalDate asOf) {
        Map<String, Reach> reached = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(who));
        reached.put(who, new Reach(List.of(), null));
        while (!queue.isEmpty()) {
            String from = queue.poll();
            Reach path = reached.get(from);
            for (PostHolding h : snapshot.postsHeldBy(from)) {
                step(reached, queue, path, h.post(), new Through("post", h.post(), null, snapshot.clause(h.clauseId()), h.namedByAgreement()),
                        h.validity(), asOf);
            }
            for (Seat m : snapshot.seatsOf(from)) {
                if (m.modality() == Modality.MUST) {
                    step(reached, queue, path, ActorRef.requireActor(m.body()),
                            new Through("seat", m.body(), null, snapshot.clause(m.clauseId())), m.validity(), asOf);
                }
            }
            for (ReportingLine l : snapshot.linesFrom(from)) {
                if (l.forDutiesOf() != null) {
                    step(reached, queue, path, l.forDutiesOf(),
                            new Through("accountable", l.forDutiesOf(), l.to(), snapshot.clause(l.clauseId())),
                            l.validity(), asOf);
                }
            }
        }
        reached.remove(who);
        return reached;
    }

    private static void step(Map<String, Reach> reached, Deque<String> queue, Reach path, String to, Through how,
                             Validity validity, LocalDate asOf) {
        if (reached.containsKey(to) || (asOf != null && !validity.contains(asOf))
                || (path.window() != null && !path.window().overlaps(validity))) {
            return;
        }
        List<Through> steps = new ArrayList<>(path.steps());
        steps.add(how);
        reached.put(to, new Reach(steps, path.window() == null ? validity : path.window().intersect(validity)));
        queue.add(to);
    }

    private Answer<ReportingLine> answerReports(String actor, Criteria criteria) {
        requireKnown("actor", actor);
        String subject = criteria.subject();
        if (subject != null) {
            requireKnown("subject", subject);
        }
        List<ReportingLine> found = new ArrayList<>();
        for (ReportingLine l : snapshot.linesFrom(actor)) {
            if (subject == null || l.isAbout(subject)) {
                found.add(l);
            }
        }
        return answer(found, criteria.asOf(), l -> false, ReportingLine::from,
                "the rules state no reporting line from " + actor + (subject == null ? "" : " about " + subject), null);
    }

    private Answer<ReportingLine> answerReportingTo(String actor, Criteria criteria) {
        requireKnown("actor", actor);
        String subject = criteria.subject();
        if (subject != null) {
            requireKnown("subject", subject);
        }
        List<ReportingLine> found = new ArrayList<>();
        for (ReportingLine l : snapshot.linesTo(actor)) {
            if (subject == null || l.isAbout(subject)) {
                found.add(l);
            }
        }
        return answer(found, criteria.asOf(), l -> false, ReportingLine::from,
                "the rules state no reporting line to " + actor + (subject == null ? "" : " about " + subject), null);
    }

    private Answer<PostHolding> answerHolders(String post, Criteria criteria) {
        requireKnown("post", post);
        return answer(snapshot.holdingsOf(post), criteria.asOf(), PostHolding::isUnspecified, PostHolding::holder,
                "the rules name no holder of " + post, null);
    }

    private Answer<Seat> answerMembers(String body, Criteria criteria) {
        requireKnown("body", body);
        return answer(snapshot.seatsIn(body), criteria.asOf(), Seat::isUnspecified, Seat::member,
                "the rules name no member of " + body, null);
    }

    private Answer<Placement> answerWhere(String actor, Criteria criteria) {
        requireKnown("actor", actor);
        return answer(snapshot.placementsOf(actor), criteria.asOf(), p -> false, Placement::actor,
                "the rules place " + actor + " nowhere", null);
    }

    /** The row of one duty on {@code asOf}, its actors resolved on that date. */
    Row<Duty> row(Duty duty, LocalDate asOf) {
        Answer<Duty> a = answer(List.of(duty), asOf, Duty::isUnspecified, Duty::actor, "", null);
        return a.rows().isEmpty() ? a.unspecified().get(0) : a.rows().get(0);
    }

    /** The row of any fact on {@code asOf} (the fact's own period when {@code null}), its actors resolved on that date. */
    Row<Derived> row(Derived fact, LocalDate asOf) {
        Answer<Derived> a = answer(List.of(fact), asOf, Questions::unnamed, Questions::named, "", null);
        return a.rows().isEmpty() ? a.unspecified().get(0) : a.rows().get(0);
    }

    Set<String> accepted(String kind) {
        Set<String> ids = snapshot.accepted(kind);
        if (ids == null) {
            throw new UnknownTermException("kind", kind, List.of("action", "actor", "body", "matter", "post", "scope", "subject"));
        }
        return ids;
    }

    private <T extends Derived> Answer<T> answer(List<T> found, LocalDate asOf, Predicate<T> unspecified,
                                                 Function<T, String> actor, String noneText,
                                                 Map<? extends Derived, List<Through>> through) {
        if (found.isEmpty()) {
            return new Answer<>(List.of(), List.of(), Optional.of(new Why(Why.Reason.NO_RULE, List.of(), noneText)));
        }
        List<T> onDate = found;
        if (asOf != null) {
            onDate = new ArrayList<>(found.size());
            for (T f : found) {
                if (f.validity().contains(asOf)) {
                    onDate.add(f);
                }
            }
        }
        if (onDate.isEmpty()) {
            return new Answer<>(List.of(), List.of(), Optional.of(whyNot(found, asOf)));
        }
        List<Row<T>> named = new ArrayList<>(onDate.size());
        List<Row<T>> unnamed = new ArrayList<>(0);
        // many rows name the same body (every partner's duty reports to the KMK): resolve each once per answer, so an
        // answer costs the sum of its rows and its bodies' members, not their product
        Map<Resolving, List<String>> once = new java.util.HashMap<>();
        for (T fact : onDate) {
            List<Through> steps = through == null ? List.of() : through.getOrDefault(fact, List.of());
            List<Clause> cited = new ArrayList<>(fact.clauseIds().size() + steps.size());
            for (String id : fact.clauseIds()) {
                cited.add(snapshot.clause(id));
            }
            for (Through t : steps) {
                cited.add(t.clause());
            }
            Map<String, List<String>> resolved = new LinkedHashMap<>();
            Map<String, String> placed = new LinkedHashMap<>();
            for (String a : actorsIn(fact)) {
                if (!resolved.containsKey(a)) {
                    resolved.put(a, resolveOnce(once, a, asOf, fact.validity()));
                }
                for (Placement p : snapshot.placementsOf(a)) {
                    if (asOf == null ? p.validity().overlaps(fact.validity()) : p.validity().contains(asOf)) {
                        placed.put(a, p.host());
                        break;
                    }
                }
            }
            if (unspecified.test(fact)) {
                unnamed.add(new Row<>(fact, List.of(), cited, resolved, steps, placed));
            } else {
                String named0 = actor.apply(fact);
                List<String> to = resolved.containsKey(named0) ? resolved.get(named0) : resolveOnce(once, named0, asOf, fact.validity());
                named.add(new Row<>(fact, to, cited, resolved, steps, placed));
            }
        }
        return new Answer<>(named, unnamed, Optional.empty());
    }

    /** An actor resolved within one answer: its id, and the days looked within when no date is asked. */
    private record Resolving(String actor, LocalDate from, LocalDate to) {
    }

    /** What {@code actor} resolves to (see {@link Snapshot#resolve}), looked up in {@code once} before it is worked out. */
    private List<String> resolveOnce(Map<Resolving, List<String>> once, String actor, LocalDate asOf, Validity within) {
        return once.computeIfAbsent(asOf == null ? new Resolving(actor, within.from(), within.to())
                : new Resolving(actor, null, null), k -> snapshot.resolve(actor, asOf, within));
    }

    /** Why nothing of {@code found} holds on {@code asOf}: outside the agreement period, or outside every term. */
    private Why whyNot(List<? extends Derived> found, LocalDate asOf) {
        Set<String> why = new LinkedHashSet<>();
        Set<Validity> intervals = new LinkedHashSet<>();
        for (Derived f : found) {
            why.add(f.validity().whyNotOn(asOf));
            intervals.add(new Validity(f.validity().from(), f.validity().to(), f.validity().basis()));
        }
        List<Validity> sorted = intervals.stream().sorted(Comparator.comparing(Validity::from).thenComparing(Validity::to)).toList();
        dk.kulturmetropol.model.Agreement a = snapshot.agreement();
        Why.Reason reason = asOf.isBefore(a.from()) || asOf.isAfter(a.to()) ? Why.Reason.OUTSIDE_PERIOD : Why.Reason.OUTSIDE_TERM;
        return new Why(reason, sorted, "nothing applies on " + asOf + ": " + String.join("; ", why), asOf);
    }

    /** Every actor a fact names: bearer, joint actors and recipients; a line's ends and steps; a holder or member. */
    private static List<String> actorsIn(Derived fact) {
        List<String> all = new ArrayList<>(4);
        if (fact instanceof Duty d) {
            if (d.actor() != null) {
                all.add(d.actor());
            }
            all.addAll(d.jointlyWith());
            all.addAll(d.recipients());
        } else if (fact instanceof ReportingLine l) {
            all.add(l.from());
            all.add(l.to());
            all.addAll(l.jointlyWith());
            all.addAll(l.via());
            if (l.forDutiesOf() != null) {
                all.add(l.forDutiesOf());
            }
        } else if (fact instanceof PostHolding h) {
            all.add(h.post());
            if (h.holder() != null) {
                all.add(h.holder());
            }
        } else if (fact instanceof Seat m) {
            if (m.member() != null) {
                all.add(m.member());
            }
            if (m.drawnFrom() != null) {
                all.add(m.drawnFrom());
            }
        }
        return all;
    }

    private static boolean inScope(Duty d, Criteria criteria) {
        return criteria.scope() == null || d.scope() == null || d.scope().equals(criteria.scope());
    }

    private void requireScope(Criteria criteria) {
        if (criteria.scope() != null) {
            requireKnown("scope", criteria.scope());
        }
    }

    private static String scopeText(Criteria criteria) {
        return criteria.scope() == null ? "" : " for " + criteria.scope();
    }

    private void requireKnown(String kind, String value) {
        Set<String> known = snapshot.accepted(kind);
        if (value == null || !known.contains(value)) {
            throw new UnknownTermException(kind, String.valueOf(value), known);
        }
    }
}
