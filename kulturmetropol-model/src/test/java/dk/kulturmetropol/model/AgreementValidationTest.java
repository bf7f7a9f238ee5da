package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each refusal of {@link Agreement}: what it says and where in the agreement it points. */
class AgreementValidationTest {
    private static final Agreement DEFAULT = Fixtures.kulturmetropolen2021();
    private static final LocalDate FROM = DEFAULT.from();
    private static final LocalDate TO = DEFAULT.to();

    @Test
    void should_refuse_a_period_that_ends_before_it_starts() {
        InvalidAgreementException e = refusal(() -> new Agreement("x", TO, FROM, DEFAULT.partners(), DEFAULT.focusAreas(),
                DEFAULT.chair(), "ishoej", List.of()));

        assertThat(e).hasMessageStartingWith("agreement period ends 2021-01-01, before it starts 2024-12-31");
        assertThat(e.path()).contains("period.to");
    }

    @Test
    void should_keep_the_vice_chairs_given_and_read_none_as_empty() {
        // when
        Agreement withVices = withViceChairs(List.of("roskilde", "koege"));
        Agreement withNone = withViceChairs(null);

        // then
        assertThat(withVices.viceChairs()).containsExactly("roskilde", "koege");
        assertThat(withNone.viceChairs()).isEmpty();
    }

    @Test
    void should_refuse_a_third_vice_chair() {
        InvalidAgreementException e = refusal(() -> withViceChairs(List.of("roskilde", "koege", "herlev")));

        assertThat(e).hasMessage("the text appoints two vice-chairs, found 3: roskilde, koege, herlev");
        assertThat(e.path()).contains("viceChairs[2]");
    }

    @Test
    void should_refuse_a_vice_chair_that_is_the_chair_twice_named_or_not_a_partner() {
        InvalidAgreementException chair = refusal(() -> withViceChairs(List.of("roskilde", "ishoej")));
        InvalidAgreementException twice = refusal(() -> withViceChairs(List.of("koege", "koege")));
        InvalidAgreementException stranger = refusal(() -> withViceChairs(List.of("gladsaxe")));

        assertThat(chair).hasMessageStartingWith("vice-chair municipality 'ishoej' is the chair municipality");
        assertThat(chair.path()).contains("viceChairs[1]");
        assertThat(twice).hasMessage("duplicate vice-chair municipality 'koege'");
        assertThat(twice.path()).contains("viceChairs[1]");
        assertThat(stranger).hasMessageStartingWith("vice-chair municipality 'gladsaxe' is not a partner; partners are: albertslund, furesoe");
        assertThat(stranger.path()).contains("viceChairs[0]");
    }

    @Test
    void should_refuse_a_vice_chair_that_leaves_before_the_period_ends() {
        // given
        List<Partner> partners = replace(DEFAULT.partners(), new Partner("koege", "Køge Kommune", null, LocalDate.of(2023, 6, 30)));

        // when
        InvalidAgreementException e = refusal(() -> new Agreement("x", FROM, TO, partners, DEFAULT.focusAreas(), DEFAULT.chair(),
                "ishoej", List.of("koege")));

        // then
        assertThat(e).hasMessageStartingWith("vice-chair municipality 'koege' leaves 2023-06-30, before the agreement period");
        assertThat(e.path()).contains("viceChairs[0]");
    }

