package dk.kulturmetropol.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.DataPackDuty;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Membership;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.model.Vocabulary;
import dk.kulturmetropol.rules.internal.ClauseCatalogue;
import dk.kulturmetropol.rules.internal.Derivation;
import dk.kulturmetropol.rules.internal.KieBases;
import dk.kulturmetropol.rules.internal.RuleSource;
import dk.kulturmetropol.rules.internal.RuleSources;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The governance of one agreement, answering who must do what, to whom, with whom, when, and on which
 * sentence. The rules run once, when the governance is built; every question is answered from an
 * immutable snapshot, so one instance is safe to share between threads.
 *
 * <pre>{@code
 * Governance g = Governance.kulturmetropolen();
 *
 * Answer<Duty> approvers = g.who("approve", "annual-plan", Criteria.any().scope("music"));
 * approvers.rows().get(0).fact().actor();         // kmk
 * approvers.rows().get(0).clause().quote();       // "KMK godkender det forudgående års regnskab ..."
 *
 * g.who("appoint", "vice-chair").unspecified();   // the text names no one: one row, with its clause
 * g.holder("political-chair", LocalDate.of(2025, 3, 1)).note(); // the chair's term ended 2024-12-31
 *
 * Governance later = g.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));
 * }</pre>
 *
 * Ids are those of the public vocabulary ({@link Vocabulary}); an unknown id is refused with an
 * {@link UnknownTermException} that lists what is accepted.
 */
public final class Governance {


    private final Agreement agreement;
    private final KieBase base;
    private final ClauseCatalogue clauses;
    private final List<RuleSource> sources;
    private final List<DataPackDuty> dataDuties;
    private final Map<String, List<PostHolding>> holdingsByPost;
    private final Map<String, List<PostHolding>> holdingsByHolder;
    private final Map<String, List<Membership>> membershipsByBody;
    private final Map<String, List<Membership>> membershipsByMember;
    private final Map<String, List<ReportingLine>> linesByFrom;
    private final Map<String, List<Placement>> placementsByActor;
    private final Derivation derived;
    private final Set<String> actions;
    private final Set<String> matters;
    private final Set<String> actors;
    private final Set<String> scopes;
    private final Set<String> posts;
    private final Set<String> bodies;
    private final Set<String> subjects;

    private Governance(Agreement agreement, KieBase base, ClauseCatalogue clauses, List<RuleSource> sources,
                       List<DataPackDuty> dataDuties) {
        this.agreement = agreement;
        this.base = base;
        this.clauses = clauses;
        this.sources = sources;
        this.dataDuties = dataDuties;
        List<Object> facts = new ArrayList<>(dk.kulturmetropol.model.AgreementFacts.of(agreement));
        facts.addAll(dataDuties);
        this.derived = Derivation.run(base, facts, sources);
        requireKnownClauses();
        this.actions = sorted(Stream.concat(Vocabulary.ACTIONS.keySet().stream(), derived.duties().stream().map(Duty::action)));
        this.matters = sorted(Stream.concat(Vocabulary.MATTERS.keySet().stream(), derived.duties().stream().map(Duty::matter)));
        this.scopes = sorted(Stream.of(agreement.partnerIds().stream(), agreement.focusAreaIds().stream(),
                derived.duties().stream().map(Duty::scope).filter(Objects::nonNull)).flatMap(s -> s));
        this.holdingsByPost = index(derived.holdings(), h -> h.post().id());
        this.holdingsByHolder = index(derived.holdings().stream().filter(h -> h.holder() != null).toList(), h -> h.holder().id());
        this.membershipsByBody = index(derived.memberships(), Membership::body);
        this.membershipsByMember = index(derived.memberships().stream().filter(m -> m.member() != null).toList(), m -> m.member().id());
        this.linesByFrom = index(derived.lines(), l -> l.from().id());
        this.placementsByActor = index(derived.placements(), p -> p.actor().id());
        this.posts = sorted(derived.holdings().stream().map(h -> h.post().id()));
        this.bodies = sorted(derived.memberships().stream().map(Membership::body));
        this.subjects = sorted(Stream.concat(Vocabulary.SUBJECTS.keySet().stream(), derived.lines().stream().map(ReportingLine::about)));
        this.actors = sorted(Stream.of(
                derived.duties().stream().flatMap(d -> Stream.concat(Stream.ofNullable(d.actor()),
                        Stream.concat(d.jointlyWith().stream(), d.recipients().stream()))),
                derived.lines().stream().flatMap(l -> Stream.of(l.from(), l.to())),
                derived.memberships().stream().map(Membership::member).filter(Objects::nonNull),
                derived.holdings().stream().flatMap(h -> Stream.concat(Stream.of(h.post()), Stream.ofNullable(h.holder()))),
                derived.placements().stream().map(Placement::actor))
                .flatMap(s -> s).map(ActorRef::id));
    }

