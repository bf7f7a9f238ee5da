package dk.kulturmetropol.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.rules.internal.Snapshot;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Finds facts by the words of their sentences, labels and quoted clauses. Each text is cut into words, stop words left
 * out and the rest stemmed by Lucene's Snowball stemmers (Danish text by the Danish one, English by the English one), then
 * folded to lower-case ASCII (å ø æ as aa oe ae, accents dropped); a word asked for is stemmed both ways, and left out
 * when it is a stop word in either language ({@code og}, {@code the}). A word matches
 * a stem that is the same (best), that starts with it or that it starts with (an inflection the stemmer leaves apart:
 * {@code samlede}, {@code samlet}), or that contains it (a compound: {@code regnskab} in {@code årsregnskab}). A fact
 * answers when every word matches. Facts whose own sentence (Danish or English) has every word come first, then those
 * whose sentence and labels have them, and last those that need the quoted clause for a word: a clause says more than
 * each fact read from it ("Sekretariatschefen ansættes af, refererer til og aflægger årligt regnskab ..." is quoted under
 * the hiring too, which is no answer to "regnskab"). Within each, the sentence counts more than the quoted clause,
 * which counts more than the labels.
 * The labels include the text's other words for the same matter ({@code årsregnskab} for the accounts KMK approves, see
 * {@link dk.kulturmetropol.model.Vocabulary#ALSO_CALLED}).
 */
final class Find {
    private static final Analyzer DANISH = new DanishAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    /** The shortest stem matched by its start or inside a longer one. */
    private static final int PART = 4;
    /** The longest tail that makes a word an inflection of a shorter stem rather than a compound. */
    private static final int INFLECTION = 3;
    private static final int SENTENCE = 3;
    private static final int QUOTE = 2;
    private static final int LABEL = 1;

    /** One fact's stems, by where they come from. */
    private record Entry(Derived fact, int order, List<Set<String>> danish, List<Set<String>> english) {
    }

    private final List<Entry> entries;
    private final java.util.Map<Derived, Entry> byFact = new java.util.HashMap<>();

    Find(Snapshot snapshot, Labels danishLabels, Labels englishLabels) {
        Sentences da = Sentences.of(danishLabels);
        Sentences en = Sentences.of(englishLabels);
        List<Derived> facts = new ArrayList<>(snapshot.facts().duties());
        facts.addAll(snapshot.facts().lines());
        facts.addAll(snapshot.facts().holdings());
        facts.addAll(snapshot.facts().seats());
        facts.addAll(snapshot.facts().placements());
        List<Entry> all = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Derived fact = facts.get(i);
            StringBuilder quotes = new StringBuilder();
            fact.clauseIds().forEach(id -> quotes.append(snapshot.clause(id).quote()).append('\n'));
            all.add(new Entry(fact, i,
                    List.of(stems(DANISH, da.of(fact)), stems(DANISH, quotes.toString()), stems(DANISH, labels(fact, danishLabels, false))),
                    List.of(stems(ENGLISH, en.of(fact)), Set.of(), stems(ENGLISH, labels(fact, englishLabels, true)))));
        }
        this.entries = List.copyOf(all);
        entries.forEach(e -> byFact.putIfAbsent(e.fact(), e));
    }

    /** The words asked, each as its Danish and its English stems; stop words in either language left out. */
    private record Asked(List<Set<String>> danish, List<Set<String>> english) {
        static Asked of(List<String> words) {
            List<Set<String>> danish = new ArrayList<>();
            List<Set<String>> english = new ArrayList<>();
            for (String word : words) {
                Set<String> d = stems(DANISH, word);
                Set<String> e = stems(ENGLISH, word);
                if (!d.isEmpty() && !e.isEmpty()) {
                    danish.add(d);
                    english.add(e);
                }
            }
            if (danish.isEmpty()) {
                throw new IllegalArgumentException("find needs a word that says something; found only " + words
                        + ", which are all too common to find anything by (og, i, the, of ...)");
            }
            return new Asked(danish, english);
        }
    }

    /** Where every word is: 0 in the fact's own sentence, 1 in its sentence or labels, 2 the quoted clause needed too. */
    private static int tier(Asked asked, Entry entry) {
        int tier = 0;
        for (int w = 0; w < asked.danish().size(); w++) {
            if (score(asked.danish().get(w), entry.danish().subList(0, 1)) + score(asked.english().get(w), entry.english().subList(0, 1)) > 0) {
                continue;
            }
            boolean labelled = score(asked.danish().get(w), List.of(Set.of(), Set.of(), entry.danish().get(2)))
                    + score(asked.english().get(w), List.of(Set.of(), Set.of(), entry.english().get(2))) > 0;
            tier = Math.max(tier, labelled ? 1 : 2);
        }
        return tier;
    }

    /**
     * Whether {@code fact} has some of {@code words} only in its quoted clause, not in its own sentence nor its labels:
     * {@link #find} lists such facts last.
     */
    boolean onlyInQuote(Derived fact, List<String> words) {
        Entry entry = byFact.get(fact);
        return entry != null && tier(Asked.of(words), entry) == 2;
    }

    /**
     * The facts every word matches, best first: those whose own sentence has every word, then those whose labels have
     * the rest, then those that need the quoted clause; within each by score; facts that score the same keep the
     * snapshot's order.
     */
    List<Derived> find(List<String> words) {
        Asked asked = Asked.of(words);
        record Scored(Entry entry, int tier, int score) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry entry : entries) {
            int total = 0;
            for (int w = 0; w < asked.danish().size() && total >= 0; w++) {
                int best = Math.max(score(asked.danish().get(w), entry.danish()), score(asked.english().get(w), entry.english()));
                total = best == 0 ? -1 : total + best;
            }
            if (total > 0) {
                found.add(new Scored(entry, tier(asked, entry), total));
            }
        }
        found.sort(Comparator.comparingInt(Scored::tier).thenComparingInt((Scored s) -> -s.score()).thenComparingInt(s -> s.entry().order()));
        return found.stream().map(s -> s.entry().fact()).toList();
    }

    /** The best score of any of {@code asked} (one word's stems) against a fact's stems, field by field. */
    private static int score(Set<String> asked, List<Set<String>> fields) {
        int best = 0;
        int[] weights = {SENTENCE, QUOTE, LABEL};
        for (int f = 0; f < fields.size(); f++) {
            for (String stem : asked) {
                for (String has : fields.get(f)) {
                    best = Math.max(best, weights[f] * match(stem, has));
                }
            }
        }
        return best;
    }

    /**
     * 3 the same stem, 2 one starts with the other, 1 the other contains it; 0 none of these. A stem of the fact that
     * only begins the word asked counts as the same word inflected (a tail of at most {@value #INFLECTION} letters), not
     * as the first part of a compound: "års" in a sentence is no match for "årsregnskab".
     */
    static int match(String asked, String has) {
        if (asked.equals(has)) {
            return 3;
        }
        if (asked.length() >= PART && has.startsWith(asked)
                || has.length() >= PART && asked.startsWith(has) && asked.length() - has.length() <= INFLECTION) {
            return 2;
        }
        return asked.length() >= PART && has.contains(asked) ? 1 : 0;
    }

    /** The labels and ids of what a fact names, as one text. */
    private static String labels(Derived fact, Labels labels, boolean ids) {
        List<String[]> named = new ArrayList<>();
        if (fact instanceof Duty d) {
            named.add(new String[] {"action", d.action()});
            named.add(new String[] {"matter", d.matter()});
            actors(named, d.actor());
            d.jointlyWith().forEach(a -> actors(named, a));
            d.recipients().forEach(a -> actors(named, a));
            if (d.scope() != null) {
                named.add(new String[] {"scope", d.scope()});
            }
        } else if (fact instanceof ReportingLine l) {
            actors(named, l.from());
            actors(named, l.to());
            named.add(new String[] {"subject", l.about()});
            l.jointlyWith().forEach(a -> actors(named, a));
            actors(named, l.forDutiesOf());
        } else if (fact instanceof PostHolding h) {
            named.add(new String[] {"post", h.post()});
            actors(named, h.holder());
        } else if (fact instanceof Seat s) {
            named.add(new String[] {"body", s.body()});
            actors(named, s.member());
        } else if (fact instanceof Placement p) {
            actors(named, p.actor());
            if (p.host() != null) {
                named.add(new String[] {"actor", p.host()});
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] kindAndId : named) {
            text.append(labels.label(kindAndId[0], kindAndId[1])).append(" / ");
            if (kindAndId[0].equals("matter") && !ids) {
                dk.kulturmetropol.model.Vocabulary.ALSO_CALLED.getOrDefault(kindAndId[1], List.of()).forEach(w -> text.append(w).append(" / "));
            }
            if (ids) {
                text.append(kindAndId[1].replace('-', ' ').replace(':', ' ')).append(" / ");
            }
        }
        return text.toString();
    }

    private static void actors(List<String[]> named, String actor) {
        if (actor != null) {
            named.add(new String[] {"actor", actor});
        }
    }

    /** The folded stems of {@code text}'s words that are not stop words. */
    static Set<String> stems(Analyzer analyzer, String text) {
        Set<String> stems = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(fold(term.toString()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read words from a string", e);
        }
        return stems;
    }

    /** Lower case ASCII: å ø æ as aa oe ae, other accents dropped. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("å", "aa").replace("ø", "oe").replace("æ", "ae");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
