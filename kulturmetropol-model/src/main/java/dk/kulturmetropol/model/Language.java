package dk.kulturmetropol.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The languages labels and sentences are written in: English and Danish.
 *
 * <pre>{@code
 * Language.parse("da");   // DA
 * Language.DA.locale();   // da
 * Language.parse("de");   // IllegalArgumentException: unknown language 'de': expected one of en, da
 * }</pre>
 */
public enum Language {
    /** English. */
    EN(Locale.ENGLISH),
    /** Danish: the kommissorium's own words. */
    DA(Locale.forLanguageTag("da"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * The id as written on the command line and in JSON: {@code en} or {@code da}.
     *
     * @return {@code en} or {@code da}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Its locale, for dates and month names.
     *
     * @return the locale, e.g. for {@link java.time.format.DateTimeFormatter#withLocale}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The language with the id {@code text} ({@code en} or {@code da}, in any case).
     *
     * @param text the id as typed, e.g. {@code DA}
     * @return the language
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Language parse(String text) {
        for (Language l : values()) {
            if (l.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + text + "': expected one of "
                + Arrays.stream(values()).map(Language::id).collect(Collectors.joining(", ")));
    }
}
