package dk.kulturmetropol.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.AgreementFacts;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.rules.RulePackException;
import org.kie.api.KieBase;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.KieSession;

/**
 * Everything the rules derive for one agreement, in a stable order. Drools runs once, here; queries read
 * these lists. Not API.
 */
public record DerivedFacts(List<Duty> duties, List<ReportingLine> lines, List<Seat> seats,
                         List<PostHolding> holdings, List<Placement> placements) {

    private static final Comparator<ActorRef> ACTOR = Comparator.nullsLast(Comparator.comparing(ActorRef::id));
    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

    public DerivedFacts {
        duties = List.copyOf(duties);
        lines = List.copyOf(lines);
        seats = List.copyOf(seats);
        holdings = List.copyOf(holdings);
        placements = List.copyOf(placements);
    }

    /** Inserts the agreement's facts into a fresh session, fires every rule and collects what they derived. */
    public static DerivedFacts run(KieBase base, Agreement agreement) {
        return run(base, AgreementFacts.of(agreement));
    }

    /** Inserts {@code facts} into a fresh session, fires every rule and collects what they derived. */
    public static DerivedFacts run(KieBase base, Collection<?> facts) {
        return run(base, facts, List.of());
    }

    private static RulePackException failed(String rule, Throwable cause, List<RuleSource> sources) {
        String where = rule == null ? "a rule" : KieBases.declaration(rule, sources) + ": rule '" + rule + "'";
        return new RulePackException(where + " failed in its consequence (" + cause.getClass().getSimpleName() + ")"
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /** A metadata value without the quotes the DRL parser keeps: {@code "kmk.tasks-5"} becomes {@code kmk.tasks-5}. */
    public static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** How many rule firings a derivation may take before it is stopped as one that never ends. */
    static int firingLimit(int facts) {
        return 20_000 + 200 * facts;
    }

    /**
     * Inserts {@code facts} into a fresh session, fires every rule and collects what they derived.
     *
     * @param sources the rule sources {@code base} was compiled from, to name the file and line of a failing rule
     * @throws dk.kulturmetropol.rules.RulePackException when a rule's consequence throws, naming the rule, its file and
     *         line; or when the rules do not stop firing within {@link #firingLimit}, naming the rule that fired most
     */
    public static DerivedFacts run(KieBase base, Collection<?> facts, List<RuleSource> sources) {
        return run(base, facts, sources, null);
    }

    /**
     * The same, noting in {@code insertedBy} (when not null) the rule whose consequence inserted each fact, as the engine
     * reports it: a fact cannot say it comes from a rule other than the one that inserted it.
     */
    public static DerivedFacts run(KieBase base, Collection<?> facts, List<RuleSource> sources,
                                   Map<Object, org.kie.api.definition.rule.Rule> insertedBy) {
        KieSession session = base.newKieSession();
        try {
            if (insertedBy != null) {
                session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
                        if (event.getRule() != null) {
                            insertedBy.put(event.getObject(), event.getRule());
                        }
                    }
                });
            }
            facts.forEach(session::insert);
            int limit = firingLimit(facts.size());
            int fired;
            String[] firing = {null};
            Map<org.kie.api.definition.rule.Rule, Firing> stamps = new java.util.IdentityHashMap<>();
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                    org.kie.api.definition.rule.Rule rule = event.getMatch().getRule();
                    firing[0] = rule.getName();
                    Firing.begin(stamps.computeIfAbsent(rule, r -> {
                        Object clause = r.getMetaData().get("clause");
                        return new Firing(r.getName(), clause == null ? null : unquote(clause.toString()));
                    }));
                }

                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                    Firing.end();
                }
            });
            try {
                fired = session.fireAllRules(limit);
            } catch (ConsequenceException e) {
                throw failed(e.getMatch().getRule().getName(), e.getCause() == null ? e : e.getCause(), sources);
            } catch (RuntimeException | StackOverflowError | AssertionError | NoClassDefFoundError | ExceptionInInitializerError e) {
                throw failed(firing[0], e, sources);
            }
            String last = firing[0];
            if (fired < limit && session.fireAllRules(1) > 0) {
                throw new RulePackException(KieBases.declaration(last, sources) + ": rule '" + last
                        + "' halted the engine before the rules were done (drools.halt()); a pack may not stop the other rules");
            }
            if (fired >= limit) {
                Map<String, Long> byRule = session.getObjects().stream().filter(o -> o instanceof Derived)
                        .collect(Collectors.groupingBy(o -> ((Derived) o).rule(), Collectors.counting()));
                String busiest = byRule.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
                throw new RulePackException(KieBases.declaration(busiest, sources) + ": the rules did not stop firing: "
                        + limit + " rule firings, rule '" + busiest + "' derived " + byRule.getOrDefault(busiest, 0L)
                        + " facts; a rule whose consequence inserts what its conditions match again never ends");
            }
            List<Duty> duties = new ArrayList<>();
            List<ReportingLine> lines = new ArrayList<>();
            List<Seat> seats = new ArrayList<>();
            List<PostHolding> holdings = new ArrayList<>();
            List<Placement> placements = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Duty d) {
                    duties.add(d);
                } else if (o instanceof ReportingLine l) {
                    lines.add(l);
                } else if (o instanceof Seat m) {
                    seats.add(m);
                } else if (o instanceof PostHolding h) {
                    holdings.add(h);
                } else if (o instanceof Placement p) {
                    placements.add(p);
                }
            }
            duties.sort(Comparator.comparing(Duty::actor, ACTOR).thenComparing(Duty::action).thenComparing(Duty::matter)
                    .thenComparing(Duty::scope, TEXT)
                    .thenComparing(d -> d.due() == null ? "" : d.due().toString()).thenComparing(Duty::rule).thenComparing(d -> d.validity().from())
                    .thenComparing(d -> d.jointlyWith().toString()).thenComparing(d -> d.recipients().toString())
                    .thenComparing(Duty::clauseId));
            lines.sort(Comparator.comparing(ReportingLine::from, ACTOR).thenComparing(ReportingLine::about)
                    .thenComparing(l -> l.via().size()).thenComparing(ReportingLine::to, ACTOR).thenComparing(ReportingLine::rule)
                    .thenComparing(ReportingLine::forDutiesOf, ACTOR).thenComparing(l -> l.via().toString())
                    .thenComparing(l -> l.validity().from()).thenComparing(l -> l.clauseIds().toString()));
            seats.sort(Comparator.comparing(Seat::body).thenComparing(Seat::modality)
                    .thenComparing(Seat::member, ACTOR).thenComparing(Seat::rule)
                    .thenComparing(m -> m.validity().from()));
            holdings.sort(Comparator.comparing(PostHolding::post, ACTOR).thenComparing(h -> h.validity().from())
                    .thenComparing(PostHolding::holder, ACTOR).thenComparing(PostHolding::rule));
            placements.sort(Comparator.comparing(Placement::actor, ACTOR).thenComparing(p -> p.validity().from()));
            return new DerivedFacts(duties, lines, seats, holdings, placements);
        } finally {
            Firing.end();
            session.dispose();
        }
    }
}
