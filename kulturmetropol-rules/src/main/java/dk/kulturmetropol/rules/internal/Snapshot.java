package dk.kulturmetropol.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.model.Vocabulary;

/**
 * What the rules derived for one agreement, as plain Java: immutable, indexed by what the questions ask, and able to
 * resolve an actor to who it is on a date. Made once per agreement by {@link Engine} (or read from the snapshot the
 * build made of the shipped agreement, see {@link ShippedSnapshot}); the questions read only this. Not API.
 */
public final class Snapshot {

    /**
     * What a snapshot is made of, and what is written to disk: the agreement, the derived facts, the clauses they cite,
     * the names of the rules that ran, and the sentences the rules give for their facts ({@code @da}, {@code @en}), by
     * language and rule name.
     */
    public record Content(Agreement agreement, DerivedFacts facts, Map<String, Clause> clauses, List<String> ruleNames,
                          Map<dk.kulturmetropol.model.Language, Map<String, String>> sentences) {
        public Content {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(facts, "facts");
            clauses = Map.copyOf(clauses);
            ruleNames = List.copyOf(ruleNames);
            Map<dk.kulturmetropol.model.Language, Map<String, String>> copy = new java.util.EnumMap<>(dk.kulturmetropol.model.Language.class);
            sentences.forEach((language, byRule) -> copy.put(language, Map.copyOf(byRule)));
            sentences = Collections.unmodifiableMap(copy);
        }

        /** Content whose rules give no sentences of their own. */
        public Content(Agreement agreement, DerivedFacts facts, Map<String, Clause> clauses, List<String> ruleNames) {
            this(agreement, facts, clauses, ruleNames, Map.of());
        }
    }

    private final Content content;
    private final Map<String, List<Duty>> dutiesByTask;
    private final Map<String, List<Duty>> dutiesByBearer;
    private final Map<Duty, Integer> dutyOrder;
    private final Map<String, List<PostHolding>> holdingsByPost;
    private final Map<String, List<PostHolding>> holdingsByHolder;
    private final Map<String, List<Seat>> seatsByBody;
    private final Map<String, List<Seat>> seatsByMember;
    private final Map<String, List<ReportingLine>> linesByFrom;
    private final Map<String, List<ReportingLine>> linesByTo;
    private final Map<String, List<Placement>> placementsByActor;
    private final Set<String> actions;
    private final Set<String> matters;
    private final Set<String> actors;
    private final Set<String> scopes;
    private final Set<String> posts;
    private final Set<String> bodies;
    private final Set<String> subjects;

    public Snapshot(Content content) {
        this.content = Objects.requireNonNull(content, "content");
        DerivedFacts d = content.facts();
        Agreement agreement = content.agreement();
        // Plain loops, not streams: this runs on every cold start, where each lambda costs a class to spin.
        Map<String, List<Duty>> byTask = new HashMap<>();
        Map<String, List<Duty>> byBearer = new HashMap<>();
        Map<Duty, Integer> order = new IdentityHashMap<>();
        TreeSet<String> actionIds = new TreeSet<>(Vocabulary.ACTIONS.keySet());
        TreeSet<String> matterIds = new TreeSet<>(Vocabulary.MATTERS.keySet());
        TreeSet<String> scopeIds = new TreeSet<>(agreement.partnerIds());
        scopeIds.addAll(agreement.focusAreaIds());
        TreeSet<String> actorIds = new TreeSet<>();
        for (int i = 0; i < d.duties().size(); i++) {
            Duty duty = d.duties().get(i);
            order.put(duty, i);
            add(byTask, duty.action() + ' ' + duty.matter(), duty);
            actionIds.add(duty.action());
            matterIds.add(duty.matter());
            if (duty.scope() != null) {
                scopeIds.add(duty.scope());
            }
            if (duty.actor() != null) {
                add(byBearer, duty.actor(), duty);
                actorIds.add(duty.actor());
            }
            for (String joint : duty.jointlyWith()) {
                if (duty.actor() == null || !joint.equals(duty.actor())) {
                    add(byBearer, joint, duty);
                }
                actorIds.add(joint);
            }
            actorIds.addAll(duty.recipients());
        }
        this.dutiesByTask = frozen(byTask);
        this.dutiesByBearer = frozen(byBearer);
        this.dutyOrder = Collections.unmodifiableMap(order);
        Map<String, List<PostHolding>> byPost = new HashMap<>();
        Map<String, List<PostHolding>> byHolder = new HashMap<>();
        TreeSet<String> postIds = new TreeSet<>();
        for (PostHolding h : d.holdings()) {
            add(byPost, h.post(), h);
            postIds.add(h.post());
            actorIds.add(h.post());
            if (h.holder() != null) {
                add(byHolder, h.holder(), h);
                actorIds.add(h.holder());
            }
        }
        this.holdingsByPost = frozen(byPost);
        this.holdingsByHolder = frozen(byHolder);
        Map<String, List<Seat>> byBody = new HashMap<>();
        Map<String, List<Seat>> byMember = new HashMap<>();
        TreeSet<String> bodyIds = new TreeSet<>();
        for (Seat m : d.seats()) {
            add(byBody, m.body(), m);
            bodyIds.add(m.body());
            if (m.member() != null) {
                add(byMember, m.member(), m);
                actorIds.add(m.member());
            }
        }
        this.seatsByBody = frozen(byBody);
        this.seatsByMember = frozen(byMember);
        Map<String, List<ReportingLine>> byFrom = new HashMap<>();
        Map<String, List<ReportingLine>> byTo = new HashMap<>();
        TreeSet<String> subjectIds = new TreeSet<>(Vocabulary.SUBJECTS.keySet());
        for (ReportingLine l : d.lines()) {
            add(byFrom, l.from(), l);
            add(byTo, l.to(), l);
            subjectIds.add(l.about());
            actorIds.add(l.from());
            actorIds.add(l.to());
        }
        this.linesByFrom = frozen(byFrom);
        this.linesByTo = frozen(byTo);
        Map<String, List<Placement>> byActor = new HashMap<>();
        for (Placement p : d.placements()) {
            add(byActor, p.actor(), p);
            actorIds.add(p.actor());
        }
        this.placementsByActor = frozen(byActor);
        this.actions = Collections.unmodifiableSortedSet(actionIds);
        this.matters = Collections.unmodifiableSortedSet(matterIds);
        this.scopes = Collections.unmodifiableSortedSet(scopeIds);
        this.posts = Collections.unmodifiableSortedSet(postIds);
        this.bodies = Collections.unmodifiableSortedSet(bodyIds);
        this.subjects = Collections.unmodifiableSortedSet(subjectIds);
        this.actors = Collections.unmodifiableSortedSet(actorIds);
    }

