package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Sentences;

/**
 * The organisation of an agreement on a day, as plain data: its bodies, posts, named holders, focus areas and
 * municipalities ({@link Node}), and what joins them ({@link Edge}), each edge from one fact the rules derive (a seat, a
 * post holding, a focus area's home, a reporting line, a placement, or a duty that leads, elects, hires, appoints,
 * proposes to or reports to a body or post), with the clause it rests on. Node ids are the vocabulary's ids: a focus
 * area by its id ({@code music}), a municipality by its partner id ({@code roskilde}), bodies and posts by theirs
 * ({@code political-steering-group}, {@code project-chief:music}). Nothing in it is drawn: a writer chooses the notation.
 *
 * <pre>{@code
 * OrgChart chart = Governance.kulturmetropolen().orgChart(Criteria.any().asOf(LocalDate.of(2022, 6, 1)), Language.EN);
 * chart.edges().stream().filter(e -> e.kind().equals("home")).map(e -> e.from() + " -> " + e.to()).toList();
 *     // [culture-and-health -> ishoej, music -> roskilde, youth -> albertslund]
 * }</pre>
 *
 * @param asOf     the day drawn; {@code null} for the whole period
 * @param language the language of the labels
 * @param nodes    the nodes, by kind (bodies, posts, holders, other actors, focus areas, municipalities), then by id
 * @param edges    the edges, in the order of the facts they come from
 */
public record OrgChart(LocalDate asOf, Language language, List<Node> nodes, List<Edge> edges) {

