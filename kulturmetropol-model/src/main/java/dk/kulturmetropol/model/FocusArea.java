package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A focus area (indsatsområde), the days it exists, and its home municipality (hjemkommune) or, when the home moves
 * during the period, its home municipalities one after the other.
 *
 * <pre>{@code
 * FocusArea music = new FocusArea("music", "Musikindsatsen", "roskilde"); // the whole period, one home
 * FocusArea literature = new FocusArea("literature", "Litteraturindsatsen", "gladsaxe")
 *         .existing(LocalDate.of(2023, 1, 1), null);                     // from 2023-01-01 to the period's end
 * FocusArea moving = music.movingTo("herlev", LocalDate.of(2022, 7, 1)); // Roskilde, then Herlev
 * }</pre>
 *
 * @param id    kebab-case id, e.g. {@code music}
 * @param name  its name, e.g. {@code Musikindsatsen}
 * @param homes the partners that lead it, in order of their dates; one for a home that does not move
 * @param from  the first day it exists, or {@code null} for the start of the agreement period
 * @param to    the last day it exists, or {@code null} for the end of the agreement period
 */
public record FocusArea(String id, String name, List<Home> homes, LocalDate from, LocalDate to) {

    /**
     * A home municipality for some of the days of the period.
     *
     * @param municipality the id of the partner that leads the focus area, e.g. {@code roskilde}
     * @param from         its first day as home, or {@code null} for the start of the agreement period
     * @param to           its last day as home, or {@code null} for the end of the agreement period
     */
    public record Home(String municipality, LocalDate from, LocalDate to) {
        /**
         * Checks the id and that the dates are in order.
         *
         * @param municipality the partner's id
         * @param from         its first day as home, or {@code null}
         * @param to           its last day as home, or {@code null}
         * @throws IllegalArgumentException   when {@code municipality} is not a kebab-case id
         * @throws InvalidAgreementException when both dates are given and {@code to} is before {@code from}
         */
        public Home {
            ActorRef.requireId(municipality, "home municipality");
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidAgreementException("home municipality '" + municipality + "' ends " + to
                        + ", before it starts " + from + ": 'from' must not be after 'to'");
            }
        }

        /**
         * A home for as long as the focus area exists.
         *
         * @param municipality the partner's id, e.g. {@code roskilde}
         * @return a home with neither end given
         */
        public static Home of(String municipality) {
            return new Home(municipality, null, null);
        }