    /** What this snapshot is made of. */
    public Content content() {
        return content;
    }

    public Agreement agreement() {
        return content.agreement();
    }

    public DerivedFacts facts() {
        return content.facts();
    }

    public Map<String, Clause> clauses() {
        return content.clauses();
    }

    public List<String> ruleNames() {
        return content.ruleNames();
    }

    /** The sentence each rule gives for its facts in {@code language}, by rule name; rules that give none are absent. */
    public Map<String, String> ruleSentences(dk.kulturmetropol.model.Language language) {
        return content.sentences().getOrDefault(language, Map.of());
    }

    /** The clause {@code id}; every fact's clauses were checked against the catalogue when it was derived. */
    public Clause clause(String id) {
        Clause c = content.clauses().get(id);
        if (c == null) {
            throw new IllegalStateException("no clause '" + id + "' in the catalogue");
        }
        return c;
    }

    /** The duties to take {@code action} on {@code matter}, in derivation order. */
    public List<Duty> dutiesTo(String action, String matter) {
        return dutiesByTask.getOrDefault(action + ' ' + matter, List.of());
    }

    /** The duties {@code actor} bears or shares as it is named in them, in derivation order. */
    public List<Duty> dutiesBorneBy(String actor) {
        return dutiesByBearer.getOrDefault(actor, List.of());
    }

    /** Where {@code duty} stands in derivation order, to keep answers in a stable order. */
    public int position(Duty duty) {
        return dutyOrder.getOrDefault(duty, Integer.MAX_VALUE);
    }

    public List<PostHolding> holdingsOf(String post) {
        return holdingsByPost.getOrDefault(post, List.of());
    }

    public List<PostHolding> postsHeldBy(String holder) {
        return holdingsByHolder.getOrDefault(holder, List.of());
    }

    public List<Seat> seatsIn(String body) {
        return seatsByBody.getOrDefault(body, List.of());
    }

    public List<Seat> seatsOf(String member) {
        return seatsByMember.getOrDefault(member, List.of());
    }

    public List<ReportingLine> linesFrom(String actor) {
        return linesByFrom.getOrDefault(actor, List.of());
    }

    /** The reporting lines, direct and transitive, that end at {@code actor}, in derivation order. */
    public List<ReportingLine> linesTo(String actor) {
        return linesByTo.getOrDefault(actor, List.of());
    }

    public List<Placement> placementsOf(String actor) {
        return placementsByActor.getOrDefault(actor, List.of());
    }

    /** The ids accepted for {@code kind}, or {@code null} for a kind there is none of. */
    public Set<String> accepted(String kind) {
        return switch (kind) {
            case "action" -> actions;
            case "matter" -> matters;
            case "actor" -> actors;
            case "scope" -> scopes;
            case "post" -> posts;
            case "body" -> bodies;
            case "subject" -> subjects;
            default -> null;
        };
    }

    /**
     * What {@code actor} resolves to on {@code asOf} (or, with no date, at any time within {@code within}): the holders
     * of the post, else the members of the body, else itself. Unmodifiable; linear in the holdings and seats looked at.
     */
    public List<String> resolve(String actor, LocalDate asOf, Validity within) {
        Set<String> found = new LinkedHashSet<>();
        for (PostHolding h : holdingsOf(actor)) {
            if (h.holder() != null && (asOf == null ? h.validity().overlaps(within) : h.validity().contains(asOf))) {
                found.add(h.holder());
            }
        }
        if (found.isEmpty()) {
            for (Seat m : seatsIn(actor)) {
                if (m.member() != null && m.modality() == Modality.MUST
                        && (asOf == null ? m.validity().overlaps(within) : m.validity().contains(asOf))) {
                    found.add(m.member());
                }
            }
        }
        return found.isEmpty() ? List.of(actor) : List.copyOf(found);
    }

    private static <T> void add(Map<String, List<T>> index, String key, T fact) {
        List<T> facts = index.get(key);
        if (facts == null) {
            facts = new ArrayList<>(2);
            index.put(key, facts);
        }
        facts.add(fact);
    }

    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> index) {
        for (Map.Entry<String, List<T>> e : index.entrySet()) {
            e.setValue(Collections.unmodifiableList(e.getValue()));
        }
        return Collections.unmodifiableMap(index);
    }
}
