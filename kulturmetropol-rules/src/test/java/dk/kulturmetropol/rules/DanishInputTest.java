package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import dk.kulturmetropol.model.Duty;
import org.junit.jupiter.api.Test;

/** Ids asked in the user's words: Danish labels, inflected as people type them, read as the ids they stand for. */
class DanishInputTest {
    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_read_a_verb_in_the_infinitive_or_the_present_as_its_action() {
        assertThat(G.idOf("action", "godkende")).isEqualTo("approve");
        assertThat(G.idOf("action", "godkender")).isEqualTo("approve");
        assertThat(G.idOf("action", "Vedtager")).isEqualTo("approve");
        assertThat(G.idOf("action", "ansætter")).isEqualTo("hire");
        assertThat(G.idOf("action", "udpege")).isEqualTo("appoint");
    }

    @Test
    void should_make_the_present_from_the_infinitive_by_rule() {
        assertThat(Terms.present("godkende")).isEqualTo("godkender");
        assertThat(Terms.present("sætte dagsordenen")).isEqualTo("sætter dagsordenen");
        assertThat(Terms.present("mødes")).isEqualTo("mødes");
    }

    @Test
    void should_read_a_verb_in_the_imperative_as_its_action() {
        // review 4, B5: "who godkend årsplan" is what a person types
        assertThat(G.idOf("action", "godkend")).isEqualTo("approve");
        assertThat(G.idOf("action", "ansæt")).isEqualTo("hire");
        assertThat(G.idOf("action", "udpeg")).isEqualTo("appoint");
        assertThat(G.idOf("action", "vælg")).isEqualTo("elect");
        assertThat(Terms.imperative("godkende")).contains("godkend");
        assertThat(Terms.imperative("ansætte")).contains("ansæt");
        assertThat(Terms.imperative("sætte dagsordenen")).contains("sæt dagsordenen");
        assertThat(Terms.imperative("foreslå")).isEmpty();
        assertThat(Terms.imperative("gå")).isEmpty();
    }

    @Test
    void should_read_a_noun_with_or_without_its_article_in_any_case_and_with_aa_for_the_danish_letter() {
        assertThat(G.idOf("matter", "årsplan")).isEqualTo("annual-plan");
        assertThat(G.idOf("matter", "Årsplanen")).isEqualTo("annual-plan");
        assertThat(G.idOf("matter", "aarsplanen")).isEqualTo("annual-plan");
        assertThat(G.idOf("matter", "projektchefen")).isEqualTo("project-chief");
        assertThat(G.idOf("subject", "regnskabet")).isEqualTo("accounts");
        assertThat(G.idOf("post", "den politiske formand")).isEqualTo("political-chair");
    }

    @Test
    void should_read_a_partner_or_focus_area_by_its_name() {
        assertThat(G.idOf("scope", "Roskilde")).isEqualTo("roskilde");
        assertThat(G.idOf("scope", "roskilde kommune")).isEqualTo("roskilde");
        assertThat(G.idOf("scope", "Koege")).isEqualTo("koege");
        assertThat(G.idOf("scope", "Musikindsatsen")).isEqualTo("music");
        assertThat(G.idOf("scope", "Kultur- og sundhedsindsatsen")).isEqualTo("culture-and-health");
        assertThat(G.idOf("actor", "Roskilde")).isEqualTo("roskilde");
        assertThat(G.idOf("actor", "kulturchefen i Roskilde")).isEqualTo("culture-chief:roskilde");
        assertThat(G.idOf("actor", "projektchef for Musikindsatsen")).isEqualTo("project-chief:music");
    }

