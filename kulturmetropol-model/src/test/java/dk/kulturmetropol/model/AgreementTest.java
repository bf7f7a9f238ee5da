package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final Agreement DEFAULT = Fixtures.kulturmetropolen2021();

    @Test
    void should_hold_the_public_facts_of_kulturmetropolen() {
        assertThat(DEFAULT.partnerIds()).containsExactly(
                "albertslund", "furesoe", "halsnaes", "helsingoer", "herlev", "ishoej", "koege", "roskilde", "roedovre");
        assertThat(DEFAULT.focusAreas()).extracting(FocusArea::id, f -> f.homes().get(0).municipality()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("culture-and-health", "ishoej"),
                org.assertj.core.groups.Tuple.tuple("music", "roskilde"),
                org.assertj.core.groups.Tuple.tuple("youth", "albertslund"));
        assertThat(DEFAULT.chair().municipality()).isEqualTo("ishoej");
        assertThat(DEFAULT.secretariatHost()).isEqualTo("ishoej");
        assertThat(DEFAULT.period()).hasToString("2021-01-01..2024-12-31");
    }

    @Test
    void should_refuse_a_home_municipality_that_is_not_a_partner() {
        assertThatThrownBy(() -> new Agreement("x", DEFAULT.from(), DEFAULT.to(), DEFAULT.partners(),
                List.of(new FocusArea("music", "Musik", "gladsaxe")), DEFAULT.chair(), "ishoej", List.of()))
                .isInstanceOf(InvalidAgreementException.class)
                .hasMessageStartingWith("focus area 'music': home municipality 'gladsaxe' is not a partner; partners are: albertslund");
    }

    @Test
    void should_refuse_a_chair_that_is_not_a_partner_and_a_duplicate_partner() {
        assertThatThrownBy(() -> new Agreement("x", DEFAULT.from(), DEFAULT.to(), DEFAULT.partners(), DEFAULT.focusAreas(),
                new ChairTerm("gladsaxe", DEFAULT.from(), DEFAULT.to()), "ishoej", List.of()))
                .hasMessageStartingWith("chair municipality 'gladsaxe' is not a partner");
        assertThatThrownBy(() -> DEFAULT.withPartner(Partner.of("roskilde", "Roskilde igen")))
                .hasMessage("duplicate partner id 'roskilde': each partner is listed once");
    }

    @Test
    void should_refuse_a_partner_joining_outside_the_period_or_leaving_before_joining() {
        assertThatThrownBy(() -> DEFAULT.withPartner(new Partner("gladsaxe", "Gladsaxe", LocalDate.of(2026, 1, 1), null)))
                .hasMessage("partner 'gladsaxe' joins 2026-01-01, outside the agreement period 2021-01-01..2024-12-31");
        assertThatThrownBy(() -> new Partner("gladsaxe", "Gladsaxe", LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1)))
                .hasMessage("partner 'gladsaxe' leaves 2022-01-01, before it joins 2023-01-01");
    }

    @Test
    void should_leave_the_original_unchanged_when_deriving() {
        Agreement more = DEFAULT.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

        assertThat(more.partnerIds()).contains("gladsaxe");
        assertThat(DEFAULT.partnerIds()).doesNotContain("gladsaxe");
        assertThat(more.withoutPartner("gladsaxe").partnerIds()).isEqualTo(DEFAULT.partnerIds());
    }

    @Test
    void should_refuse_removing_a_home_municipality() {
        assertThatThrownBy(() -> DEFAULT.withoutPartner("roskilde"))
                .hasMessageStartingWith("focus area 'music': home municipality 'roskilde' is not a partner");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "albertslund|2021-01-01|2022-12-31|focus area 'youth': home municipality 'albertslund' leaves 2022-12-31, before the agreement period",
            "ishoej|2023-01-01||focus area 'culture-and-health': home municipality 'ishoej' joins 2023-01-01, after the agreement period",
            "roskilde|2021-01-01|2024-06-30|focus area 'music': home municipality 'roskilde' leaves 2024-06-30"})
    void should_refuse_a_role_holder_that_is_not_a_partner_for_all_of_its_role(String id, java.time.LocalDate joined,
                                                                             java.time.LocalDate left, String message) {
        List<Partner> partners = DEFAULT.partners().stream()
                .map(p -> p.id().equals(id) ? new Partner(id, p.name(), joined, left) : p).toList();

        assertThatThrownBy(() -> new Agreement(DEFAULT.name(), DEFAULT.from(), DEFAULT.to(), partners, DEFAULT.focusAreas(),
                DEFAULT.chair(), DEFAULT.secretariatHost(), DEFAULT.viceChairs()))
                .isInstanceOf(InvalidAgreementException.class).hasMessageStartingWith(message)
                .hasMessageContaining("must be a partner for all the time it holds the role");
    }

    @Test
    void should_refuse_a_chair_that_joins_after_its_term_begins() {
        List<Partner> partners = DEFAULT.partners().stream()
                .map(p -> p.id().equals("koege") ? new Partner("koege", p.name(), java.time.LocalDate.of(2023, 1, 1), null) : p)
                .toList();
        ChairTerm koege = new ChairTerm("koege", DEFAULT.from(), DEFAULT.to());

        assertThatThrownBy(() -> new Agreement(DEFAULT.name(), DEFAULT.from(), DEFAULT.to(), partners, DEFAULT.focusAreas(), koege,
                DEFAULT.secretariatHost(), List.of()))
                .isInstanceOf(InvalidAgreementException.class)
                .hasMessage("chair municipality 'koege' joins 2023-01-01, after its term as chair begins 2021-01-01"
                        + " (the chair leads for its whole term):"
                        + " it must be a partner for all the time it holds the role");
    }

    @Test
    void should_accept_a_chair_that_joins_before_its_term_and_a_partner_without_a_role_leaving() {
        List<Partner> partners = DEFAULT.partners().stream()
                .map(p -> p.id().equals("roedovre") ? new Partner("roedovre", p.name(), null, java.time.LocalDate.of(2022, 12, 31)) : p)
                .toList();
        ChairTerm later = new ChairTerm("roskilde", java.time.LocalDate.of(2023, 1, 1), DEFAULT.to());

        assertThat(new Agreement(DEFAULT.name(), DEFAULT.from(), DEFAULT.to(), partners, DEFAULT.focusAreas(), later,
                DEFAULT.secretariatHost(), List.of()).chair().municipality()).isEqualTo("roskilde");
    }

    @Test
    void should_refuse_a_partner_or_focus_area_named_like_a_role_or_body_of_the_text() {
        List<Partner> partners = new java.util.ArrayList<>(DEFAULT.partners());
        partners.add(Partner.of("kmk", "KMK Kommune"));

        assertThatThrownBy(() -> new Agreement(DEFAULT.name(), DEFAULT.from(), DEFAULT.to(), partners, DEFAULT.focusAreas(),
                DEFAULT.chair(), DEFAULT.secretariatHost(), List.of()))
                .isInstanceOf(InvalidAgreementException.class)
                .hasMessageStartingWith("partner id 'kmk' is the id of a role or body of the kommissorium")
                .satisfies(e -> assertThat(((InvalidAgreementException) e).path()).hasValue("partners[9].id"));
        assertThatThrownBy(() -> DEFAULT.withPartner(Partner.of("administrative-board", "x")))
                .hasMessageStartingWith("partner id 'administrative-board' is the id of a role or body");
    }
}