    /** The kommissorium of Kulturmetropolen 2021-2024 over its default agreement. Built once, then shared. */
    public static Governance kulturmetropolen() {
        return Default.INSTANCE;
    }

    /** The kommissorium's rules over {@code agreement}. */
    public static Governance of(Agreement agreement) {
        return builder().agreement(agreement).build();
    }

    /** For an agreement and rule packs of your own. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same rules over another agreement; this governance keeps answering as before. */
    public Governance withAgreement(Agreement other) {
        return new Governance(Objects.requireNonNull(other, "agreement"), base, clauses, sources, dataDuties);
    }

    /** The same rules with {@code partner} added to the agreement. */
    public Governance withPartner(Partner partner) {
        return withAgreement(agreement.withPartner(partner));
    }

    /** The same rules with the partner {@code id} removed from the agreement. */
    public Governance withoutPartner(String id) {
        return withAgreement(agreement.withoutPartner(id));
    }

    /** The agreement this governance answers for. */
    public Agreement agreement() {
        return agreement;
    }

    /** Every clause the rules may cite, by id. */
    public Map<String, Clause> clauses() {
        return clauses.all();
    }

    /** The names of every rule, sorted. */
    public List<String> ruleNames() {
        return rules().map(Rule::getName).sorted().toList();
    }

    /** Who must (or may) take {@code action} on {@code matter}, in every scope, over the whole period. */
    public Answer<Duty> who(String action, String matter) {
        return who(action, matter, Criteria.any());
    }

    /**
     * Who must (or may) take {@code action} on {@code matter}, narrowed by {@code criteria}.
     * A duty stated for every scope answers every scope.
     *
     * <pre>{@code
     * g.who("hire", "project-chief", Criteria.any().scope("music").asOf(LocalDate.of(2022, 1, 1)))
     * }</pre>
     */
    public Answer<Duty> who(String action, String matter, Criteria criteria) {
        requireKnown("action", action, actions);
        requireKnown("matter", matter, matters);
        requireScope(criteria);
        List<Duty> found = derived.duties().stream()
                .filter(d -> d.action().equals(action) && d.matter().equals(matter) && inScope(d, criteria))
                .toList();
        return answer(found, criteria.asOf(), Duty::isUnspecified, Duty::actor,
                "the rules state no duty to " + action + " " + matter + scopeText(criteria));
    }

    /** Every duty of {@code actor} over the whole period. */
    public Answer<Duty> duties(String actor) {
        return duties(actor, Criteria.any());
    }

    /**
     * The duties of {@code actor}: those it bears, those it shares (jointly with), those of every post it
     * holds (for {@code culture-committee-chair:ishoej}, the political chair's), those of every body it sits in
     * (for {@code culture-chief:koege}, KMK's), and those it answers for to a body (for {@code culture-chief:roskilde},
     * the home municipality of music's, to KMK). A row borne through a post, seat or accountability says so in
     * {@link Row#through()} and cites the clause that makes that step; it holds only while the step does.
     */
    public Answer<Duty> duties(String actor, Criteria criteria) {
        requireKnown("actor", actor, actors);
        requireScope(criteria);
        ActorRef who = ActorRef.parse(actor);
        Map<ActorRef, Reach> reached = reach(who, criteria.asOf());
        List<Duty> found = new ArrayList<>();
        Map<Duty, List<Through>> through = new IdentityHashMap<>();
        for (Duty d : derived.duties()) {
            if (d.actor() == null || !inScope(d, criteria)) {
                continue;
            }
            if (d.actor().equals(who) || d.jointlyWith().contains(who)) {
                found.add(d);
                continue;
            }
            Reach path = reached.get(d.actor());
            for (ActorRef joint : d.jointlyWith()) {
                path = path == null ? reached.get(joint) : path;
            }
            if (path != null && d.validity().overlaps(path.window())) {
                Duty borne = d.during(d.validity().intersect(path.window()));
                found.add(borne);
                through.put(borne, path.steps());
            }
        }
        return answer(found, criteria.asOf(), Duty::isUnspecified, Duty::actor,
                "the rules state no duty of " + actor + scopeText(criteria), f -> through.getOrDefault(f, List.of()));
    }

