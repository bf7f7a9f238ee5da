package dk.kulturmetropol.rules;

import java.util.Collection;
import java.util.List;

/**
 * A question used an id the governance does not know. The message names the kind and the value, and what is accepted:
 * all of it when that is short ({@code unknown body 'parliament'; expected one of: administrative-board, kmk, ...}),
 * else the nearest ids ({@code unknown action 'aprove'; the nearest accepted: approve, provide, advise (38 in all)}).
 * {@link #accepted()} has every one.
 *
 * <pre>{@code
 * try {
 *     g.who("aprove", "annual-plan");
 * } catch (UnknownTermException e) {
 *     e.getMessage(); // "unknown action 'aprove'; the nearest accepted: approve, ..."
 *     e.kind();       // "action"
 *     e.value();      // "aprove"
 * }
 * }</pre>
 */
public class UnknownTermException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /**
     * The kind of id asked for.
     */
    private final String kind;
    /**
     * The value given.
     */
    private final String value;
    /**
     * Every id accepted for the kind.
     */
    private final List<String> accepted;

    /**
     * Refuses {@code value}, naming what is accepted: all of it when short, else the nearest.
     *
     * @param kind     the kind of id: action, matter, actor, scope, post, body or subject
     * @param value    the value given
     * @param accepted every id accepted for {@code kind}; copied
     */
    public UnknownTermException(String kind, String value, Collection<String> accepted) {
        super(message(kind, value, accepted));
        this.kind = kind;
        this.value = value;
        this.accepted = List.copyOf(accepted);
    }

    /**
     * What kind of id: action, matter, actor, scope, post, body, subject.
     *
     * @return the kind, as the question names it
     */
    public String kind() {
        return kind;
    }

    /**
     * The id that was given.
     *
     * @return the value as given
     */
    public String value() {
        return value;
    }

    /**
     * The ids that are accepted, sorted.
     *
     * @return an unmodifiable list of every accepted id
     */
    public List<String> accepted() {
        return accepted;
    }

    /**
     * The {@code limit} ids of {@code accepted} nearest to {@code value} by edit distance (a swap of neighbours counts as
     * one edit, so {@code hwo} is one from {@code who}), nearest first, ties in order: what a "did you mean" offers.
     *
     * @param value    the value typed
     * @param accepted the ids to choose from
     * @param limit    how many at most
     * @return up to {@code limit} ids, nearest first
     */
    public static List<String> nearest(String value, Collection<String> accepted, int limit) {
        // a value longer than every id by more than COMPARED_BEYOND is compared by its start: its tail only takes it
        // farther from every id, and would cost length times length (a 1,000,000-character id took minutes)
        int longest = accepted.stream().mapToInt(String::length).max().orElse(0);
        String compared = value.length() > longest + COMPARED_BEYOND ? value.substring(0, longest + COMPARED_BEYOND) : value;
        java.util.Map<String, Integer> distances = new java.util.HashMap<>();
        accepted.forEach(id -> distances.put(id, distance(compared, id)));
        return accepted.stream()
                .sorted(java.util.Comparator.comparingInt((String id) -> distances.get(id)).thenComparing(id -> id))
                .limit(limit).toList();
    }

    /** How many accepted ids a message lists in full. */
    static final int LISTED = 10;

    /** The longest value a message quotes whole; a longer one is quoted by its start and its length. */
    static final int QUOTED = 80;
    /** How many characters beyond the longest accepted id a value is compared by in {@link #nearest}. */
    static final int COMPARED_BEYOND = 8;

    private static String message(String kind, String value, Collection<String> accepted) {
        if (accepted.size() <= LISTED || value == null) {
            return "unknown " + kind + " " + quoted(value) + "; expected one of: " + String.join(", ", accepted);
        }
        List<String> nearest = nearest(value, accepted, 3);
        return "unknown " + kind + " " + quoted(value) + "; the nearest accepted: " + String.join(", ", nearest) + " ("
                + accepted.size() + " in all)";
    }

    /** {@code value} in quotes, or, when longer than {@value #QUOTED} characters, its start and its length. */
    static String quoted(String value) {
        if (value == null || value.length() <= QUOTED) {
            return "'" + value + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return "'" + value.substring(0, end) + "\u2026' (" + value.length() + " characters)";
    }

    /**
     * Whether what was typed is like an id: a word of it (three letters or more) within an edit or so of a word of the id
     * or of one of its {@code labels} (a quarter of the word's length, at least one), or the whole within a third of its
     * length of the id or a label; case, accents and æ, ø, å (as ae, oe, aa) do not count. What a refusal offers as "the
     * nearest" is offered only when it is like what was typed, so that a word unlike them all gets none.
     *
     * <pre>{@code
     * UnknownTermException.alike("substitute", "political-substitute", "politisk suppleant"); // true: the id's word
     * UnknownTermException.alike("borgmester", "budget", "budget");                         // false
     * }</pre>
     *
     * @param typed  what was typed
     * @param id     a known id
     * @param labels its words in a language, e.g. its Danish label and its form in a sentence
     * @return true when they are alike
     */
    public static boolean alike(String typed, String id, String... labels) {
        String value = Terms.fold(typed);
        List<String> forms = new java.util.ArrayList<>(List.of(id.replaceAll("[^a-z0-9]+", " ")));
        for (String label : labels) {
            forms.add(Terms.fold(label));
        }
        int whole = Math.max(2, value.length() / 3);
        for (String form : forms) {
            if (distance(value, form) <= whole) {
                return true;
            }
            for (String mine : value.split(" ")) {
                if (mine.length() < 3) {
                    continue;
                }
                for (String theirs : form.split(" ")) {
                    if (theirs.length() >= 3 && distance(mine, theirs) <= Math.max(1, mine.length() / 4)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The edit distance between two ids (insertions, deletions, substitutions and swaps of neighbours): {@code distance("hwo", "who")} is 1.
     *
     * @param a one id
     * @param b the other
     * @return the number of edits, 0 for equal ids
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
