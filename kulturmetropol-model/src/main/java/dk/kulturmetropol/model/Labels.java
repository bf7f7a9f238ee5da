package dk.kulturmetropol.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A display label in English or Danish for every id of the vocabulary, and for the scopes of an agreement: the
 * partners by their names, the focus areas by their Danish names (in English by their ids' words). An id the
 * vocabulary does not know, such as one a rule pack brings, is its own label.
 *
 * <p>Two forms: {@link #label} is what a table, chart or list shows ({@code årsplan}, {@code projektchef for
 * Musikindsatsen}); {@link #inSentence} is the form a sentence uses ({@code årsplanen}, {@code projektchefen for
 * Musikindsatsen}).
 *
 * <pre>{@code
 * Labels da = Labels.of(Language.DA, agreement);
 * da.label("action", "approve");            // "godkender"
 * da.label("matter", "annual-plan");        // "årsplan"
 * da.inSentence("matter", "annual-plan");   // "årsplanen"
 * da.label("actor", "project-chief:music"); // "projektchef for Musikindsatsen"
 * Labels.of(Language.EN).label("actor", "political-steering-group"); // "political steering group"
 * }</pre>
 */
public final class Labels {
    private static final Map<Language, Properties> WORDS = Collections.synchronizedMap(new EnumMap<>(Language.class));
    private static final Set<String> KINDS = Set.of("action", "matter", "actor", "post", "body", "scope", "subject");

    private final Language language;
    private final Properties words;
    private final Map<String, String> extra;
    private final Map<String, String> partners = new HashMap<>();
    private final Map<String, String> focusAreas = new HashMap<>();

    private Labels(Language language, Agreement agreement, Map<String, String> extra) {
        this.language = Objects.requireNonNull(language, "language");
        this.words = words(language);
        this.extra = Map.copyOf(extra);
        if (agreement != null) {
            agreement.partners().forEach(p -> partners.put(p.id(), p.name()));
            agreement.focusAreas().forEach(f -> focusAreas.put(f.id(), language == Language.DA ? f.name() : f.id().replace('-', ' ')));
        }
    }

    private Labels(Labels from, String scope, String shown) {
        this.language = from.language;
        this.words = from.words;
        this.extra = from.extra;
        this.partners.putAll(from.partners);
        this.focusAreas.putAll(from.focusAreas);
        if (partners.containsKey(scope)) {
            partners.put(scope, shown);
        }
        if (focusAreas.containsKey(scope)) {
            focusAreas.put(scope, shown);
        }
    }

    /**
     * These labels, but with the partner or focus area {@code scope} shown as {@code shown} wherever a label names it:
     * what lets a writer see where in a sentence a scope stands, to write one sentence for several scopes.
     *
     * @param scope the partner or focus area id, e.g. {@code music}
     * @param shown what to show in its place, e.g. a placeholder such as <code>{omraade}</code>
     * @return new labels; these are unchanged
     * @throws NullPointerException when {@code scope} or {@code shown} is null
     */
    public Labels withScopeShownAs(String scope, String shown) {
        return new Labels(this, Objects.requireNonNull(scope, "scope"), Objects.requireNonNull(shown, "shown"));
    }

    /**
     * The ids of the agreement's focus areas (empty for labels made without an agreement).
     *
     * @return an unmodifiable set of focus area ids
     */
    public Set<String> focusAreaIds() {
        return Set.copyOf(focusAreas.keySet());
    }

    /**
     * The ids of the agreement's partners (empty for labels made without an agreement).
     *
     * @return an unmodifiable set of partner ids
     */
    public Set<String> partnerIds() {
        return Set.copyOf(partners.keySet());
    }

    /**
     * Labels in {@code language}; scopes are shown as their ids.
     *
     * @param language the language to label in
     * @return labels of the library's vocabulary only
     */
    public static Labels of(Language language) {
        return new Labels(language, null, Map.of());
    }

