package dk.kulturmetropol.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.rules.internal.TextOrder;

/**
 * A RACI matrix read from the rules, as plain data: a row per matter (and scope), a column per role that bears or
 * receives anything, each cell the role's part with its modality and every clause it rests on. A role that exists once
 * per partner or focus area is one column ({@code project-chief}, {@code partner-municipality}); the scope is in the
 * row. The letters come from the actions the rules state and the sentences they rest on: A is accountable, that is
 * approves or answers for the matter (approve, decide, decide-on-behalf, elect, appoint, hire, ensure, oversee,
 * answer-for), or the sentence says the actor has the responsibility for it (ansvar, ansvaret, ansvarlig: "Det er
 * projektchefens ansvar at: • ...", each item of such a list too), R A where it also does it; whoever acts together with
 * an accountable actor does it (R); a standing is A, not a power (the steering group, Kulturmetropolens øverste
 * besluttende myndighed, may decide on Kulturmetropolen as a whole); C is consulted, that is gives advice (advise), or is
 * the one an actor may seek advice from (consult: the actor receives it, I); I is informed (be-informed, and whoever a
 * duty to deliver or report goes to); R does it (every other action). A part is the letter alone for a duty (must), with {@code ?} for a power (may), with {@code ~}
 * for a recommendation (should). Rows are grouped by the section of the text their first clause is in, the sections
 * in the text's order. Nothing in it is written out: a writer chooses the notation and the order a reader looks in.
 *
 * <pre>{@code
 * Raci raci = Governance.kulturmetropolen().raci(Criteria.any());
 * Raci.Row plan = raci.row("annual-plan", "music").orElseThrow();
 * plan.cells().get("kmk").parts();      // [A, I]
 * plan.cells().get("kmk").clauseIds();  // [kmk.tasks-5, chief.duty-6]
 * plan.hasAccountable();                // true
 * }</pre>
 *
 * @param roles    the columns: every role with a cell, by id
 * @param sections the rows, grouped by section, the sections in the text's order
 * @param clauses  every clause a cell rests on, in the text's order (a pack's after the text's, by id)
 */
public record Raci(List<String> roles, List<Section> sections, List<Clause> clauses) {

    public Raci {
        roles = List.copyOf(roles);
        sections = List.copyOf(sections);
        clauses = List.copyOf(clauses);
    }

    /** Actions that make their bearer accountable: it approves or answers for the matter. */
    public static final Set<String> ACCOUNTABLE = Set.of("approve", "decide", "decide-on-behalf", "elect", "appoint", "hire", "ensure",
            "oversee", "answer-for");
    /** Actions that make their bearer consulted: it gives advice. */
    public static final Set<String> CONSULTED = Set.of("advise");
    /** Actions whose bearer seeks advice: it receives it (I), those it goes to give it (C). */
    public static final Set<String> CONSULTING = Set.of("consult");
    /** Actions that make their bearer informed. */
    public static final Set<String> INFORMED = Set.of("be-informed");
    /** Actions whose recipients are helped or advised, not informed: they get no I for it. */
    public static final Set<String> NOT_INFORMING = Set.of("advise", "consult", "support");

