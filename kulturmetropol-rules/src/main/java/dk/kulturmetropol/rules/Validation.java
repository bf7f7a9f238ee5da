package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Condition;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.Finding.Severity;
import dk.kulturmetropol.rules.internal.ClauseCatalogue;
import dk.kulturmetropol.rules.internal.Snapshot;

/** The checks behind {@link Governance#validate(Criteria)}: each reads the snapshot, none runs the rules again. */
final class Validation {
    private final Snapshot snapshot;
    private final LocalDate asOf;
    private final Validity period;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> labelledActors;

    private Validation(Snapshot snapshot, LocalDate asOf, Set<String> labelledActors) {
        this.snapshot = snapshot;
        this.labelledActors = Set.copyOf(labelledActors);
        this.asOf = asOf;
        this.period = snapshot.agreement().period();
    }

    /**
     * Every finding, errors first, then by code; on {@code asOf} only, when given. An actor of {@code labelledActors}
     * (the roles a rule pack labels) is one a pack brings on purpose, never warned of as unknown.
     */
    static List<Finding> of(Snapshot snapshot, LocalDate asOf, Set<String> labelledActors) {
        Validation v = new Validation(snapshot, asOf, labelledActors);
        v.unnamedBearers();
        v.approvals();
        v.reportingCycles();
        v.postHolders();
        v.chairTerm();
        v.contradictions();
        v.suppressedClauses();
        v.unknownActors();
        v.deadlinesInWindows();
        v.findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code).thenComparing(Finding::message));
        return List.copyOf(v.findings);
    }

    /**
     * A duty whose sentence names no one: the text leaves it open; an act the text states as done leaves nothing to do.
     * Choosing someone for a post is one act however the text words it: where one sentence says the post is filled
     * ("Der udpeges to politiske næstformænd") and another says it again ("Næstformændene vælges for hele
     * aftaleperioden"), one warning names both sentences. The parts {@code action}, {@code matter}, {@code scopeId}
     * and {@code clause} name the fact, so a view can write it in its rule's own sentence.
     */
    private void unnamedBearers() {
        Map<List<Object>, List<Duty>> byAct = new java.util.LinkedHashMap<>();
        for (Duty d : snapshot.facts().duties()) {
            if (d.isUnspecified() && d.condition() != Condition.ALREADY_DONE && d.modality() != Modality.STATED && applies(d.validity())) {
                List<Object> act = CHOOSING.contains(d.action())
                        ? java.util.Arrays.asList("choose", d.matter(), d.scope(), d.validity())
                        : java.util.Arrays.asList(d.rule(), d.action(), d.matter(), d.scope(), d.validity(), d.clauseId());
                byAct.computeIfAbsent(act, k -> new ArrayList<>()).add(d);
            }
        }
        for (List<Duty> same : byAct.values()) {
            Duty d = same.stream().min(Comparator.comparing(Duty::clauseId)).orElseThrow();
            Map<String, String> parts = new java.util.LinkedHashMap<>(Sentences.parts("do", does(d.action(), d.matter(), d.scope()),
                    "validity", d.validity().toString(), "action", d.action(), "matter", d.matter(), "clause", d.clauseId()));
            if (d.scope() != null) {
                parts.put("scopeId", d.scope());
            }
            add(Severity.WARNING, "unnamed-bearer", parts, List.of(), List.of(d.matter()),
                    same.stream().flatMap(x -> x.clauseIds().stream()).toList());
        }
    }

    /** The actions that choose someone for a post: the text's udpeges, vælges and ansættes. */
    private static final Set<String> CHOOSING = Set.of("appoint", "elect", "hire");

    /**
     * Every matter some rule says must (or may) be approved has an approver, or a row whose sentence names no one, on
     * every day of the period, in every scope it is approved in (a focus area or partner scope: while it is one); and
     * no two named bearers must approve the same matter in the same scope on the same days unless jointly.
     */
    private void approvals() {
        Map<String, List<Duty>> byMatter = new TreeMap<>();
        for (Duty d : snapshot.facts().duties()) {
            if (d.action().equals("approve")) {
                byMatter.computeIfAbsent(d.matter(), k -> new ArrayList<>()).add(d);
            }
        }
        Agreement agreement = snapshot.agreement();
        for (Map.Entry<String, List<Duty>> e : byMatter.entrySet()) {
            String matter = e.getKey();
            Set<String> scopes = new LinkedHashSet<>();
            for (Duty d : e.getValue()) {
                if (d.scope() != null) {
                    scopes.add(d.scope());
                    if (agreement.focusAreaIds().contains(d.scope())) {
                        scopes.addAll(agreement.focusAreaIds());
                    }
                }
            }
            if (scopes.isEmpty()) {
                scopes.add(null);
            }
            for (String scope : scopes) {
                List<Duty> approving = e.getValue().stream().filter(d -> d.scope() == null || d.scope().equals(scope)).toList();
                for (Validity gap : gaps(within(scope), approving.stream().map(Duty::validity).toList())) {
                    add(Severity.ERROR, "no-approver", Sentences.parts("matter", matter, "scope", scope, "from", gap.from().toString(), "to", gap.to().toString()),
                            List.of(), List.of(matter), clauseIdsOf(approving));
                }
                twoApprovers(matter, scope, approving);
            }
        }
    }

    private void twoApprovers(String matter, String scope, List<Duty> approving) {
        List<Duty> named = approving.stream().filter(d -> !d.isUnspecified() && d.modality() == Modality.MUST).toList();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                Duty a = named.get(i);
                Duty b = named.get(j);
                if (a.actor().equals(b.actor()) || a.jointlyWith().contains(b.actor()) || b.jointlyWith().contains(a.actor())
                        || !a.validity().overlaps(b.validity()) || !applies(a.validity().intersect(b.validity()))) {
                    continue;
                }
                String pair = a.actor() + " and " + b.actor();
                if (seen.add(pair)) {
                    Validity both = a.validity().intersect(b.validity());
                    add(Severity.WARNING, "two-approvers", Sentences.parts("actors", a.actor() + "|" + b.actor(), "matter", matter, "scope", scope,
                                    "from", both.from().toString(), "to", both.to().toString()),
                            List.of(a.actor(), b.actor()), List.of(matter), List.of(a.clauseId(), b.clauseId()));
                }
            }
        }
    }

    /** Direct reporting lines that lead back to where they start, on days they all hold, on one subject or a general one. */
    private void reportingCycles() {
        Map<String, List<ReportingLine>> from = new HashMap<>();
        for (ReportingLine l : snapshot.facts().lines()) {
            if (l.via().isEmpty()) {
                from.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (String start : new java.util.TreeSet<>(from.keySet())) {
            cycles(start, start, from, new ArrayList<>(), period, null, reported);
        }
    }

    private void cycles(String start, String at, Map<String, List<ReportingLine>> from, List<ReportingLine> path, Validity window,
                        String subject, Set<String> reported) {
        for (ReportingLine l : from.getOrDefault(at, List.of())) {
            String about = l.about().equals(ReportingLine.GENERAL) ? subject : subject == null || subject.equals(l.about()) ? l.about() : "";
            if ("".equals(about) || !window.overlaps(l.validity()) || path.contains(l)) {
                continue;
            }
            Validity both = window.intersect(l.validity());
            List<ReportingLine> longer = new ArrayList<>(path);
            longer.add(l);
            if (l.to().equals(start)) {
                if (!applies(both)) {
                    continue;
                }
                List<String> actors = longer.stream().map(x -> x.from()).toList();
                String key = new java.util.TreeSet<>(actors).toString();
                if (reported.add(key)) {
                    add(Severity.ERROR, "reporting-cycle", Sentences.parts("cycle", String.join("|", actors), "actor", start, "about", about,
                                    "from", both.from().toString(), "to", both.to().toString()),
                            actors, List.of(), longer.stream().flatMap(x -> x.clauseIds().stream()).toList());
                }
            } else if (longer.size() < 12) {
                cycles(start, l.to(), from, longer, both, about, reported);
            }
        }
    }

    /**
     * A post the text makes must have a holder on every day of the period (a partner's post: while it is in); a holder
     * the text leaves unnamed is a warning.
     */
    private void postHolders() {
        Map<String, List<PostHolding>> byPost = new TreeMap<>();
        for (PostHolding h : snapshot.facts().holdings()) {
            byPost.computeIfAbsent(h.post(), k -> new ArrayList<>()).add(h);
        }
        for (Map.Entry<String, List<PostHolding>> e : byPost.entrySet()) {
            List<PostHolding> named = e.getValue().stream().filter(h -> h.holder() != null).toList();
            List<PostHolding> unnamed = e.getValue().stream().filter(h -> h.holder() == null).toList();
            for (PostHolding h : unnamed) {
                if (applies(h.validity())) {
                    // a post someone is hired to is a position (stilling), one someone is chosen for a post
                    String role = ActorRef.parse(e.getKey()).role();
                    boolean hired = snapshot.facts().duties().stream().anyMatch(d -> d.action().equals("hire") && d.matter().equals(role));
                    add(Severity.WARNING, "unnamed-holder", hired ? "unnamed-holder.hired" : "unnamed-holder",
                            Sentences.parts("post", e.getKey(), "validity", h.validity().toString()),
                            List.of(e.getKey()), List.of(), List.of(h.clauseId()));
                }
            }
            if (!named.isEmpty() || unnamed.isEmpty()) {
                // a post of a partner (partner-municipality:gladsaxe) is needed only while the partner is in, a post of a
                // focus area (home-municipality:literature) only while the focus area exists
                Validity within = within(ActorRef.parse(e.getKey()).scope());
                for (Validity gap : gaps(within, named.stream().map(PostHolding::validity).toList())) {
                    if (unnamed.stream().anyMatch(h -> h.validity().covers(gap))) {
                        continue;
                    }
                    add(Severity.ERROR, "post-without-holder", Sentences.parts("post", e.getKey(), "from", gap.from().toString(), "to", gap.to().toString()),
                            List.of(e.getKey()), List.of(), e.getValue().stream().map(PostHolding::clauseId).distinct().toList());
                }
            }
        }
    }

    /** The chair municipality's term does not cover the agreement period. */
    private void chairTerm() {
        Validity term = snapshot.agreement().chair().term();
        for (Validity gap : gaps(period, List.of(term))) {
            add(Severity.ERROR, "term-gap", Sentences.parts("municipality", snapshot.agreement().chair().municipality(), "term", String.valueOf(term),
                            "from", gap.from().toString(), "to", gap.to().toString()),
                    List.of(snapshot.agreement().chair().municipality()), List.of(), List.of("chairs.who-3"));
        }
    }

    /**
     * A pack rule that says may (or should) where a rule of the kommissorium says must, or the other way round, in the
     * same scope or where either holds in every scope (states none).
     */
    private void contradictions() {
        Set<String> kommissorium = ClauseCatalogue.kommissorium().all().keySet();
        Map<String, List<Duty>> byTask = new LinkedHashMap<>();
        for (Duty d : snapshot.facts().duties()) {
            if (d.actor() != null) {
                byTask.computeIfAbsent(d.actor() + " " + d.action() + " " + d.matter(), k -> new ArrayList<>()).add(d);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (List<Duty> same : byTask.values()) {
            for (Duty a : same) {
                for (Duty b : same) {
                    // a duty with no scope holds in every scope, so it meets one scoped either way
                    boolean sameScope = a.scope() == null || b.scope() == null || a.scope().equals(b.scope());
                    if (sameScope && kommissorium.contains(a.clauseId()) && !kommissorium.contains(b.clauseId()) && a.modality() != b.modality()
                            && a.validity().overlaps(b.validity()) && applies(a.validity().intersect(b.validity()))
                            && seen.add(a.clauseId() + "|" + b.clauseId() + "|" + a.actor() + a.action() + a.matter())) {
                        add(Severity.ERROR, "contradiction", Sentences.parts("actor", a.actor(), "modality", a.modality().id(),
                                        "do", does(a.action(), a.matter(), a.scope()), "clause", a.clauseId(), "rule", b.rule(),
                                        "modality2", b.modality().id(), "clause2", b.clauseId()),
                                List.of(a.actor()), List.of(a.matter()), List.of(a.clauseId(), b.clauseId()));
                    }
                }
            }
        }
    }

    /**
     * A clause of the kommissorium from which its own rules derive duties, lines, seats, posts or places for this
     * agreement, on which nothing rests once the packs are added: a pack has stopped those rules (cleared the agenda,
     * deleted their facts). Only a governance with a rule pack of code can do that, so only such a one is run again.
     */
    private void suppressedClauses() {
        if (snapshot.ruleNames().equals(dk.kulturmetropol.rules.internal.Engine.kommissorium().ruleNames())) {
            return;
        }
        Set<String> cited = new java.util.HashSet<>();
        java.util.stream.Stream.of(snapshot.facts().duties(), snapshot.facts().lines(), snapshot.facts().seats(),
                        snapshot.facts().holdings(), snapshot.facts().placements())
                .flatMap(List::stream).forEach(f -> cited.addAll(((dk.kulturmetropol.model.Derived) f).clauseIds()));
        for (String clause : dk.kulturmetropol.rules.internal.Engine.kommissoriumClausesDerivedFor(snapshot.agreement())) {
            if (!cited.contains(clause)) {
                add(Severity.ERROR, "suppressed-clause", Sentences.parts("clause", clause), List.of(), List.of(), List.of(clause));
            }
        }
    }

    /**
     * An actor named only as a recipient, a joint actor or the end of a reporting line, whose role is no role of the
     * vocabulary and bears nothing, sits nowhere and holds nothing, and that no pack labels: most likely a misspelt id
     * ({@code to: [kmkk]}).
     */
    private void unknownActors() {
        Set<String> known = new java.util.HashSet<>(dk.kulturmetropol.model.Vocabulary.ROLES.keySet());
        known.addAll(dk.kulturmetropol.model.Vocabulary.BODIES.keySet());
        known.addAll(snapshot.agreement().partnerIds());
        known.addAll(labelledActors);
        snapshot.facts().duties().stream().filter(d -> d.actor() != null).forEach(d -> known.add(ActorRef.parse(d.actor()).role()));
        snapshot.facts().seats().forEach(x -> known.add(x.body()));
        snapshot.facts().seats().stream().filter(x -> x.member() != null).forEach(x -> known.add(ActorRef.parse(x.member()).role()));
        snapshot.facts().holdings().forEach(h -> known.add(ActorRef.parse(h.post()).role()));
        snapshot.facts().lines().forEach(l -> known.add(ActorRef.parse(l.from()).role()));
        Set<String> reported = new LinkedHashSet<>();
        for (Duty d : snapshot.facts().duties()) {
            for (String named : java.util.stream.Stream.concat(d.recipients().stream(), d.jointlyWith().stream()).toList()) {
                if (!known.contains(ActorRef.parse(named).role()) && applies(d.validity()) && reported.add(named)) {
                    add(Severity.WARNING, "unknown-actor", Sentences.parts("actor", named, "rule", d.rule(), "do", does(d.action(), d.matter(), null)),
                            List.of(named), List.of(d.matter()), List.of(d.clauseId()));
                }
            }
        }
        for (ReportingLine l : snapshot.facts().lines()) {
            if (!known.contains(ActorRef.parse(l.to()).role()) && applies(l.validity()) && reported.add(l.to())) {
                add(Severity.WARNING, "unknown-actor", "unknown-actor.line", Sentences.parts("actor", l.to(), "rule", l.rule(), "actor2", l.from()),
                        List.of(l.to()), List.of(), l.clauseIds());
            }
        }
    }

    /**
     * A dated deadline (a pack's: "audited account for the previous year due ... each 15 September") that falls inside
     * the year the calendar reads as the window for the same accounts of another bearer, which the text does not date
     * (the project chiefs' audited accounts, chief.duty-4; KMK's approval of the year's accounts, kmk.tasks-5): the
     * accounts would be due after they have been passed on. {@link Calendar} ends such a window the day before; this says
     * so, once per pair of sentences, with every date it concerns.
     */
    private void deadlinesInWindows() {
        Map<List<String>, List<Object[]>> byClauses = new LinkedHashMap<>();
        for (Duty w : snapshot.facts().duties()) {
            if (!Calendar.yearlyUndated(w) || !Calendar.ACCOUNTS.contains(w.matter())) {
                continue;
            }
            for (int year = w.validity().from().getYear(); year <= w.validity().to().getYear(); year++) {
                LocalDate start = LocalDate.of(year, 1, 1);
                LocalDate end = LocalDate.of(year, 12, 31);
                if (!Calendar.windowHolds(w, year) || !applies(new Validity(start, end, "the year after"))) {
                    continue; // as the calendar: the window, or the year it gives account of, lies outside the duty
                }
                Calendar.onward(snapshot.facts().duties(), w, start, end).ifPresent(o -> byClauses
                        .computeIfAbsent(List.of(w.clauseId(), o.duty().clauseId(), w.action(), w.matter()), k -> new ArrayList<>())
                        .add(new Object[] {w, o}));
            }
        }
        byClauses.forEach((key, found) -> {
            Duty w = (Duty) found.get(0)[0];
            Calendar.Onward first = (Calendar.Onward) found.get(0)[1];
            Duty o = first.duty();
            List<String> actors = found.stream().map(f -> ((Duty) f[0]).actor()).distinct().toList();
            List<String> dates = found.stream().map(f -> ((Calendar.Onward) f[1]).date().toString()).distinct().sorted().toList();
            boolean oneScope = found.stream().map(f -> String.valueOf(((Duty) f[0]).scope())).distinct().count() == 1;
            add(Severity.WARNING, "deadline-in-window", Sentences.parts("actor2", o.actor(),
                            "do2", does(o.action(), o.matter(), null), "dates", String.join("|", dates),
                            "actors", String.join("|", actors), "do", does(w.action(), w.matter(), oneScope ? w.scope() : null),
                            "clause", w.clauseId(), "clause2", o.clauseId()),
                    actors, List.of(w.matter(), o.matter()), List.of(w.clauseId(), o.clauseId()));
        });
    }

    /** The days of {@code within} that none of {@code covered} holds, on {@code asOf} only when given. */
    private List<Validity> gaps(Validity within, List<Validity> covered) {
        List<Validity> sorted = covered.stream().filter(v -> v.overlaps(within)).sorted(Comparator.comparing(Validity::from)).toList();
        List<Validity> gaps = new ArrayList<>();
        LocalDate next = within.from();
        for (Validity v : sorted) {
            if (v.from().isAfter(next)) {
                gaps.add(new Validity(next, v.from().minusDays(1), within.basis()));
            }
            if (!v.to().isBefore(next)) {
                next = v.to().plusDays(1);
            }
        }
        if (!next.isAfter(within.to())) {
            gaps.add(new Validity(next, within.to(), within.basis()));
        }
        return gaps.stream().filter(this::applies).toList();
    }

    /**
     * The days a scope is one: a partner while it is in, a focus area while it exists (so that a focus area that starts
     * within the period needs an approver or a home only from then), no scope for the period.
     */
    private Validity within(String scope) {
        Agreement agreement = snapshot.agreement();
        for (dk.kulturmetropol.model.Partner p : agreement.partners()) {
            if (p.id().equals(scope)) {
                return p.membershipWithin(period);
            }
        }
        for (dk.kulturmetropol.model.FocusArea f : agreement.focusAreas()) {
            if (f.id().equals(scope)) {
                return f.existenceWithin(period);
            }
        }
        return period;
    }

    private boolean applies(Validity v) {
        return asOf == null || v.contains(asOf);
    }

    /** What a duty's bearer does, as a message part: {@code action|matter|scope}. */
    private static String does(String action, String matter, String scope) {
        return action + "|" + matter + "|" + (scope == null ? "" : scope);
    }

    private static List<String> clauseIdsOf(List<Duty> duties) {
        return duties.stream().map(Duty::clauseId).distinct().toList();
    }

    private void add(Severity severity, String code, Map<String, String> parts, List<String> actors, List<String> matters, List<String> clauseIds) {
        add(severity, code, code, parts, actors, matters, clauseIds);
    }

    /** A finding whose message is the words' {@code finding.KEY}, written with ids. */
    private void add(Severity severity, String code, String key, Map<String, String> parts, List<String> actors, List<String> matters,
                     List<String> clauseIds) {
        List<Clause> clauses = clauseIds.stream().distinct().map(snapshot::clause).toList();
        Map<String, String> withKey = new java.util.LinkedHashMap<>(parts);
        if (!key.equals(code)) {
            withKey.put("key", key);
        }
        findings.add(new Finding(severity, code, Sentences.english().message("finding." + key, parts, true), actors, matters, clauses, withKey));
    }



    static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