    /**
     * Labels in {@code language}, with the partners' and focus areas' names from {@code agreement}.
     *
     * @param language  the language to label in
     * @param agreement the agreement whose partners and focus areas are named
     * @return labels of the library's vocabulary and the agreement's scopes
     * @throws NullPointerException when {@code agreement} is null
     */
    public static Labels of(Language language, Agreement agreement) {
        return of(language, agreement, Map.of());
    }

    /**
     * Labels in {@code language} with the agreement's names and {@code words} of a rule pack's own ids, keyed as in the
     * library's words ({@code action.publish}, {@code action.publish.do}, {@code matter.cultural-programme.the}, ...).
     *
     * @param language  the language to label in
     * @param agreement the agreement whose partners and focus areas are named
     * @param words     a rule pack's labels by key, e.g. {@code action.publish=offentliggør}; empty for none
     * @return labels of the library's vocabulary, the agreement's scopes and the pack's ids
     * @throws NullPointerException when {@code agreement} or {@code words} is null
     */
    public static Labels of(Language language, Agreement agreement, Map<String, String> words) {
        return new Labels(language, Objects.requireNonNull(agreement, "agreement"), Objects.requireNonNull(words, "words"));
    }

    /**
     * Whether the library's own words have {@code key}: a pack labels only ids the vocabulary does not.
     *
     * @param key a words key, e.g. {@code action.approve}
     * @return true when the library labels it already (a pack may not label it again)
     */
    public static boolean isBuiltIn(String key) {
        return words(Language.EN).containsKey(key);
    }

    /**
     * The language.
     *
     * @return the language these labels are in
     */
    public Language language() {
        return language;
    }

    /**
     * The label a table, chart or list shows for {@code id} of {@code kind} (action, matter, actor, post, body, scope
     * or subject); the id itself when the vocabulary has none.
     *
     * @param kind the kind of id: {@code action}, {@code matter}, {@code actor}, {@code post}, {@code body}, {@code scope}
     *     or {@code subject}
     * @param id   the id, e.g. {@code annual-plan} or {@code project-chief:music}
     * @return the label, never {@code null}
     * @throws IllegalArgumentException for an unknown kind
     */
    public String label(String kind, String id) {
        return find(kind, id, false).orElse(id);
    }

    /**
     * The form a sentence uses: with its article where the language puts one ({@code årsplanen}, {@code the annual plan}).
     *
     * @param kind the kind of id, as for {@link #label}
     * @param id   the id
     * @return the sentence form, or the id itself when the vocabulary has none
     * @throws IllegalArgumentException for an unknown kind
     */
    public String inSentence(String kind, String id) {
        return find(kind, id, true).orElse(id);
    }

    /**
     * Whether the vocabulary has a label of its own for {@code id} (not the id as its own label).
     *
     * @param kind the kind of id, as for {@link #label}
     * @param id   the id
     * @return false for an id shown as itself, such as a pack's id its pack does not label
     * @throws IllegalArgumentException for an unknown kind
     */
    public boolean has(String kind, String id) {
        return find(kind, id, false).isPresent();
    }

    /** Whether {@code id} is a focus area of the agreement these labels were made with. */
    boolean isFocusArea(String id) {
        return focusAreas.containsKey(id);
    }

    /**
     * The focus areas whose names, as the agreement file gives them, {@code text} shows, by id: the
     * names are the agreement's, not the text's (the kommissorium writes "Kulturmetropolens Musikindsats"), so an
     * answer that shows one says so. English labels name a focus area by its id's words, never by the agreement's
     * name, so in English this is always empty.
     *
     * <pre>{@code
     * Labels.of(Language.DA, agreement).focusAreasNamedIn("KMK godkender årsplanen for Musikindsatsen."); // ["music"]
     * }</pre>
     *
     * @param text a sentence as an answer shows it; {@code null} is taken as no text
     * @return the ids of the focus areas named in it, sorted; empty in English
     */
    public java.util.List<String> focusAreasNamedIn(String text) {
        if (language != Language.DA || text == null) {
            return java.util.List.of();
        }
        return focusAreas.entrySet().stream().filter(e -> text.contains(e.getValue())).map(Map.Entry::getKey).sorted().toList();
    }

