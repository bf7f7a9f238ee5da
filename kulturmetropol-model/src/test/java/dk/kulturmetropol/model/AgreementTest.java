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
        assertThat(DEFAULT.focusAreas()).extracting(FocusArea::id, FocusArea::home).containsExactly(
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
}
