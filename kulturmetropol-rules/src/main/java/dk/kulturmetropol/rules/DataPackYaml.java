package dk.kulturmetropol.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Condition;
import dk.kulturmetropol.model.DataPackDuty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Modality;

/**
 * Reads a data-only rule pack: duties as YAML, not code. Each entry becomes a fact that fixed rules shipped with
 * the library turn into duties; nothing in the file is compiled or run, so a data pack is safe to load from a file
 * you did not write.
 *
 * <pre>{@code
 * source: Gladsaxe's accession letter
 * duties:
 *   - clause: gladsaxe.programme
 *     quote: Each partner publishes its cultural programme by 1 February.
 *     for: each-partner
 *     actor: "partner-municipality:${partner}"
 *     action: publish
 *     matter: cultural-programme
 *     scope: "${partner}"
 *     due: "--02-01"
 * }</pre>
 *
 * Keys of an entry: {@code clause}, {@code quote}, {@code source} (else the file's), {@code for}
 * ({@code the-agreement | each-partner | each-focus-area}), {@code actor}, {@code action}, {@code matter},
 * {@code scope}, {@code modality} ({@code must} by default), {@code jointlyWith}, {@code to}, {@code frequency}
 * ({@code {per: year|quarter|continuously|as-needed, min, max, alsoAsNeeded}}), {@code condition}
 * ({@code between-meetings | within-approved-plan-and-budget | at-any-time}), {@code due} (a date
 * {@code YYYY-MM-DD}, or a yearly month-day {@code --MM-DD}) and {@code sentence}. In {@code each-partner} entries
 * {@code ${partner}} stands for each partner's id; in {@code each-focus-area} entries {@code ${area}} and {@code ${home}}.
 *
 * <p>An entry may give its own sentence per language, which {@code --lang da|en} prints for its duties in place of one
 * composed from labels; its placeholders are those of {@link dk.kulturmetropol.model.Sentences#PLACEHOLDERS}
 * ({@code {actor}}, {@code {to}}, {@code {area}}, {@code {partner}}, {@code {due}}, ...), and a sentence with any other is
 * refused at its line:
 *
 * <pre>{@code
 *     sentence:
 *       da: "{actor} offentliggør sit kulturprogram og sender det til {to}."
 *       en: "{actor} publishes its cultural programme and sends it to {to}."
 * }</pre>
 *
 * <p>A pack may label the ids it brings, per language, with the keys of the library's own words, so that
 * {@code --lang da|en} writes them as sentences: {@code KIND.ID} the label ({@code action.publish: offentliggør}),
 * {@code KIND.ID.the} the form a sentence uses ({@code matter.cultural-programme.the: kulturprogrammet}),
 * {@code action.ID.do} what the bearer does with {@code {matter}}, and {@code action.ID.do.to} the same with recipients
 * {@code {to}}. KIND is actor, action, matter or subject; an id the vocabulary labels already is refused.
 *
 * <pre>{@code
 * labels:
 *   da: { action.publish: offentliggør, action.publish.do: "offentliggøre {matter}", matter.cultural-programme: kulturprogram }
 *   en: { action.publish: publishes, action.publish.do: "publish {matter}", matter.cultural-programme: cultural programme }
 * }</pre>
 *
 * A refused file throws {@link RulePackException} naming the file, the line and what was expected.
 */
