package dk.kulturmetropol.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Vocabulary;

/**
 * Reads an id from the words a person types: the id itself, or its Danish label in the forms people use. A verb in the
 * infinitive or the present ({@code godkende}, {@code godkender}), a noun with or without its article
 * ({@code årsplan}, {@code årsplanen}), a partner or focus area by its name ({@code Roskilde}, {@code Musikindsatsen});
 * in any case, with {@code aa}, {@code oe} and {@code ae} for å, ø and æ. The forms come from the labels
 * ({@link Labels#label}, {@link Labels#inSentence}), an action's sentence pattern ({@code action.ID.do}) and the text's
 * words in {@link Vocabulary}; the present tense is made by rule (the infinitive's final -e becomes -er). Made by rule
 * too: the verb of a verb phrase alone ({@code orientere} of "orientere og inddrage"), a noun phrase's head noun alone
 * with its definite forms ({@code suppleant}, {@code suppleanten}; {@code næstformændene} where the text uses the
 * plural), a matter asked by its role's label and the other way round, and a focus area by the stem of its name
 * ({@code musik}).
 *
 * <p>Forms are ranked: the id and the label first, then the form in a sentence and the text's words, then a partner
 * named without "Kommune" or a scoped role without its scope, then another kind's label, then a head word alone. The
 * best rank that matches decides; two ids at that rank are refused with both named.
 */
final class Terms {
    private final Function<String, Set<String>> accepted;
    private final Labels danish;
    private final Agreement agreement;
    private final Map<String, Map<String, TreeMap<Integer, Set<String>>>> forms = new ConcurrentHashMap<>();

    Terms(Function<String, Set<String>> accepted, Labels danish, Agreement agreement) {
        this.accepted = accepted;
        this.danish = danish;
        this.agreement = agreement;
    }

    /**
     * The id of {@code kind} that {@code words} names: {@code words} itself when it is an accepted id; else the one id
     * whose Danish forms match best.
     *
     * @throws UnknownTermException   when nothing matches, with the nearest ids
     * @throws AmbiguousTermException when two or more ids match equally well, naming them
     */
    String idOf(String kind, String words) {
        Set<String> known = accepted.apply(kind);
        if (words == null || known.contains(words)) {
            return words;
        }
        TreeMap<Integer, Set<String>> ranked = formsOf(kind).get(fold(words));
        if (ranked == null) {
            throw new UnknownTermException(kind, words, known);
        }
        Set<String> best = ranked.firstEntry().getValue();
        if (best.size() > 1) {
            Map<String, String> candidates = new java.util.LinkedHashMap<>();
            best.forEach(id -> candidates.put(id, danish.label(kind, id)));
            throw new AmbiguousTermException(kind, words, candidates);
        }
        return best.iterator().next();
    }

    /**
     * The {@code limit} ids of {@code kind} nearest to {@code words} by edit distance to the id or to any form
     * {@link #idOf} reads (the Danish label, its form in a sentence, the text's words), nearest first, ties by id;
     * words written {@code role:scope} whose scope alone names an id (a partner, {@code partner:roskilde}) put that id
     * first, and the ids of that scope next.
     */
    List<String> nearest(String kind, String words, int limit) {
        Set<String> known = accepted.apply(kind);
        String folded = fold(words);
        Map<String, Integer> best = new HashMap<>();
        known.forEach(id -> best.put(id, UnknownTermException.distance(compared(words, id), id)));
        formsOf(kind).forEach((form, ranked) -> {
            int d = UnknownTermException.distance(compared(folded, form), form);
            ranked.values().forEach(ids -> ids.forEach(id -> best.merge(id, d, Math::min)));
        });
        List<String> nearest = new ArrayList<>(known.stream()
                .sorted(java.util.Comparator.comparingInt((String id) -> best.get(id)).thenComparing(id -> id)).toList());
        int colon = words.lastIndexOf(':');
        if (colon >= 0) {
            TreeMap<Integer, Set<String>> scope = formsOf(kind).get(fold(words.substring(colon + 1)));
            if (scope != null && scope.firstEntry().getValue().size() == 1) {
                String alone = scope.firstEntry().getValue().iterator().next();
                List<String> first = new ArrayList<>(List.of(alone));
                nearest.stream().filter(id -> id.endsWith(":" + alone)).forEach(first::add);
                nearest.removeAll(first);
                nearest.addAll(0, first);
            }
        }
        return List.copyOf(nearest.subList(0, Math.min(limit, nearest.size())));
    }

