package dk.kulturmetropol.rules;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.ChairTerm;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.InvalidAgreementException;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.rules.internal.RuleSources;

/**
 * Reads and writes agreements as YAML. The keys: {@code name}, {@code period: {from, to}},
 * {@code partners: [{id, name, joined?, left?}]}, {@code focusAreas: [{id, name, home, from?, to?}]} (where {@code home}
 * is a partner id, or a list {@code [{municipality, from?, to?}]} for a home that moves),
 * {@code chair: {municipality, from, to}}, {@code secretariat: {host}} and optional {@code viceChairs: [id]}.
 *
 * <pre>{@code
 * Agreement next = AgreementYaml.read(Path.of("kulturmetropolen-2025-2028.yaml"));
 * Governance g = Governance.of(next);
 * }</pre>
 *
 * A refused file throws {@link InvalidConfigException} naming the file, the line where known, and the offending key
 * or value; nothing is half-read.
 */
public final class AgreementYaml {
    /** The classpath resource of the default agreement. */
    public static final String DEFAULT_RESOURCE = "dk/kulturmetropol/rules/kulturmetropolen-2021-2024.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(limited()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .stringQuotingChecker(new QuotedWhereNotText()).build()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    static {
        // A number (from: 20210101) would be read as that many days after 1970, a date-time (2023-01-01T15:45) or a list
        // ([2023, 1, 1]) as a date: accept YYYY-MM-DD alone, and refuse anything else by its text.
        YAML.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("plain-dates")
                .addDeserializer(LocalDate.class, new PlainDate()));
    }

    /**
     * Quotes a value where it must be quoted to be read back as the text it is: where Jackson's own check says so
     * ({@code yes}, {@code null}, {@code a: b}), and where SnakeYAML's resolver would read the plain scalar as anything but
     * a string ({@code .inf}, {@code .NaN}, {@code 0x1F}, {@code 12:30}); {@code Kulturmetropolen 2021-2024} stays plain, and
     * so does a day ({@code 2021-01-01}), which this reader reads as the text it is where a text is asked.
     */
    static final class QuotedWhereNotText extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final org.yaml.snakeyaml.resolver.Resolver RESOLVER = new org.yaml.snakeyaml.resolver.Resolver();

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || (!PlainDate.DATE.matcher(value).matches()
                    && !org.yaml.snakeyaml.nodes.Tag.STR.equals(RESOLVER.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, value, true)));
        }
    }

    /** Reads a date written as {@code YYYY-MM-DD} and nothing else, refusing any other value by its text. */
    private static final class PlainDate extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<LocalDate> {
        private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        PlainDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt) throws IOException {
            boolean text = p.currentToken() == JsonToken.VALUE_STRING;
            String found = p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT
                    ? String.valueOf(p.readValueAsTree()) : p.getText();
            try {
                // Dates says what is wrong with a date-time, a number or a list, by its text; only text is a date
                LocalDate date = dk.kulturmetropol.model.Dates.parse(found);
                if (text) {
                    return date;
                }
                throw new IllegalArgumentException("'" + found + "' is not a date: expected YYYY-MM-DD, e.g. 2022-06-01");
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), found, LocalDate.class);
            }
        }
    }

    /** How deep lists and maps may lie within each other in an agreement or a data pack. */
    static final int MAX_DEPTH = 50;
    /** The longest line read: the YAML scanner's time grows with the square of an unbroken run of text. */
    static final int MAX_LINE = 10_000;

    /**
     * A YAML factory that stops at {@value #MAX_DEPTH} levels of nesting (Jackson's read constraints, which its parser
     * enforces token by token, and SnakeYAML's loader options) and at {@value #MAX_CHARS} code points, so a deeply
     * nested file is refused at its 51st level instead of costing seconds per pass.
     */
    static com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder limited() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(
                com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    /**
     * What the YAML reader would otherwise read silently wrong, as {@code line N: what}: an alias ({@code *a}, which
     * it reads as the anchor's name instead of its value) and a second document after {@code ---} (which it ignores);
     * and a key or value holding a character that would act on whoever reads it (a terminal escape, a carriage
     * return, a bidirectional override), written escaped.
     * Empty when there is none, or when the text does not parse (the read itself names that line).
     */
    static java.util.Optional<String> unreadable(String yaml) {
        // written as it is (a raw escape, which YAML does not allow), before the parser names it its own way
        String[] raw = yaml.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            java.util.Optional<String> acting = dk.kulturmetropol.rules.internal.ControlCharacters.problem(text);
            if (acting.isPresent()) {
                return java.util.Optional.of("line " + (i + 1) + ": the line " + acting.get());
            }
        }
        try (com.fasterxml.jackson.dataformat.yaml.YAMLParser parser =
                     (com.fasterxml.jackson.dataformat.yaml.YAMLParser) YAML.getFactory().createParser(yaml)) {
            int depth = 0;
            int documents = 0;
            try {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    int line = parser.currentTokenLocation().getLineNr();
                    if (parser.isCurrentAlias()) {
                        return java.util.Optional.of("line " + line + ": the alias '*" + parser.getText() + "' is not read; "
                                + "expected the value itself (YAML anchors '&' and aliases '*' are not accepted)");
                    }
                    if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                        java.util.Optional<String> acting = dk.kulturmetropol.rules.internal.ControlCharacters.problem(parser.getText());
                        if (acting.isPresent()) {
                            return java.util.Optional.of("line " + line + ": " + (t == JsonToken.FIELD_NAME ? "a key" : "'" + pathOf(parser) + "'")
                                    + " " + acting.get());
                        }
                    }
                    if (depth == 0 && ++documents > 1) {
                        return java.util.Optional.of("line " + line + ": a second YAML document (after '---'); expected one "
                                + "document in a file");
                    }
                    depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                }
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                // nested past MAX_DEPTH: the parser stopped where it reads, on the line that opens one level too many
                return java.util.Optional.of("line " + parser.currentLocation().getLineNr() + ": malformed YAML: "
                        + summary(e.getOriginalMessage()));
            }
        } catch (IOException e) {
            // not YAML: the read itself names the line
        }
        return java.util.Optional.empty();
    }

    private AgreementYaml() {
    }

    /**
     * The default agreement, Kulturmetropolen 2021-2024, from its YAML resource.
     *
     * @return the agreement, parsed anew on each call
     * @throws IllegalStateException when the resource is missing from the classpath (a broken jar)
     */
    public static Agreement kulturmetropolen() {
        return parse(defaultText(), "classpath:" + DEFAULT_RESOURCE);
    }

    /**
     * The text of the default agreement's YAML resource, comments included: a template to copy.
     *
     * @return the YAML text, as shipped in the jar
     * @throws IllegalStateException when the resource is missing from the classpath (a broken jar)
     */
    public static String defaultText() {
        return RuleSources.classpathText(DEFAULT_RESOURCE).orElseThrow(() ->
                new IllegalStateException("the default agreement " + DEFAULT_RESOURCE + " is missing from the classpath"));
    }

    /**
     * Reads an agreement from a YAML file.
     *
     * @param file the file, as {@code export-config} writes it
     * @return the agreement
     * @throws InvalidConfigException when the file is missing, unreadable or not a valid agreement, naming the file,
     *         the line and what is accepted
     */
    public static Agreement read(Path file) {
        requireFile(file, "config file", "an agreement YAML file, e.g. my-agreement.yaml", InvalidConfigException::new);
        try {
            return parse(dk.kulturmetropol.rules.internal.BoundedFiles.read(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException("config file '" + file + "' does not exist", e);
        } catch (IOException e) {
            throw new InvalidConfigException("cannot read config file '" + file + "': " + e.getMessage(), e);
        }
    }

    /**
     * Reads an agreement from YAML text.
     *
     * @param yaml   the text
     * @param origin what to call it in messages, e.g. a file name
     * @return the agreement
     * @throws InvalidConfigException when it is not a valid agreement, naming {@code origin}, the line and what is accepted
     */
    public static Agreement parse(String yaml, String origin) {
        requireSize(yaml, origin, "an agreement");
        if (yaml.replace("\uFEFF", "").lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"))) {
            throw new InvalidConfigException(origin + ": empty config; expected the keys " + Doc.KEYS);
        }
        unreadable(yaml).ifPresent(why -> {
            throw new InvalidConfigException(origin + " " + why);
        });
        Doc doc;
        try {
            doc = YAML.readValue(yaml, Doc.class);
        } catch (JsonMappingException e) {
            throw mappingError(origin, e, lines(yaml), yaml);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException(whereMalformed(origin, e, yaml) + "malformed YAML: " + summary(e.getOriginalMessage()), e);
        }
        if (doc == null) {
            throw new InvalidConfigException(origin + ": empty config; expected the keys " + Doc.KEYS);
        }
        try {
            return doc.toAgreement();
        } catch (InvalidAgreementException e) {
            Integer line = e.path().map(p -> lineOf(lines(yaml), p)).orElse(null);
            throw new InvalidConfigException(origin + (line == null ? "" : " line " + line) + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidConfigException(origin + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a file name that names no file to read: an empty one (which the system would read as the working
     * directory) or a directory, saying what was expected: {@code the config file name is empty; expected ...}.
     */
    static void requireFile(Path file, String what, String expected, java.util.function.Function<String, ? extends RuntimeException> refusal) {
        if (file.toString().isBlank()) {
            throw refusal.apply("the " + what + " name is empty; expected the path of " + expected);
        }
        if (Files.isDirectory(file)) {
            throw refusal.apply(what + " '" + file + "' is a directory; expected " + expected);
        }
    }

    /** Refuses text too long to be what it claims, before a parser spends its time on it. */
    static void requireSize(String text, String origin, String what) {
        oversized(text, what).ifPresent(why -> {
            throw new InvalidConfigException(origin + why);
        });
    }

    /**
     * Why {@code text} is too long to read as {@code what} ({@code ": the file has ..."} or {@code " line N: ..."}),
     * looked at before any parser: over {@value #MAX_CHARS} characters, or a line over {@value #MAX_LINE}.
     */
    static java.util.Optional<String> oversized(String text, String what) {
        if (text.length() > MAX_CHARS) {
            return java.util.Optional.of(": the file has " + text.length() + " characters; " + what + " is at most " + MAX_CHARS);
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') { // YAML's line breaks
                if (i - start > MAX_LINE) {
                    return java.util.Optional.of(" line " + line + ": the line has " + (i - start) + " characters; a line of "
                            + what + " is at most " + MAX_LINE);
                }
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
        return java.util.Optional.empty();
    }

    /** The most characters a file read here may have. */
    static final int MAX_CHARS = 1_000_000;

    /**
     * The line of every key and list item, by its path ({@code partners[3].left}, {@code viceChairs[0]}), read with
     * the YAML parser's own token locations; empty where the text does not parse (the main read reports that).
     */
    static Map<String, Integer> lines(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                lines.putIfAbsent(pathOf(parser), parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // not YAML: the read itself names the line
        }
        return lines;
    }

    /** Where the parser is, as messages name a key: {@code partners[3].left}, {@code viceChairs[0]}. */
    private static String pathOf(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return Arrays.stream(pointer.split("/")).filter(x -> !x.isEmpty())
                .map(x -> x.chars().allMatch(Character::isDigit) ? "[" + x + "]" : "." + x)
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /** The line of {@code path}, or of the nearest enclosing key or item that has one. */
    static Integer lineOf(Map<String, Integer> lines, String path) {
        for (String p = path; !p.isEmpty(); p = p.replaceFirst("(\\.[^.\\[]*|\\[\\d+])$", "")) {
            if (lines.containsKey(p)) {
                return lines.get(p);
            }
            if (!p.matches(".*(\\.[^.\\[]*|\\[\\d+])$")) {
                break;
            }
        }
        return null;
    }

    private static InvalidConfigException mappingError(String origin, JsonMappingException e, Map<String, Integer> lines,
                                                       String yaml) {
        if (e.getCause() instanceof JsonProcessingException parse && !(parse instanceof JsonMappingException)) {
            return new InvalidConfigException(whereMalformed(origin, parse, yaml) + "malformed YAML: "
                    + summary(parse.getOriginalMessage()), e);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return new InvalidConfigException(at(origin, e, lines) + "unknown key '" + path(e) + "'; expected one of: "
                    + String.join(", ", known), e);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == LocalDate.class) {
            return new InvalidConfigException(at(origin, e, lines) + "'" + path(e) + "': " + f.getOriginalMessage(), e);
        }
        if (e instanceof InvalidFormatException f) {
            String expected = shape(f.getTargetType());
            return new InvalidConfigException(at(origin, e, lines) + "'" + path(e) + "' is '" + f.getValue()
                    + "', expected " + expected, e);
        }
        if (e instanceof MismatchedInputException m) {
            return new InvalidConfigException(at(origin, e, lines) + "'" + path(e) + "' has the wrong shape: expected "
                    + shape(m.getTargetType()), e);
        }
        return new InvalidConfigException(at(origin, e, lines) + "'" + path(e) + "' has a value of the wrong type or shape", e);
    }

    /** {@code origin line N: } for the key the error is about, else for where the parser stopped. */
    private static String at(String origin, JsonMappingException e, Map<String, Integer> lines) {
        Integer line = e.getPath().isEmpty() ? null : lineOf(lines, path(e));
        return line == null ? where(origin, e.getLocation()) : origin + " line " + line + ": ";
    }

    /** {@code origin line N: } where the parser stopped, else where the text first nests deeper than a file may. */
    static String whereMalformed(String origin, JsonProcessingException e, String text) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return origin + " line " + e.getLocation().getLineNr() + ": ";
        }
        int depth = 0;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                depth += ch == '[' || ch == '{' ? 1 : ch == ']' || ch == '}' ? -1 : 0;
                if (depth > 1000) {
                    return origin + " line " + (i + 1) + ": ";
                }
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent > 2000) {
                return origin + " line " + (i + 1) + ": ";
            }
        }
        return origin + ": ";
    }

    /** The lines of a YAML parser's message that say what is wrong, without its position lines and excerpts. */
    static String summary(String message) {
        if (message == null) {
            return "not readable";
        }
        if (message.contains("nesting depth")) {
            return "lists and maps nested deeper than the " + MAX_DEPTH + " levels a file may have";
        }
        String text = message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.startsWith("in '") && !l.startsWith("^"))
                .limit(2).collect(Collectors.joining("; "));
        // no parser internals: events, Java class names, settings
        return text.replaceAll("<org\\.yaml[^>]*>", "another structure")
                .replaceAll("`[\\w.$]*\\.[\\w.$]*(\\(\\))?`", "a setting")
                .replaceAll("\\(token `[^`]*`\\)", "")
                .replaceAll("\\b(java|com|org|dk)\\.[\\w.$]+", "a value");
    }

    /** The same, quoting every string: for names with characters a plain YAML scalar would not keep (U+0085, U+2028). */
    private static final ObjectMapper QUOTING_YAML = YAML.copy();

    static {
        ((YAMLFactory) QUOTING_YAML.getFactory()).disable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
    }

    /**
     * The agreement as YAML, in the shape {@link #parse} reads.
     *
     * @param agreement the agreement to write
     * @return YAML text that {@link #parse} reads back to an equal agreement (names holding control characters quoted)
     */
    public static String write(Agreement agreement) {
        boolean plain = Stream.concat(Stream.of(agreement.name()), Stream.concat(
                agreement.partners().stream().map(Partner::name), agreement.focusAreas().stream().map(FocusArea::name)))
                .allMatch(text -> text.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029));
        try {
            return (plain ? YAML : QUOTING_YAML).writeValueAsString(Doc.of(agreement));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write agreement as YAML", e);
        }
    }

    static String shape(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isRecord()) {
            return "a mapping with the keys " + Arrays.stream(type.getRecordComponents()).map(AgreementYaml::key)
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        return type == LocalDate.class ? "a date YYYY-MM-DD" : "a single value";
    }

    /** The key a record component is written as: its {@code @JsonProperty} name, else its own. */
    private static String key(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty renamed =
                component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static String where(String origin, JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? origin + ": " : origin + " line " + location.getLineNr() + ": ";
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static <T> T required(T value, String key) {
        if (value == null) {
            throw new InvalidAgreementException("missing key '" + key + "'", key);
        }
        return value;
    }

    private static void item(Object value, String path, String expected) {
        if (value == null) {
            throw new InvalidAgreementException("empty item '" + path + "'; expected " + expected, path);
        }
    }

    /** Builds one list item, naming the item's path in what it refuses. */
    private static <T> T item(String at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidAgreementException e) {
            throw e.path().isPresent() ? e : new InvalidAgreementException(e.getMessage(), at);
        } catch (IllegalArgumentException e) {
            throw new InvalidAgreementException(e.getMessage(), at);
        }
    }

    record Doc(String name, Period period, List<PartnerDoc> partners, List<FocusAreaDoc> focusAreas, Chair chair,
               Secretariat secretariat, List<String> viceChairs) {
        static final String KEYS = new TreeSet<>(List.of("name", "period", "partners", "focusAreas", "chair", "secretariat", "viceChairs")).toString();

        Agreement toAgreement() {
            required(period, "period");
            required(chair, "chair");
            required(secretariat, "secretariat");
            List<Partner> ps = new ArrayList<>();
            List<PartnerDoc> givenPartners = required(partners, "partners");
            for (int i = 0; i < givenPartners.size(); i++) {
                PartnerDoc p = givenPartners.get(i);
                String at = "partners[" + i + "]";
                item(p, at, "a mapping with id, name and optional joined, left");
                ps.add(item(at, () -> new Partner(required(p.id(), at + ".id"), required(p.name(), at + ".name"),
                        p.joined(), p.left())));
            }
            List<FocusArea> fs = new ArrayList<>();
            List<FocusAreaDoc> givenAreas = required(focusAreas, "focusAreas");
            for (int i = 0; i < givenAreas.size(); i++) {
                FocusAreaDoc f = givenAreas.get(i);
                String at = "focusAreas[" + i + "]";
                item(f, at, "a mapping with id, name, home and optional from, to");
                fs.add(item(at, () -> new FocusArea(required(f.id(), at + ".id"), required(f.name(), at + ".name"),
                        required(f.home(), at + ".home").homes(at + ".home"), f.from(), f.to())));
            }
            return new Agreement(required(name, "name"), required(period.from(), "period.from"), required(period.to(), "period.to"),
                    ps, fs,
                    item("chair", () -> new ChairTerm(required(chair.municipality(), "chair.municipality"),
                            required(chair.from(), "chair.from"), required(chair.to(), "chair.to"))),
                    required(secretariat.host(), "secretariat.host"),
                    viceChairs == null ? List.of() : viceChairs(viceChairs));
        }

        private static List<String> viceChairs(List<String> given) {
            for (int i = 0; i < given.size(); i++) {
                item(given.get(i), "viceChairs[" + i + "]", "a partner id");
            }
            return given;
        }

        static Doc of(Agreement a) {
            return new Doc(a.name(), new Period(a.from(), a.to()),
                    a.partners().stream().map(p -> new PartnerDoc(p.id(), p.name(), p.joined(), p.left())).toList(),
                    a.focusAreas().stream().map(f -> new FocusAreaDoc(f.id(), f.name(), HomeDoc.of(f.homes()), f.from(), f.to())).toList(),
                    new Chair(a.chair().municipality(), a.chair().from(), a.chair().to()),
                    new Secretariat(a.secretariatHost()), a.viceChairs());
        }
    }

    record Period(LocalDate from, LocalDate to) {
    }

    record PartnerDoc(String id, String name, LocalDate joined, LocalDate left) {
    }

    record FocusAreaDoc(String id, String name, HomeDoc home, LocalDate from, LocalDate to) {
    }

    /** {@code home:} as written: a partner id, or a list of {@code { municipality, from, to }}. */
    static final class HomeDoc {
        private final String id;
        private final List<HomeTermDoc> terms;

        private HomeDoc(String id, List<HomeTermDoc> terms) {
            this.id = id;
            this.terms = terms;
        }

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static HomeDoc ofId(String id) {
            return new HomeDoc(id, null);
        }

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static HomeDoc ofTerms(List<HomeTermDoc> terms) {
            return new HomeDoc(null, terms);
        }

        static HomeDoc of(List<FocusArea.Home> homes) {
            FocusArea.Home first = homes.get(0);
            if (homes.size() == 1 && first.from() == null && first.to() == null) {
                return new HomeDoc(first.municipality(), null);
            }
            return new HomeDoc(null, homes.stream().map(h -> new HomeTermDoc(h.municipality(), h.from(), h.to())).toList());
        }

        @com.fasterxml.jackson.annotation.JsonValue
        Object value() {
            return id != null ? id : terms;
        }

        List<FocusArea.Home> homes(String at) {
            if (id != null) {
                return List.of(FocusArea.Home.of(id));
            }
            if (terms.isEmpty()) {
                throw new InvalidAgreementException("'" + at + "' is an empty list; expected a partner id or a list of"
                        + " { municipality, from, to }", at);
            }
            List<FocusArea.Home> homes = new ArrayList<>();
            for (int j = 0; j < terms.size(); j++) {
                HomeTermDoc t = terms.get(j);
                String hat = at + "[" + j + "]";
                item(t, hat, "a mapping with municipality and optional from, to");
                homes.add(item(hat, () -> new FocusArea.Home(required(t.municipality(), hat + ".municipality"), t.from(), t.to())));
            }
            return homes;
        }
    }

    record HomeTermDoc(String municipality, LocalDate from, LocalDate to) {
    }

    record Chair(String municipality, LocalDate from, LocalDate to) {
    }

    record Secretariat(String host) {
    }

}