    /** How an actor reaches another's duties, and while when. */
    private record Reach(List<Through> steps, Validity window) {
    }

    /** Every actor whose duties {@code who} bears through posts, seats and accountability, with the path there. */
    private Map<ActorRef, Reach> reach(ActorRef who, LocalDate asOf) {
        Map<ActorRef, Reach> reached = new LinkedHashMap<>();
        Deque<ActorRef> queue = new ArrayDeque<>(List.of(who));
        reached.put(who, new Reach(List.of(), null));
        while (!queue.isEmpty()) {
            ActorRef from = queue.poll();
            Reach path = reached.get(from);
            for (PostHolding h : holdingsByHolder.getOrDefault(from.id(), List.of())) {
                if (from.equals(h.holder())) {
                    step(reached, queue, path, h.post(), new Through("post", h.post().id(), null, clause(h.clauseId())), h.validity(), asOf);
                }
            }
            for (Membership m : membershipsByMember.getOrDefault(from.id(), List.of())) {
                if (from.equals(m.member()) && m.modality() == Modality.MUST) {
                    ActorRef body = ActorRef.parse(m.body());
                    step(reached, queue, path, body, new Through("seat", m.body(), null, clause(m.clauseId())), m.validity(), asOf);
                }
            }
            for (ReportingLine l : linesByFrom.getOrDefault(from.id(), List.of())) {
                if (from.equals(l.from()) && l.forDutiesOf() != null) {
                    step(reached, queue, path, l.forDutiesOf(),
                            new Through("accountable", l.forDutiesOf().id(), l.to().id(), clause(l.clauseId())), l.validity(), asOf);
                }
            }
        }
        reached.remove(who);
        return reached;
    }