    /**
     * A section of the text and its rows.
     *
     * @param heading the section's heading, as the text (or a pack) gives it
     * @param rows    its rows, by matter and scope id
     */
    public record Section(String heading, List<Row> rows) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            rows = List.copyOf(rows);
        }
    }

    /**
     * A row: a matter, and its scope where it has one.
     *
     * @param matter the matter's id ({@code annual-plan})
     * @param scope  the scope's id ({@code music}), or {@code null}
     * @param cells   the cells, by role id; a role without a part has none
     * @param actions the ids of the actions the rules state on it, sorted ({@code [advise, support]})
     */
    public record Row(String matter, String scope, Map<String, Cell> cells, Set<String> actions) {
        public Row {
            Objects.requireNonNull(matter, "matter");
            cells = Collections.unmodifiableMap(new TreeMap<>(cells));
            actions = Collections.unmodifiableSet(new TreeSet<>(actions));
        }

        /** Whether some role is accountable (A, A? or A~) for it; a row without is one where the text does not say who answers for it. */
        public boolean hasAccountable() {
            return cells.values().stream().anyMatch(c -> c.parts().stream().anyMatch(p -> p.startsWith("A")));
        }
    }

    /**
     * A role's part in a row.
     *
     * @param parts     the letters with their modality ({@code A}, {@code R?}, {@code I~}), in the order RACI names them
     * @param clauseIds every clause the part rests on, in the order the rules state them
     */
    public record Cell(List<String> parts, List<String> clauseIds) {
        public Cell {
            parts = parts.stream().distinct().sorted(Comparator.comparing((String p) -> "RACI".indexOf(p.charAt(0)))
                    .thenComparing(Comparator.naturalOrder())).toList();
            clauseIds = List.copyOf(new LinkedHashSet<>(clauseIds));
            if (parts.isEmpty() || clauseIds.isEmpty()) {
                throw new IllegalArgumentException("a RACI cell has a part and a clause; found " + parts + " and " + clauseIds);
            }
        }

        /** The letters as a cell shows them: {@code A I}. */
        public String letters() {
            return String.join(" ", parts);
        }
    }

    /** The row of {@code matter} and {@code scope} ({@code null} for none), if the matrix has it. */
    public java.util.Optional<Row> row(String matter, String scope) {
        return sections.stream().flatMap(s -> s.rows().stream())
                .filter(r -> r.matter().equals(matter) && Objects.equals(r.scope(), scope)).findFirst();
    }

    // ---------------------------------------------------------------------------------------------- building it

    /** A row's key, ordered as its ids read: the matter, then the scope (none first). */
    private record Key(String matter, String scope) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::matter)
                .thenComparing(Key::scope, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    static Raci of(Governance g, Criteria criteria) {
        Set<String> partners = new HashSet<>(g.agreement().partnerIds());
        Set<String> bodies = g.accepted("body");
        TextOrder order = TextOrder.of(g.clauses());
        Set<String> responsibility = responsibilityClauses(g.clauses(), order);
        Map<Key, Map<String, List<List<String>>>> cells = new TreeMap<>();
        Map<Key, Set<String>> actions = new TreeMap<>();
        Set<String> roles = new TreeSet<>();
        Map<String, Clause> clauses = new TreeMap<>();
        for (String action : g.accepted("action")) {
            for (String matter : g.accepted("matter")) {
                for (dk.kulturmetropol.rules.Row<Duty> row : g.who(action, matter, criteria).rows()) {
                    Duty d = row.fact();
                    Key key = new Key(d.matter(), d.scope());
                    actions.computeIfAbsent(key, k -> new TreeSet<>()).add(action);
                    boolean standing = isStanding(d, bodies);
                    String modality = standing ? "" : d.modality() == Modality.MAY ? "?" : d.modality() == Modality.SHOULD ? "~" : "";
                    boolean answers = ACCOUNTABLE.contains(action) || standing;
                    boolean responsible = responsibility.contains(d.clauseId()) && !INFORMED.contains(action);
                    // the actor: A where it approves or answers for the matter, or the sentence says it has the
                    // responsibility for it; R as well where it also does it
                    List<String> own = new ArrayList<>();
                    if (CONSULTING.contains(action) || INFORMED.contains(action)) {
                        own.add("I" + modality);
                    } else if (CONSULTED.contains(action)) {
                        own.add("C" + modality);
                    } else if (!answers) {
                        own.add("R" + modality);
                    }
                    if (answers || responsible) {
                        own.add("A" + modality);
                    }
                    own.forEach(part -> add(cells, roles, key, role(d.actor(), partners), part, d.clauseId()));
                    // who acts together with the actor does it with it; the one the sentence names first answers for it
                    String joint = (answers || responsible ? "R" : own.get(0).substring(0, 1)) + modality;
                    for (String a : d.jointlyWith()) {
                        add(cells, roles, key, role(a, partners), joint, d.clauseId());
                    }
                    // whom the actor may seek advice from gives it (C); whom it advises or supports gets no letter for it
                    List<String> to = CONSULTING.contains(action) || !NOT_INFORMING.contains(action) ? d.recipients() : List.of();
                    for (String r : to) {
                        add(cells, roles, key, recipientRole(r, partners), CONSULTING.contains(action) ? "C" + modality : "I", d.clauseId());
                    }
                    clauses.put(d.clauseId(), row.clause());
                }
            }
        }
        Map<String, List<Row>> bySection = new TreeMap<>(order.sections());
        cells.forEach((key, parts) -> {
            Map<String, Cell> built = new LinkedHashMap<>();
            parts.forEach((role, p) -> built.put(role, new Cell(p.get(0), p.get(1))));
            String first = parts.values().stream().flatMap(p -> p.get(1).stream()).min(order.clauses()).orElseThrow();
            bySection.computeIfAbsent(clauses.get(first).section(), k -> new ArrayList<>()).add(new Row(key.matter(), key.scope(), built, actions.get(key)));
        });
        List<Section> sections = new ArrayList<>();
        bySection.forEach((heading, rows) -> sections.add(new Section(heading, rows)));
        return new Raci(List.copyOf(roles), sections,
                clauses.values().stream().sorted(Comparator.comparing(Clause::id, order.clauses())).toList());
    }

    private static void add(Map<Key, Map<String, List<List<String>>>> cells, Set<String> roles, Key row, String role, String part, String clauseId) {
        roles.add(role);
        List<List<String>> cell = cells.computeIfAbsent(row, k -> new LinkedHashMap<>())
                .computeIfAbsent(role, k -> List.of(new ArrayList<>(), new ArrayList<>()));
        if (!cell.get(0).contains(part)) {
            cell.get(0).add(part);
        }
        if (!cell.get(1).contains(clauseId)) {
            cell.get(1).add(clauseId);
        }
    }

    /**
     * The clauses that say who has the responsibility (ansvar, ansvaret, ansvarlig, budgetansvar) for what they state, or
     * who has committed itself to it ("Ishøj Kommune har forpligtiget sig til at huse ..."):
     * those whose sentence uses the word, and the items of a list whose lead-in uses it ("Det er projektchefens ansvar
     * at: • ..."), an item being a sentence that starts in lower case and continues the list of the sentence before it.
     */
    static Set<String> responsibilityClauses(Map<String, Clause> clauses, TextOrder order) {
        Set<String> out = new TreeSet<>();
        boolean leadSaysResponsibility = false;
        for (String id : clauses.keySet().stream().sorted(order.clauses()).toList()) {
            String quote = clauses.get(id).quote();
            boolean item = Character.isLowerCase(quote.codePointAt(0));
            boolean says = RESPONSIBILITY.matcher(quote).find();
            if (!item) {
                leadSaysResponsibility = says && quote.contains(":");
            }
            if (says || item && leadSaysResponsibility) {
                out.add(id);
            }
        }
        return out;
    }

    /** The words the text uses when it says who has the responsibility for something, or has committed itself to it ("har forpligtiget sig til"). */
    private static final java.util.regex.Pattern RESPONSIBILITY = java.util.regex.Pattern.compile("ansvar|forpligtige?t sig", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether a fact states a standing rather than a power: the actor may decide on a body as a whole (the steering
     * group is the highest deciding authority of Kulturmetropolen), which makes it the one who answers for that body.
     */
    private static boolean isStanding(Duty d, Set<String> bodies) {
        return "decide".equals(d.action()) && bodies.contains(d.matter()) && d.condition() == null;
    }

    /**
     * The column of a recipient: as {@link #role}, and the partners together ({@code kulturmetropolen}: the secretariat is
     * at "partnerne"'s disposal) in the partner column, as each partner is.
     */
    private static String recipientRole(String actor, Set<String> partners) {
        return "kulturmetropolen".equals(actor) ? "partner-municipality" : role(actor, partners);
    }

    /** The column of an actor: its role where it has a scope, a partner as the partner role, else itself. */
    private static String role(String actor, Set<String> partners) {
        ActorRef a = ActorRef.parse(actor);
        return a.scope() != null ? a.role() : partners.contains(actor) ? "partner-municipality" : actor;
    }
}
