package dk.kulturmetropol.rules.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kommissorium's own text, sentence by sentence as a reader sees it, with the sentences that state no duty and
 * why ({@code sentences-without-duty.tsv}) and the names of its sections ({@code section.*} in the clause catalogue).
 * The text is kept once, as a resource beside the rules; the library reads it for the annotated text, and the
 * sentence coverage test checks it against the catalogue both ways. Not API.
 */
public final class KommissoriumText {
    /** The text, as extracted from the kommissorium (line breaks, hyphenation and footnote digits as the page has them). */
    public static final String TEXT = "dk/kulturmetropol/rules/kommissorium.txt";
    /** {@code reason<TAB>sentence}, one a line: the sentences of the text that state no duty, and why. */
    public static final String WITHOUT_DUTY = "dk/kulturmetropol/rules/sentences-without-duty.tsv";

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** Abbreviations after which a sentence never ends, whatever follows. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "evt.", "bl.a.", "hht.", "iht.", "etc.", "f.eks.", "jf.", "ca.", "inkl.", "ift.", "mht.", "pga.", "dvs.", "mv.", "osv.", "nr.", "kl.");
    private static final Pattern BULLET = Pattern.compile("^[•\\u2022]\\s*(.*)$");
    /** A footnote at the foot of a page: a small number, a space, then the note. */
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,2})\\s+(\\p{Lu}.*)$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.:;!?]$");
    /** A word hyphenated across a line break: {@link #normalise} joins it. */
    private static final Pattern HYPHENATED = Pattern.compile("-[ \\t]*\\R[ \\t]*");
    /** A footnote's digit after a word, before a space or a stop: {@link #normalise} drops it. */
    private static final Pattern FOOTNOTE_DIGIT = Pattern.compile("(?<=\\p{L})[0-9](?=[\\s.,;:])");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern ENDS_WITH_DAY_OR_MONTH = Pattern.compile(".*(^|[\\s(])\\d{1,2}\\.$");

    private final String source;
    private final List<String> sentences;
    private final Map<String, String> reasons;
    private final Map<String, String> sections;

    private KommissoriumText(String source, List<String> sentences, Map<String, String> reasons, Map<String, String> sections) {
        this.source = source;
        this.sentences = List.copyOf(sentences);
        this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** The shipped text, read once. */
    public static KommissoriumText shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final KommissoriumText INSTANCE = read();
    }

    private static KommissoriumText read() {
        Properties catalogue = ClauseCatalogue.properties();
        Map<String, String> sectionKeys = new LinkedHashMap<>();
        catalogue.stringPropertyNames().stream().filter(k -> k.startsWith("section.")).sorted()
                .forEach(k -> sectionKeys.put(normalise(catalogue.getProperty(k)), k.substring("section.".length())));
        List<String> sentences = sentences(text(TEXT));
        Map<String, String> sections = new LinkedHashMap<>();
        for (String s : sentences) {
            String key = sectionKeys.get(s);
            if (key != null) {
                sections.putIfAbsent(key, s);
            }
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        parseListed(text(WITHOUT_DUTY)).forEach(e -> reasons.putIfAbsent(e.sentence(), e.reason()));
        return new KommissoriumText(catalogue.getProperty("source"), sentences, reasons, sections);
    }

    private static String text(String resource) {
        return RuleSources.classpathText(resource).orElseThrow(() ->
                new IllegalStateException("the kommissorium's resource " + resource + " is missing from the classpath"));
    }

    /** The name of the text: {@code Kommissorium for Kulturmetropolen 2021-2024}. */
    public String source() {
        return source;
    }

    /** Every sentence of the text in its order, headings included, as a reader sees it ({@link #normalise}). */
    public List<String> sentences() {
        return sentences;
    }

    /** Why {@code sentence} states no duty ({@code heading}, {@code rationale}, ...), if the list gives it. */
    public Optional<String> reasonWithoutDuty(String sentence) {
        return Optional.ofNullable(reasons.get(sentence));
    }

    /** The sections' headings by their key in the catalogue ({@code psg}, {@code kmk}, ...), in the text's order. */
    public Map<String, String> sections() {
        return sections;
    }

    // ---------------------------------------------------------------------------------------------- reading a text

    /** Hyphenation joined, footnote digits dropped, white space collapsed: the text as a reader sees it. */
    public static String normalise(String text) {
        String joined = HYPHENATED.matcher(text).replaceAll("");
        return WHITE_SPACE.matcher(FOOTNOTE_DIGIT.matcher(joined).replaceAll("")).replaceAll(" ").trim();
    }

    /**
     * The sentences of {@code raw}, in order, as a reader sees them ({@link #normalise}). Headings (a short line without
     * final punctuation that follows a blank line or a finished sentence), bullet items and footnotes are units of their
     * own; paragraphs and bullet items are split with a Danish sentence {@link BreakIterator}, merging splits after
     * abbreviations and inside dates.
     */
    public static List<String> sentences(String raw) {
        List<String> sentences = new ArrayList<>();
        for (Unit unit : units(raw)) {
            String text = normalise(unit.text());
            if (text.isEmpty()) {
                continue;
            }
            if (unit.heading()) {
                sentences.add(text);
            } else {
                sentences.addAll(split(text));
            }
        }
        return sentences;
    }

    private record Unit(String text, boolean heading) {
    }

    /** Paragraphs, bullet items, headings and footnotes; a unit's text keeps its line breaks (hyphenation is joined later). */
    private static List<Unit> units(String raw) {
        String[] lines = raw.split("\\R", -1);
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, strip(line).length());
        }
        List<Unit> units = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean afterBoundary = true;
        for (String line : lines) {
            String t = strip(line);
            Matcher bullet = BULLET.matcher(t);
            Matcher footnote = FOOTNOTE.matcher(t);
            if (t.isEmpty()) {
                flush(block, units);
                afterBoundary = true;
            } else if (bullet.matches()) {
                flush(block, units);
                block.append(bullet.group(1));
                afterBoundary = ENDS_SENTENCE.matcher(t).matches();
            } else if (afterBoundary && footnote.matches()) {
                flush(block, units);
                units.add(new Unit(footnote.group(2), false));
                afterBoundary = true;
            } else if (afterBoundary && isHeading(t, width)) {
                flush(block, units);
                units.add(new Unit(t, true));
                afterBoundary = true;
            } else {
                if (!block.isEmpty()) {
                    block.append('\n');
                }
                block.append(t);
                afterBoundary = ENDS_SENTENCE.matcher(t).matches();
            }
        }
        flush(block, units);
        return units;
    }

    /** No final punctuation, no hyphen to a next line, and clearly shorter than the text column (a wrapped line fills it). */
    private static boolean isHeading(String line, int width) {
        return !ENDS_SENTENCE.matcher(line).matches() && !line.endsWith(",") && !line.endsWith("-")
                && line.length() < width * 3 / 4;
    }

    private static void flush(StringBuilder block, List<Unit> units) {
        if (!block.isEmpty()) {
            units.add(new Unit(block.toString(), false));
            block.setLength(0);
        }
    }

    private static String strip(String line) {
        return line.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", "");
    }

    /** Splits normalised text into sentences with a Danish {@link BreakIterator}, then {@link #merge}s false splits. */
    public static List<String> split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(DANISH);
        it.setText(text);
        List<String> pieces = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            pieces.add(text.substring(start, end));
        }
        return merge(pieces);
    }

    /**
     * Joins a piece to the one before when that one ends with an abbreviation ("evt.", "bl.a.") or inside a date
     * ("1." + "1.2021"); pieces keep their trailing white space, so a merge restores the text exactly. Returns trimmed sentences.
     */
    public static List<String> merge(List<String> pieces) {
        List<String> merged = new ArrayList<>();
        for (String piece : pieces) {
            if (!merged.isEmpty() && continues(merged.get(merged.size() - 1).trim(), piece.trim())) {
                merged.add(merged.remove(merged.size() - 1) + piece);
            } else {
                merged.add(piece);
            }
        }
        return merged.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean continues(String before, String next) {
        String[] words = before.split("\\s+");
        String last = words[words.length - 1].replaceAll("^[(\\[\"«»]+", "").toLowerCase(DANISH);
        return ABBREVIATIONS.contains(last)
                || ENDS_WITH_DAY_OR_MONTH.matcher(before).matches() && !next.isEmpty() && Character.isDigit(next.charAt(0));
    }

    /** Whether {@code sentence} occurs in {@code quote} on word boundaries (so "Sekretariat" is not found in "Sekretariatet"). */
    public static boolean quotedBy(String sentence, String quote) {
        for (int i = quote.indexOf(sentence); i >= 0; i = quote.indexOf(sentence, i + 1)) {
            int end = i + sentence.length();
            if ((i == 0 || quote.charAt(i - 1) == ' ') && (end == quote.length() || quote.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** An entry of the list of sentences without a duty, with its line. */
    public record Listed(int line, String reason, String sentence) {
        @Override
        public String toString() {
            return "line " + line + ": " + (reason.isEmpty() ? "(no reason)" : reason) + " -> " + sentence;
        }
    }

    /** The entries of the list: {@code reason<TAB>sentence}; blank lines and {@code #} comments are skipped. */
    public static List<Listed> parseListed(String text) {
        List<Listed> entries = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            entries.add(tab < 0
                    ? new Listed(i + 1, "", normalise(line))
                    : new Listed(i + 1, line.substring(0, tab).trim(), normalise(line.substring(tab + 1))));
        }
        return entries;
    }
}