    private static void step(Map<ActorRef, Reach> reached, Deque<ActorRef> queue, Reach path, ActorRef to, Through how,
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

    /** Every reporting line from {@code actor}, direct and transitive. */
    public Answer<ReportingLine> reports(String actor) {
        return reports(actor, null);
    }

    /**
     * The reporting lines from {@code actor} about {@code subject} ({@code null} for every subject), over the
     * whole period. A line whose sentence names no subject ({@value ReportingLine#GENERAL}) answers every subject.
     */
    public Answer<ReportingLine> reports(String actor, String subject) {
        return reports(actor, subject, null);
    }

    /**
     * The reporting lines from {@code actor} about {@code subject} ({@code null} for every subject) on {@code asOf}
     * ({@code null} for the whole period); every actor in a row is resolved on that date.
     *
     * <pre>{@code
     * g.reports("project-chief:youth", "employment", LocalDate.of(2022, 6, 1)).rows().get(0).resolved();
     * }</pre>
     */
    public Answer<ReportingLine> reports(String actor, String subject, LocalDate asOf) {
        requireKnown("actor", actor, actors);
        if (subject != null) {
            requireKnown("subject", subject, subjects);
        }
        ActorRef who = ActorRef.parse(actor);
        List<ReportingLine> found = derived.lines().stream()
                .filter(l -> l.from().equals(who) && (subject == null || l.isAbout(subject)))
                .toList();
        return answer(found, asOf, l -> false, ReportingLine::from,
                "the rules state no reporting line from " + actor + (subject == null ? "" : " about " + subject));
    }

    /** Every holder of {@code post}, over all terms. */
    public Answer<PostHolding> holder(String post) {
        return holder(post, null);
    }

    /** Who holds {@code post} on {@code asOf} ({@code null} for every term). */
    public Answer<PostHolding> holder(String post, LocalDate asOf) {
        requireKnown("post", post, posts);
        ActorRef which = ActorRef.parse(post);
        List<PostHolding> found = derived.holdings().stream().filter(h -> h.post().equals(which)).toList();
        return answer(found, asOf, PostHolding::isUnspecified, PostHolding::holder, "the rules name no holder of " + post);
    }

    /** Every member of {@code body}, over the whole period. */
    public Answer<Membership> members(String body) {
        return members(body, null);
    }

    /** The members of {@code body} on {@code asOf} ({@code null} for the whole period). */
    public Answer<Membership> members(String body, LocalDate asOf) {
        requireKnown("body", body, bodies);
        List<Membership> found = derived.memberships().stream().filter(m -> m.body().equals(body)).toList();
        return answer(found, asOf, Membership::isUnspecified, Membership::member, "the rules name no member of " + body);
    }

    /**
     * Where {@code actor} sits on {@code asOf} ({@code null} for the whole period): "Sekretariatet er placeret i
     * Ishøj Kommune". A place is a host, not the bearer of the actor's duties.
     *
     * <pre>{@code
     * g.where("secretariat", null).facts().get(0).host(); // "ishoej"
     * }</pre>
     */
    public Answer<Placement> where(String actor, LocalDate asOf) {
        requireKnown("actor", actor, actors);
        ActorRef which = ActorRef.parse(actor);
        List<Placement> found = derived.placements().stream().filter(p -> p.actor().equals(which)).toList();
        return answer(found, asOf, p -> false, Placement::actor, "the rules place " + actor + " nowhere");
    }

    /** Where {@code actor} sits, over the whole period. */
    public Answer<Placement> where(String actor) {
        return where(actor, null);
    }

    /** The ids accepted for {@code kind}: action, matter, actor, scope, post, body or subject. */
    public Set<String> accepted(String kind) {
        return switch (kind) {
            case "action" -> actions;
            case "matter" -> matters;
            case "actor" -> actors;
            case "scope" -> scopes;
            case "post" -> posts;
            case "body" -> bodies;
            case "subject" -> subjects;
            default -> throw new UnknownTermException("kind", kind,
                    List.of("action", "actor", "body", "matter", "post", "scope", "subject"));
        };
    }

    private <T extends Derived> Answer<T> answer(List<T> found, LocalDate asOf, Predicate<T> unspecified,
                                                 Function<T, ActorRef> actor, String noneText) {
        return answer(found, asOf, unspecified, actor, noneText, f -> List.of());
    }

    private <T extends Derived> Answer<T> answer(List<T> found, LocalDate asOf, Predicate<T> unspecified,
                                                 Function<T, ActorRef> actor, String noneText,
                                                 Function<T, List<Through>> through) {
        if (found.isEmpty()) {
            return new Answer<>(List.of(), List.of(), Optional.of(noneText));
        }
        List<T> onDate = asOf == null ? found : found.stream().filter(f -> f.validity().contains(asOf)).toList();
        if (onDate.isEmpty()) {
            Set<String> why = new LinkedHashSet<>();
            found.forEach(f -> why.add(f.validity().whyNotOn(asOf)));
            return new Answer<>(List.of(), List.of(), Optional.of("nothing applies on " + asOf + ": " + String.join("; ", why)));
        }
        List<Row<T>> named = new ArrayList<>();
        List<Row<T>> unnamed = new ArrayList<>();
        for (T fact : onDate) {
            List<Through> steps = through.apply(fact);
            List<Clause> cited = new ArrayList<>(fact.clauseIds().stream().map(this::clause).toList());
            steps.forEach(t -> cited.add(t.clause()));
            Map<String, List<String>> resolved = new LinkedHashMap<>();
            Map<String, String> placed = new LinkedHashMap<>();
            for (ActorRef a : actorsIn(fact)) {
                resolved.putIfAbsent(a.id(), resolve(a, asOf, fact.validity()));
                placementsByActor.getOrDefault(a.id(), List.of()).stream()
                        .filter(p -> p.actor().equals(a) && (asOf == null ? p.validity().overlaps(fact.validity()) : p.validity().contains(asOf)))
                        .findFirst().ifPresent(p -> placed.put(a.id(), p.host()));
            }
            if (unspecified.test(fact)) {
                unnamed.add(new Row<>(fact, List.of(), cited, resolved, steps, placed));
            } else {
                named.add(new Row<>(fact, resolve(actor.apply(fact), asOf, fact.validity()), cited, resolved, steps, placed));
            }
        }
        return new Answer<>(named, unnamed, Optional.empty());
    }

    private static <T> Map<String, List<T>> index(List<T> facts, Function<T, String> key) {
        Map<String, List<T>> byKey = new java.util.HashMap<>();
        facts.forEach(f -> byKey.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byKey);
    }

    /** Every actor a fact names: bearer, joint actors and recipients; a line's ends and steps; a holder or member. */
    private static List<ActorRef> actorsIn(Object fact) {
        List<ActorRef> all = new ArrayList<>();
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
        } else if (fact instanceof Membership m && m.member() != null) {
            all.add(m.member());
        }
        return all;
    }

