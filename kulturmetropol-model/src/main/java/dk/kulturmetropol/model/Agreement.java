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

    /**
     * Copies the lists (a {@code null} {@code viceChairs} reads as none) and validates the whole agreement: the period's
     * ends in order, partner ids unique, every home, chair, host and vice-chair municipality a partner on the days it
     * serves.
     *
     * @param name            the agreement's name
     * @param from            first day of the period
     * @param to              last day of the period, not before {@code from}
     * @param partners        the partners, ids unique
     * @param focusAreas      the focus areas, ids unique and none a partner's id
     * @param chair           the chair municipality, a partner for its whole term
     * @param secretariatHost the host, a partner for the whole period
     * @param viceChairs      the vice-chair municipalities, partners for the whole period and not the chair; or {@code null}
     * @throws NullPointerException       when the name, an end of the period or the chair is null
     * @throws InvalidAgreementException naming the offending value, where it is ({@link InvalidAgreementException#path()})
     *     and what was expected
     */
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

    /**
     * The agreement period.
     *
     * @return the days from {@code from} to {@code to}, both included, with the period as its basis: the interval every
     *     fact of the agreement is bounded by
     */
    public Validity period() {
        return new Validity(from, to, Validity.Basis.PERIOD.of(name));
    }

    /**
     * The partner ids, in the order given.
     *
     * @return the partners' ids ({@code albertslund}, ...), in the order the agreement lists them
     */
    public List<String> partnerIds() {
        return partners.stream().map(Partner::id).toList();
    }

    /**
     * The focus area ids, in the order given.
     *
     * @return the focus areas' ids ({@code music}, ...), in the order the agreement lists them, including those that start
     *     or end within the period
     */
    public List<String> focusAreaIds() {
        return focusAreas.stream().map(FocusArea::id).toList();
    }

    /**
     * A copy with {@code partner} added; this agreement is unchanged.
     *
     * @param partner the partner to add, e.g. one that joins within the period
     * @return the new agreement, validated like any other
     * @throws InvalidAgreementException when the partner's id is taken or its dates fall outside the period, naming it
     */
    public Agreement withPartner(Partner partner) {
        List<Partner> more = new ArrayList<>(partners);
        more.add(partner);
        return new Agreement(name, from, to, more, focusAreas, chair, secretariatHost, viceChairs);
    }

    /**
     * A copy with {@code area} added, e.g. a focus area that starts within the period; this agreement is unchanged.
     *
     * <pre>{@code
     * Agreement later = a.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null))
     *         .withFocusArea(new FocusArea("literature", "Litteraturindsatsen", "gladsaxe").existing(LocalDate.of(2023, 1, 1), null));
     * }</pre>
     *
     * @param area the focus area to add; its homes must be partners on the days they lead it
     * @return the new agreement, validated like any other
     * @throws InvalidAgreementException when the focus area cannot hold in this agreement, e.g. its home is not a
     *         partner on the days it leads
     * @throws InvalidAgreementException when the id is taken or a home is not a partner on its days, naming it
     */
    public Agreement withFocusArea(FocusArea area) {
        Objects.requireNonNull(area, "area");
        if (focusAreaIds().contains(area.id())) {
            throw new InvalidAgreementException("focus area '" + area.id() + "' is already in the agreement: to change it,"
                    + " e.g. to move its home, use withFocusAreaReplaced(...) instead of withFocusArea(...)");
        }
        List<FocusArea> more = new ArrayList<>(focusAreas);
        more.add(area);
        return new Agreement(name, from, to, partners, more, chair, secretariatHost, viceChairs);
    }

    /**
     * The focus area {@code id} of this agreement, to change it with {@link #withFocusAreaReplaced(FocusArea)}.
     *
     * <pre>{@code
     * Agreement a = Governance.kulturmetropolen().agreement();
     * FocusArea music = a.focusArea("music");   // Musikindsatsen, home roskilde for the whole period
     * }</pre>
     *
     * @param id a focus area id, e.g. {@code music}
     * @return the focus area with that id
     * @throws InvalidAgreementException when there is no such focus area, listing the focus areas
     */
    public FocusArea focusArea(String id) {
        return focusAreas.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidAgreementException("no focus area '" + id + "'; focus areas are: "
                        + String.join(", ", focusAreaIds())));
    }

    /**
     * A copy in which the focus area with {@code area}'s id is {@code area}, in the same place in the list; this
     * agreement is unchanged. The way to move a focus area's home during the period:
     *
     * <pre>{@code
     * Agreement a = Governance.kulturmetropolen().agreement();
     * Agreement moved = a.withFocusAreaReplaced(a.focusArea("music").movingTo("herlev", LocalDate.of(2022, 7, 1)));
     * // Roskilde leads music until 2022-06-30, Herlev from 2022-07-01
     * }</pre>
     *
     * @param area the focus area's new form; its id must be one of this agreement's focus areas
     * @return the new agreement, validated like any other
     * @throws InvalidAgreementException when there is no focus area with that id (listing them), or when the new form
     *         cannot hold in this agreement, e.g. a home is not a partner on the days it leads
     */
    public Agreement withFocusAreaReplaced(FocusArea area) {
        Objects.requireNonNull(area, "area");
        focusArea(area.id());
        List<FocusArea> changed = focusAreas.stream().map(f -> f.id().equals(area.id()) ? area : f).toList();
        return new Agreement(name, from, to, partners, changed, chair, secretariatHost, viceChairs);
    }

    /**
     * A copy without the focus area {@code id}; this agreement is unchanged.
     *
     * @param id the id of the focus area to remove, e.g. {@code youth}
     * @return the new agreement, validated like any other
     * @throws InvalidAgreementException when there is no such focus area, listing the focus areas
     */
    public Agreement withoutFocusArea(String id) {
        focusArea(id);
        List<FocusArea> fewer = focusAreas.stream().filter(f -> !f.id().equals(id)).toList();
        return new Agreement(name, from, to, partners, fewer, chair, secretariatHost, viceChairs);
    }

    /**
     * A copy without the partner {@code id}; refused if it is a home, chair, host or vice-chair municipality.
     *
     * @param id the id of the partner to remove, e.g. {@code furesoe}
     * @return the new agreement, validated like any other
     * @throws InvalidAgreementException when there is no such partner (listing the partners), or when it still serves as
     *     a home, chair, host or vice-chair municipality
     */
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
            homes(f, at, ids, known, partners, new Validity(from, to, Validity.Basis.PERIOD.of("the agreement")));
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

    /**
     * A focus area's dates lie within the period; each home is a partner on every day it leads; the homes follow one
     * another without a gap or an overlap on every day the focus area exists.
     */
    private static void homes(FocusArea f, String at, Set<String> ids, String known, List<Partner> partners, Validity period) {
        String area = "focus area '" + f.id() + "'";
        requireWithin(f.from(), area + " starts", period.from(), period.to(), at + ".from");
        requireWithin(f.to(), area + " ends", period.from(), period.to(), at + ".to");
        Validity exists = f.existenceWithin(period);
        boolean single = f.homes().size() == 1 && f.homes().get(0).from() == null && f.homes().get(0).to() == null;
        for (int j = 1; j < f.homes().size(); j++) {
            FocusArea.Home earlier = f.homes().get(j - 1);
            FocusArea.Home later = f.homes().get(j);
            LocalDate earlierFrom = earlier.from() == null ? period.from() : earlier.from();
            LocalDate laterFrom = later.from() == null ? period.from() : later.from();
            if (laterFrom.isBefore(earlierFrom)) {
                throw new InvalidAgreementException(area + ": home municipality '" + later.municipality() + "' (from " + laterFrom
                        + ") is listed after '" + earlier.municipality() + "' (from " + earlierFrom
                        + "): list the homes in order of their dates, the earliest first", at + ".home[" + j + "]");
            }
        }
        List<Validity> days = new ArrayList<>();
        for (int j = 0; j < f.homes().size(); j++) {
            FocusArea.Home h = f.homes().get(j);
            String hat = single ? at + ".home" : at + ".home[" + j + "]";
            requirePartner(ids, h.municipality(), area + ": home municipality", known, single ? hat : hat + ".municipality");
            requireWithin(h.from(), area + ": home municipality '" + h.municipality() + "' starts", period.from(), period.to(), hat + ".from");
            requireWithin(h.to(), area + ": home municipality '" + h.municipality() + "' ends", period.from(), period.to(), hat + ".to");
            Validity own = h.within(f.id(), period);
            if (!own.overlaps(exists)) {
                throw new InvalidAgreementException(area + ": home municipality '" + h.municipality() + "' leads " + own
                        + ", while the focus area exists only " + exists + ": a home leads on days the focus area exists", hat);
            }
            Validity leads = exists.intersect(own);
            if (!days.isEmpty()) {
                Validity before = days.get(days.size() - 1);
                if (!leads.from().isAfter(before.to())) {
                    throw new InvalidAgreementException(area + ": home municipality '" + h.municipality() + "' leads from "
                            + leads.from() + ", while the home before it leads until " + before.to()
                            + ": homes follow one another in order of their dates, without overlap", hat + ".from");
                }
                if (leads.from().isAfter(before.to().plusDays(1))) {
                    throw new InvalidAgreementException(area + " has no home municipality from " + before.to().plusDays(1) + " to "
                            + leads.from().minusDays(1) + ": each home starts the day after the one before it ends", hat + ".from");
                }
            } else if (leads.from().isAfter(exists.from())) {
                throw new InvalidAgreementException(area + " has no home municipality from " + exists.from() + " to "
                        + leads.from().minusDays(1) + ": the first home starts the day the focus area does", hat + ".from");
            }
            days.add(leads);
            boolean whole = leads.from().equals(period.from()) && leads.to().equals(period.to());
            requireMemberThroughout(partners, h.municipality(), area + ": home municipality", leads.from(), leads.to(),
                    whole ? "the agreement period" : "its term as home municipality",
                    whole ? "a home given without dates leads its focus area for the whole period; to hand it to another partner,"
                            + " give home a list of { municipality, from, to } (in Java, FocusArea.movingTo)"
                            : "a home municipality is a partner on every day it leads its focus area",
                    single ? hat : hat + ".municipality");
        }
        Validity last = days.get(days.size() - 1);
        if (last.to().isBefore(exists.to())) {
            throw new InvalidAgreementException(area + " has no home municipality from " + last.to().plusDays(1) + " to "
                    + exists.to() + ": the last home ends the day the focus area does", at + ".home[" + (days.size() - 1) + "].to");
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
