package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * How often the text says something happens: a count or a range per year or per quarter, continuously
 * ("løbende"), or as needed ("efter behov"). Typed, so meeting checks and calendars can count with it.
 *
 * <pre>{@code
 * Frequency.perYear(1, 2);                  // "1-2 per year"   (mødes en til to gange årligt)
 * Frequency.perYear(4);                     // "4 per year"     (mødes fire gange årligt)
 * Frequency.atLeastPerQuarter(1).andAsNeeded(); // "at least 1 per quarter, and as needed"
 * Frequency.yearly();                       // "yearly"
 * Frequency.continuously();                 // "continuously"
 * Frequency.asNeeded();                     // "as needed"
 * }</pre>
 *
 * @param per          what it counts over
 * @param min          the least count per {@code per}; 0 for {@link Per#CONTINUOUSLY} and {@link Per#AS_NEEDED}
 * @param max          the greatest count, or {@code null} for no upper bound ("som minimum")
 * @param alsoAsNeeded whether it happens as needed besides ("og i øvrigt efter behov")
 */
public record Frequency(Per per, int min, Integer max, boolean alsoAsNeeded) {

    /** What a frequency counts over. */
    public enum Per {
        /** Counted per calendar year ({@code min} to {@code max} times a year). */
        YEAR,
        /** Counted per calendar quarter. */
        QUARTER,
        /** Continuously ("løbende"): no count. */
        CONTINUOUSLY,
        /** As needed ("efter behov"): no count. */
        AS_NEEDED;

        /**
         * The lower-case id: {@code year}, {@code quarter}, {@code continuously}, {@code as-needed}.
         *
         * @return the id JSON answers carry in {@code frequency.per}
         */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Checks that the counts fit what they count over.
     *
     * @param per          what it counts over
     * @param min          the least count, 0 or more; 0 without a count
     * @param max          the greatest count, {@code min} or more, or {@code null}; {@code null} without a count
     * @param alsoAsNeeded whether it happens as needed besides
     * @throws NullPointerException     when {@code per} is null
     * @throws IllegalArgumentException when {@code min} is negative or above {@code max}, when {@code CONTINUOUSLY} or
     *     {@code AS_NEEDED} has a count, or when {@code AS_NEEDED} is also as needed besides
     */
    public Frequency {
        Objects.requireNonNull(per, "per");
        if (min < 0 || (max != null && max < min)) {
            throw new IllegalArgumentException("frequency: expected 0 <= min <= max, found min " + min + ", max " + max);
        }
        if (per == Per.AS_NEEDED && alsoAsNeeded) {
            throw new IllegalArgumentException("a frequency of as-needed is not also as needed besides: give per: as-needed alone, "
                    + "or alsoAsNeeded with per: year or quarter");
        }
        if ((per == Per.CONTINUOUSLY || per == Per.AS_NEEDED) && (min != 0 || max != null)) {
            throw new IllegalArgumentException("frequency " + per.id() + " takes no count, found min " + min + ", max " + max);
        }
    }

    /**
     * Between {@code min} and {@code max} times a year.
     *
     * @param min the least number of times, 0 or more
     * @param max the greatest number of times, {@code min} or more
     * @return a frequency per year
     * @throws IllegalArgumentException when {@code min} is negative or above {@code max}
     */
    public static Frequency perYear(int min, int max) {
        return new Frequency(Per.YEAR, min, max, false);
    }

    /**
     * Exactly {@code count} times a year.
     *
     * @param count the number of times, 0 or more
     * @return a frequency per year whose least and greatest are both {@code count}
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public static Frequency perYear(int count) {
        return perYear(count, count);
    }

    /**
     * Once a year (årligt, det kommende års).
     *
     * @return {@code perYear(1)}
     */
    public static Frequency yearly() {
        return perYear(1);
    }

    /**
     * At least {@code min} times a quarter, with no upper bound (som minimum kvartalsvis).
     *
     * @param min the least number of times a quarter, 0 or more
     * @return a frequency per quarter with no greatest
     * @throws IllegalArgumentException when {@code min} is negative
     */
    public static Frequency atLeastPerQuarter(int min) {
        return new Frequency(Per.QUARTER, min, null, false);
    }

    /**
     * Continuously, with no count (løbende).
     *
     * @return a frequency with no count: meeting checks judge nothing against it
     */
    public static Frequency continuously() {
        return new Frequency(Per.CONTINUOUSLY, 0, null, false);
    }

    /**
     * When needed, with no count (efter behov).
     *
     * @return a frequency with no count: meeting checks judge nothing against it
     */
    public static Frequency asNeeded() {
        return new Frequency(Per.AS_NEEDED, 0, null, false);
    }

    /**
     * The same, and as needed besides.
     *
     * @return a copy with {@code alsoAsNeeded} set; this one is unchanged
     * @throws IllegalArgumentException on {@link #asNeeded()}, which needs no "as needed besides"
     */
    public Frequency andAsNeeded() {
        return new Frequency(per, min, max, true);
    }

    /**
     * Whether a count can be judged against it (per year or per quarter).
     *
     * @return true for {@link Per#YEAR} and {@link Per#QUARTER}
     */
    public boolean isCounted() {
        return per == Per.YEAR || per == Per.QUARTER;
    }

    @Override
    public String toString() {
        String text = switch (per) {
            case CONTINUOUSLY -> "continuously";
            case AS_NEEDED -> "as needed";
            default -> {
                String unit = per == Per.YEAR ? "year" : "quarter";
                if (max == null) {
                    yield min == 1 ? "at least " + (per == Per.YEAR ? "yearly" : "quarterly") : "at least " + min + " per " + unit;
                }
                if (min == 1 && max == 1) {
                    yield per == Per.YEAR ? "yearly" : "quarterly";
                }
                yield (min == max ? String.valueOf(min) : min + "-" + max) + " per " + unit;
            }
        };
        return alsoAsNeeded ? text + ", and as needed" : text;
    }
}