    /** What {@code actor} resolves to: the holders of the post, else the members of the body, else itself. */
    private List<String> resolve(ActorRef actor, LocalDate asOf, Validity within) {
        Predicate<Validity> when = v -> asOf == null ? v.overlaps(within) : v.contains(asOf);
        List<String> holders = holdingsByPost.getOrDefault(actor.id(), List.of()).stream()
                .filter(h -> h.post().equals(actor) && h.holder() != null && when.test(h.validity()))
                .map(h -> h.holder().id()).distinct().toList();
        if (!holders.isEmpty()) {
            return holders;
        }
        List<String> members = membershipsByBody.getOrDefault(actor.id(), List.of()).stream()
                .filter(m -> m.body().equals(actor.id()) && m.member() != null && m.modality() == Modality.MUST
                        && when.test(m.validity()))
                .map(m -> m.member().id()).distinct().toList();
        return members.isEmpty() ? List.of(actor.id()) : members;
    }

    private Clause clause(String id) {
        return clauses.find(id).orElseThrow(() -> new IllegalStateException("no clause '" + id + "' in the catalogue"));
    }

    private static boolean inScope(Duty d, Criteria criteria) {
        return criteria.scope() == null || d.scope() == null || d.scope().equals(criteria.scope());
    }

    private void requireScope(Criteria criteria) {
        if (criteria.scope() != null) {
            requireKnown("scope", criteria.scope(), scopes);
        }
    }

    private static String scopeText(Criteria criteria) {
        return criteria.scope() == null ? "" : " for " + criteria.scope();
    }

    private static void requireKnown(String kind, String value, Set<String> known) {
        if (value == null || !known.contains(value)) {
            throw new UnknownTermException(kind, String.valueOf(value), known);
        }
    }

    private static Set<String> sorted(Stream<String> ids) {
        TreeSet<String> set = ids.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        return java.util.Collections.unmodifiableSortedSet(set);
    }

