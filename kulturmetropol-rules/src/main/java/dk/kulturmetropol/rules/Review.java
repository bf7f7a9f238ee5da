package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.internal.ClauseCatalogue;
import dk.kulturmetropol.rules.internal.KommissoriumText;

/**
 * The annotated text: the whole kommissorium, section by section and sentence by sentence, each sentence with what
 * the rules read in it, or why it states no duty; what the text's owners read to accept the encoding, and a reviewer
 * reads after each change. Plain data in the language asked: a writer lays it out (the command line writes HTML and
 * Markdown). Every fact the rules state is under each sentence it rests on; facts that rest on a rule pack's own
 * clauses follow the text, in a section per pack section.
 *
 * <pre>{@code
 * Review r = Governance.kulturmetropolen().review(Criteria.any(), Language.DA);
 * Review.Section kmk = r.sections().get(1);
 * kmk.heading();                                  // "Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)"
 * kmk.sentences().get(0).text();                  // "Hvem" (a heading: reason "heading")
 * kmk.sentences().get(1).facts().get(0).sentence(); // "Kulturchefen i Albertslund Kommune er medlem af KMK." ...
 * kmk.counts().facts();                           // how many facts the rules read in the section
 * }</pre>
 *
 * @param title     the title, in the language: {@code Kommissorium for Kulturmetropolen 2021-2024: teksten sætning for sætning og det, reglerne udleder af den}
 * @param source    the text's name: {@code Kommissorium for Kulturmetropolen 2021-2024}
 * @param agreement the agreement's name
 * @param asOf      the day the facts hold on and their actors are resolved; {@code null} for the whole period
 * @param language  the language of everything but the text's own words
 * @param sections  the text's sections in its order, then one per section of a rule pack's clauses
 */
public record Review(String title, String source, String agreement, LocalDate asOf, Language language, List<Section> sections) {

    /**
     * Checks the required parts and copies the sections.
     *
     * @param title     the title
     * @param source    the text's name
     * @param agreement the agreement's name
     * @param asOf      the day, or {@code null}
     * @param language  the language
     * @param sections  the sections; copied
     * @throws NullPointerException when the title, source, agreement, language or sections is null
     */
    public Review {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(language, "language");
        sections = List.copyOf(sections);
    }

    /** Why a sentence states no duty ({@code sentences-without-duty.tsv}). */
    public static final List<String> REASONS = List.of("heading", "rationale", "cross-reference", "footnote", "list-lead-in");