    @Test
    void should_answer_a_question_in_danish_words_as_the_same_question_in_ids() {
        // given
        Criteria inIds = Criteria.any().scope("music").asOf(LocalDate.of(2022, 6, 1));
        Criteria inWords = Criteria.any().scope("Musikindsatsen").asOf(LocalDate.of(2022, 6, 1));

        // when
        Answer<Duty> asked = G.who("godkender", "årsplanen", inWords);

        // then
        assertThat(asked).isEqualTo(G.who("approve", "annual-plan", inIds));
        assertThat(asked.map(d -> d.action() + " " + d.matter())).containsOnly("approve annual-plan");
        assertThat(G.reports("projektchefen for Musikindsatsen", Criteria.any().about("den øvrige ansættelse")).map(l -> l.to()))
                .containsExactly("municipal-chief:roskilde");
        assertThat(G.members("KMK").rows()).isNotEmpty();
    }

    @Test
    void should_refuse_words_that_fit_several_ids_and_name_each() {
        AmbiguousTermException chiefs = catchThrowableOfType(AmbiguousTermException.class, () -> G.duties("projektchef"));
        assertThat(chiefs.candidates()).containsExactly("project-chief:culture-and-health", "project-chief:music", "project-chief:youth");
        assertThat(chiefs).hasMessageStartingWith("actor 'projektchef' fits 3 ids: project-chief:culture-and-health (projektchef for ")
                .hasMessageContaining("project-chief:music (projektchef for Musikindsatsen)");

        assertThatThrownBy(() -> G.idOf("action", "deltager i")).isInstanceOf(AmbiguousTermException.class)
                .hasMessageContaining("attend (deltager i)").hasMessageContaining("take-part (deltager i)");
    }

    @Test
    void should_still_suggest_the_nearest_ids_for_words_that_fit_none() {
        assertThatThrownBy(() -> G.who("aprove", "annual-plan")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown action 'aprove'; the nearest accepted: approve");
        assertThatThrownBy(() -> G.idOf("matter", "budgetterne")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown matter 'budgetterne'");
    }

    @Test
    void should_read_regnskab_as_the_matter_the_text_pairs_with_the_verb() {
        Governance g = Governance.kulturmetropolen();

        // "Sekretariatschefen ... aflægger årligt regnskab"; "KMK godkender det forudgående års regnskab"
        org.assertj.core.api.Assertions.assertThat(g.matterFor("aflægge", "regnskab")).isEqualTo("secretariat-accounts");
        org.assertj.core.api.Assertions.assertThat(g.matterFor("godkende", "regnskabet")).isEqualTo("annual-accounts");
        // each year's accounts, and the period's last year's the year after it (secretariat.head-2, a reading)
        org.assertj.core.api.Assertions.assertThat(g.who("aflægge", "regnskab", Criteria.any()).map(d -> d.actor()))
                .containsExactly("head-of-secretariat", "head-of-secretariat");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.matterFor("drøfte", "regnskab")).isInstanceOf(AmbiguousTermException.class)
                .hasMessageContaining("annual-accounts").hasMessageContaining("secretariat-accounts");
    }

    @Test
    void should_offer_the_ids_nearest_to_danish_words_by_their_danish_forms() {
        assertThat(G.nearest("matter", "aarsplaner", 1)).containsExactly("annual-plan");
        assertThat(G.nearest("action", "godkendte", 1)).containsExactly("approve");
        assertThat(G.nearest("scope", "Musikindsats", 1)).containsExactly("music");
        // the id itself counts too
        assertThat(G.nearest("action", "aprove", 1)).containsExactly("approve");
    }

    @Test
    void should_offer_the_id_a_scope_names_and_then_the_ids_of_that_scope_for_role_and_scope() {
        assertThat(G.nearest("actor", "partner:roskilde", 2)).containsExactly("roskilde", "partner-municipality:roskilde");
        assertThat(G.nearest("actor", "partner:roskilde", 5)).allMatch(id -> id.contains("roskilde"));
        // without a scope that names an id, nearest by distance alone
        assertThat(G.nearest("actor", "partner:oslo", 1)).singleElement().asString().startsWith("partner-municipality:");
    }
}
