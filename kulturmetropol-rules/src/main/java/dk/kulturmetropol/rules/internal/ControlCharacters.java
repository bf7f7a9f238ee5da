package dk.kulturmetropol.rules.internal;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Characters that act on whoever reads the text instead of being read: control characters (a terminal escape starts
 * with U+001B, a carriage return writes over the line, U+009B is an escape of its own) and the bidirectional overrides
 * and isolates that make text read otherwise than it is stored. Text from an agreement or a pack may hold none of them;
 * tab and line feed are text.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** Whether {@code codePoint} acts on the reader: a control character but tab and line feed, or a bidirectional control. */
    public static boolean acts(int codePoint) {
        return (Character.getType(codePoint) == Character.CONTROL && codePoint != '\t' && codePoint != '\n')
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** The first character of {@code text} that acts on the reader, if any. */
    public static OptionalInt first(String text) {
        return text == null ? OptionalInt.empty() : text.codePoints().filter(ControlCharacters::acts).findFirst();
    }

    /** {@code text} with every character that acts on the reader written as {@code \u001B}, the rest as it is. */
    public static String visible(String text) {
        if (text == null || first(text).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (acts(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** {@code U+001B}. */
    public static String name(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    /**
     * Why {@code text} may not be shown, for a message that goes on to say where: {@code holds the control character U+001B
     * in 'Ishøj\u001B[2J'; expected text without control characters (terminal escapes and the like)}; empty when it may.
     */
    public static java.util.Optional<String> problem(String text) {
        OptionalInt c = first(text);
        if (c.isEmpty()) {
            return java.util.Optional.empty();
        }
        String kind = Character.getType(c.getAsInt()) == Character.CONTROL ? "the control character " : "the bidirectional control ";
        int at = text.indexOf(Character.toString(c.getAsInt()));
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + 40);
        String shown = (from > 0 ? "..." : "") + visible(text.substring(from, to)) + (to < text.length() ? "..." : "");
        return java.util.Optional.of("holds " + kind + name(c.getAsInt()) + " in '" + shown
                + "'; expected text without control characters (terminal escapes and the like; tab and line feed are allowed)");
    }
}
