package dk.kulturmetropol.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
 * besluttende myndighed, may decide on Kulturmetropolen as a whole); C is consulted, that is gives advice or assistance
 * (advise, support: a responsibility to help another gives no A), or is the one an actor may seek advice from (consult:
 * the actor receives it, I); I is informed (be-informed, and whoever a duty to deliver or report goes to, unless it
 * answers for the matter or does it); R does it (every other action). Where the text gives several roles a
 * responsibility for one matter, A stands only at the highest {@link Level} and the others are R, the row naming every
 * layer ({@link Row#layers()}); the overall responsibility for a focus area covers what the same role does for it (KMK
 * follows its progress). A part is the letter alone for a duty (must), with {@code ?} for a power (may), with {@code ~}
 * for a recommendation (should); a duty holds a power of the same letter. Where every partner's row of a matter reads
 * the same, one row stands for them all (scope {@link #EACH_PARTNER}), and likewise every focus area's ({@link #EACH_AREA}).
 * Who chooses the members of a body or the holder of a post ({@link #CHOOSING}: "Bestyrelsen vælges af KMK") answers
 * for the choice, not for what the chosen do: the choice has a row of its own, apart from the leading of the body and
 * its meetings, which then shows that the text gives no one to answer for those. Rows are grouped by the section of the text
 * their first clause is in, the sections in the text's order. Nothing in it is written out: a writer chooses the
 * notation and the order a reader looks in.
 *
 * <pre>{@code
 * Raci raci = Governance.kulturmetropolen().raci(Criteria.any());
 * Raci.Row plan = raci.row("annual-plan", Raci.EACH_AREA).orElseThrow(); // alike for every focus area
 * plan.cells().get("kmk").parts();            // [A]: "KMK godkender ... årsplan"
 * plan.cells().get("kmk").clauseIds();        // [kmk.tasks-5, chief.duty-6]
 * plan.cells().get("project-chief").parts();  // [R]: it submits the plan KMK approves
 * plan.layers();                              // [Layer[kmk, DECIDES, ...], Layer[project-chief, RESPONSIBLE, ...]]
 * raci.row("local-anchoring", Raci.EACH_PARTNER).isPresent(); // true
 * }</pre>
 *
 * @param roles    the columns: every role with a cell, by id
 * @param sections the rows, grouped by section, the sections in the text's order
 * @param clauses  every clause a cell rests on, in the text's order (a pack's after the text's, by id)
 */
public record Raci(List<String> roles, List<Section> sections, List<Clause> clauses) {

    /**
     * Copies the lists.
     *
     * @param roles    the columns; copied
     * @param sections the rows by section; copied
     * @param clauses  the clauses the cells rest on; copied
     * @throws NullPointerException when a list is null
     */
    public Raci {
        roles = List.copyOf(roles);
        sections = List.copyOf(sections);
        clauses = List.copyOf(clauses);
    }

    /** Actions that make their bearer accountable: it approves or answers for the matter. */
    public static final Set<String> ACCOUNTABLE = Set.of("approve", "decide", "decide-on-behalf", "elect", "appoint", "hire", "ensure",
            "oversee", "answer-for");
    /**
     * Actions that choose who sits in a body or holds a post ("Bestyrelsen vælges af KMK"): the chooser answers for the
     * choice, not for what the chosen do, so a matter's row is split where others lead it or meet in it.
     */
    public static final Set<String> CHOOSING = Set.of("elect", "appoint", "hire");
    /** Accountable actions that decide the matter ("godkender", "vælges af", "ansættes af"): the first layer of accountability. */
    public static final Set<String> DECIDING = Set.of("approve", "decide", "decide-on-behalf", "elect", "appoint", "hire");
    /** Actions that make their bearer consulted: it gives advice or assistance (rådgive, støtte, understøtte, bistå). */
    public static final Set<String> CONSULTED = Set.of("advise", "support");
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
        /**
         * Checks the heading and copies the rows.
         *
         * @param heading the section's heading
         * @param rows    its rows; copied
         * @throws NullPointerException when {@code heading} or {@code rows} is null
         */
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
     * @param layers  where the text gives more than one role a responsibility for the matter, each of them, the highest
     *                layer first (the one whose cell shows A); empty where at most one role has it
     * @param readings the readings beyond the plain sentence that a cell rests on (who the text means by its words), each
     *                 with its column and clause; empty where every cell rests on the plain sentence
     * @param basis   where the text makes several roles accountable for the matter, each in a sentence of its own ("KMK skal
     *                sikre lokal opbakning til og forankring af den regionale indsats", "Den politiske styregruppe ... sikrer
     *                lokal opbakning til og forankring af Kulturmetropolen"), the matter has a row per sentence, one A in
     *                each: the clauses of this one; else empty
     */
    public record Row(String matter, String scope, Map<String, Cell> cells, Set<String> actions, List<Layer> layers,
            List<Reading> readings, List<String> basis) {
        /**
         * Checks the matter; copies the cells sorted by role id, the actions sorted, the layers, readings and basis.
         *
         * @param matter   the matter's id
         * @param scope    the scope's id, or {@code null}
         * @param cells    the cells by role id; copied
         * @param actions  the action ids; copied
         * @param layers   the layers, highest first; copied
         * @param readings the readings the cells rest on; copied
         * @param basis    the clauses of a row that is one of a matter's rows per sentence; copied
         * @throws NullPointerException when {@code matter} or a collection is null
         */
        public Row {
            Objects.requireNonNull(matter, "matter");
            cells = Collections.unmodifiableMap(new TreeMap<>(cells));
            actions = Collections.unmodifiableSet(new TreeSet<>(actions));
            layers = List.copyOf(layers);
            readings = List.copyOf(readings);
            basis = List.copyOf(basis);
        }

        /**
         * A row that rests on the plain sentences and is the matter's only row.
         *
         * @param matter  the matter's id
         * @param scope   the scope's id, or {@code null}
         * @param cells   the cells by role id; copied
         * @param actions the action ids; copied
         * @param layers  the layers, highest first; copied
         */
        public Row(String matter, String scope, Map<String, Cell> cells, Set<String> actions, List<Layer> layers) {
            this(matter, scope, cells, actions, layers, List.of(), List.of());
        }

        /**
         * Whether more than one role is accountable (A) in the row: the text makes them answer for the matter together, in
         * the same sentences ("sammen med sekretariatet", "sammen med hjemkommunen"), so the row is a shared responsibility
         * (where they answer in sentences of their own, the matter has a row per sentence instead).
         *
         * @return true when two or more cells have a part starting with A
         */
        public boolean sharedAccountability() {
            return cells.values().stream().filter(Cell::accountable).count() > 1;
        }

        /**
         * A row whose responsibility lies with one role at most.
         *
         * @param matter  the matter's id
         * @param scope   the scope's id, or {@code null}
         * @param cells   the cells by role id; copied
         * @param actions the action ids; copied
         */
        public Row(String matter, String scope, Map<String, Cell> cells, Set<String> actions) {
            this(matter, scope, cells, actions, List.of());
        }

        /**
         * Whether some role is accountable (A, A? or A~) for it; a row without is one where the text does not say who answers for it.
         *
         * @return true when a cell has a part starting with A
         */
        public boolean hasAccountable() {
            return cells.values().stream().anyMatch(Cell::accountable);
        }
    }

    /**
     * How the text gives a role a responsibility for a row's matter, highest first: it decides it (approves, decides,
     * elects, appoints, hires: "KMK godkender ..."), it has the overall responsibility for it ("har det overordnede
     * ansvar"), or it has the responsibility for it ("har ansvaret", "er forpligtiget til", "sikre", an item of "Det er
     * projektchefens ansvar at: • ...").
     */
    public enum Level {
        /** Approves, decides, elects, appoints or hires. */
        DECIDES,
        /** Has the overall responsibility ("det overordnede ansvar"). */
        OVERALL,
        /** Has the responsibility, has committed itself, or must ensure. */
        RESPONSIBLE
    }

    /**
     * A reading beyond the plain sentence that a cell rests on: who the text means by its words, where the column names
     * them otherwise ("chef-repræsentanter fra de deltagende kommuners forvaltninger", in the culture chief's column).
     *
     * @param role     the column
     * @param clauseId the clause read
     * @param reading  the reading as the rule states it (in English; {@code Sentences.reading} gives it in Danish)
     */
    public record Reading(String role, String clauseId, String reading) {
        /**
         * Checks that every part is given.
         *
         * @param role     the column
         * @param clauseId the clause read
         * @param reading  the reading
         * @throws NullPointerException when a part is null
         */
        public Reading {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(clauseId, "clauseId");
            Objects.requireNonNull(reading, "reading");
        }
    }

    /**
     * One role's responsibility for a row's matter, where the text gives it to more than one role: A stands in the cell
     * of the highest layer only, and the others do the task under it (R).
     *
     * @param role      the role's column
     * @param level     how the text gives it
     * @param clauseIds the clauses that give it, in the order the rules state them
     */
    public record Layer(String role, Level level, List<String> clauseIds) {
        /**
         * Checks the role and level, and copies the clause ids without repeats.
         *
         * @param role      the role's column
         * @param level     how the text gives it
         * @param clauseIds the clauses that give it; copied, each once
         * @throws NullPointerException when a part is null
         */
        public Layer {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(level, "level");
            clauseIds = List.copyOf(new LinkedHashSet<>(clauseIds));
        }
    }

    /**
     * A role's part in a row.
     *
     * @param parts     the letters with their modality ({@code A}, {@code R?}, {@code I~}), in the order RACI names them
     * @param clauseIds every clause the part rests on, in the order the rules state them
     */
    public record Cell(List<String> parts, List<String> clauseIds) {
        /**
         * Sorts the parts in the order R, A, C, I and copies the clause ids without repeats.
         *
         * @param parts     the letters with their modality; copied, each once, sorted
         * @param clauseIds the clauses the part rests on; copied, each once
         * @throws IllegalArgumentException when there is no part or no clause
         */
        public Cell {
            parts = parts.stream().distinct().sorted(Comparator.comparing((String p) -> "RACI".indexOf(p.charAt(0)))
                    .thenComparing(Comparator.naturalOrder())).toList();
            clauseIds = List.copyOf(new LinkedHashSet<>(clauseIds));
            if (parts.isEmpty() || clauseIds.isEmpty()) {
                throw new IllegalArgumentException("a RACI cell has a part and a clause; found " + parts + " and " + clauseIds);
            }
        }

        /**
         * The letters as a cell shows them: {@code A I}.
         *
         * @return the parts joined by spaces
         */
        public String letters() {
            return String.join(" ", parts);
        }

        /**
         * Whether the role answers for the matter in this cell: an A, plain or with its modality ({@code A}, {@code A?}).
         *
         * @return true when a part starts with A
         */
        public boolean accountable() {
            return parts.stream().anyMatch(p -> p.startsWith("A"));
        }
    }

    /**
     * The row of {@code matter} and {@code scope} ({@code null} for none), if the matrix has it.
     *
     * @param matter the matter's id
     * @param scope  the scope's id, or {@code null} for the row without a scope
     * @return the row, or empty; where the matter has more than one row (a row per sentence, {@link Row#basis()}, or the
     *         choice of a body apart from its work, {@link #CHOOSING}), the first in the matrix
     */
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

    /** A role's part in a row while the matrix is built: its letters, clauses, and how the text makes it accountable. */
    private static final class Draft {
        final List<String> parts = new ArrayList<>();
        final List<String> clauseIds = new ArrayList<>();
        /** The A parts by how the text gives them, each with its clauses. */
        final Map<Level, List<String>> accountable = new java.util.EnumMap<>(Level.class);
        /** The R parts of the role's own duties (not of one it acts together with), with their clauses. */
        final Map<String, List<String>> doing = new LinkedHashMap<>();

        void add(String part, String clauseId) {
            if (!parts.contains(part)) {
                parts.add(part);
            }
            if (!clauseIds.contains(clauseId)) {
                clauseIds.add(clauseId);
            }
        }

        Level highest() {
            return accountable.keySet().stream().min(Comparator.naturalOrder()).orElse(null);
        }
    }

    static Raci of(Governance g, Criteria criteria) {
        Set<String> partners = new HashSet<>(g.agreement().partnerIds());
        Set<String> bodies = g.accepted("body");
        TextOrder order = TextOrder.of(g.clauses());
        Set<String> responsibility = responsibilityClauses(g.clauses(), order);
        Map<Key, Map<String, Draft>> cells = new TreeMap<>();
        // by row, the actions each clause states on its matter: the row's actions are theirs together
        Map<Key, Map<String, Set<String>>> actionsOfClause = new TreeMap<>();
        Map<Key, Set<Reading>> readings = new TreeMap<>();
        Set<String> roles = new TreeSet<>();
        Map<String, Clause> clauses = new TreeMap<>();
        // by clause, the actors it gives a duty in its plain words (no reading beyond the sentence)
        Map<String, Set<String>> plainly = new HashMap<>();
        for (String action : g.accepted("action")) {
            for (String matter : g.accepted("matter")) {
                for (dk.kulturmetropol.rules.Row<Duty> row : g.who(action, matter, criteria).rows()) {
                    if (row.fact().readingIfAny().isEmpty()) {
                        plainly.computeIfAbsent(row.fact().clauseId(), k -> new HashSet<>()).add(row.fact().actor());
                    }
                }
            }
        }
        for (String action : g.accepted("action")) {
            for (String matter : g.accepted("matter")) {
                for (dk.kulturmetropol.rules.Row<Duty> row : g.who(action, matter, criteria).rows()) {
                    Duty d = row.fact();
                    Key key = new Key(d.matter(), d.scope());
                    actionsOfClause.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(d.clauseId(), k -> new TreeSet<>()).add(action);
                    boolean standing = isStanding(d, bodies);
                    String modality = standing ? "" : d.modality() == Modality.MAY ? "?" : d.modality() == Modality.SHOULD ? "~" : "";
                    boolean answers = ACCOUNTABLE.contains(action) || standing;
                    boolean receives = CONSULTING.contains(action) || INFORMED.contains(action);
                    // a responsibility for helping another is no responsibility for the matter: who assists or advises
                    // (the home municipality's finance function "kan sikre den nødvendige bistand til at aflægge års- og
                    // slutregnskab") is C, not A; who is informed is I
                    // nor does a sentence's responsibility pass to an actor it only presupposes a duty of: "ud fra de af
                    // sekretariatet angivne retningslinjer" in the project chief's responsibility makes the secretariat
                    // set them (R), not answer for them; the responsibility is of whom the sentence itself gives a duty
                    // and a responsibility for facilitating a process ("har ansvaret for at facilitere udviklingsprocessen frem
                    // mod den kommende kulturaftale") is one for making it easier for those whose process it is: the
                    // facilitator does it (R) and does not answer for where it leads (no A)
                    boolean responsible = responsibility.contains(d.clauseId()) && !receives && !CONSULTED.contains(action)
                            && plainly.getOrDefault(d.clauseId(), Set.of()).contains(d.actor())
                            && !(action.equals("facilitate") && FACILITATES.matcher(row.clause().quote()).find());
                    String role = role(d.actor(), partners);
                    roles.add(role);
                    d.readingIfAny().ifPresent(r -> readings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(new Reading(role, d.clauseId(), r)));
                    Draft own = cells.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(role, k -> new Draft());
                    String first;
                    if (receives) {
                        first = "I";
                    } else if (CONSULTED.contains(action)) {
                        first = "C";
                    } else if (!answers) {
                        first = "R";
                        own.doing.computeIfAbsent("R" + modality, k -> new ArrayList<>()).add(d.clauseId());
                    } else {
                        first = null;
                    }
                    if (first != null) {
                        own.add(first + modality, d.clauseId());
                    }
                    if (answers || responsible) {
                        own.add("A" + modality, d.clauseId());
                        Level level = DECIDING.contains(action) || standing ? Level.DECIDES
                                : OVERALL.matcher(row.clause().quote()).find() ? Level.OVERALL : Level.RESPONSIBLE;
                        own.accountable.computeIfAbsent(level, k -> new ArrayList<>()).add(d.clauseId());
                    }
                    // who acts together with the actor does it with it; the one the sentence names first answers for it
                    String joint = (answers || responsible || first == null ? "R" : first) + modality;
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
        coverByOverallResponsibility(cells);
        Map<String, List<Row>> bySection = new TreeMap<>(order.sections());
        Map<Row, String> sectionOf = new LinkedHashMap<>();
        cells.forEach((key, drafts) -> {
            List<Layer> layers = layers(drafts);
            Map<String, Cell> built = new LinkedHashMap<>();
            drafts.forEach((role, draft) -> built.put(role, new Cell(readable(draft.parts), draft.clauseIds)));
            List<Reading> read = List.copyOf(readings.getOrDefault(key, Set.of()));
            List<Row> rows = new ArrayList<>();
            Map<String, Set<String>> stated = actionsOfClause.get(key);
            perSentence(new Row(key.matter(), key.scope(), built, actionsOf(stated, stated.keySet()), layers, read, List.of()), order)
                    .forEach(r -> rows.addAll(byChoice(r, stated, order)));
            for (Row row : rows) {
                sectionOf.put(row, clauses.get(firstClause(row, order)).section());
            }
        });
        Set<String> areas = new HashSet<>(g.agreement().focusAreaIds());
        Map<String, String> sectionOfMatter = new HashMap<>();
        sectionOf.forEach((row, section) -> {
            if (partners.contains(row.scope())) {
                sectionOfMatter.putIfAbsent(row.matter() + "|" + EACH_PARTNER, section);
            } else if (areas.contains(row.scope())) {
                sectionOfMatter.putIfAbsent(row.matter() + "|" + EACH_AREA, section);
            }
        });
        for (Row row : onePerScope(onePerScope(sectionOf.keySet(), partners, EACH_PARTNER), areas, EACH_AREA)) {
            // a row for every partner or focus area stands where each one's row stood
            String section = sectionOf.containsKey(row) ? sectionOf.get(row) : sectionOfMatter.get(row.matter() + "|" + row.scope());
            bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(row);
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((heading, rows) -> sections.add(new Section(heading, rows)));
        return new Raci(List.copyOf(roles), sections,
                clauses.values().stream().sorted(Comparator.comparing(Clause::id, order.clauses())).toList());
    }

    /**
     * The scope of a row that stands for every partner municipality alike ("hver partnerkommune"): where each partner's row
     * of a matter has the same cells, the matrix has one row for them all.
     */
    public static final String EACH_PARTNER = "each-partner";

    /**
     * The scope of a row that stands for every focus area alike ("hvert indsatsområde"): where each focus area's row of a
     * matter has the same cells, the matrix has one row for them all.
     */
    public static final String EACH_AREA = "each-area";

    /**
     * The rows with one row per matter where every one of {@code scopes}' rows of it reads the same (same letters, same
     * clauses, same layers), in place of one per scope, its scope {@code each}; a matter whose rows differ between them, or
     * that only some have (Ishøj houses the secretariat), keeps a row per scope.
     */
    private static List<Row> onePerScope(java.util.Collection<Row> rows, Set<String> scopes, String each) {
        Map<String, List<Row>> byMatter = new LinkedHashMap<>();
        rows.stream().filter(r -> scopes.contains(r.scope())).forEach(r -> byMatter.computeIfAbsent(r.matter(), k -> new ArrayList<>()).add(r));
        Set<String> merged = new HashSet<>();
        byMatter.forEach((matter, alike) -> {
            Row first = alike.get(0);
            if (scopes.size() > 1 && alike.size() == scopes.size()
                    && alike.stream().allMatch(r -> r.cells().equals(first.cells()) && r.layers().equals(first.layers())
                            && r.readings().equals(first.readings()) && r.basis().isEmpty())) {
                merged.add(matter);
            }
        });
        List<Row> out = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Row r : rows) {
            if (!scopes.contains(r.scope()) || !merged.contains(r.matter())) {
                out.add(r);
            } else if (written.add(r.matter())) {
                Set<String> actions = new TreeSet<>();
                byMatter.get(r.matter()).forEach(one -> actions.addAll(one.actions()));
                out.add(new Row(r.matter(), each, r.cells(), actions, r.layers(), r.readings(), r.basis()));
            }
        }
        return out;
    }

    /**
     * A row split where the text makes one role choose who sits in a body or holds a post and others lead it or meet
     * in it ("Bestyrelsen vælges af KMK", "Den administrative formand leder den administrative bestyrelse"): the chooser's
     * A is for the choice, so the choice gets a row of its own, and the rest a row that shows whether anyone answers for
     * it. Only where each cell rests wholly on the choosing sentences or wholly on the others; else the row as it is.
     */
    private static List<Row> byChoice(Row row, Map<String, Set<String>> actionsOfClause, TextOrder order) {
        if (!row.basis().isEmpty() || !row.layers().isEmpty() || Collections.disjoint(row.actions(), CHOOSING)
                || CHOOSING.containsAll(row.actions())) {
            return List.of(row);
        }
        Set<String> choosing = new HashSet<>();
        actionsOfClause.forEach((clause, acts) -> {
            if (CHOOSING.containsAll(acts)) {
                choosing.add(clause);
            }
        });
        Map<String, Cell> chosen = new LinkedHashMap<>();
        Map<String, Cell> rest = new LinkedHashMap<>();
        for (Map.Entry<String, Cell> e : row.cells().entrySet()) {
            if (choosing.containsAll(e.getValue().clauseIds())) {
                chosen.put(e.getKey(), e.getValue());
            } else if (Collections.disjoint(choosing, e.getValue().clauseIds())) {
                rest.put(e.getKey(), e.getValue());
            } else {
                return List.of(row);
            }
        }
        if (chosen.isEmpty() || rest.isEmpty()) {
            return List.of(row);
        }
        List<Row> out = new ArrayList<>();
        for (Map<String, Cell> cells : List.of(chosen, rest)) {
            Set<String> clauses = new HashSet<>();
            cells.values().forEach(c -> clauses.addAll(c.clauseIds()));
            out.add(new Row(row.matter(), row.scope(), cells, actionsOf(actionsOfClause, clauses), List.of(),
                    row.readings().stream().filter(r -> clauses.contains(r.clauseId())).toList(), List.of()));
        }
        // in the text's order: the row whose first sentence comes first
        out.sort(Comparator.comparing((Row r) -> firstClause(r, order), order.clauses()));
        return out;
    }

    /** The actions {@code clauses} state, by {@code actionsOfClause}. */
    private static Set<String> actionsOf(Map<String, Set<String>> actionsOfClause, java.util.Collection<String> clauses) {
        Set<String> actions = new TreeSet<>();
        clauses.forEach(c -> actions.addAll(actionsOfClause.getOrDefault(c, Set.of())));
        return actions;
    }

    /** The first clause in the text's order that a cell of the row rests on. */
    private static String firstClause(Row row, TextOrder order) {
        return row.cells().values().stream().flatMap(c -> c.clauseIds().stream()).min(order.clauses()).orElseThrow();
    }

    /**
     * One A per row, as a RACI reader expects: where two or more roles are accountable for a matter, each in sentences of its
     * own that no other cell of the row shares, the matter gets a row per accountable role, with the cells resting on its
     * sentences ({@link Row#basis()}); where they share a sentence, they answer together and the row stays one
     * ({@link Row#sharedAccountability()}).
     */
    private static List<Row> perSentence(Row row, TextOrder order) {
        List<String> accountable = row.cells().entrySet().stream().filter(e -> e.getValue().accountable())
                .map(Map.Entry::getKey).toList();
        if (accountable.size() < 2 || !row.layers().isEmpty()) {
            return List.of(row);
        }
        List<Set<String>> groups = accountable.stream().map(r -> (Set<String>) new HashSet<>(row.cells().get(r).clauseIds())).toList();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                if (!Collections.disjoint(groups.get(i), groups.get(j))) {
                    return List.of(row);
                }
            }
        }
        Map<String, Integer> groupOf = new HashMap<>();
        for (Map.Entry<String, Cell> e : row.cells().entrySet()) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).containsAll(e.getValue().clauseIds())) {
                    in.add(i);
                }
            }
            if (in.size() != 1) {
                return List.of(row);
            }
            groupOf.put(e.getKey(), in.get(0));
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int group = i;
            Map<String, Cell> cells = new LinkedHashMap<>();
            row.cells().forEach((role, cell) -> {
                if (groupOf.get(role) == group) {
                    cells.put(role, cell);
                }
            });
            List<Reading> read = row.readings().stream().filter(r -> groups.get(group).contains(r.clauseId())).toList();
            out.add(new Row(row.matter(), row.scope(), cells, row.actions(), List.of(), read,
                    groups.get(group).stream().sorted(order.clauses()).toList()));
        }
        return out;
    }

    /** The words of a sentence that gives the overall responsibility ("det overordnede ansvar", "det overordnede budgetansvar"). */
    private static final java.util.regex.Pattern OVERALL = java.util.regex.Pattern.compile("overordnede\\s+\\p{L}*ansvar",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The overall responsibility for a focus area (or another scope) covers what the same role itself does for it: KMK
     * "har det overordnede ansvar for indsatsområderne" and follows their progress ("følge fremdriften"), so it is A for
     * the progress, on both sentences, not R. Only within a scope: a responsibility without one names no matters it covers.
     */
    private static void coverByOverallResponsibility(Map<Key, Map<String, Draft>> cells) {
        Map<String, Map<String, List<String>>> overall = new TreeMap<>(); // scope -> role -> clauses
        cells.forEach((key, drafts) -> drafts.forEach((role, draft) -> {
            if (key.scope() != null && draft.accountable.containsKey(Level.OVERALL)) {
                overall.computeIfAbsent(key.scope(), k -> new TreeMap<>()).computeIfAbsent(role, k -> new ArrayList<>())
                        .addAll(draft.accountable.get(Level.OVERALL));
            }
        }));
        cells.forEach((key, drafts) -> (key.scope() == null ? Map.<String, List<String>>of() : overall.getOrDefault(key.scope(), Map.of())).forEach((role, by) -> {
            Draft draft = drafts.get(role);
            if (draft == null || draft.accountable.containsKey(Level.OVERALL) || !draft.doing.containsKey("R")) {
                return;
            }
            draft.parts.remove("R");
            by.forEach(id -> draft.add("A", id));
            draft.accountable.computeIfAbsent(Level.OVERALL, k -> new ArrayList<>()).addAll(by);
        }));
    }

    /**
     * Where the text gives more than one role a responsibility for a row's matter, A stands in the cell of the highest
     * layer (it decides the matter, then it has the overall responsibility, then it has the responsibility) and the others
     * do the task under it (R): "KMK godkender ... årsplan", so the project chief, who must "indlevere årsplan ... til
     * KMK" as an item of "Det er projektchefens ansvar at:", is R. Returns every layer where a role's A gave way, else none.
     */
    private static List<Layer> layers(Map<String, Draft> drafts) {
        Level top = drafts.values().stream().map(Draft::highest).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        boolean gaveWay = false;
        for (Draft draft : drafts.values()) {
            Level own = draft.highest();
            if (own != null && own.compareTo(top) > 0) {
                gaveWay = true;
                for (String part : List.copyOf(draft.parts)) {
                    if (part.startsWith("A")) {
                        String does = "R" + part.substring(1);
                        draft.parts.remove(part);
                        if (!draft.parts.contains(does)) {
                            draft.parts.add(does);
                        }
                    }
                }
            }
        }
        if (!gaveWay) {
            return List.of();
        }
        List<Layer> out = new ArrayList<>();
        drafts.forEach((role, draft) -> {
            Level own = draft.highest();
            if (own != null) {
                out.add(new Layer(role, own, draft.accountable.get(own)));
            }
        });
        out.sort(Comparator.comparing(Layer::level));
        return out;
    }

    /**
     * A cell's parts as one reading: who answers for the matter or does it is not also informed of it (KMK approves the
     * annual plan it receives: A, not A I), and a duty holds what a power or recommendation of the same letter would add
     * (R and R? is R).
     */
    private static List<String> readable(List<String> parts) {
        boolean acts = parts.stream().anyMatch(p -> p.startsWith("A") || p.startsWith("R"));
        return parts.stream().filter(p -> !(acts && p.startsWith("I")))
                .filter(p -> p.length() == 1 || !parts.contains(p.substring(0, 1))).toList();
    }

    private static void add(Map<Key, Map<String, Draft>> cells, Set<String> roles, Key row, String role, String part, String clauseId) {
        roles.add(role);
        cells.computeIfAbsent(row, k -> new LinkedHashMap<>()).computeIfAbsent(role, k -> new Draft()).add(part, clauseId);
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

    /** The text's word for making a process easier for those whose process it is ("facilitere udviklingsprocessen"). */
    private static final java.util.regex.Pattern FACILITATES = java.util.regex.Pattern.compile("\\bfacilitere", java.util.regex.Pattern.CASE_INSENSITIVE);

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