    private Stream<Rule> rules() {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream());
    }

    /** Builds the clause catalogue from the kommissorium and the {@code @quote} metadata of pack rules, and checks every rule cites a known clause. */
    private static ClauseCatalogue catalogue(KieBase base, List<RuleSource> sources) {
        ClauseCatalogue catalogue = ClauseCatalogue.kommissorium();
        List<Rule> all = base.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
        for (Rule rule : all) {
            Map<String, Object> meta = rule.getMetaData();
            if (meta.containsKey("quote")) {
                String id = text(meta, "clause", rule, sources);
                String source = text(meta, "source", rule, sources);
                String section = meta.containsKey("section") ? text(meta, "section", rule, sources) : source;
                try {
                    catalogue = catalogue.with(List.of(new Clause(id, source, section, text(meta, "quote", rule, sources))));
                } catch (RulePackException e) {
                    throw new RulePackException(KieBases.declaration(rule.getName(), sources) + ": rule '" + rule.getName()
                            + "': " + e.getMessage());
                }
            }
        }
        for (Rule rule : all) {
            Map<String, Object> meta = rule.getMetaData();
            if (meta.containsKey("derived") || meta.containsKey("datapack")) {
                continue;
            }
            String id = text(meta, "clause", rule, sources);
            if (catalogue.find(id).isEmpty()) {
                throw new RulePackException(KieBases.declaration(rule.getName(), sources) + ": rule '" + rule.getName()
                        + "' cites clause '" + id + "', which neither the kommissorium nor any rule's @quote declares");
            }
        }
        return catalogue;
    }

    private static String text(Map<String, Object> meta, String key, Rule rule, List<RuleSource> sources) {
        Object value = meta.get(key);
        if (value == null) {
            throw new RulePackException(KieBases.declaration(rule.getName(), sources) + ": rule '" + rule.getName()
                    + "' has no @" + key + "(\"...\"): every rule cites its "
                    + "clause with @clause, and a pack rule also gives @source and @quote");
        }
        return Derive.unquote(value.toString());
    }

    /** Refuses a fact a pack derived that cites a clause no one declares, naming the rule that derived it. */
    private void requireKnownClauses() {
        Stream.of(derived.duties(), derived.lines(), derived.memberships(), derived.holdings(), derived.placements())
                .flatMap(List::stream)
                .forEach(f -> f.clauseIds().stream().filter(id -> clauses.find(id).isEmpty()).findFirst().ifPresent(id -> {
                    throw new RulePackException(KieBases.declaration(f.rule(), sources) + ": rule '" + f.rule()
                            + "' derived a fact citing clause '" + id + "', which neither the kommissorium nor any pack declares");
                }));
    }

    /** Holds the default governance, built on first use. */
    private static final class Default {
        static final Governance INSTANCE = builder().build();
    }

    /**
     * Builds a governance from an agreement and rule packs. Packs are code (their consequences run Java):
     * load them only from paths and resources you name yourself.
     *
     * <pre>{@code
     * Governance g = Governance.builder()
     *         .agreement(myAgreement)
     *         .rulePack(Path.of("ministry-reporting.drl"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private Agreement agreement;
        private final List<RuleSource> packs = new ArrayList<>();
        private final List<DataPackYaml.Pack> dataPacks = new ArrayList<>();

        private Builder() {
        }

        /** The agreement to answer for; the default is {@link AgreementYaml#kulturmetropolen()}. */
        public Builder agreement(Agreement value) {
            this.agreement = Objects.requireNonNull(value, "agreement");
            return this;
        }

        /** The agreement in a YAML file (see {@link AgreementYaml}); read now, so a bad file is refused here. */
        public Builder config(Path file) {
            return agreement(AgreementYaml.read(Objects.requireNonNull(file, "config file")));
        }

        /**
         * A rule pack from a file, read now so a bad file is refused here: a data pack ({@code .yaml} or {@code .yml},
         * see {@link DataPackYaml}; data, safe to load from anyone) or a DRL pack (any other name; code).
         *
         * @throws RulePackException naming the file and line of what is wrong
         */
        public Builder rulePack(Path file) {
            Objects.requireNonNull(file, "rule pack file");
            if (isDataPack(file.toString())) {
                dataPacks.add(DataPackYaml.read(file));
            } else {
                packs.add(RuleSources.file(file));
            }
            return this;
        }

        /** A rule pack from the classpath, e.g. {@code dk/example/ministry.drl} or {@code dk/example/duties.yaml}. */
        public Builder rulePackResource(String resource) {
            Objects.requireNonNull(resource, "rule pack resource");
            if (isDataPack(resource)) {
                String path = resource.startsWith("/") ? resource.substring(1) : resource;
                dataPacks.add(DataPackYaml.parse(RuleSources.classpathText(path).orElseThrow(() ->
                        new RulePackException("rule pack resource '" + resource + "' is not on the classpath")), "classpath:" + path));
            } else {
                packs.add(RuleSources.resource(resource));
            }
            return this;
        }

        private static boolean isDataPack(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith(".yaml") || lower.endsWith(".yml");
        }

        /**
         * Compiles the rules and derives every fact for the agreement.
         *
         * @throws RulePackException when a pack does not compile or a rule cites no known clause
         */
        public Governance build() {
            Agreement chosen = agreement == null ? AgreementYaml.kulturmetropolen() : agreement;
            List<DataPackDuty> dataDuties = dataPacks.stream().flatMap(p -> p.duties().stream()).toList();
            if (packs.isEmpty()) {
                return new Governance(chosen, KommissoriumBase.BASE, withDataClauses(KommissoriumBase.CATALOGUE),
                        KommissoriumBase.SOURCES, dataDuties);
            }
            List<RuleSource> all = new ArrayList<>(RuleSources.library());
            all.addAll(packs);
            KieBase base = KieBases.compile(all);
            return new Governance(chosen, base, withDataClauses(catalogue(base, all)), List.copyOf(all), dataDuties);
        }

        /** The catalogue with every data pack's clauses, refusing one declared twice at the entry that does. */
        private ClauseCatalogue withDataClauses(ClauseCatalogue catalogue) {
            ClauseCatalogue result = catalogue;
            for (DataPackYaml.Pack pack : dataPacks) {
                for (int i = 0; i < pack.clauses().size(); i++) {
                    try {
                        result = result.with(List.of(pack.clauses().get(i)));
                    } catch (RulePackException e) {
                        throw new RulePackException(pack.duties().get(i).origin() + ": " + e.getMessage());
                    }
                }
            }
            return result;
        }
    }

    /** The compiled kommissorium, shared by every governance without packs. */
    private static final class KommissoriumBase {
        static final List<RuleSource> SOURCES = RuleSources.library();
        static final KieBase BASE = KieBases.compile(SOURCES);
        static final ClauseCatalogue CATALOGUE = catalogue(BASE, SOURCES);
    }
}
