package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts of one culture agreement that the kommissorium leaves to the agreement: its period,
 * partners, focus areas with their home municipalities, the chair municipality, the secretariat's host,
 * and, if known, the municipalities whose culture committee chairs are vice-chairs.
 * Validated on construction: every message names the offending value and what was expected.
 *
 * <pre>{@code
 * Agreement a = AgreementYaml.kulturmetropolen();   // the default, from kulturmetropol-rules
 * Agreement later = a.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));
 * }</pre>
 *
 * @param name            e.g. {@code Kulturmetropolen 2021-2024}
 * @param from            first day of the agreement period
 * @param to              last day of the agreement period
 * @param partners        the partner municipalities
 * @param focusAreas      the focus areas
 * @param chair           the chair municipality and its term
 * @param secretariatHost the partner that hosts the secretariat
 * @param viceChairs      partners whose culture committee chairs are vice-chairs (may be empty: the text names none)
 */
public record Agreement(String name, LocalDate from, LocalDate to, List<Partner> partners, List<FocusArea> focusAreas,
                        ChairTerm chair, String secretariatHost, List<String> viceChairs) {

    public Agreement {
        Objects.requireNonNull(name, "agreement name");
        Objects.requireNonNull(from, "agreement period start");
        Objects.requireNonNull(to, "agreement period end");
        Objects.requireNonNull(chair, "chair");
        partners = List.copyOf(partners);
        focusAreas = List.copyOf(focusAreas);
        viceChairs = List.copyOf(viceChairs == null ? List.of() : viceChairs);
        if (to.isBefore(from)) {
            throw new InvalidAgreementException("agreement period ends " + to + ", before it starts " + from, "period.to");
        }
        validate(from, to, partners, focusAreas, chair, secretariatHost, viceChairs);
    }

    /** The agreement period. */
    public Validity period() {
        return new Validity(from, to, Validity.Basis.PERIOD.of(name));
    }

    /** The partner ids, in the order given. */
    public List<String> partnerIds() {
        return partners.stream().map(Partner::id).toList();
    }

    /** The focus area ids, in the order given. */
    public List<String> focusAreaIds() {
        return focusAreas.stream().map(FocusArea::id).toList();
    }

    /** A copy with {@code partner} added; this agreement is unchanged. */
    public Agreement withPartner(Partner partner) {
        List<Partner> more = new ArrayList<>(partners);
        more.add(partner);
        return new Agreement(name, from, to, more, focusAreas, chair, secretariatHost, viceChairs);
    }

    /** A copy without the partner {@code id}; refused if it is a home, chair, host or vice-chair municipality. */
    public Agreement withoutPartner(String id) {
        if (!partnerIds().contains(id)) {
            throw new InvalidAgreementException("no partner '" + id + "' to remove; partners are: " + String.join(", ", partnerIds()));
        }
        List<Partner> fewer = partners.stream().filter(p -> !p.id().equals(id)).toList();
        return new Agreement(name, from, to, fewer, focusAreas, chair, secretariatHost, viceChairs);
    }

    private static void validate(LocalDate from, LocalDate to, List<Partner> partners, List<FocusArea> focusAreas,
                                 ChairTerm chair, String secretariatHost, List<String> viceChairs) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            String at = "partners[" + i + "]";
            if (!ids.add(p.id())) {
                throw new InvalidAgreementException("duplicate partner id '" + p.id() + "': each partner is listed once", at + ".id");
            }
            requireOwnId(p.id(), "partner id", at + ".id");
            requireWithin(p.joined(), "partner '" + p.id() + "' joins", from, to, at + ".joined");
            requireWithin(p.left(), "partner '" + p.id() + "' leaves", from, to, at + ".left");
        }
        String known = String.join(", ", partners.stream().map(Partner::id).toList());
        Set<String> areas = new HashSet<>();
        for (int i = 0; i < focusAreas.size(); i++) {
            FocusArea f = focusAreas.get(i);
            String at = "focusAreas[" + i + "]";
            if (!areas.add(f.id())) {
                throw new InvalidAgreementException("duplicate focus area id '" + f.id() + "': each focus area is listed once", at + ".id");
            }
            requireOwnId(f.id(), "focus area id", at + ".id");
            if (ids.contains(f.id())) {
                throw new InvalidAgreementException("focus area id '" + f.id() + "' is also a partner id: ids must be unique", at + ".id");
            }
            requirePartner(ids, f.home(), "focus area '" + f.id() + "': home municipality", known, at + ".home");
            requireMemberThroughout(partners, f.home(), "focus area '" + f.id() + "': home municipality", from, to,
                    "the agreement period", "a home municipality leads its focus area for the whole period", at + ".home");
        }
        requirePartner(ids, chair.municipality(), "chair municipality", known, "chair.municipality");
        requireWithin(chair.from(), "the chair term of '" + chair.municipality() + "' starts", from, to, "chair.from");
        requireWithin(chair.to(), "the chair term of '" + chair.municipality() + "' ends", from, to, "chair.to");
        requireMemberThroughout(partners, chair.municipality(), "chair municipality", chair.from(), chair.to(),
                "its term as chair", "the chair leads for its whole term", "chair.municipality");
        requirePartner(ids, secretariatHost, "secretariat host", known, "secretariat.host");
        requireMemberThroughout(partners, secretariatHost, "secretariat host", from, to,
                "the agreement period", "the host houses the secretariat for the whole period", "secretariat.host");
        Set<String> vices = new HashSet<>();
        for (int i = 0; i < viceChairs.size(); i++) {
            String v = viceChairs.get(i);
            String at = "viceChairs[" + i + "]";
            requirePartner(ids, v, "vice-chair municipality", known, at);
            requireMemberThroughout(partners, v, "vice-chair municipality", from, to,
                    "the agreement period", "the vice-chairs are elected for the whole period", at);
            if (v.equals(chair.municipality())) {
                throw new InvalidAgreementException("vice-chair municipality '" + v + "' is the chair municipality: the vice-chairs"
                        + " advise and support the political chair (vice.tasks), so the chair's culture committee chair cannot be one;"
                        + " name two other partners", at);
            }
            if (!vices.add(v)) {
                throw new InvalidAgreementException("duplicate vice-chair municipality '" + v + "'", at);
            }
        }
        if (viceChairs.size() > 2) {
            throw new InvalidAgreementException("the text appoints two vice-chairs, found " + viceChairs.size() + ": "
                    + viceChairs.stream().collect(Collectors.joining(", ")), "viceChairs[2]");
        }
    }

    /** An id of the agreement must not be a role or body of the text, or answers about the two would mix. */
    private static void requireOwnId(String id, String what, String at) {
        if (Vocabulary.ROLES.containsKey(id) || Vocabulary.BODIES.containsKey(id)) {
            throw new InvalidAgreementException(what + " '" + id + "' is the id of a role or body of the kommissorium;"
                    + " choose another, e.g. the municipality's name in kebab-case", at);
        }
    }

    private static void requirePartner(Set<String> ids, String id, String what, String known, String at) {
        if (id == null || !ids.contains(id)) {
            throw new InvalidAgreementException(what + " '" + id + "' is not a partner; partners are: " + known, at);
        }
    }

    /** A role holder must be a partner for all the time it holds the role. */
    private static void requireMemberThroughout(List<Partner> partners, String id, String what, LocalDate roleFrom,
                                                LocalDate roleTo, String role, String why, String at) {
        Partner p = partners.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        if (p.joined() != null && p.joined().isAfter(roleFrom)) {
            throw new InvalidAgreementException(what + " '" + id + "' joins " + p.joined() + ", after " + role
                    + " begins " + roleFrom + " (" + why + "): it must be a partner for all the time it holds the role", at);
        }
        if (p.left() != null && p.left().isBefore(roleTo)) {
            throw new InvalidAgreementException(what + " '" + id + "' leaves " + p.left() + ", before " + role
                    + " ends " + roleTo + " (" + why + "): it must be a partner for all the time it holds the role", at);
        }
    }

    private static void requireWithin(LocalDate date, String what, LocalDate from, LocalDate to, String at) {
        if (date != null && (date.isBefore(from) || date.isAfter(to))) {
            throw new InvalidAgreementException(what + " " + date + ", outside the agreement period " + from + ".." + to, at);
        }
    }
}
