package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A closed interval of dates during which a fact holds, with the basis that bounds it
 * (the agreement period, a term of office, a partner's membership).
 *
 * <pre>{@code
 * Validity term = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "the agreement period");
 * term.contains(LocalDate.of(2025, 3, 1)); // false
 * }</pre>
 *
 * @param from  first day it holds
 * @param to    last day it holds
 * @param basis what bounds it, in words, e.g. {@code "ishoej's term as chair municipality"}
 */
public record Validity(LocalDate from, LocalDate to, String basis) {

    /**
     * Checks that the parts are given and the ends are in order.
     *
     * @param from  first day
     * @param to    last day, not before {@code from}
     * @param basis what bounds it, in words
     * @throws NullPointerException     when a part is null, naming it
     * @throws IllegalArgumentException when {@code to} is before {@code from}, naming the basis and both dates
     */
    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(basis, "basis");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("validity of " + basis + " ends " + to + ", before it starts " + from);
        }
    }

    /**
     * The bases the model writes, each naming one or two things: the agreement, the chair municipality, a partner, a
     * focus area, a home municipality of a focus area. Written and recognised here alone, so that
     * {@link Sentences#basis} can say them in another language.
     */
    enum Basis {
        PERIOD("the agreement period of %s", "basis.period", new String[] {".+"}, new String[] {"name"}, new String[] {null}),
        TERM("the term of '%s' as chair municipality", "basis.term", new String[] {ID}, new String[] {"municipality"},
                new String[] {"actor"}),
        MEMBERSHIP("the membership of partner '%s'", "basis.membership", new String[] {ID}, new String[] {"partner"},
                new String[] {"actor"}),
        AREA("the focus area '%s'", "basis.area", new String[] {ID}, new String[] {"area"}, new String[] {"scope"}),
        HOME("the term of '%s' as home municipality of focus area '%s'", "basis.home", new String[] {ID, ID},
                new String[] {"municipality", "area"}, new String[] {"actor", "scope"}),
        AREA_AFTER("the year after focus area '%s' ends, read as when its final accounts are rendered (the text sets no date)",
                "basis.area-after", new String[] {ID}, new String[] {"area"}, new String[] {"scope"}),
        LAST_ACCOUNTS("the year after focus area '%s' ends, read as when the accounts for its last year are submitted and approved"
                + " (the text sets no date)", "basis.last-accounts", new String[] {ID}, new String[] {"area"}, new String[] {"scope"}),
        PERIOD_ACCOUNTS("the year after the agreement period of %s ends, read as when the accounts for its last year are rendered"
                + " (the text sets no date)", "basis.period-accounts", new String[] {".+"}, new String[] {"name"}, new String[] {null});

        private final String format;
        private final java.util.regex.Pattern pattern;
        final String key;
        /** The names of the parts, as the words' patterns write them ({@code {municipality}}). */
        final String[] parts;
        /** The kind of label each part takes ({@code actor}, {@code scope}), or {@code null} for the part as written. */
        final String[] kinds;

        Basis(String format, String key, String[] partPatterns, String[] parts, String[] kinds) {
            this.format = format;
            String[] around = format.split("%s", -1);
            StringBuilder regex = new StringBuilder(java.util.regex.Pattern.quote(around[0]));
            for (int i = 0; i < partPatterns.length; i++) {
                regex.append('(').append(partPatterns[i]).append(')').append(java.util.regex.Pattern.quote(around[i + 1]));
            }
            this.pattern = java.util.regex.Pattern.compile(regex.toString());
            this.key = key;
            this.parts = parts;
            this.kinds = kinds;
        }

        /** The basis naming {@code what}. */
        String of(String... what) {
            return String.format(java.util.Locale.ROOT, format, (Object[]) what);
        }

        /** What {@code basis} names, part by part, when it is of this shape. */
        java.util.Optional<List<String>> named(String basis) {
            java.util.regex.Matcher m = pattern.matcher(basis);
            if (!m.matches()) {
                return java.util.Optional.empty();
            }
            List<String> named = new java.util.ArrayList<>(m.groupCount());
            for (int i = 1; i <= m.groupCount(); i++) {
                named.add(m.group(i));
            }
            return java.util.Optional.of(named);
        }
    }

    private static final String ID = "[a-z0-9-]+";

    /**
     * The year after focus area {@code area} ends on {@code lastDay}, from the day after: when its final accounts can be
     * rendered ("aflægge ... slutregnskab", home.tasks-3), for they account for the whole of it and so exist only once it
     * has ended. The text sets no date; a year is a reading, as the accounts of a year are read as due in the year after
     * it ("det forudgående års regnskab").
     *
     * <pre>{@code
     * Validity.yearAfterEndOf("music", LocalDate.of(2024, 12, 31)); // 2025-01-01..2025-12-31
     * }</pre>
     *
     * @param area    the focus area's id, which the basis names
     * @param lastDay the focus area's last day
     * @return the year from the day after {@code lastDay}, both ends included
     */
    public static Validity yearAfterEndOf(String area, LocalDate lastDay) {
        return new Validity(lastDay.plusDays(1), lastDay.plusYears(1), Basis.AREA_AFTER.of(area));
    }

    /**
     * The year after focus area {@code area} ends on {@code lastDay}, from the day after: when the accounts for its last
     * year can be submitted and approved ("det forudgående års regnskab", chief.duty-4, kmk.tasks-5), for they account
     * for a year that ends with it. The text sets no date; a year is a reading, as for every other year's accounts.
     *
     * <pre>{@code
     * Validity.lastYearsAccountsOf("music", LocalDate.of(2024, 12, 31)); // 2025-01-01..2025-12-31
     * }</pre>
     *
     * @param area    the focus area's id, which the basis names
     * @param lastDay the focus area's last day
     * @return the year from the day after {@code lastDay}, both ends included
     */
    public static Validity lastYearsAccountsOf(String area, LocalDate lastDay) {
        return new Validity(lastDay.plusDays(1), lastDay.plusYears(1), Basis.LAST_ACCOUNTS.of(area));
    }

    /**
     * The year after an agreement period ends, in which the accounts for its last year are read as rendered (the
     * secretariat's, secretariat.head-2: the text sets no date):
     * <pre>{@code
     * Validity.periodAccountsOf("Kulturmetropolen 2021-2024", LocalDate.of(2024, 12, 31)); // 2025-01-01..2025-12-31
     * }</pre>
     *
     * @param agreement the agreement's name, which the basis names
     * @param lastDay   the period's last day
     * @return the year from the day after {@code lastDay}, both ends included
     */
    public static Validity periodAccountsOf(String agreement, LocalDate lastDay) {
        return new Validity(lastDay.plusDays(1), lastDay.plusYears(1), Basis.PERIOD_ACCOUNTS.of(agreement));
    }

    /**
     * Whether it is the year in which the accounts for a focus area's or the agreement period's last year are read as
     * submitted and approved ({@link #lastYearsAccountsOf}, {@link #periodAccountsOf}): a yearly account within it gives
     * account of the year before it begins.
     *
     * @return true when the basis is that year's
     */
    public boolean isForLastYearsAccounts() {
        return Basis.LAST_ACCOUNTS.named(basis).isPresent() || Basis.PERIOD_ACCOUNTS.named(basis).isPresent();
    }

    /**
     * Whether it holds by the term of one of the home municipalities of a focus area whose home moves.
     *
     * @return true when the basis names a home municipality and a focus area
     */
    public boolean isTermOfHome() {
        return Basis.HOME.named(basis).isPresent();
    }

    /**
     * This interval and {@code next} as one, when {@code next} begins the day after this one ends and both hold by the
     * same basis, or by two homes of the same focus area one after the other (then by the focus area's days): what
     * the rules derive from each home of a focus area whose home moves is one fact again when it does not name the
     * home.
     *
     * @param next the interval that may follow this one
     * @return the joined interval, or empty when they do not follow each other or hold by unrelated bases
     */
    public java.util.Optional<Validity> joinedWith(Validity next) {
        if (!to.plusDays(1).equals(next.from)) {
            return java.util.Optional.empty();
        }
        if (basis.equals(next.basis)) {
            return java.util.Optional.of(new Validity(from, next.to, basis));
        }
        java.util.Optional<List<String>> mine = Basis.HOME.named(basis);
        java.util.Optional<List<String>> theirs = Basis.HOME.named(next.basis);
        if (mine.isPresent() && theirs.isPresent() && mine.get().get(1).equals(theirs.get().get(1))) {
            return java.util.Optional.of(new Validity(from, next.to, Basis.AREA.of(mine.get().get(1))));
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether {@code date} lies within, both ends included.
     *
     * @param date the day asked about
     * @return true when {@code from <= date <= to}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * Whether the two intervals share at least one day.
     *
     * @param other the other interval
     * @return true when they overlap, touching on one day included
     */
    public boolean overlaps(Validity other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /**
     * Whether every day of {@code other} lies within this one.
     *
     * @param other the other interval
     * @return true when {@code other} starts no earlier and ends no later
     */
    public boolean covers(Validity other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    /**
     * The days both hold; only call when {@link #overlaps} holds. It is named after {@code other}'s basis when
     * {@code other} bounds either end (a seat that starts later limits a duty), else after this one's.
     *
     * @param other the other interval; it must overlap this one
     * @return the shared days
     * @throws IllegalArgumentException when the two do not overlap (the result would end before it starts)
     */
    public Validity intersect(Validity other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return new Validity(start, end, start.equals(other.from) || end.equals(other.to) ? other.basis : basis);
    }

    /**
     * Why {@code date} falls outside, e.g. {@code "the agreement period (2021-01-01..2024-12-31) ended before 2025-03-01"}.
     *
     * @param date a day outside the interval
     * @return the reason in English, naming the basis, the interval and the date
     */
    public String whyNotOn(LocalDate date) {
        return basis + " (" + this + ")" + (date.isAfter(to) ? " ended before " : " had not begun on ") + date;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