public final class DataPackYaml {
    private static final ObjectMapper YAML = new ObjectMapper(AgreementYaml.limited()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // min: 2.9 would be read as 2: refuse a number with a fraction where a whole one is asked
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private DataPackYaml() {
    }

    /** The keys a pack may label its ids with: {@code KIND.ID} and the forms of the library's own words. */
    private static final Pattern LABEL_KEY = Pattern.compile("(actor|action|matter|subject)\\.[a-z0-9]+(-[a-z0-9]+)*"
            + "(\\.(the|of|the\\.of|do|do\\.to|do\\.self))?");

    /**
     * A read pack: its entries as facts, the clauses they declare, and its labels by language.
     *
     * @param duties  the entries
     * @param clauses the clauses they declare
     * @param labels  its own ids' labels, by language and key (see the class)
     * @param origin  where it was read from, e.g. its file, to name in messages
     */
    public record Pack(List<DataPackDuty> duties, List<Clause> clauses, Map<Language, Map<String, String>> labels, String origin) {
        /**
         * Copies the lists and labels; {@code null} labels read as none and a {@code null} origin as "a data pack".
         *
         * @param duties  the entries; copied
         * @param clauses the clauses they declare; copied
         * @param labels  its own ids' labels, or {@code null}; copied
         * @param origin  where it was read from, or {@code null}
         * @throws NullPointerException when {@code duties} or {@code clauses} is null
         */
        public Pack {
            duties = List.copyOf(duties);
            clauses = List.copyOf(clauses);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            origin = origin == null ? "a data pack" : origin;
        }

        /**
         * A pack read from no file in particular.
         *
         * @param duties  the entries
         * @param clauses the clauses they declare
         * @param labels  its own ids' labels, by language and key
         */
        public Pack(List<DataPackDuty> duties, List<Clause> clauses, Map<Language, Map<String, String>> labels) {
            this(duties, clauses, labels, null);
        }

        /**
         * A pack with no labels.
         *
         * @param duties  the entries
         * @param clauses the clauses they declare
         */
        public Pack(List<DataPackDuty> duties, List<Clause> clauses) {
            this(duties, clauses, Map.of(), null);
        }
    }

    /**
     * Reads the data pack in {@code file}.
     *
     * @param file the YAML file
     * @return its entries and the clauses they declare
     * @throws RulePackException when the file is missing, unreadable or not a valid data pack, naming the file and line
     */
    public static Pack read(Path file) {
        AgreementYaml.requireFile(file, "rule pack file", "a data pack, e.g. my-pack.yaml", RulePackException::new);
        try {
            return parse(dk.kulturmetropol.rules.internal.BoundedFiles.read(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new RulePackException("rule pack file '" + file + "' does not exist or is not a file");
        } catch (IOException e) {
            throw new RulePackException("cannot read rule pack file '" + file + "': " + e.getMessage());
        }
    }

    /**
     * Reads a data pack from YAML text.
     *
     * @param yaml   the text
     * @param origin what to call it in messages, e.g. a file name
     * @return its entries and the clauses they declare
     * @throws RulePackException when it is not a valid data pack, naming {@code origin} and the line
     */
    public static Pack parse(String yaml, String origin) {
        AgreementYaml.oversized(yaml, "a data pack").ifPresent(why -> {
            throw new RulePackException(origin + why);
        });
        AgreementYaml.unreadable(yaml).ifPresent(why -> {
            throw new RulePackException(origin + " " + why);
        });
        Map<String, Integer> lines = AgreementYaml.lines(yaml);
        Doc doc;
        try {
            doc = YAML.readValue(yaml, Doc.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            throw new RulePackException(at(origin, lines, AgreementYaml.path(e), e) + "unknown key '" + AgreementYaml.path(e)
                    + "'; expected one of: " + String.join(", ", known));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException parse && !(parse instanceof JsonMappingException)) {
                throw new RulePackException(AgreementYaml.whereMalformed(origin, parse, yaml) + "malformed YAML: "
                        + AgreementYaml.summary(parse.getOriginalMessage()));
            }
            String path = AgreementYaml.path(e);
            if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f
                    && (f.getTargetType() == Integer.class || f.getTargetType() == int.class)) {
                throw new RulePackException(at(origin, lines, path, e) + "'" + path + "' is '" + f.getValue()
                        + "', expected a whole number");
            }
            String expected = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                    ? AgreementYaml.shape(m.getTargetType()) : "another value";
            throw new RulePackException(at(origin, lines, path, e) + (path.isEmpty() ? "the file" : "'" + path + "'")
                    + " has the wrong shape: expected " + expected);
        } catch (JsonProcessingException e) {
            throw new RulePackException(AgreementYaml.whereMalformed(origin, e, yaml) + "malformed YAML: "
                    + AgreementYaml.summary(e.getOriginalMessage()));
        }
        if (doc == null || doc.duties() == null || doc.duties().isEmpty()) {
            throw new RulePackException(origin + ": a data pack lists its entries under 'duties:'; found none");
        }
        // read once: every entry is checked against the kommissorium's own clause ids
        dk.kulturmetropol.rules.internal.ClauseCatalogue kommissorium = dk.kulturmetropol.rules.internal.ClauseCatalogue.kommissorium();
        List<DataPackDuty> duties = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        Map<Language, Map<String, String>> sentences = new java.util.EnumMap<>(Language.class);
        String fileName = origin.substring(Math.max(origin.lastIndexOf('/'), Math.max(origin.lastIndexOf('\\'), origin.lastIndexOf(':'))) + 1);
        for (int i = 0; i < doc.duties().size(); i++) {
            String path = "duties[" + i + "]";
            Integer line = AgreementYaml.lineOf(lines, path);
            String where = origin + (line == null ? "" : " line " + line);
            Entry e = doc.duties().get(i);
            if (e == null) {
                throw new RulePackException(where + ": empty entry; expected a mapping with clause, quote, for, actor, action, matter");
            }
            try {
                String source = e.source() != null ? e.source() : doc.source();
                duties.add(e.toFact(where, source, kommissorium));
                // the rows say which pack they come from, by its file name, whatever the pack calls its source
                clauses.add(new Clause(required(e.clause(), "clause"), fileName,
                        required(source, "source (of the entry or the file)") + " (" + fileName + ")", required(e.quote(), "quote")));
            } catch (BadValue ex) {
                Integer at = AgreementYaml.lineOf(lines, path + "." + ex.key);
                throw new RulePackException(origin + (at == null ? "" : " line " + at) + ": " + ex.getMessage());
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new RulePackException(where + ": " + ex.getMessage());
            }
            sentence(e, path, origin, lines, sentences);
        }
        Map<Language, Map<String, String>> labels = labels(doc.labels(), origin, lines);
        sentences.forEach((language, byClause) -> labels.computeIfAbsent(language, l -> new java.util.LinkedHashMap<>()).putAll(byClause));
        return new Pack(duties, clauses, labels, origin);
    }

    /**
     * An entry's own sentence, {@code sentence: {da: ..., en: ...}}, checked and added under its clause's key; refused at
     * its line when a language is unknown, a sentence empty, a placeholder unknown, or the clause already has another.
     */
    private static void sentence(Entry e, String path, String origin, Map<String, Integer> lines,
                                 Map<Language, Map<String, String>> sentences) {
        if (e.sentence() == null) {
            return;
        }
        for (Map.Entry<String, String> given : e.sentence().entrySet()) {
            Integer line = AgreementYaml.lineOf(lines, path + ".sentence." + given.getKey());
            String where = origin + (line == null ? "" : " line " + line) + ": ";
            Language language;
            try {
                language = Language.parse(given.getKey());
            } catch (IllegalArgumentException ex) {
                throw new RulePackException(where + "sentence: " + ex.getMessage());
            }
            String text = given.getValue() == null ? "" : given.getValue().strip();
            if (text.isEmpty()) {
                throw new RulePackException(where + "the " + language.id() + " sentence is empty; expected the entry's sentence");
            }
            List<String> unknown = dk.kulturmetropol.model.Sentences.unknownPlaceholders(text);
            if (!unknown.isEmpty()) {
                throw new RulePackException(where + "the " + language.id() + " sentence uses the unknown placeholder {" + unknown.get(0)
                        + "}; expected one of: " + dk.kulturmetropol.model.Sentences.PLACEHOLDERS.stream().map(p -> "{" + p + "}")
                        .collect(Collectors.joining(", ")));
            }
            String key = dk.kulturmetropol.model.Sentences.clauseSentenceKey(e.clause());
            String old = sentences.computeIfAbsent(language, l -> new java.util.LinkedHashMap<>()).putIfAbsent(key, text);
            if (old != null && !old.equals(text)) {
                throw new RulePackException(where + "clause '" + e.clause() + "' has another " + language.id()
                        + " sentence in an earlier entry; entries of one clause give one sentence");
            }
        }
    }

    /** The pack's labels, each language and key checked, refused at its line. */
    private static Map<Language, Map<String, String>> labels(Map<String, Map<String, String>> given, String origin, Map<String, Integer> lines) {
        Map<Language, Map<String, String>> labels = new java.util.EnumMap<>(Language.class);
        if (given == null) {
            return labels;
        }
        for (Map.Entry<String, Map<String, String>> lang : given.entrySet()) {
            String path = "labels." + lang.getKey();
            Integer line = AgreementYaml.lineOf(lines, path);
            Language language;
            try {
                language = Language.parse(lang.getKey());
            } catch (IllegalArgumentException e) {
                throw new RulePackException(origin + (line == null ? "" : " line " + line) + ": labels: " + e.getMessage());
            }
            Map<String, String> words = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, String> word : (lang.getValue() == null ? Map.<String, String>of() : lang.getValue()).entrySet()) {
                Integer at = AgreementYaml.lineOf(lines, path + "." + word.getKey());
                String where = origin + (at == null ? "" : " line " + at) + ": ";
                if (!LABEL_KEY.matcher(word.getKey()).matches()) {
                    throw new RulePackException(where + "label key '" + word.getKey() + "' is not one a pack may give: expected KIND.ID "
                            + "or KIND.ID.FORM, KIND one of actor, action, matter, subject and FORM one of the, of, the.of, do, do.to, do.self");
                }
                if (Labels.isBuiltIn(word.getKey())) {
                    throw new RulePackException(where + "label key '" + word.getKey() + "' is the library's own; a pack labels only the ids it brings");
                }
                if (word.getValue() == null || word.getValue().isBlank()) {
                    throw new RulePackException(where + "label '" + word.getKey() + "' is empty; expected the words for it");
                }
                words.put(word.getKey(), word.getValue().strip());
            }
            labels.put(language, words);
        }
        return labels;
    }

    private static String at(String origin, Map<String, Integer> lines, String path, JsonProcessingException e) {
        Integer line = path.isEmpty() ? null : AgreementYaml.lineOf(lines, path);
        if (line == null && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            line = e.getLocation().getLineNr();
        }
        return origin + (line == null ? "" : " line " + line) + ": ";
    }

    private static <T> T required(T value, String key) {
        if (value == null) {
            throw new IllegalArgumentException("missing key '" + key + "'");
        }
        return value;
    }

    /** A value refused under an entry's key, so that the message names the line of that key, not of the entry. */
    private static final class BadValue extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String key;

        BadValue(String key, String message) {
            super(message);
            this.key = key;
        }
    }

