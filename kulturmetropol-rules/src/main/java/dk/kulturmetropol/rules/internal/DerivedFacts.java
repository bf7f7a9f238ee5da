package dk.kulturmetropol.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.AgreementFacts;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
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

    private static final Comparator<String> ACTOR = Comparator.nullsLast(Comparator.naturalOrder());
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

    private static final Validity ANY = new Validity(java.time.LocalDate.EPOCH, java.time.LocalDate.EPOCH, "");

    /**
     * The facts with those that differ only in days that follow one another made one: a rule that matches a focus
     * area whose home moves fires once per home, and what it derives without naming the home is one fact for the
     * days the focus area exists ({@link Validity#joinedWith}); when those are the whole agreement {@code period}, it
     * holds by the period, as it would had the home not moved. Only when {@code moving}: a focus area's home moves.
     */
    static <T extends Derived> List<T> coalesced(List<T> facts, boolean moving, Validity period, java.util.function.BiFunction<T, Validity, T> during) {
        if (!moving) {
            return facts;
        }
        Map<T, List<T>> alike = new java.util.LinkedHashMap<>();
        for (T f : facts) {
            alike.computeIfAbsent(during.apply(f, ANY), k -> new ArrayList<>(1)).add(f);
        }
        if (alike.size() == facts.size()) {
            return facts;
        }
        List<T> joined = new ArrayList<>(alike.size());
        for (List<T> same : alike.values()) {
            if (same.size() == 1) {
                joined.add(same.get(0));
                continue;
            }
            same.sort(Comparator.comparing((T f) -> f.validity().from()));
            T current = same.get(0);
            for (T next : same.subList(1, same.size())) {
                java.util.Optional<Validity> both = current.validity().joinedWith(next.validity());
                if (both.isPresent()) {
                    Validity days = both.get();
                    boolean wholePeriod = period != null && days.from().equals(period.from()) && days.to().equals(period.to());
                    current = during.apply(current, wholePeriod ? period : days);
                } else {
                    joined.add(current);
                    current = next;
                }
            }
            joined.add(current);
        }
        return joined;
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
     * How long a derivation may run before it is stopped as one that never ends, unless the caller sets another limit:
     * processor time while the rules run, wall-clock time while they wait.
     */
    public static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofSeconds(10);

    /** How many facts a session may hold (those inserted and those the rules derive) before the rules are stopped. */
    static int factLimit(int facts) {
        return 200_000 + 200 * facts;
    }

    /**
     * Inserts {@code facts} into a fresh session, fires every rule and collects what they derived, stopping the rules
     * after {@link #DEFAULT_TIME_LIMIT}.
     *
     * @param sources the rule sources {@code base} was compiled from, to name the file and line of a failing rule
     * @throws dk.kulturmetropol.rules.RulePackException as {@link #run(KieBase, Collection, List, java.time.Duration)}
     */
    public static DerivedFacts run(KieBase base, Collection<?> facts, List<RuleSource> sources) {
        return run(base, facts, sources, DEFAULT_TIME_LIMIT);
    }

    /**
     * Inserts {@code facts} into a fresh session, fires every rule and collects what they derived. The rules run on a
     * thread of their own, so that one whose condition or consequence never returns can be stopped.
     *
     * @param sources   the rule sources {@code base} was compiled from, to name the file and line of a failing rule
     * @param timeLimit how long the rules may run: the processor time they use, or, while they sleep or wait, the time
     *                  that passes
     * @throws dk.kulturmetropol.rules.RulePackException when a rule's condition or consequence throws (an {@link Error}
     *         included), naming the rule, its file and line; when the rules do not stop firing within
     *         {@link #firingLimit}, naming the rule that fired most; when they derive more than {@link #factLimit}
     *         facts, naming the rule that inserted the one too many; or when they run longer than {@code timeLimit},
     *         naming the rule that was running
     */
    public static DerivedFacts run(KieBase base, Collection<?> facts, List<RuleSource> sources, java.time.Duration timeLimit) {
        return run(base, facts, sources, timeLimit, null);
    }

    /**
     * The same, noting in {@code insertedBy} (when not null) the rule whose consequence inserted each fact, as the engine
     * reports it: a fact cannot say it comes from a rule other than the one that inserted it.
     */
    public static DerivedFacts run(KieBase base, Collection<?> facts, List<RuleSource> sources,
                                   Map<Object, org.kie.api.definition.rule.Rule> insertedBy) {
        return run(base, facts, sources, DEFAULT_TIME_LIMIT, insertedBy);
    }

    /**
     * The same, stopping the rules after {@code timeLimit} and noting in {@code insertedBy} (when not null) the rule
     * whose consequence inserted each fact.
     */
    public static DerivedFacts run(KieBase base, Collection<?> facts, List<RuleSource> sources, java.time.Duration timeLimit,
                                   Map<Object, org.kie.api.definition.rule.Rule> insertedBy) {
        Watch watch = new Watch();
        java.util.concurrent.FutureTask<DerivedFacts> task = new java.util.concurrent.FutureTask<>(
                () -> derive(base, facts, sources, watch, insertedBy));
        Thread worker = new Thread(task, "kulturmetropol-rules");
        worker.setDaemon(true);
        worker.start();
        try {
            return awaitWithin(task, worker, timeLimit);
        } catch (java.util.concurrent.TimeoutException e) {
            Running running = Running.of(worker.getStackTrace(), watch, sources);
            stop(worker, watch);
            throw new RulePackException((running.rule() == null ? "" : KieBases.declaration(running.rule(), sources) + ": ")
                    + "the rules were stopped after " + seconds(timeLimit) + ": " + running.describe()
                    + " did not return; a rule must not loop forever (the limit is set with timeLimit, --time-limit)");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw failed(watch.firing, watch.inConsequence, cause, sources);
        } catch (InterruptedException e) {
            stop(worker, watch);
            Thread.currentThread().interrupt();
            throw new RulePackException("the rules were interrupted before they were done");
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** How often the rules' thread is looked at while it runs. */
    private static final long LOOK_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50);

    /**
     * The derivation's result, or a timeout once the rules have used {@code limit} of processor time, or have waited
     * (slept, blocked) when {@code limit} of wall-clock time had passed. Processor time, not wall-clock time, is what
     * counts while they run: on a busy machine a large agreement gets a share of a core and is not refused for that.
     */
    private static DerivedFacts awaitWithin(java.util.concurrent.FutureTask<DerivedFacts> task, Thread worker, java.time.Duration limit)
            throws InterruptedException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
        long start = System.nanoTime();
        long cpuAtStart = cpuNanos(worker);
        while (true) {
            try {
                return task.get(LOOK_NANOS, java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                long cpu = cpuNanos(worker);
                if (overran(cpu < 0 || cpuAtStart < 0 ? -1 : cpu - cpuAtStart, System.nanoTime() - start, worker.getState(), limit)) {
                    throw stillRunning;
                }
            }
        }
    }

    /**
     * Whether rules that have used {@code cpuNanos} of processor time (negative when the platform cannot tell) over
     * {@code wallNanos}, their thread now in {@code state}, have overrun {@code limit}: processor time at the limit; or,
     * past the limit in wall-clock time, a thread that is not running (asleep, waiting, blocked) or a platform that
     * cannot measure processor time.
     */
    static boolean overran(long cpuNanos, long wallNanos, Thread.State state, java.time.Duration limit) {
        long limitNanos = limit.toNanos();
        if (cpuNanos >= limitNanos) {
            return true;
        }
        return wallNanos >= limitNanos && (cpuNanos < 0 || state != Thread.State.RUNNABLE);
    }

    private static long cpuNanos(Thread worker) {
        try {
            return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled() ? THREADS.getThreadCpuTime(worker.getId()) : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    private static String seconds(java.time.Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /**
     * Stops a derivation that overran its time: halts the session, interrupts the thread, and, when a consequence or
     * condition ignores both (a loop that never returns), stops the thread (Java 17; where the platform no longer
     * can, the thread is left running as a daemon).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker, Watch watch) {
        KieSession session = watch.session;
        if (session != null) {
            session.halt();
        }
        worker.interrupt();
        try {
            worker.join(200);
            if (worker.isAlive()) {
                worker.stop();
                worker.join(1000);
            }
        } catch (UnsupportedOperationException | InterruptedException e) {
            LOG.warn("a rule that never returns is still running on thread {}", worker.getName());
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DerivedFacts.class);

    /** What the rules' thread is doing, as the listeners see it. */
    private static final class Watch {
        volatile KieSession session;
        volatile String firing;
        volatile boolean inConsequence;
        long inserted;
    }

    /**
     * The rule a stopped derivation was running, and whether in its condition or its consequence; for a condition,
     * the rules that may be evaluating it when more than one calls the method that never returns.
     */
    private record Running(String rule, boolean consequence, List<String> candidates) {
        String describe() {
            if (rule != null) {
                return (consequence ? "the consequence" : "a condition") + " of rule '" + rule + "'";
            }
            if (!candidates.isEmpty()) {
                return "a condition of one of the rules " + candidates.stream().limit(5).map(r -> "'" + r + "'")
                        .collect(Collectors.joining(", ")) + (candidates.size() > 5 ? " and " + (candidates.size() - 5) + " more" : "");
            }
            return consequence ? "a rule's consequence" : "a rule's condition";
        }

        /**
         * Reads the rules' thread's stack: the engine's frame that runs the innermost rule code tells a consequence
         * (the rule firing) from a condition, whose rule is the one whose {@code when} calls the method the
         * condition's code was in.
         */
        static Running of(StackTraceElement[] stack, Watch watch, List<RuleSource> sources) {
            for (int i = 0; i < stack.length; i++) {
                String type = stack[i].getClassName();
                if (type.startsWith("org.drools.modelcompiler.consequence.")) {
                    return new Running(watch.firing, true, List.of());
                }
                if (type.startsWith("org.drools.modelcompiler.constraints.")) {
                    for (int j = i - 1; j > 0; j--) {
                        if (stack[j].getMethodName().startsWith("lambda$") && !stack[j].getClassName().startsWith("org.drools.")) {
                            String generated = stack[j].getClassName();
                            String drlPackage = generated.contains(".") ? generated.substring(0, generated.lastIndexOf('.')) : "";
                            List<String> rules = KieBases.rulesCalling(stack[j - 1].getMethodName(), drlPackage, sources);
                            return rules.size() == 1 ? new Running(rules.get(0), false, List.of()) : new Running(null, false, rules);
                        }
                    }
                    return new Running(null, false, List.of());
                }
            }
            return new Running(watch.inConsequence ? watch.firing : null, watch.inConsequence, List.of());
        }
    }

    private static RulePackException failed(String rule, boolean inConsequence, Throwable cause, List<RuleSource> sources) {
        if (!inConsequence && rule != null) {
            return new RulePackException("a rule's condition failed while rule '" + rule + "' was firing ("
                    + cause.getClass().getSimpleName() + ")" + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        return failed(rule, cause, sources);
    }

    /** The facts the rules derived past {@link #factLimit}: the rules are stopped at once. */
    private static final class TooManyFacts extends RulePackException {
        private static final long serialVersionUID = 1L;

        TooManyFacts(String message) {
            super(message);
        }
    }

    private static DerivedFacts derive(KieBase base, Collection<?> facts, List<RuleSource> sources, Watch watch,
                                       Map<Object, org.kie.api.definition.rule.Rule> insertedBy) {
        KieSession session = base.newKieSession();
        watch.session = session;
        try {
            int cap = factLimit(facts.size());
            session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
                    if (insertedBy != null && event.getRule() != null) {
                        insertedBy.put(event.getObject(), event.getRule());
                    }
                    if (++watch.inserted > cap) {
                        String rule = event.getRule() == null ? watch.firing : event.getRule().getName();
                        throw new TooManyFacts(KieBases.declaration(rule, sources) + ": rule '" + rule + "' derived more than "
                                + cap + " facts, the most the rules may hold for " + facts.size()
                                + " facts of the agreement and data packs; a pack derives facts it can name, not millions");
                    }
                }
            });
            try {
                facts.forEach(session::insert);
            } catch (TooManyFacts e) {
                throw e;
            } catch (RuntimeException | Error e) {
                if (e instanceof ThreadDeath) {
                    throw e;
                }
                throw new RulePackException("a rule's condition failed on the facts of the agreement ("
                        + e.getClass().getSimpleName() + ")" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            int limit = firingLimit(facts.size());
            int fired;
            String[] firing = {null};
            Map<org.kie.api.definition.rule.Rule, Firing> stamps = new java.util.IdentityHashMap<>();
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                    org.kie.api.definition.rule.Rule rule = event.getMatch().getRule();
                    firing[0] = rule.getName();
                    watch.firing = rule.getName();
                    watch.inConsequence = true;
                    Firing.begin(stamps.computeIfAbsent(rule, r -> {
                        Object clause = r.getMetaData().get("clause");
                        return new Firing(r.getName(), clause == null ? null : unquote(clause.toString()));
                    }));
                }

                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                    watch.inConsequence = false;
                    Firing.end();
                }
            });
            try {
                fired = session.fireAllRules(limit);
            } catch (ConsequenceException e) {
                if (e.getCause() instanceof TooManyFacts tooMany) {
                    throw tooMany;
                }
                throw failed(e.getMatch().getRule().getName(), e.getCause() == null ? e : e.getCause(), sources);
            } catch (TooManyFacts e) {
                throw e;
            } catch (RuntimeException | Error e) {
                if (e instanceof ThreadDeath) {
                    throw e;
                }
                throw failed(firing[0], watch.inConsequence, e, sources);
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
            // only where a home moves is what the rules derive joined again: facts of one agreement are otherwise as derived
            boolean moving = facts.stream().anyMatch(f -> f instanceof dk.kulturmetropol.model.FocusAreaHome h && h.validity().isTermOfHome());
            Validity period = facts.stream().filter(f -> f instanceof dk.kulturmetropol.model.AgreementPeriod)
                    .map(f -> ((dk.kulturmetropol.model.AgreementPeriod) f).validity()).findFirst().orElse(null);
            duties = coalesced(duties, moving, period, Duty::during);
            lines = coalesced(lines, moving, period, (l, v) -> new ReportingLine(l.rule(), l.clauseIds(), l.from(), l.to(), l.about(), l.jointlyWith(),
                    l.via(), v, l.forDutiesOf(), l.reading()));
            seats = coalesced(seats, moving, period, Seat::during);
            holdings = coalesced(holdings, moving, period, (h, v) -> new PostHolding(h.rule(), h.clauseId(), h.post(), h.holder(), v,
                    h.namedByAgreement(), h.reading()));
            placements = coalesced(placements, moving, period, (p, v) -> new Placement(p.rule(), p.clauseId(), p.actor(), p.host(), v));
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
            watch.session = null;
            session.dispose();
        }
    }
}