    /** Whether {@code id} is a partner of the agreement these labels were made with. */
    boolean isPartner(String id) {
        return partners.containsKey(id);
    }

    /** How a duty's scope reads after its matter: {@code for Musikindsatsen}, {@code i Køge Kommune}. */
    String scopePhrase(String scope) {
        return text(partners.containsKey(scope) ? "scope.municipality" : "scope.focus-area").replace("{scope}", scope(scope));
    }

    /** A sentence pattern or phrase by its key. */
    String text(String key) {
        String value = optional(key).orElse(null);
        if (value == null) {
            throw new IllegalStateException("no " + language.id() + " words for '" + key + "' in words_" + language.id() + ".properties");
        }
        return value;
    }

    /** The value of {@code key}, if the words have it. */
    Optional<String> optional(String key) {
        String value = words.getProperty(key);
        return Optional.ofNullable(value != null ? value : extra.get(key));
    }

    private Optional<String> find(String kind, String id, boolean the) {
        Objects.requireNonNull(id, "id");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind '" + kind + "': expected one of action, matter, actor, post, body, scope, subject");
        }
        return switch (kind) {
            case "action" -> optional("action." + id);
            case "subject" -> optional("subject." + id);
            case "scope" -> partners.containsKey(id) || focusAreas.containsKey(id) ? Optional.of(scope(id)) : Optional.empty();
            case "matter" -> matter(id, the);
            default -> actor(id, the);
        };
    }

    private String scope(String id) {
        return partners.getOrDefault(id, focusAreas.getOrDefault(id, id));
    }

    private Optional<String> actor(String id, boolean the) {
        int colon = id.indexOf(':');
        if (colon > 0) {
            String scope = scope(id.substring(colon + 1));
            return optional("actor." + id.substring(0, colon) + (the ? ".the.of" : ".of")).map(p -> p.replace("{scope}", scope));
        }
        if (partners.containsKey(id)) {
            return Optional.of(partners.get(id));
        }
        return own("actor." + id, the);
    }

    /**
     * The label of {@code key}, or with {@code the} its form in a sentence ({@code key.the}); for a pack's own id that
     * gives no such form, its label (a name such as "Slots- og Kulturstyrelsen" takes no article).
     */
    private Optional<String> own(String key, boolean the) {
        Optional<String> found = optional(key + (the ? ".the" : ""));
        return found.isPresent() || !the ? found : Optional.ofNullable(extra.get(key));
    }

    private Optional<String> matter(String id, boolean the) {
        int colon = id.indexOf(':');
        if (colon > 0) {
            String body = inSentence("body", id.substring(colon + 1));
            Optional<String> scoped = optional("matter." + id.substring(0, colon) + (the ? ".the.of" : ".of")).map(p -> p.replace("{body}", body));
            return scoped.isPresent() ? scoped : actor(id, the);
        }
        Optional<String> own = own("matter." + id, the);
        return own.isPresent() ? own : actor(id, the);
    }

    /** The key of a shipped reading, found by its English words as the rules state it. */
    static Optional<String> readingKey(String english) {
        return Optional.ofNullable(Readings.BY_ENGLISH.get(english));
    }

    /** The shipped readings' keys by their English words, made once, when a reading is first written. */
    private static final class Readings {
        static final Map<String, String> BY_ENGLISH;

        static {
            Properties en = words(Language.EN);
            Map<String, String> keys = new HashMap<>();
            en.stringPropertyNames().stream().filter(key -> key.startsWith("reading.")).forEach(key -> keys.put(en.getProperty(key), key));
            BY_ENGLISH = Map.copyOf(keys);
        }
    }

    private static Properties words(Language language) {
        return WORDS.computeIfAbsent(language, l -> {
            String name = "words_" + l.id() + ".properties";
            Properties p = new Properties();
            try (InputStream in = Labels.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the library jar lacks " + name);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            return p;
        });
    }
}