    /** {@code words} cut to a little beyond {@code form}'s length: a longer tail only takes it farther, at a cost. */
    private static String compared(String words, String form) {
        int most = form.length() + UnknownTermException.COMPARED_BEYOND;
        return words.length() > most ? words.substring(0, most) : words;
    }

    /**
     * The ids of {@code kind} any of whose forms has {@code word} as a word or as the tail of a compound, with or
     * without its article: "regnskab" is in "det forudgående års regnskab", "revideret årsregnskab" and "slutregnskab".
     */
    Set<String> idsMentioning(String kind, String word) {
        String folded = fold(word);
        String bare = folded.length() > 5 && (folded.endsWith("et") || folded.endsWith("en")) ? folded.substring(0, folded.length() - 2) : folded;
        Set<String> found = new TreeSet<>();
        formsOf(kind).forEach((form, ranks) -> {
            for (String token : form.split(" ")) {
                // bare is the word itself or the word without its article, so these cover the word as typed too
                if (token.endsWith(bare) || token.endsWith(bare + "et") || token.endsWith(bare + "en")) {
                    ranks.values().forEach(found::addAll);
                    return;
                }
            }
        });
        return found;
    }

    private Map<String, TreeMap<Integer, Set<String>>> formsOf(String kind) {
        return forms.computeIfAbsent(kind, k -> {
            Map<String, TreeMap<Integer, Set<String>>> byForm = new HashMap<>();
            for (String id : accepted.apply(k)) {
                for (Map.Entry<String, Integer> form : formsOf(k, id).entrySet()) {
                    byForm.computeIfAbsent(fold(form.getKey()), f -> new TreeMap<>())
                            .computeIfAbsent(form.getValue(), r -> new TreeSet<>()).add(id);
                }
            }
            byForm.values().forEach(ranks -> ranks.keySet().retainAll(Set.of(ranks.firstKey())));
            return Map.copyOf(byForm);
        });
    }

    /**
     * Every form of one id, with its rank: 0 the id and label, 2 the sentence form and the text's words, 3 the text's
     * other words for the same matter ({@link Vocabulary#ALSO_CALLED}); +1 shortened.
     */
    private Map<String, Integer> formsOf(String kind, String id) {
        Map<String, Integer> found = new HashMap<>();
        add(found, id, 0);
        if (danish.has(kind, id)) {
            add(found, danish.label(kind, id), 0);
            add(found, danish.inSentence(kind, id), 2);
        }
        String bare = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
        for (String words : textWords(kind, bare)) {
            add(found, words, 2);
            if (kind.equals("action")) {
                add(found, present(words), 2);
            }
        }
        if (kind.equals("matter")) {
            Vocabulary.ALSO_CALLED.getOrDefault(id, List.of()).forEach(words -> add(found, words, 3));
        }
        if (id.contains(":") && !kind.equals("matter") && danish.has(kind, bare)) {
            add(found, danish.label(kind, bare), 4);
            add(found, danish.inSentence(kind, bare), 4);
        }
        if (kind.equals("action")) {
            verbForms(found, id);
        } else if (kind.equals("scope")) {
            areaStems(found, id);
        } else {
            nounForms(found, kind, id);
        }
        Map<String, Integer> shortened = new HashMap<>();
        for (Map.Entry<String, Integer> form : found.entrySet()) {
            for (Partner p : agreement.partners()) {
                String name = p.name();
                if (name.endsWith(" Kommune") && form.getKey().contains(name)) {
                    shortened.put(form.getKey().replace(name, name.substring(0, name.length() - " Kommune".length())), form.getValue() + 1);
                }
            }
            // a name's genitive before the noun, as the text writes it again with the article: "Kulturmetropolens politiske
            // styregruppe" is "den politiske styregruppe"
            java.util.regex.Matcher genitive = OWNER.matcher(form.getKey());
            if (!kind.equals("action") && genitive.matches()) {
                shortened.merge("den " + genitive.group(1), form.getValue() + 1, Math::min);
                shortened.merge("det " + genitive.group(1), form.getValue() + 1, Math::min);
            }
            String unquoted = form.getKey().replaceAll("\\s*(\"[^\"]*\"|»[^«]*«)", "");
            if (!unquoted.equals(form.getKey())) {
                shortened.put(unquoted, form.getValue() + 1);
            }
        }
        shortened.forEach((form, rank) -> add(found, form, rank));
        return found;
    }

