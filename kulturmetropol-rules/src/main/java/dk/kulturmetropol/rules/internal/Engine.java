package dk.kulturmetropol.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.AgreementFacts;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.DataPackDuty;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.RulePackException;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The one place that knows the rule engine: it compiles the rules, builds and checks the clause catalogue from the
 * rules' metadata, and runs the rules once per agreement into a {@link Snapshot}. With {@link KieBases} and
 * {@link DerivedFacts}, the only code outside the pack-authoring package that imports {@code org.kie}. Not API.
 */
public final class Engine {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Engine.class);

    private Engine() {
    }

    /**
     * Compiled rules and the clauses they may cite.
     *
     * @param base      the compiled rules
     * @param sources   the DRL they were compiled from, to name the file and line of a failing rule
     * @param catalogue the kommissorium's clauses and those the packs' {@code @quote}s declare
     * @param sentences the sentence each rule gives for its facts ({@code @da}, {@code @en}), by language and rule name
     * @param labels    the labels the packs' label declarations give their own ids, by language and key as in the
     *                  library's words ({@code actor.slots-og-kulturstyrelsen}); see {@link PackLabels}
     * @param labelledAt where each of {@code labels} is declared ({@code my-pack.drl:12}), by language id, a space and key
     */
    public record Compiled(KieBase base, List<RuleSource> sources, ClauseCatalogue catalogue,
                           Map<Language, Map<String, String>> sentences, Map<Language, Map<String, String>> labels,
                           Map<String, String> labelledAt) {
        public Compiled {
            Objects.requireNonNull(base, "base");
            sources = List.copyOf(sources);
            Objects.requireNonNull(catalogue, "catalogue");
            sentences = Map.copyOf(sentences);
            labels = Map.copyOf(labels);
            labelledAt = Map.copyOf(labelledAt);
        }

        /** The names of every rule, sorted. */
        public List<String> ruleNames() {
            return rules(base).map(Rule::getName).sorted().toList();
        }
    }

    /**
     * Starts loading the library's rules on a background thread, for a caller that will derive soon and has other work
     * first (reading an agreement file): on two cores the two overlap. Does nothing once they are loaded or loading.
     */
    public static void prepareKommissorium() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread loader = new Thread(Engine::kommissorium, "kulturmetropol-rules-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    /** The library's own rules, compiled once on first use and shared. */
    public static Compiled kommissorium() {
        return Kommissorium.COMPILED;
    }

    /**
     * The library's rules with {@code packs} added, compiled; with no packs, the shared {@link #kommissorium()}.
     *
     * @throws RulePackException when a pack does not compile or a rule cites no known clause
     */
    public static Compiled compile(List<RuleSource> packs) {
        if (packs.isEmpty()) {
            return kommissorium();
        }
        List<RuleSource> key = List.copyOf(packs);
        Compiled kept = PACKS.getIfPresent(key);
        if (kept != null) {
            LOG.debug("reusing the rules compiled before from {}", key.stream().map(RuleSource::origin).toList());
            return kept;
        }
        // compiled outside the cache's lock: a compile takes a second or more
        List<RuleSource> all = new ArrayList<>(RuleSources.library());
        all.addAll(key);
        Compiled compiled = addedToLibrary(key, all).orElseGet(() -> compiled(all));
        PACKS.put(key, compiled);
        return compiled;
    }

    /**
     * The packs compiled by themselves and added to a fresh copy of the library's precompiled rules: four to five times
     * faster than compiling the library with them, with the same rules in the end. Empty, so that the caller compiles
     * everything together, when there is no precompiled copy, when the packs do not compile by themselves (a pack may
     * call a function of the library; and the full compile's message names the error in its setting), or when a pack
     * writes into a package of the library, where a rule, function or type of the same name would replace the
     * library's instead of being refused as the full compile refuses it.
     */
    static java.util.Optional<Compiled> addedToLibrary(List<RuleSource> packs, List<RuleSource> all) {
        java.util.Optional<KieBase> library = Precompiled.library();
        if (library.isEmpty()) {
            return java.util.Optional.empty();
        }
        KieBase alone;
        try {
            alone = KieBases.compile(packs);
        } catch (RulePackException e) {
            return java.util.Optional.empty();
        }
        java.util.Set<String> libraryPackages = library.get().getKiePackages().stream()
                .map(org.kie.api.definition.KiePackage::getName).collect(java.util.stream.Collectors.toSet());
        if (alone.getKiePackages().stream().anyMatch(p -> !p.getRules().isEmpty() && libraryPackages.contains(p.getName()))) {
            return java.util.Optional.empty();
        }
        // a KieBase of its own: the library's is never added to
        KieBase base = Precompiled.fresh().orElseThrow();
        ((org.drools.core.impl.InternalRuleBase) base).addPackages(alone.getKiePackages().stream()
                .map(p -> (org.drools.base.definitions.InternalKnowledgePackage) p).toList());
        LOG.debug("added {} to the precompiled rules", packs.stream().map(RuleSource::origin).toList());
        return java.util.Optional.of(compiled(base, all));
    }

    /** How many compiled pack sets {@link #compile(List)} keeps. */
    static final int PACKS_KEPT = 8;

    /**
     * The packs compiled lately, by their sources (each file's origin and text): a governance built again with the same
     * packs, unchanged, reuses their compiled rules instead of compiling them again. At most {@value #PACKS_KEPT} are
     * kept, and softly, so that the memory they hold is let go before the JVM would run short of it. A pack that does
     * not compile is never kept: asked again, it is compiled again and refused again.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<List<RuleSource>, Compiled> PACKS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(PACKS_KEPT).softValues().executor(Runnable::run).build();

    private static Compiled compiled(List<RuleSource> sources) {
        return compiled(KieBases.compile(sources), sources);
    }

    /** Rules compiled from {@code sources} (or loaded precompiled), with their catalogue built and checked. */
    static Compiled compiled(KieBase base, List<RuleSource> sources) {
        List<PackLabels.Type> declared = base.getKiePackages().stream().flatMap(p -> p.getFactTypes().stream())
                .map(t -> new PackLabels.Type(t.getPackageName(), t.getSimpleName(), t.getMetaData())).toList();
        PackLabels.Declared labels = PackLabels.of(declared, sources);
        Map<Language, Map<String, String>> words = new java.util.EnumMap<>(Language.class);
        labels.labels().forEach((language, w) -> words.computeIfAbsent(language, l -> new java.util.TreeMap<>()).putAll(w));
        clauseWords(base, sources).forEach((language, w) -> words.computeIfAbsent(language, l -> new java.util.TreeMap<>()).putAll(w));
        return new Compiled(base, sources, catalogue(base, sources), sentences(base, sources), words, labels.givenAt());
    }

    /**
     * Runs {@code rules} once over {@code agreement} and the entries of data packs, and checks that every fact cites a
     * clause of {@code catalogue}.
     *
     * @throws RulePackException when a rule fails, never stops, or derives a fact citing an unknown clause
     */
    public static Snapshot derive(Compiled rules, ClauseCatalogue catalogue, Agreement agreement, List<DataPackDuty> dataDuties) {
        return derive(rules, catalogue, agreement, dataDuties, DerivedFacts.DEFAULT_TIME_LIMIT);
    }

    /** As {@link #derive(Compiled, ClauseCatalogue, Agreement, List)}, stopping rules that run longer than {@code timeLimit}. */
    public static Snapshot derive(Compiled rules, ClauseCatalogue catalogue, Agreement agreement, List<DataPackDuty> dataDuties,
            java.time.Duration timeLimit) {
        long start = System.nanoTime();
        List<Object> facts = new ArrayList<>(AgreementFacts.of(agreement));
        facts.addAll(dataDuties);
        Map<Object, Rule> insertedBy = rules == kommissorium() ? null : new java.util.IdentityHashMap<>();
        DerivedFacts derived = DerivedFacts.run(rules.base(), facts, rules.sources(), timeLimit, insertedBy);
        requireKnownClauses(derived, catalogue, rules.sources());
        if (insertedBy != null) {
            requireNoActingText(derived, rules.sources());
            requireKommissoriumClausesAsItsRulesRead(derived, insertedBy, agreement, rules.sources());
        }
        LOG.debug("ran the rules over '{}' ({} partners, {} data pack entries): {} duties, {} reporting lines, {} seats, in {} ms",
                agreement.name(), agreement.partners().size(), dataDuties.size(), derived.duties().size(), derived.lines().size(),
                derived.seats().size(), (System.nanoTime() - start) / 1_000_000);
        return new Snapshot(new Snapshot.Content(agreement, derived, catalogue.all(), rules.ruleNames(), rules.sentences()));
    }

    /**
     * The duties to take {@code action} on {@code matter}, asked the way a rule engine is usually asked: a fresh
     * session over the compiled library, the agreement inserted, every rule fired. For the {@code bench} command's
     * baseline; the library itself runs the rules once per agreement and answers from the snapshot.
     */
    public static List<dk.kulturmetropol.model.Duty> askWithFreshSession(Agreement agreement, String action, String matter) {
        Compiled rules = kommissorium();
        DerivedFacts derived = DerivedFacts.run(rules.base(), AgreementFacts.of(agreement), rules.sources());
        List<dk.kulturmetropol.model.Duty> found = new ArrayList<>();
        for (dk.kulturmetropol.model.Duty d : derived.duties()) {
            if (d.action().equals(action) && d.matter().equals(matter)) {
                found.add(d);
            }
        }
        return found;
    }

    private static Stream<Rule> rules(KieBase base) {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream());
    }

    /** Builds the clause catalogue from the kommissorium and the {@code @quote} metadata of pack rules, and checks every rule cites a known clause. */
    private static ClauseCatalogue catalogue(KieBase base, List<RuleSource> sources) {
        ClauseCatalogue catalogue = ClauseCatalogue.kommissorium();
        List<Rule> all = rules(base).toList();
        for (Rule rule : all) {
            Map<String, Object> meta = rule.getMetaData();
            if (meta.containsKey("quote")) {
                String id = text(meta, "clause", rule, sources);
                String source = text(meta, "source", rule, sources);
                String section = meta.containsKey("section") ? text(meta, "section", rule, sources) : source;
                String quote = text(meta, "quote", rule, sources);
                try {
                    catalogue = catalogue.with(List.of(new Clause(id, source, section, quote)));
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

    /**
     * The sentences rules give for their facts, {@code @da("...")} and {@code @en("...")} beside {@code @clause}, by
     * language and rule name. A rule gives both or neither, and uses only {@link Sentences#PLACEHOLDERS}.
     *
     * @throws RulePackException naming the rule's file and line, for a rule that gives one language only or a sentence
     *         with an unknown placeholder
     */
    private static Map<Language, Map<String, String>> sentences(KieBase base, List<RuleSource> sources) {
        Map<Language, Map<String, String>> byLanguage = new java.util.EnumMap<>(Language.class);
        for (Rule rule : rules(base).toList()) {
            Map<String, Object> meta = rule.getMetaData();
            boolean da = meta.containsKey("da");
            boolean en = meta.containsKey("en");
            if (!da && !en) {
                continue;
            }
            // where the rule is, only for a refusal: finding it reads every source
            java.util.function.Supplier<String> where = () -> KieBases.declaration(rule.getName(), sources) + ": rule '" + rule.getName() + "'";
            if (da != en) {
                throw new RulePackException(where.get() + " gives its sentence in " + (da ? "Danish (@da) but not in English (@en)"
                        : "English (@en) but not in Danish (@da)") + "; a rule gives both or neither");
            }
            for (Language language : Language.values()) {
                String sentence = DerivedFacts.unquote(String.valueOf(meta.get(language.id()))).strip();
                java.util.Optional<String> acting = ControlCharacters.problem(sentence);
                if (acting.isPresent()) {
                    throw new RulePackException(where.get() + ": @" + language.id() + " " + acting.get());
                }
                if (sentence.isEmpty()) {
                    throw new RulePackException(where.get() + ": @" + language.id() + " is empty; expected the rule's sentence");
                }
                List<String> unknown = Sentences.unknownPlaceholders(sentence);
                if (!unknown.isEmpty()) {
                    throw new RulePackException(where.get() + ": @" + language.id() + " uses the unknown placeholder {" + unknown.get(0)
                            + "}; expected one of: " + Sentences.PLACEHOLDERS.stream().map(p -> "{" + p + "}")
                            .collect(java.util.stream.Collectors.joining(", ")));
                }
                byLanguage.computeIfAbsent(language, l -> new java.util.TreeMap<>()).put(rule.getName(), sentence);
            }
        }
        return byLanguage;
    }

    /** The annotations that give a pack's clause in a language, as {@code @source_da}, {@code @quote_da}, {@code @summary_da}. */
    private static final java.util.regex.Pattern CLAUSE_WORDS = java.util.regex.Pattern.compile("(source|quote|summary)_([a-z]+)");

    /**
     * A pack's clauses in each language, beside the {@code @quote} that declares them: {@code @source_da} the source (and
     * section) as a Danish reader names it, {@code @quote_da} the clause's own words in Danish (a quotation), or
     * {@code @summary_da} a Danish summary where the source's own words are not at hand (shown as a summary, never as a
     * quotation); the same with {@code _en}. Keyed as the words are: {@code clause.ID.section}, {@code clause.ID.quote},
     * {@code clause.ID.summary}.
     *
     * @throws RulePackException naming the rule's file and line, for such an annotation on a rule that declares no clause,
     *         in an unknown language, empty, both a quotation and a summary, or holding text that would act on its reader
     */
    private static Map<Language, Map<String, String>> clauseWords(KieBase base, List<RuleSource> sources) {
        Map<Language, Map<String, String>> byLanguage = new java.util.EnumMap<>(Language.class);
        for (Rule rule : rules(base).toList()) {
            Map<String, Object> meta = rule.getMetaData();
            for (String key : new java.util.TreeSet<>(meta.keySet())) {
                java.util.regex.Matcher m = CLAUSE_WORDS.matcher(key);
                if (!m.matches()) {
                    continue;
                }
                String where = KieBases.declaration(rule.getName(), sources) + ": rule '" + rule.getName() + "'";
                if (!meta.containsKey("quote")) {
                    throw new RulePackException(where + ": @" + key + " gives a clause in another language, but the rule declares no clause; "
                            + "put it beside the @quote that declares it");
                }
                Language language = java.util.Arrays.stream(Language.values()).filter(l -> l.id().equals(m.group(2))).findFirst()
                        .orElseThrow(() -> new RulePackException(where + ": @" + key + " is in the unknown language '" + m.group(2)
                                + "'; expected @" + m.group(1) + "_da or @" + m.group(1) + "_en"));
                if (m.group(1).equals("summary") && meta.containsKey("quote_" + language.id())) {
                    throw new RulePackException(where + " gives both @quote_" + language.id() + " and @summary_" + language.id()
                            + "; give the source's own words (@quote_" + language.id() + ") or a summary of them (@summary_" + language.id() + "), not both");
                }
                String value = text(meta, key, rule, sources).strip();
                if (value.isEmpty()) {
                    throw new RulePackException(where + ": @" + key + " is empty; expected the clause's " + m.group(1) + " in that language");
                }
                String id = text(meta, "clause", rule, sources);
                byLanguage.computeIfAbsent(language, l -> new java.util.TreeMap<>())
                        .put("clause." + id + "." + (m.group(1).equals("source") ? "section" : m.group(1)), value);
            }
        }
        return byLanguage;
    }

    private static String text(Map<String, Object> meta, String key, Rule rule, List<RuleSource> sources) {
        Object value = meta.get(key);
        if (value == null) {
            throw new RulePackException(KieBases.declaration(rule.getName(), sources) + ": rule '" + rule.getName()
                    + "' has no @" + key + "(\"...\"): every rule cites its "
                    + "clause with @clause, and a pack rule also gives @source and @quote");
        }
        String text = DerivedFacts.unquote(value.toString());
        ControlCharacters.problem(text).ifPresent(why -> {
            throw new RulePackException(KieBases.declaration(rule.getName(), sources) + ": rule '" + rule.getName() + "': @" + key + " " + why);
        });
        return text;
    }

    /** Refuses a fact a pack derived that cites a clause no one declares, naming the rule that derived it. */
    private static void requireKnownClauses(DerivedFacts derived, ClauseCatalogue clauses, List<RuleSource> sources) {
        Stream.of(derived.duties(), derived.lines(), derived.seats(), derived.holdings(), derived.placements())
                .flatMap(List::stream)
                .forEach(f -> f.clauseIds().stream().filter(id -> clauses.find(id).isEmpty()).findFirst().ifPresent(id -> {
                    throw new RulePackException(KieBases.declaration(f.rule(), sources) + ": rule '" + f.rule()
                            + "' derived a fact citing clause '" + id + "', which neither the kommissorium nor any pack declares");
                }));
    }

    /**
     * Refuses a fact whose text would act on whoever reads it (a terminal escape, a bidirectional override), naming the
     * rule that derived it, the part and the value, written escaped: a pack's rule can build any string.
     */
    private static void requireNoActingText(DerivedFacts derived, List<RuleSource> sources) {
        for (dk.kulturmetropol.model.Derived fact : Stream.of(derived.duties(), derived.lines(), derived.seats(), derived.holdings(),
                derived.placements()).flatMap(List::stream).map(dk.kulturmetropol.model.Derived.class::cast).toList()) {
            actingText(fact, fact.getClass().getSimpleName()).ifPresent(why -> {
                throw new RulePackException(KieBases.declaration(fact.rule(), sources) + ": rule '" + fact.rule() + "' derived a "
                        + fact.getClass().getSimpleName() + " whose " + why);
            });
        }
    }

    /** A record class's components, read once a class: {@link Class#getRecordComponents()} makes them anew each call. */
    private static final ClassValue<java.lang.reflect.RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** The first text in {@code value} (a string, or one inside a record or a collection) that would act on its reader: {@code where holds ...}. */
    private static java.util.Optional<String> actingText(Object value, String where) {
        if (value instanceof String text) {
            return ControlCharacters.problem(text).map(why -> where + " " + why);
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.stream().map(item -> actingText(item, where)).flatMap(java.util.Optional::stream).findFirst();
        }
        if (value instanceof Record record) {
            for (java.lang.reflect.RecordComponent c : COMPONENTS.get(record.getClass())) {
                Object part;
                try {
                    part = c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
                }
                java.util.Optional<String> found = actingText(part, where.equals(record.getClass().getSimpleName()) ? c.getName() : where + "." + c.getName());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Refuses a fact a pack's rule inserted citing a clause of the kommissorium, unless the kommissorium's own rules
     * derive that very fact from that clause for the same agreement: a pack may not speak in the kommissorium's name.
     * Which rule inserted a fact is what the engine reports, not what the fact says.
     */
    private static void requireKommissoriumClausesAsItsRulesRead(DerivedFacts derived, Map<Object, Rule> insertedBy,
                                                                  Agreement agreement, List<RuleSource> sources) {
        ClauseCatalogue kommissorium = ClauseCatalogue.kommissorium();
        // a rule is named uniquely by its package and name: a pack's rule cannot take a library rule's name
        java.util.Set<String> libraryNames = new java.util.HashSet<>();
        rules(kommissorium().base()).forEach(r -> libraryNames.add(r.getPackageName() + "." + r.getName()));
        java.util.Set<String> itsOwn = null;
        for (Object fact : Stream.of(derived.duties(), derived.lines(), derived.seats(), derived.holdings(), derived.placements())
                .flatMap(List::stream).toList()) {
            Rule by = insertedBy.get(fact);
            if (by == null || libraryNames.contains(by.getPackageName() + "." + by.getName())) {
                continue;
            }
            java.util.Optional<String> cited = ((dk.kulturmetropol.model.Derived) fact).clauseIds().stream()
                    .filter(id -> kommissorium.find(id).isPresent()).findFirst();
            if (cited.isEmpty()) {
                continue;
            }
            if (itsOwn == null) {
                itsOwn = new java.util.HashSet<>();
                for (Object own : allOf(DerivedFacts.run(kommissorium().base(), AgreementFacts.of(agreement), sources))) {
                    itsOwn.add(withoutRule(own));
                }
            }
            if (!itsOwn.contains(withoutRule(fact))) {
                throw new RulePackException(KieBases.declaration(by.getName(), sources) + ": rule '" + by.getName()
                        + "' derived a fact citing the kommissorium's clause '" + cited.get() + "' that the kommissorium's rules do not "
                        + "derive from it (the fact: " + Sentences.of(dk.kulturmetropol.model.Labels.of(Language.EN, agreement))
                        .of((dk.kulturmetropol.model.Derived) fact) + "); a pack cites a clause of its own, declared with @source and @quote");
            }
        }
    }

    private static List<Object> allOf(DerivedFacts facts) {
        return Stream.of(facts.duties(), facts.lines(), facts.seats(), facts.holdings(), facts.placements())
                .flatMap(List::stream).map(Object.class::cast).toList();
    }

    /** A fact's content, every component but the name of the rule that derived it. */
    private static String withoutRule(Object fact) {
        StringBuilder key = new StringBuilder(fact.getClass().getName());
        try {
            for (java.lang.reflect.RecordComponent c : fact.getClass().getRecordComponents()) {
                if (!c.getName().equals("rule")) {
                    key.append('|').append(c.getAccessor().invoke(fact));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the fact " + fact, e);
        }
        return key.toString();
    }

    /**
     * The kommissorium's clauses its own rules derive a fact from, for {@code agreement}: each should still be cited by
     * some fact once packs are added, or a pack has stopped the kommissorium's rules.
     */
    public static java.util.Set<String> kommissoriumClausesDerivedFor(Agreement agreement) {
        ClauseCatalogue kommissorium = ClauseCatalogue.kommissorium();
        java.util.Set<String> ids = new java.util.TreeSet<>();
        allOf(DerivedFacts.run(kommissorium().base(), AgreementFacts.of(agreement), kommissorium().sources())).forEach(f ->
                ((dk.kulturmetropol.model.Derived) f).clauseIds().stream().filter(id -> kommissorium.find(id).isPresent()).forEach(ids::add));
        return ids;
    }

    /** The library's rules, on first use: precompiled by the build when it can be read, else compiled from the DRL. */
    private static final class Kommissorium {
        static final Compiled COMPILED = load();

        private static Compiled load() {
            List<RuleSource> sources = RuleSources.library();
            return Precompiled.library().map(base -> compiled(base, sources)).orElseGet(() -> compiled(sources));
        }
    }
}
