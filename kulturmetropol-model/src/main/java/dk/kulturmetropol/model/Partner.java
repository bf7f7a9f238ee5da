package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A partner municipality. {@code joined} and {@code left} are optional: a partner without them takes
 * part for the whole agreement period.
 *
 * <pre>{@code
 * Partner gladsaxe = new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null);
 * gladsaxe.membershipWithin(agreement.period()); // 2023-01-01..2024-12-31: from joining to the period's end
 * }</pre>
 *
 * @param id     kebab-case id, e.g. {@code roskilde}
 * @param name   its name, e.g. {@code Roskilde Kommune}
 * @param joined first day of membership, or {@code null} for the start of the period
 * @param left   last day of membership, or {@code null} for the end of the period
 */
public record Partner(String id, String name, LocalDate joined, LocalDate left) {
    /**
     * Checks the id and that the partner does not leave before it joins.
     *
     * @param id     kebab-case id
     * @param name   its name
     * @param joined first day, or {@code null}
     * @param left   last day, not before {@code joined}, or {@code null}
     * @throws IllegalArgumentException   when {@code id} is not a kebab-case id
     * @throws NullPointerException       when {@code name} is null
     * @throws InvalidAgreementException when {@code left} is before {@code joined}
     */
    public Partner {
        ActorRef.requireId(id, "partner id");
        Objects.requireNonNull(name, "partner name");
        if (joined != null && left != null && left.isBefore(joined)) {
            throw new InvalidAgreementException("partner '" + id + "' leaves " + left + ", before it joins " + joined);
        }
    }

    /**
     * A partner for the whole period.
     *
     * @param id   kebab-case id, e.g. {@code roskilde}
     * @param name its name, e.g. {@code Roskilde Kommune}
     * @return a partner with neither {@code joined} nor {@code left}
     */
    public static Partner of(String id, String name) {
        return new Partner(id, name, null, null);
    }

    /**
     * The days it is a partner within {@code period}.
     *
     * @param period the agreement period, whose ends stand in for {@code joined} and {@code left} when they are missing
     * @return the days from joining to leaving, both included, with the partner's membership as its basis
     */
    public Validity membershipWithin(Validity period) {
        return new Validity(joined == null ? period.from() : joined, left == null ? period.to() : left,
                Validity.Basis.MEMBERSHIP.of(id));
    }
}