    /** A label that begins with a name in the genitive ("Kulturmetropolens politiske styregruppe"): the rest. */
    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+s (\\p{Ll}.*)");

    /** Rank of a form found through another kind's label of the same id (a matter's singular from its role). */
    private static final int OTHER_KIND = 6;
    /** Rank of a phrase's head word alone: a verb without its object, a noun without its adjectives or complement. */
    private static final int HEAD = 7;
    /** Words that end a noun phrase's head: prepositions, conjunctions. */
    private static final Set<String> PHRASE_ENDS = Set.of("i", "for", "til", "på", "af", "med", "om", "mellem", "hos", "uden",
            "og", "eller", "frem", "fra", "ved", "under", "over", "hvor", "der", "som");
    /** Words before a noun that are not part of it: articles and determiners. */
    private static final Set<String> DETERMINERS = Set.of("den", "det", "de", "en", "et", "hver", "hvert", "sin", "sit", "sine");

    /**
     * An action's infinitive phrase from its sentence pattern ({@code action.ID.do}, placeholders left out) with its
     * present, and every verb phrase's first word (the verb) alone in both forms: {@code orientere og inddrage} is
     * asked as {@code orientere} or {@code orienterer}, {@code foreslå og kvalificere} as {@code foreslå}.
     */
    private void verbForms(Map<String, Integer> found, String id) {
        dk.kulturmetropol.model.Sentences words = dk.kulturmetropol.model.Sentences.of(danish);
        String bare = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
        words.words("action." + bare + ".do").map(Terms::withoutPlaceholders).ifPresent(infinitive -> {
            add(found, infinitive, 2);
            add(found, present(infinitive), 2);
            imperative(infinitive).ifPresent(form -> add(found, form, 2));
        });
        for (Map.Entry<String, Integer> form : Map.copyOf(found).entrySet()) {
            String phrase = form.getKey().strip();
            int space = phrase.indexOf(' ');
            if (space > 0 && !phrase.equals(id)) {
                String verb = phrase.substring(0, space);
                add(found, verb, form.getValue() + 1);
                if (!verb.endsWith("r") && !verb.endsWith("s")) {
                    add(found, present(verb), form.getValue() + 1);
                    int rank = form.getValue() + 1;
                    imperative(verb).ifPresent(imperative -> add(found, imperative, rank));
                }
            }
        }
    }