        /**
         * Its days as home of focus area {@code area} within the agreement {@code period}: the missing ends are the period's.
         *
         * @param area   the focus area's id, which the interval's basis names
         * @param period the agreement period
         * @return the days, both ends included
         */
        public Validity within(String area, Validity period) {
            return new Validity(from == null ? period.from() : from, to == null ? period.to() : to,
                    Validity.Basis.HOME.of(municipality, area));
        }
    }

    /**
     * Checks the id, the name and that there is a home and the dates are in order; copies {@code homes}.
     *
     * @param id    kebab-case id
     * @param name  its name
     * @param homes at least one home, in order of their dates; copied
     * @param from  its first day, or {@code null}
     * @param to    its last day, or {@code null}
     * @throws IllegalArgumentException   when {@code id} is not a kebab-case id
     * @throws NullPointerException       when {@code name} or {@code homes} is null
     * @throws InvalidAgreementException when {@code homes} is empty or {@code to} is before {@code from}
     */
    public FocusArea {
        ActorRef.requireId(id, "focus area id");
        Objects.requireNonNull(name, "focus area name");
        Objects.requireNonNull(homes, "home municipality of focus area '" + id + "'");
        homes = List.copyOf(homes);
        if (homes.isEmpty()) {
            throw new InvalidAgreementException("focus area '" + id + "' has no home municipality; expected a partner id"
                    + " or a list of { municipality, from, to }");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidAgreementException("focus area '" + id + "' ends " + to + ", before it starts " + from
                    + ": 'from' must not be after 'to'");
        }
    }

    /**
     * A focus area for the whole period, led by one home municipality.
     *
     * @param id   kebab-case id, e.g. {@code music}
     * @param name its name, e.g. {@code Musikindsatsen}
     * @param home the id of the partner that leads it, e.g. {@code roskilde}
     * @throws IllegalArgumentException when {@code id} or {@code home} is not a kebab-case id
     */
    public FocusArea(String id, String name, String home) {
        this(id, name, List.of(Home.of(requireHome(id, home))), null, null);
    }

    private static String requireHome(String id, String home) {
        ActorRef.requireId(home, "home municipality of focus area '" + id + "'");
        return home;
    }

    /**
     * A copy that exists from {@code from} to {@code to} ({@code null}: the period's start or end).
     *
     * @param from the first day it exists, or {@code null} for the start of the period
     * @param to   the last day it exists, or {@code null} for the end of the period
     * @return a copy with the same homes; whether those homes are partners then is checked by the {@link Agreement}
     * @throws InvalidAgreementException when {@code to} is before {@code from}
     */
    public FocusArea existing(LocalDate from, LocalDate to) {
        return new FocusArea(id, name, homes, from, to);
    }

    /**
     * A copy whose home moves to {@code municipality} on {@code day}: the last home ends the day before.
     *
     * @param municipality the id of the partner that leads it from {@code day}
     * @param day          the first day of the new home
     * @return a copy with one more home; whether that partner takes part then is checked by the {@link Agreement}
     * @throws InvalidAgreementException when {@code day} is not after the day the last home starts, naming both
     */
    public FocusArea movingTo(String municipality, LocalDate day) {
        List<Home> moved = new ArrayList<>(homes.subList(0, homes.size() - 1));
        Home last = homes.get(homes.size() - 1);
        if (last.from() != null && !day.isAfter(last.from())) {
            throw new InvalidAgreementException("focus area '" + id + "' cannot move to '" + municipality + "' on " + day
                    + ": its last home, '" + last.municipality() + "', leads from " + last.from()
                    + "; each move comes after the one before it");
        }
        moved.add(new Home(last.municipality(), last.from(), day.minusDays(1)));
        moved.add(new Home(municipality, day, null));
        return new FocusArea(id, name, moved, from, to);
    }

    /**
     * The days it exists within the agreement {@code period}. A focus area for the whole period is bounded by the
     * period; one that starts or ends within it, by itself.
     *
     * @param period the agreement period
     * @return the period itself for a focus area without dates of its own, else its own days, missing ends the period's
     */
    public Validity existenceWithin(Validity period) {
        LocalDate first = from == null ? period.from() : from;
        LocalDate last = to == null ? period.to() : to;
        if (first.equals(period.from()) && last.equals(period.to())) {
            return period;
        }
        return new Validity(first, last, Validity.Basis.AREA.of(id));
    }

    /**
     * The facts of its homes within the agreement {@code period}: each home for the days it leads while the focus
     * area exists (a home's days cut to the focus area's). A home for all the days the focus area exists is bounded
     * by the focus area; one that moves, by its own days as home.
     *
     * @param period the agreement period
     * @return one fact per home that leads on some day the focus area exists, in the order of the homes
     */
    public List<FocusAreaHome> homesWithin(Validity period) {
        Validity exists = existenceWithin(period);
        List<FocusAreaHome> facts = new ArrayList<>(homes.size());
        for (Home h : homes) {
            Validity days = h.within(id, period);
            if (!days.overlaps(exists)) {
                continue;
            }
            Validity both = exists.intersect(days);
            facts.add(new FocusAreaHome(id, h.municipality(),
                    both.from().equals(exists.from()) && both.to().equals(exists.to()) ? exists : both));
        }
        return List.copyOf(facts);
    }

    /**
     * The home municipality on {@code day} within the agreement {@code period}, if the focus area exists and has one.
     *
     * @param day    the day asked about
     * @param period the agreement period
     * @return the home's id, or empty when the focus area does not exist on {@code day} or no home leads it then
     */
    public java.util.Optional<String> homeOn(LocalDate day, Validity period) {
        return homesWithin(period).stream().filter(h -> h.validity().contains(day)).map(FocusAreaHome::municipality).findFirst();
    }
}
