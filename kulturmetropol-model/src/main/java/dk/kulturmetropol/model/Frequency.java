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
        YEAR, QUARTER, CONTINUOUSLY, AS_NEEDED;

        /** The lower-case id: {@code year}, {@code quarter}, {@code continuously}, {@code as-needed}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

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

    /** Between {@code min} and {@code max} times a year. */
    public static Frequency perYear(int min, int max) {
        return new Frequency(Per.YEAR, min, max, false);
    }

    /** Exactly {@code count} times a year. */
    public static Frequency perYear(int count) {
        return perYear(count, count);
    }

    /** Once a year (årligt, det kommende års). */
    public static Frequency yearly() {
        return perYear(1);
    }

    /** At least {@code min} times a quarter, with no upper bound (som minimum kvartalsvis). */
    public static Frequency atLeastPerQuarter(int min) {
        return new Frequency(Per.QUARTER, min, null, false);
    }

    /** Continuously, with no count (løbende). */
    public static Frequency continuously() {
        return new Frequency(Per.CONTINUOUSLY, 0, null, false);
    }

    /** When needed, with no count (efter behov). */
    public static Frequency asNeeded() {
        return new Frequency(Per.AS_NEEDED, 0, null, false);
    }

    /** The same, and as needed besides. */
    public Frequency andAsNeeded() {
        return new Frequency(per, min, max, true);
    }

    /** Whether a count can be judged against it (per year or per quarter). */
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