    @Test
    void should_refuse_a_partner_whose_membership_lies_outside_the_period() {
        // given
        Partner joinsEarly = new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2020, 12, 31), null);
        Partner leavesLate = new Partner("gladsaxe", "Gladsaxe Kommune", null, LocalDate.of(2025, 1, 1));

        // when
        InvalidAgreementException early = refusal(() -> DEFAULT.withPartner(joinsEarly));
        InvalidAgreementException late = refusal(() -> DEFAULT.withPartner(leavesLate));

        // then
        assertThat(early).hasMessage("partner 'gladsaxe' joins 2020-12-31, outside the agreement period 2021-01-01..2024-12-31");
        assertThat(early.path()).contains("partners[9].joined");
        assertThat(late).hasMessage("partner 'gladsaxe' leaves 2025-01-01, outside the agreement period 2021-01-01..2024-12-31");
        assertThat(late.path()).contains("partners[9].left");
    }

    @Test
    void should_accept_a_partner_joining_on_the_first_day_and_leaving_on_the_last() {
        // when
        Agreement more = DEFAULT.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", FROM, TO));

        // then
        assertThat(more.partnerIds()).endsWith("gladsaxe");
    }

    @Test
    void should_point_at_a_duplicate_partner() {
        InvalidAgreementException e = refusal(() -> DEFAULT.withPartner(Partner.of("albertslund", "Albertslund igen")));

        assertThat(e.path()).contains("partners[9].id");
    }

    @Test
    void should_refuse_a_chair_term_outside_the_period() {
        InvalidAgreementException starts = refusal(() -> withChair(new ChairTerm("ishoej", FROM.minusDays(1), TO)));
        InvalidAgreementException ends = refusal(() -> withChair(new ChairTerm("ishoej", FROM, TO.plusDays(1))));

        assertThat(starts).hasMessage("the chair term of 'ishoej' starts 2020-12-31, outside the agreement period 2021-01-01..2024-12-31");
        assertThat(starts.path()).contains("chair.from");
        assertThat(ends).hasMessage("the chair term of 'ishoej' ends 2025-01-01, outside the agreement period 2021-01-01..2024-12-31");
        assertThat(ends.path()).contains("chair.to");
    }

    @Test
    void should_refuse_a_chair_that_leaves_before_its_term_ends() {
        // given
        List<Partner> partners = replace(DEFAULT.partners(), new Partner("koege", "Køge Kommune", null, LocalDate.of(2022, 12, 31)));

        // when
        InvalidAgreementException e = refusal(() -> new Agreement("x", FROM, TO, partners, DEFAULT.focusAreas(),
                new ChairTerm("koege", FROM, TO), "ishoej", List.of()));

        // then
        assertThat(e).hasMessageStartingWith("chair municipality 'koege' leaves 2022-12-31, before its term as chair ends 2024-12-31");
        assertThat(e.path()).contains("chair.municipality");
    }

    @Test
    void should_accept_a_chair_that_is_a_partner_exactly_for_its_term() {
        // given
        LocalDate start = LocalDate.of(2022, 1, 1);
        LocalDate end = LocalDate.of(2023, 12, 31);
        List<Partner> partners = replace(DEFAULT.partners(), new Partner("koege", "Køge Kommune", start, end));

        // when
        Agreement agreement = new Agreement("x", FROM, TO, partners, DEFAULT.focusAreas(), new ChairTerm("koege", start, end),
                "ishoej", List.of());

        // then
        assertThat(agreement.chair().term()).isEqualTo(new Validity(start, end, "the term of 'koege' as chair municipality"));
    }

    @Test
    void should_refuse_a_secretariat_host_that_is_not_a_partner_for_the_whole_period() {
        // given
        List<Partner> partners = replace(DEFAULT.partners(), new Partner("herlev", "Herlev Kommune", LocalDate.of(2022, 1, 1), null));

        // when
        InvalidAgreementException stranger = refusal(() -> new Agreement("x", FROM, TO, DEFAULT.partners(), DEFAULT.focusAreas(),
                DEFAULT.chair(), "gladsaxe", List.of()));
        InvalidAgreementException missing = refusal(() -> new Agreement("x", FROM, TO, DEFAULT.partners(), DEFAULT.focusAreas(),
                DEFAULT.chair(), null, List.of()));
        InvalidAgreementException late = refusal(() -> new Agreement("x", FROM, TO, partners, DEFAULT.focusAreas(),
                DEFAULT.chair(), "herlev", List.of()));

        // then
        assertThat(stranger).hasMessageStartingWith("secretariat host 'gladsaxe' is not a partner; partners are: albertslund");
        assertThat(stranger.path()).contains("secretariat.host");
        assertThat(missing).hasMessageStartingWith("secretariat host 'null' is not a partner");
        assertThat(late).hasMessageStartingWith("secretariat host 'herlev' joins 2022-01-01, after the agreement period begins 2021-01-01");
        assertThat(late.path()).contains("secretariat.host");
    }

    @Test
    void should_refuse_a_focus_area_listed_twice_or_named_like_a_partner() {
        // given
        List<FocusArea> twice = new ArrayList<>(DEFAULT.focusAreas());
        twice.add(new FocusArea("music", "Musik igen", "roskilde"));
        List<FocusArea> likePartner = List.of(new FocusArea("koege", "Køge-indsatsen", "koege"));

        // when
        InvalidAgreementException duplicate = refusal(() -> withFocusAreas(twice));
        InvalidAgreementException clash = refusal(() -> withFocusAreas(likePartner));

        // then
        assertThat(duplicate).hasMessage("duplicate focus area id 'music': each focus area is listed once");
        assertThat(duplicate.path()).contains("focusAreas[3].id");
        assertThat(clash).hasMessage("focus area id 'koege' is also a partner id: ids must be unique");
        assertThat(clash.path()).contains("focusAreas[0].id");
    }

    @Test
    void should_point_at_a_home_municipality_that_is_not_a_partner() {
        InvalidAgreementException e = refusal(() -> withFocusAreas(List.of(new FocusArea("music", "Musik", "gladsaxe"))));

        assertThat(e.path()).contains("focusAreas[0].home");
    }

    @Test
    void should_list_focus_area_ids_in_the_order_given() {
        assertThat(DEFAULT.focusAreaIds()).containsExactly("culture-and-health", "music", "youth");
    }

    @Test
    void should_refuse_removing_a_partner_that_is_not_there() {
        InvalidAgreementException e = refusal(() -> DEFAULT.withoutPartner("gladsaxe"));

        assertThat(e).hasMessage("no partner 'gladsaxe' to remove; partners are: "
                + "albertslund, furesoe, halsnaes, helsingoer, herlev, ishoej, koege, roskilde, roedovre");
    }

    @Test
    void should_refuse_ids_that_are_not_kebab_case_in_partners_focus_areas_and_chair() {
        assertThat(refusalOf(() -> Partner.of("Gladsaxe", "Gladsaxe Kommune"))).hasMessageStartingWith("partner id 'Gladsaxe' is not an id");
        assertThat(refusalOf(() -> new FocusArea("Musik", "Musik", "roskilde"))).hasMessageStartingWith("focus area id 'Musik' is not an id");
        assertThat(refusalOf(() -> new FocusArea("music", "Musik", "Roskilde")))
                .hasMessageStartingWith("home municipality of focus area 'music' 'Roskilde' is not an id");
        assertThat(refusalOf(() -> new ChairTerm("Ishøj", FROM, TO))).hasMessageStartingWith("chair municipality 'Ishøj' is not an id");
    }

    @Test
    void should_refuse_a_chair_term_that_ends_before_it_starts() {
        assertThat(refusal(() -> new ChairTerm("ishoej", TO, FROM)))
                .hasMessage("chair term of 'ishoej' ends 2021-01-01, before it starts 2024-12-31");
    }

    @Test
    void should_bound_a_membership_by_the_period_where_the_partner_gives_no_dates() {
        // given
        Partner whole = Partner.of("gladsaxe", "Gladsaxe Kommune");
        Partner part = new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 30));

        // then
        assertThat(whole.membershipWithin(DEFAULT.period()))
                .isEqualTo(new Validity(FROM, TO, "the membership of partner 'gladsaxe'"));
        assertThat(part.membershipWithin(DEFAULT.period()))
                .isEqualTo(new Validity(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 30), "the membership of partner 'gladsaxe'"));
    }

    @Test
    void should_turn_an_agreement_into_the_facts_a_session_starts_from() {
        // given
        Agreement agreement = withViceChairs(List.of("roskilde", "koege"));
        Validity period = agreement.period();

        // when
        List<Object> facts = AgreementFacts.of(agreement);

        // then
        assertThat(facts).hasSize(1 + 9 + 3 + 1 + 1 + 2);
        assertThat(facts).startsWith(new AgreementPeriod("Kulturmetropolen 2021-2024", period),
                new PartnerMembership("albertslund", new Validity(FROM, TO, "the membership of partner 'albertslund'")));
        assertThat(facts).contains(new FocusAreaHome("music", "roskilde", period),
                new ChairMunicipality("ishoej", agreement.chair().term()),
                new SecretariatHost("ishoej", period),
                new ViceChairMunicipality("koege", period));
        assertThat(facts).endsWith(new ViceChairMunicipality("roskilde", period), new ViceChairMunicipality("koege", period));
    }

    @Test
    void should_know_no_path_for_a_refusal_made_without_one() {
        assertThat(new InvalidAgreementException("no").path()).isEmpty();
    }

    private static Agreement withViceChairs(List<String> viceChairs) {
        return new Agreement(DEFAULT.name(), FROM, TO, DEFAULT.partners(), DEFAULT.focusAreas(), DEFAULT.chair(), "ishoej", viceChairs);
    }

    private static Agreement withChair(ChairTerm chair) {
        return new Agreement("x", FROM, TO, DEFAULT.partners(), DEFAULT.focusAreas(), chair, "ishoej", List.of());
    }

    private static Agreement withFocusAreas(List<FocusArea> focusAreas) {
        return new Agreement("x", FROM, TO, DEFAULT.partners(), focusAreas, DEFAULT.chair(), "ishoej", List.of());
    }

    private static List<Partner> replace(List<Partner> partners, Partner replacement) {
        return partners.stream().map(p -> p.id().equals(replacement.id()) ? replacement : p).toList();
    }

    private static InvalidAgreementException refusal(ThrowingCallable call) {
        InvalidAgreementException e = catchThrowableOfType(InvalidAgreementException.class, call);
        assertThat(e).as("an InvalidAgreementException").isNotNull();
        return e;
    }

    private static IllegalArgumentException refusalOf(ThrowingCallable call) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, call);
        assertThat(e).as("an IllegalArgumentException").isNotNull();
        return e;
    }
}