    /**
     * Checks the language and copies the lists.
     *
     * @param asOf     the day drawn, or {@code null}
     * @param language the language of the labels
     * @param nodes    the nodes; copied
     * @param edges    the edges; copied
     * @throws NullPointerException when {@code language} or a list is null
     */
    public OrgChart {
        Objects.requireNonNull(language, "language");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A box of the chart.
     *
     * @param id    the vocabulary's id: {@code kmk}, {@code political-chair}, {@code culture-committee-chair:ishoej},
     *              {@code music}, {@code roskilde}
     * @param kind  {@code body}, {@code post}, {@code holder} (who the agreement names to a post), {@code actor} (another
     *              actor an edge reaches: the secretariat, the ministry), {@code focus-area} or {@code municipality}
     * @param label what the box says, in the chart's language; a second line, after a newline, says who the body's
     *              members are where they are one of each partner municipality
     */
    public record Node(String id, String kind, String label) {
        /**
         * Checks that every part is given.
         *
         * @param id    the vocabulary's id
         * @param kind  the kind of box
         * @param label what the box says
         * @throws NullPointerException when a part is null
         */
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A line between two boxes, from one fact.
     *
     * @param from     who the fact is about: the member of a seat, the holder of a post, the focus area of a home, the
     *                 one who reports, the actor placed, the bearer of a duty
     * @param to       the body, post, home municipality, recipient of the line or report, host, or the body or post the
     *                 duty is about
     * @param kind     {@code sits-in}, {@code may-sit-in}, {@code holds}, {@code home}, {@code reports-to},
     *                 {@code placed-in}, {@code leads}, {@code responsible-for}, {@code elects}, {@code hires},
     *                 {@code appoints}, {@code proposes-to} or {@code reports-on-to}
     * @param clauseId the clause of the fact
     * @param rule     the rule that derived the fact
     * @param up       whether {@code to} stands above {@code from} in the chart (a body above its members, a post above
     *                 its holder, the one reported to above the one reporting); else {@code from} stands above
     * @param label    what the line says, in the chart's language
     */
    public record Edge(String from, String to, String kind, String clauseId, String rule, boolean up, String label) {
        /**
         * Checks that every part but {@code up} is given.
         *
         * @param from     who the fact is about
         * @param to       the other end
         * @param kind     the kind of line
         * @param clauseId the clause of the fact
         * @param rule     the rule that derived the fact
         * @param up       whether {@code to} stands above {@code from}
         * @param label    what the line says
         * @throws NullPointerException when a part is null
         */
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(clauseId, "clauseId");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(label, "label");
        }

        /**
         * The node drawn above the other.
         *
         * @return {@code to} when {@code up}, else {@code from}
         */
        public String upper() {
            return up ? to : from;
        }

        /**
         * The node drawn below the other.
         *
         * @return {@code from} when {@code up}, else {@code to}
         */
        public String lower() {
            return up ? from : to;
        }

        /**
         * Whether the fact is a possibility (a seat a partner may fill) rather than a duty.
         *
         * @return true for {@code may-sit-in} (the command line draws it dashed)
         */
        public boolean may() {
            return kind.equals("may-sit-in");
        }
    }

    /**
     * The node with {@code id}, if the chart has it.
     *
     * @param id the node's id, e.g. {@code music}
     * @return the node, or empty
     */
    public java.util.Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Duty actions that make a line of the chart, with the kind of line and whether the duty's matter stands above. */
    private static final Map<String, String> DUTY_KINDS = Map.of("lead", "leads", "elect", "elects", "hire", "hires",
            "appoint", "appoints", "propose", "proposes-to", "report", "reports-on-to");
    private static final List<String> DUTY_ORDER = List.of("leads", "elects", "hires", "appoints", "proposes-to", "reports-on-to",
            "responsible-for");
    private static final Set<String> UPWARD_DUTIES = Set.of("leads", "proposes-to", "reports-on-to");
    private static final List<String> KIND_ORDER = List.of("body", "post", "holder", "actor", "focus-area", "municipality");

    /**
     * The chart of {@code g} on {@code asOf} (the whole period when {@code null}), labelled in {@code language}.
     *
     * @throws IllegalArgumentException when {@code asOf} is outside the agreement period
     */
    static OrgChart of(Governance g, LocalDate asOf, Language language) {
        Criteria on = Criteria.any().asOf(asOf);
        Agreement agreement = g.agreement();
        if (asOf != null && !agreement.period().contains(asOf)) {
            throw new IllegalArgumentException("the chart is asked for " + asOf + ", outside the agreement period "
                    + agreement.from() + " to " + agreement.to() + "; give a date within it");
        }
        Sentences words = Sentences.of(g.labels(language));
        Map<String, String> kinds = new LinkedHashMap<>();
        Set<String> partners = new HashSet<>();
        for (Partner p : agreement.partners()) {
            if (asOf == null || ((p.joined() == null || !asOf.isBefore(p.joined())) && (p.left() == null || !asOf.isAfter(p.left())))) {
                partners.add(p.id());
            }
        }
        Set<String> areas = new HashSet<>();
        for (FocusArea f : agreement.focusAreas()) {
            if (asOf == null || ((f.from() == null || !asOf.isBefore(f.from())) && (f.to() == null || !asOf.isAfter(f.to())))) {
                areas.add(f.id());
            }
        }
        g.accepted("body").forEach(b -> kinds.put(b, "body"));
        for (String post : g.accepted("post")) {
            ActorRef p = ActorRef.parse(post);
            if (p.scope() == null || areas.contains(p.scope()) && !p.role().equals("home-municipality")) {
                kinds.put(post, "post");
            }
        }
        areas.forEach(a -> kinds.put(a, "focus-area"));
        partners.forEach(p -> kinds.put(p, "municipality"));

        List<Edge> edges = new ArrayList<>();
        // post holdings: a named holder becomes a node; a focus area's home joins the area to its municipality
        for (String post : g.accepted("post")) {
            for (Row<PostHolding> row : g.holders(post, on).rows()) {
                PostHolding h = row.fact();
                ActorRef p = ActorRef.parse(h.post());
                if (p.role().equals("home-municipality") && areas.contains(p.scope()) && partners.contains(h.holder())) {
                    edges.add(edge(p.scope(), h.holder(), "home", h.clauseId(), h.rule(), false, words));
                } else if (kinds.containsKey(post) && !h.holder().equals(p.scope())) {
                    String holder = node(h.holder(), kinds);
                    if (holder == null) {
                        holder = h.holder();
                        kinds.put(holder, "holder");
                    }
                    edges.add(edge(holder, post, "holds", h.clauseId(), h.rule(), true, words));
                }
            }
        }
        // whoever answers directly to a body or post for a partner becomes a node too (an actor the edge reaches): each home
        // municipality's culture chief answers to KMK for the home municipality's duties (home.tasks-5), not Ishøj's alone
        for (String to : List.copyOf(kinds.keySet())) {
            if (!"body".equals(kinds.get(to)) && !"post".equals(kinds.get(to)) || !g.accepted("actor").contains(to)) {
                continue;
            }
            for (Row<ReportingLine> row : g.reportingTo(to, on).rows()) {
                ReportingLine l = row.fact();
                ActorRef from = ActorRef.parse(l.from());
                if (l.isDirect() && l.to().equals(to) && from.scope() != null && partners.contains(from.scope())
                        && node(l.from(), kinds) == null) {
                    kinds.put(l.from(), "actor");
                }
            }
        }
        // seats: a member that is a node, or a partner municipality; members one of each partner go in the body's label, and
        // then none of them gets a line of their own: the label says every partner's, a line to three of them would say three
        // (kmk.who, psg.who make every partner's culture chief and committee chair a member, not only the ones drawn for a post)
        Map<String, List<String>> eachPartner = new TreeMap<>();
        for (String body : g.accepted("body")) {
            List<Seat> seats = g.members(body, on).rows().stream().map(Row::fact).toList();
            Map<String, Set<String>> scopesByRole = new LinkedHashMap<>();
            for (Seat s : seats) {
                String member = node(s.member(), kinds);
                ActorRef m = s.member() == null ? null : ActorRef.parse(s.member());
                if ((member == null || "holder".equals(kinds.get(member)) || "actor".equals(kinds.get(member))) && m != null && m.scope() != null
                        && partners.contains(m.scope())) {
                    scopesByRole.computeIfAbsent(roleKey(s, m), k -> new HashSet<>()).add(m.scope());
                }
            }
            Set<String> labelled = new HashSet<>();
            scopesByRole.forEach((key, scopes) -> {
                if (scopes.equals(partners)) {
                    labelled.add(key);
                    String role = key.substring(key.indexOf(' ') + 1);
                    eachPartner.computeIfAbsent(body, b -> new ArrayList<>()).add(words.phrase(
                            key.startsWith("MAY") ? "chart.may-each-partner" : "chart.each-partner", "role", words.labels().label("actor", role)));
                }
            });
            for (Seat s : seats) {
                String member = node(s.member(), kinds);
                String kind = s.modality() == Modality.MAY ? "may-sit-in" : "sits-in";
                if (member != null && "municipality".equals(kinds.get(member))) {
                    // a municipality is a partner in the body, not a person sitting in it
                    edges.add(new Edge(member, body, kind, s.clauseId(), s.rule(), true,
                            words.phrase(kind.equals("sits-in") ? "chart.partner-in" : "chart.may-be-partner-in")));
                } else if (member != null && !labelled.contains(roleKey(s, ActorRef.parse(s.member())))) {
                    edges.add(edge(member, body, kind, s.clauseId(), s.rule(), true, words));
                }
            }
        }
        // placements, then reporting lines between nodes
        for (String actor : g.accepted("actor")) {
            for (Row<Placement> row : g.where(actor, on).rows()) {
                Placement p = row.fact();
                String from = node(p.actor(), kinds);
                if (from == null && !p.actor().contains(":")) {
                    from = p.actor();
                    kinds.put(from, "actor");
                }
                if (from != null && partners.contains(p.host())) {
                    edges.add(edge(from, p.host(), "placed-in", p.clauseId(), p.rule(), false, words));
                }
            }
        }
        Set<String> actors = g.accepted("actor");
        for (String actor : List.copyOf(kinds.keySet())) {
            if (!actors.contains(actor)) {
                continue;
            }
            for (Row<ReportingLine> row : g.reports(actor, on).rows()) {
                ReportingLine l = row.fact();
                String to = node(l.to(), kinds);
                if (l.isDirect() && l.from().equals(actor) && to != null) {
                    String label = l.about().equals(ReportingLine.GENERAL) ? words.phrase("chart.reports-to")
                            : words.phrase("chart.reports-to-about", "subject", words.labels().label("subject", l.about()));
                    edges.add(new Edge(actor, to, "reports-to", l.clauseId(), l.rule(), true, label));
                }
            }
        }
        // duties that lead, elect, hire, appoint, propose or report to a body or post: where no other fact joins the two
        List<Edge> byDuty = new ArrayList<>();
        for (String actor : List.copyOf(kinds.keySet())) {
            if (!actors.contains(actor) || kinds.get(actor).equals("municipality") || kinds.get(actor).equals("focus-area")) {
                continue;
            }
            for (Row<Duty> row : g.duties(actor, on).rows()) {
                Duty d = row.fact();
                String kind = (d.action().equals("oversee") || d.action().equals("ensure")) && d.matter().equals("focus-area") ? "responsible-for" : DUTY_KINDS.get(d.action());
                if (!row.through().isEmpty() || !d.actor().equals(actor) || kind == null || d.modality() != Modality.MUST) {
                    continue;
                }
                List<String> targets = new ArrayList<>();
                if (kind.equals("proposes-to") || kind.equals("reports-on-to")) {
                    targets.addAll(d.recipients());
                } else if (d.matter().equals("focus-area")) {
                    targets.add(d.scope());
                } else {
                    targets.add(d.scope() == null || kinds.containsKey(d.matter()) ? d.matter() : d.matter() + ":" + d.scope());
                }
                for (String target : targets) {
                    if (target == null || target.equals(actor) || !ActorRef.isId(target.replace(':', '-'))) {
                        continue;
                    }
                    if (!kinds.containsKey(target) && isReachedOnlyByDuty(target, g)) {
                        kinds.put(target, "actor");
                    }
                    if (kinds.containsKey(target)) {
                        byDuty.add(edge(actor, target, kind, d.clauseId(), d.rule(), UPWARD_DUTIES.contains(kind), words));
                    }
                }
            }
        }
        // one line between two boxes: a fact of another kind first, then the duty that comes first in DUTY_ORDER
        byDuty.sort(java.util.Comparator.comparing((Edge e) -> DUTY_ORDER.indexOf(e.kind())));
        for (Edge e : byDuty) {
            if (edges.stream().noneMatch(other -> joins(other, e.from(), e.to()))) {
                edges.add(e);
            }
        }

        List<Node> nodes = new ArrayList<>();
        kinds.forEach((id, kind) -> {
            String label = switch (kind) {
                case "focus-area", "municipality" -> words.labels().label("scope", id);
                // a post the text creates more than once says so, in the text's words: "to politiske næstformænd" (vice.who-1)
                case "post" -> words.words("chart.post." + id).orElse(words.labels().label("actor", id));
                default -> words.labels().label("actor", id);
            };
            List<String> members = eachPartner.get(id);
            nodes.add(new Node(id, kind, members == null ? label : label + "\n" + String.join("\n", members)));
        });
        nodes.sort(java.util.Comparator.comparing((Node n) -> KIND_ORDER.indexOf(n.kind())).thenComparing(Node::id));
        return new OrgChart(asOf, language, nodes, edges);
    }

    /** The role a seat gives, with its modality: {@code MUST culture-chief}. */
    private static String roleKey(Seat s, ActorRef member) {
        return s.modality().name() + " " + member.role();
    }

    /** An actor the vocabulary knows unscoped (the ministry), which no body, post or area stands for. */
    private static boolean isReachedOnlyByDuty(String id, Governance g) {
        return !id.contains(":") && g.accepted("actor").contains(id);
    }

    private static boolean joins(Edge e, String a, String b) {
        return e.from().equals(a) && e.to().equals(b) || e.from().equals(b) && e.to().equals(a);
    }

    /** The node standing for {@code actor}: itself, or the municipality a partner-municipality role names; else null. */
    private static String node(String id, Map<String, String> kinds) {
        if (id == null) {
            return null;
        }
        if (kinds.containsKey(id)) {
            return id;
        }
        ActorRef actor = ActorRef.parse(id);
        if (actor.role().equals("partner-municipality") && "municipality".equals(kinds.get(actor.scope()))) {
            return actor.scope();
        }
        return null;
    }

    private static Edge edge(String from, String to, String kind, String clauseId, String rule, boolean up, Sentences words) {
        return new Edge(from, to, kind, clauseId, rule, up, words.phrase("chart." + kind));
    }
}