    /**
     * A section of the text.
     *
     * @param id        the catalogue's key of the section ({@code psg}, {@code kmk}, ...); for a rule pack's section, its
     *                  heading
     * @param heading   the heading word for word
     * @param source    the text the section is from: the kommissorium, or a rule pack's source
     * @param sentences its sentences in the text's order, sub-headings included
     * @param counts    what the section holds, counted
     */
    public record Section(String id, String heading, String source, List<Sentence> sentences, Counts counts) {
        /**
         * Checks that every part is given and copies the sentences.
         *
         * @param id        the section's key
         * @param heading   the heading
         * @param source    the text the section is from
         * @param sentences its sentences; copied
         * @param counts    what it holds, counted
         * @throws NullPointerException when a part is null
         */
        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(source, "source");
            sentences = List.copyOf(sentences);
            Objects.requireNonNull(counts, "counts");
        }
    }

    /**
     * One sentence of the text, verbatim as a reader sees it (hyphenation joined, footnote digits dropped), and how it
     * is read. A clause that quotes several sentences of the text (a list with its lead-in) is one sentence here, in
     * the clause's words.
     *
     * @param text       the sentence, the text's own words
     * @param clauseIds  the clauses that quote it; empty for a sentence that states no duty
     * @param reason     why it states no duty (one of {@link #REASONS}); {@code null} for a sentence a clause quotes, and
     *                   for one neither quoted nor listed
     * @param reasonText why it has no facts, as a sentence of the language: why it states no duty ({@code Fastsætter
     *                   ingen pligt: en overskrift.}), or that the rules read nothing in it; {@code null} when it has facts
     * @param facts      what the rules read in it, on the day asked; empty for a sentence without a duty, and for one
     *                   the rules read nothing in
     */
    public record Sentence(String text, List<String> clauseIds, String reason, String reasonText, List<Fact> facts) {
        /**
         * Checks the text and the reason, and copies the lists.
         *
         * @param text       the sentence
         * @param clauseIds  the clauses that quote it; copied
         * @param reason     one of {@link #REASONS}, or {@code null}
         * @param reasonText why it has no facts, or {@code null}
         * @param facts      what the rules read in it; copied
         * @throws NullPointerException     when {@code text} or a list is null
         * @throws IllegalArgumentException when {@code reason} is none of {@link #REASONS}
         */
        public Sentence {
            Objects.requireNonNull(text, "text");
            clauseIds = List.copyOf(clauseIds);
            facts = List.copyOf(facts);
            if (reason != null && !REASONS.contains(reason)) {
                throw new IllegalArgumentException("no-duty reason '" + reason + "' is none of " + REASONS);
            }
        }

        /**
         * Whether it is a heading within its section ("Hvem", "Opgave og ansvar").
         *
         * @return true when its reason is {@code heading}
         */
        public boolean heading() {
            return "heading".equals(reason);
        }

        /**
         * Whether it is quoted by no clause and listed with no reason: a sentence the rules may have missed.
         *
         * @return true when no clause quotes it and no reason lists it
         */
        public boolean unread() {
            return clauseIds.isEmpty() && reason == null;
        }
    }

    /**
     * A fact the rules read in a sentence, written in the review's language.
     *
     * @param fact     the fact (a duty, reporting line, seat, post holding or placement), with its ids
     * @param row      the fact as every question answers it: its actors resolved on the day asked, its clauses
     * @param sentence the fact as one sentence, as {@code duties --lang} prints it: focus areas and partners by the
     *                 agreement's names, a post followed by its holder
     * @param who      who bears it, as the sentence names them ({@code den politiske formand (kulturudvalgsformanden i Ishøj
     *                 Kommune)}), or that the text names no one
     * @param when     when it holds: {@code gælder fra 1. januar 2021 til 31. december 2024}
     * @param reading  the reading it rests on beyond the plain sentence ({@code fortolkning: ...}), or {@code null}
     * @param notes    what else a reader should know: that the agreement, not the sentence, names a holder or member
     */
    public record Fact(Derived fact, Row<Derived> row, String sentence, String who, String when, String reading, List<String> notes) {
        /**
         * Checks the required parts and copies the notes.
         *
         * @param fact     the fact
         * @param row      the fact as a question answers it
         * @param sentence the fact as one sentence
         * @param who      who bears it
         * @param when     when it holds
         * @param reading  the reading, or {@code null}
         * @param notes    what else a reader should know; copied
         * @throws NullPointerException when {@code fact}, {@code row}, {@code sentence}, {@code who}, {@code when} or
         *     {@code notes} is null
         */
        public Fact {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(when, "when");
            notes = List.copyOf(notes);
        }

        /**
         * The reading, if the fact rests on one.
         *
         * @return the reading in the review's language, or empty
         */
        public Optional<String> readingText() {
            return Optional.ofNullable(reading);
        }

        /**
         * The id of the actor {@link #who()} names: a duty's bearer, a reporting line's start, a post's holder, a seat's
         * member or the actor placed; {@code null} where the text names no one.
         *
         * @return the actor id, or {@code null}
         */
        public String bearer() {
            return Questions.named(fact);
        }
    }

    /**
     * A section counted.
     *
     * @param sentences its sentences, sub-headings included
     * @param read      those the rules read a fact in
     * @param noDuty    those that state no duty, with a reason
     * @param unread    those quoted by a clause the rules read nothing in (on the day asked), or neither quoted nor listed
     * @param facts     the distinct facts read in the section
     * @param readings  of those, the facts that rest on a reading
     */
    public record Counts(int sentences, int read, int noDuty, int unread, int facts, int readings) {
    }

    /**
     * The section with {@code id}, if there is one.
     *
     * @param id the section's key, e.g. {@code kmk}
     * @return the section, or empty
     */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    // ---------------------------------------------------------------------------------------------- building it

    static Review of(Governance g, Questions questions, LocalDate asOf, Language language, List<Derived> all) {
        if (asOf != null && !g.agreement().period().contains(asOf)) {
            throw new IllegalArgumentException("the review is asked for " + asOf + ", outside the agreement period "
                    + g.agreement().from() + " to " + g.agreement().to() + "; give a date within it, or none for the whole period");
        }
        Sentences words = Sentences.of(g.labels(language));
        KommissoriumText text = KommissoriumText.shipped();
        Map<String, Clause> clauses = g.clauses();

        // every fact that holds on the day, written once, under each clause it rests on
        Map<String, List<Fact>> byClause = new LinkedHashMap<>();
        for (Derived d : all) {
            if (asOf != null && !d.validity().contains(asOf)) {
                continue;
            }
            Fact fact = fact(d, questions.row(d, asOf), words);
            for (String id : new LinkedHashSet<>(d.clauseIds())) {
                byClause.computeIfAbsent(id, k -> new ArrayList<>()).add(fact);
            }
        }

        // each clause of the kommissorium the rules cite, with its quotation as a reader sees it, in the catalogue's order
        Map<Clause, String> quotes = new LinkedHashMap<>();
        for (String clauseId : ClauseCatalogue.kommissorium().all().keySet()) {
            Clause c = clauses.get(clauseId);
            if (c != null) {
                quotes.put(c, KommissoriumText.normalise(c.quote()));
            }
        }
        Map<String, String> sectionOf = new LinkedHashMap<>();
        text.sections().forEach((key, heading) -> sectionOf.put(heading, key));
        List<Section> sections = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        String id = "";
        String heading = text.source();
        List<Sentence> current = new ArrayList<>();
        for (String s : text.sentences()) {
            String key = sectionOf.get(s);
            if (key != null) {
                if (!current.isEmpty()) {
                    sections.add(section(id, heading, text.source(), current));
                }
                id = key;
                heading = s;
                current = new ArrayList<>();
                continue;
            }
            List<Clause> quoting = new ArrayList<>();
            quotes.forEach((c, quote) -> {
                if (KommissoriumText.quotedBy(s, quote)) {
                    quoting.add(c);
                }
            });
            if (quoting.isEmpty()) {
                String reason = text.reasonWithoutDuty(s).orElse(null);
                current.add(new Sentence(s, List.of(), reason, reason == null ? words.phrase("review.unread")
                        : words.phrase("review.no-duty", "reason", words.phrase("review.reason." + reason)), List.of()));
                continue;
            }
            for (Clause c : quoting) {
                if (placed.add(c.id())) {
                    current.add(sentence(c, byClause, words, asOf, g.agreement().name(), current));
                }
            }
        }
        if (!current.isEmpty() || sections.isEmpty()) {
            sections.add(section(id, heading, text.source(), current));
        }

        // facts resting on clauses the text does not hold (a rule pack's own), by the pack's section
        Map<String, List<Sentence>> packs = new LinkedHashMap<>();
        Map<String, String> packSources = new LinkedHashMap<>();
        clauses.values().stream().filter(c -> !placed.contains(c.id()) && byClause.containsKey(c.id()))
                .sorted(java.util.Comparator.comparing(Clause::section).thenComparing(Clause::id))
                .forEach(c -> {
                    List<Sentence> list = packs.computeIfAbsent(c.section(), k -> new ArrayList<>());
                    packSources.putIfAbsent(c.section(), c.source());
                    list.add(sentence(c, byClause, words, asOf, g.agreement().name(), list));
                });
        packs.forEach((section, list) -> sections.add(section(section, section, packSources.get(section), list)));

        String title = words.phrase("review.title", "source", text.source());
        return new Review(title, text.source(), g.agreement().name(), asOf, language, sections);
    }

    /** The sentence of clause {@code c} with its facts; a clause whose quote another already gave joins that sentence. */
    private static Sentence sentence(Clause c, Map<String, List<Fact>> byClause, Sentences words, LocalDate asOf,
                                     String agreement, List<Sentence> before) {
        List<Fact> facts = byClause.getOrDefault(c.id(), List.of());
        for (int i = 0; i < before.size(); i++) {
            Sentence same = before.get(i);
            if (same.text().equals(c.quote()) && !same.clauseIds().isEmpty()) {
                List<String> ids = new ArrayList<>(same.clauseIds());
                ids.add(c.id());
                Set<Fact> all = Collections.newSetFromMap(new IdentityHashMap<>());
                List<Fact> joined = new ArrayList<>();
                for (Fact f : same.facts()) {
                    if (all.add(f)) {
                        joined.add(f);
                    }
                }
                for (Fact f : facts) {
                    if (all.add(f)) {
                        joined.add(f);
                    }
                }
                before.remove(i);
                return new Sentence(c.quote(), ids, null, null, joined);
            }
        }
        String nothing = !facts.isEmpty() ? null : asOf == null ? words.phrase("review.nothing", "agreement", agreement)
                : words.phrase("review.nothing-on", "agreement", agreement, "date", words.date(asOf));
        return new Sentence(c.quote(), List.of(c.id()), null, nothing, facts);
    }

    private static Section section(String id, String heading, String source, List<Sentence> sentences) {
        int read = 0;
        int noDuty = 0;
        int unread = 0;
        Set<Fact> facts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Sentence s : sentences) {
            if (s.reason() != null) {
                noDuty++;
            } else if (s.facts().isEmpty()) {
                unread++;
            } else {
                read++;
            }
            facts.addAll(s.facts());
        }
        int readings = (int) facts.stream().filter(f -> f.reading() != null).count();
        return new Section(id, heading, source, sentences, new Counts(sentences.size(), read, noDuty, unread, facts.size(), readings));
    }

    private static Fact fact(Derived d, Row<Derived> row, Sentences words) {
        String bearer = Questions.named(d);
        String who = bearer == null ? words.phrase("review.who.unnamed") : words.actor(bearer, row::resolved);
        List<String> notes = new ArrayList<>();
        if (d instanceof PostHolding h && h.namedByAgreement()) {
            notes.add(words.phrase("named-by-agreement"));
        }
        if (d instanceof Seat m && m.namedByAgreement()) {
            notes.add(words.phrase("seat-named-by-agreement"));
        }
        return new Fact(d, row, words.of(d, row::resolved), who, words.validity(d.validity()),
                row.reading().map(r -> words.phrase("reading", "reading", words.reading(r))).orElse(null), notes);
    }

}