    /** A pattern's words with its placeholders ({@code {matter}}, {@code {to}}) left out. */
    private static String withoutPlaceholders(String pattern) {
        return pattern.replaceAll("\\{[a-z]+}", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * A noun's other forms: the label of the same id in the other noun kind (a matter written in the plural, "politiske
     * næstformænd", is asked in the singular of its role, "næstformand", and the other way round), and each phrase's
     * head noun alone, without article, adjectives or complement ({@code suppleant}, {@code fremdrift},
     * {@code bestyrelsen}), with its definite form, in the plural too where the text uses the plural
     * ({@code næstformændene}). A head noun that several ids share is refused as fitting them all.
     */
    private void nounForms(Map<String, Integer> found, String kind, String id) {
        if (!id.contains(":")) {
            for (String other : List.of("actor", "matter")) {
                if (!other.equals(kind) && accepted.apply(other) != null && accepted.apply(other).contains(id) && danish.has(other, id)) {
                    add(found, danish.label(other, id), OTHER_KIND);
                    add(found, danish.inSentence(other, id), OTHER_KIND);
                }
            }
        }
        for (String phrase : List.copyOf(found.keySet())) {
            if (phrase.equals(id)) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(phrase.strip().split("[\\s,]+")));
            boolean plural = !words.isEmpty() && words.get(0).equalsIgnoreCase("de");
            while (words.size() > 1 && DETERMINERS.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
                words.remove(0);
            }
            int end = 1;
            while (end < words.size() && !PHRASE_ENDS.contains(words.get(end).toLowerCase(java.util.Locale.ROOT))) {
                end++;
            }
            String head = words.get(end - 1);
            if (head.equals(phrase.strip()) || !head.chars().allMatch(Character::isLetter) || head.length() < 3) {
                continue;
            }
            add(found, head, HEAD);
            add(found, head + (head.endsWith("e") ? "n" : "en"), HEAD);
            add(found, head + (head.endsWith("e") ? "t" : "et"), HEAD);
            if (plural || end > 1 && words.get(end - 2).endsWith("e") && !head.endsWith("e")) {
                add(found, head + (head.endsWith("e") || head.endsWith("er") ? "ne" : "ene"), HEAD);
            }
        }
    }

    /**
     * A focus area by the stem of its name, the word its "-indsats" compound is made of: {@code musik} for
     * Musikindsatsen, {@code unge} for Ungeindsatsen, {@code kultur og sundhed} for Kultur- og sundhedsindsatsen, and
     * the name without its article ({@code Musikindsats}).
     */
    private void areaStems(Map<String, Integer> found, String id) {
        if (!danish.focusAreaIds().contains(id)) {
            return;
        }
        String name = danish.label("scope", id).replaceAll("\\s*(\"[^\"]*\"|»[^«]*«)", "").strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^(.*?)-?(indsats)(en)?$").matcher(name);
        if (m.matches() && !m.group(1).isBlank()) {
            String stem = m.group(1).strip();
            add(found, m.group(1) + m.group(2), 3);
            add(found, stem, 3);
            if (stem.endsWith("s") && stem.length() > 3) {
                add(found, stem.substring(0, stem.length() - 1), 3);
            }
        }
    }

    private static void add(Map<String, Integer> forms, String form, int rank) {
        if (!form.isBlank()) {
            forms.merge(form, rank, Math::min);
        }
    }

    /** The text's own words for an id of {@code kind}, alternatives apart and asides in brackets left out. */
    private static List<String> textWords(String kind, String bare) {
        String words = switch (kind) {
            case "action" -> Vocabulary.ACTIONS.get(bare);
            case "matter" -> Vocabulary.MATTERS.getOrDefault(bare, Vocabulary.SCOPED_MATTERS.containsKey(bare) ? null : Vocabulary.ROLES.get(bare));
            case "subject" -> Vocabulary.SUBJECTS.get(bare);
            case "body" -> Vocabulary.BODIES.get(bare);
            case "actor", "post" -> Vocabulary.ROLES.getOrDefault(bare, Vocabulary.BODIES.get(bare));
            default -> null;
        };
        if (words == null) {
            return List.of();
        }
        String plain = words.replaceAll("\\s*\\([^)]*\\)", "").strip();
        List<String> all = new ArrayList<>(List.of(plain));
        if (kind.equals("action") || kind.equals("actor") || kind.equals("post")) {
            all.addAll(List.of(plain.split(",\\s*")));
        }
        return all;
    }

    /** The present of a Danish verb phrase in the infinitive: godkende → godkender, sætte dagsordenen → sætter dagsordenen. */
    static String present(String infinitive) {
        int space = infinitive.indexOf(' ');
        String verb = space < 0 ? infinitive : infinitive.substring(0, space);
        String rest = space < 0 ? "" : infinitive.substring(space);
        return (verb.endsWith("s") ? verb : verb + "r") + rest;
    }

    /**
     * The imperative of an infinitive ending in an unstressed {@code e}, as a person types a command: {@code godkend} of
     * {@code godkende}, {@code ansæt} of {@code ansætte} (a doubled consonant once), {@code udpeg} of {@code udpege}; empty
     * for a verb that ends otherwise ({@code foreslå}, {@code gå}).
     */
    static java.util.Optional<String> imperative(String infinitive) {
        int space = infinitive.indexOf(' ');
        String verb = space < 0 ? infinitive : infinitive.substring(0, space);
        String rest = space < 0 ? "" : infinitive.substring(space);
        if (verb.length() < 4 || !verb.endsWith("e") || !Character.isLetter(verb.charAt(verb.length() - 2))
                || "aeiouyæøå".indexOf(verb.charAt(verb.length() - 2)) >= 0) {
            return java.util.Optional.empty();
        }
        String stem = verb.substring(0, verb.length() - 1);
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            stem = stem.substring(0, n - 1);
        }
        return java.util.Optional.of(stem + rest);
    }

    /** Lower case, å ø æ as aa oe ae, accents dropped, and anything but letters and digits as one space. */
    static String fold(String words) {
        return Find.fold(words).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