    record Doc(String source, List<Entry> duties, Map<String, Map<String, String>> labels) {
    }

    record FrequencyDoc(String per, Integer min, Integer max, Boolean alsoAsNeeded) {
        Frequency toFrequency() {
            Frequency.Per kind = Arrays.stream(Frequency.Per.values()).filter(p -> p.id().equals(per)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("frequency 'per' is '" + per + "', expected one of: "
                            + Arrays.stream(Frequency.Per.values()).map(Frequency.Per::id).collect(Collectors.joining(", "))));
            Frequency f = new Frequency(kind, min == null ? (kind.equals(Frequency.Per.YEAR) || kind.equals(Frequency.Per.QUARTER) ? 1 : 0) : min,
                    max, false);
            return Boolean.TRUE.equals(alsoAsNeeded) ? f.andAsNeeded() : f;
        }
    }

    record Entry(String clause, String quote, String source, @com.fasterxml.jackson.annotation.JsonProperty("for") String forEach,
                 String actor, String action, String matter, String scope, String modality, List<String> jointlyWith,
                 List<String> to, FrequencyDoc frequency, String condition, String due, Map<String, String> sentence) {

        DataPackDuty toFact(String where, String source, dk.kulturmetropol.rules.internal.ClauseCatalogue kommissorium) {
            String each = required(forEach, "for");
            if (!DataPackDuty.FOR_EACH.contains(each)) {
                throw new BadValue("for", "'for' is '" + each + "', expected one of: " + String.join(", ", DataPackDuty.FOR_EACH));
            }
            List<String> allowed = switch (each) {
                case "each-partner" -> List.of("partner");
                case "each-focus-area" -> List.of("area", "home");
                default -> List.of();
            };
            String clauseId = at("clause", () -> id(required(clause, "clause"), "clause", List.of(), true));
            if (kommissorium.find(clauseId).isPresent()) {
                throw new BadValue("clause", "clause '" + clauseId + "' is a clause of the kommissorium; a pack declares clauses of its own source");
            }
            required(quote, "quote");
            required(source, "source (of the entry or the file)");
            String actorId = at("actor", () -> actorId(required(actor, "actor"), "actor", allowed));
            List<String> joint = at("jointlyWith", () -> (jointlyWith == null ? List.<String>of() : jointlyWith).stream()
                    .map(a -> actorId(required(a, "jointlyWith item (an actor id)"), "jointlyWith", allowed)).toList());
            List<String> recipients = at("to", () -> (to == null ? List.<String>of() : to).stream()
                    .map(a -> actorId(required(a, "to item (an actor id)"), "to", allowed)).toList());
            // a pack states duties; a fact stated as done (Modality.STATED) is the kommissorium's reading, not a pack's
            Modality m = modality == null ? Modality.MUST : Arrays.stream(Modality.values()).filter(x -> x != Modality.STATED && x.id().equals(modality)).findFirst()
                    .orElseThrow(() -> new BadValue("modality", "modality is '" + modality + "', expected one of: must, should, may"));
            Condition c = condition == null ? null : Arrays.stream(Condition.values()).filter(x -> x.id().equals(condition)).findFirst()
                    .orElseThrow(() -> new BadValue("condition", "condition is '" + condition + "', expected one of: "
                            + Arrays.stream(Condition.values()).map(Condition::id).collect(Collectors.joining(", "))));
            LocalDate dueDate = null;
            MonthDay dueYearly = null;
            if (due != null) {
                try {
                    if (due.startsWith("--")) {
                        dueYearly = MonthDay.parse(due);
                        if (dueYearly.equals(MonthDay.of(2, 29))) {
                            throw new BadValue("due", "due is '" + due + "', a day most years lack; expected --02-28 or "
                                    + "--03-01, the day it falls due every year");
                        }
                    } else if (due.strip().matches("\\d{4}-.*|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}")) {
                        try {
                            dueDate = dk.kulturmetropol.model.Dates.parse(due);
                        } catch (IllegalArgumentException ex) {
                            throw new BadValue("due", "due: " + ex.getMessage());
                        }
                    } else {
                        dueDate = LocalDate.parse(due);
                    }
                } catch (DateTimeParseException ex) {
                    throw new BadValue("due", "due is '" + due + "', expected a date YYYY-MM-DD or a yearly month-day --MM-DD (quoted in YAML)");
                }
            }
            String actionId = at("action", () -> id(required(action, "action"), "action", allowed, false));
            String matterId = at("matter", () -> id(required(matter, "matter"), "matter", allowed, false));
            String scopeId = scope == null ? null : at("scope", () -> id(scope, "scope", allowed, false));
            return new DataPackDuty(where, each, clauseId, actorId, actionId, matterId, scopeId, m,
                    joint, recipients, frequency == null ? null : at("frequency", frequency::toFrequency), c, dueDate, dueYearly);
        }

        /** Runs a check of the value under {@code key}, so that its refusal names that key's line. */
        private static <T> T at(String key, java.util.function.Supplier<T> check) {
            try {
                return check.get();
            } catch (BadValue e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new BadValue(key, e.getMessage());
            }
        }

        /** An actor id, {@code role} or {@code role:scope}, placeholders allowed where {@code for} gives them. */
        private static String actorId(String text, String key, List<String> allowed) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return id(text, key, allowed, false);
            }
            id(text.substring(0, colon), key, allowed, false);
            id(text.substring(colon + 1), key, allowed, false);
            return text;
        }

        /** Checks an id: ASCII kebab-case once its allowed placeholders are filled (dots allowed in clause ids). */
        private static String id(String text, String key, List<String> allowed, boolean dotted) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!allowed.contains(m.group(1))) {
                    throw new IllegalArgumentException(key + " '" + text + "' uses ${" + m.group(1) + "}; "
                            + (allowed.isEmpty() ? "this entry's 'for' gives no placeholder"
                            : "this entry's 'for' gives " + allowed.stream().map(a -> "${" + a + "}").collect(Collectors.joining(" and "))));
                }
            }
            String filled = PLACEHOLDER.matcher(text).replaceAll("x");
            boolean ok = dotted ? Arrays.stream(filled.split("\\.", -1)).allMatch(ActorRef::isId) : ActorRef.isId(filled);
            if (!ok) {
                throw new IllegalArgumentException(key + " '" + text + "' is not an id: expected ASCII kebab-case such as 'cultural-programme'"
                        + (dotted ? " (parts joined by dots, e.g. 'gladsaxe.programme')" : ""));
            }
            return text;
        }
    }
}
