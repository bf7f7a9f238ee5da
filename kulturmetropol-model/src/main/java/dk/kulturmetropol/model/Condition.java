package dk.kulturmetropol.model;

import java.util.Locale;

/**
 * When or within what a duty or power holds, as the text qualifies it.
 *
 * <pre>{@code
 * Condition.BETWEEN_MEETINGS.id();   // "between-meetings"
 * Condition.BETWEEN_MEETINGS.text(); // "between meetings"
 * }</pre>
 */
public enum Condition {
    /** "i perioderne mellem møderne": only between the body's meetings. */
    BETWEEN_MEETINGS("between meetings", "i perioderne mellem møderne"),
    /** "indenfor rammerne af Kulturmetropolen og de af KMK vedtagne årsplan og budget". */
    WITHIN_APPROVED_PLAN_AND_BUDGET("within the frame of Kulturmetropolen and the annual plan and budget approved by KMK",
            "indenfor rammerne af Kulturmetropolen og de af KMK vedtagne årsplan og budget"),
    /** "til enhver tid". */
    AT_ANY_TIME("at any time", "til enhver tid"),
    /**
     * "er valgt": the sentence states the act as done, not as a duty to do it; it fixes what was done (a term), and
     * nothing is left for anyone to do.
     */
    ALREADY_DONE("already done: the sentence states it as done, not as a duty", "allerede sket");

    private final String text;
    private final String danish;

    Condition(String text, String danish) {
        this.text = text;
        this.danish = danish;
    }

    /**
     * The kebab-case id used in JSON, e.g. {@code between-meetings}.
     *
     * @return the id JSON answers carry in {@code condition}, the constant's name in lower case with hyphens
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * In English words, e.g. {@code between meetings}.
     *
     * @return the condition in English, as English answers print it
     */
    public String text() {
        return text;
    }

    /**
     * The text's own words.
     *
     * @return the condition in the kommissorium's own Danish words, as Danish answers print it
     */
    public String danish() {
        return danish;
    }

    @Override
    public String toString() {
        return text;
    }
}
