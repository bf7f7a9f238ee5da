package dk.kulturmetropol.rules.verify;

import static dk.kulturmetropol.rules.verify.MandateVerifier.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kulturmetropol.rules.UnknownTermException;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Each expectation holds where the rules say so, and fails, saying what the rules say instead, where they do not. */
class MandateVerifierTest {
    private static final MandateVerifier VERIFY = MandateVerifier.kulturmetropolen();

    @Test
    void should_pass_what_the_rules_state() {
        VERIFY.must("kmk", "approve", "annual-plan", on("2022-06-01").scope("music"))
                .must("home-municipality:music", "hire", "project-chief")
                .must("secretariat", "hire", "project-chief", on("2022-06-01").scope("music"))
                .must("culture-chief:koege", "approve", "annual-plan")
                .should("partner-municipality:koege", "align", "cultural-activities")
                .may("political-steering-group", "decide", "kulturmetropolen")
                .noDuty("secretariat", "approve", "annual-plan")
                .namesNoOne("appoint", "vice-chair")
                .reportsTo("project-chief:music", "municipal-chief:roskilde", on("2022-06-01").about("employment"))
                .hasMember("kmk", "culture-chief:koege", on("2022-06-01"))
                .holds("culture-committee-chair:ishoej", "political-chair");
    }

    @Test
    void should_fail_a_must_with_what_the_rules_say_instead_and_their_clause() {
        assertThatThrownBy(() -> VERIFY.must("secretariat", "approve", "annual-plan", on("2022-06-01").scope("music")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("expected: secretariat must approve annual-plan for music on 2022-06-01\nbut the rules say:\n  kmk must approve annual-plan for music")
                .hasMessageContaining("(kmk.tasks-5)")
                .satisfies(e -> {
                    AssertionFailedError failure = (AssertionFailedError) e;
                    assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("secretariat must approve annual-plan for music on 2022-06-01");
                    assertThat(failure.getActual().getStringRepresentation()).startsWith("kmk must approve annual-plan for music");
                });
    }

    @Test
    void should_fail_a_must_where_the_text_says_may_and_a_may_where_it_says_must() {
        assertThatThrownBy(() -> VERIFY.must("political-steering-group", "decide", "kulturmetropolen"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("political-steering-group may decide kulturmetropolen");
        assertThatThrownBy(() -> VERIFY.may("kmk", "approve", "annual-plan")).isInstanceOf(AssertionFailedError.class);
        assertThatThrownBy(() -> VERIFY.should("partner-municipality:koege", "align", "cultural-activities", on("2025-01-01")))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("no answer: nothing applies on 2025-01-01");
    }

    @Test
    void should_read_the_action_and_matter_in_danish_words_as_a_question_does() {
        // the actor was read in words already; the action and matter now are too ("godkender", "årsplanen")
        VERIFY.must("KMK", "godkender", "årsplanen", on("2022-06-01").scope("music"))
                .noDuty("sekretariatet", "godkende", "årsplan");
        // near miss: the words still have to say what the rules say
        assertThatThrownBy(() -> VERIFY.must("sekretariatet", "godkender", "årsplanen", on("2022-06-01").scope("music")))
                .isInstanceOf(AssertionFailedError.class).hasMessageStartingWith("expected: secretariat must approve annual-plan for music");
    }

    @Test
    void should_refuse_a_misspelt_action_matter_or_actor_in_every_expectation_as_a_question_does() {
        // a misspelt id would otherwise make noDuty pass whatever the rules say
        assertThatThrownBy(() -> VERIFY.noDuty("kmk", "aprove", "annual-plan")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown action 'aprove'");
        assertThatThrownBy(() -> VERIFY.noDuty("kmk", "approve", "anual-plan")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown matter 'anual-plan'");
        assertThatThrownBy(() -> VERIFY.must("kmk", "aprove", "annual-plan")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown action 'aprove'");
        assertThatThrownBy(() -> VERIFY.may("kmk", "approve", "anual-plan")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown matter 'anual-plan'");
        assertThatThrownBy(() -> VERIFY.reportsTo("project-chief:music", "kmkk")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown actor 'kmkk'");
        assertThatThrownBy(() -> VERIFY.hasMember("kmk", "culture-chief:koge")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown actor 'culture-chief:koge'");
        assertThatThrownBy(() -> VERIFY.holds("culture-committee-chair:ishoj", "political-chair")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown actor 'culture-committee-chair:ishoj'");
        // ("musik", the stem of Musikindsatsen, is music in Danish words: DanishFormsTest)
        assertThatThrownBy(() -> VERIFY.noDuty("kmk", "approve", "annual-plan", on("2022-06-01").scope("muisc")))
                .isInstanceOf(UnknownTermException.class).hasMessageStartingWith("unknown scope 'muisc'");
    }

    @Test
    void should_fail_no_duty_listing_the_rows_that_state_one() {
        assertThatThrownBy(() -> VERIFY.noDuty("kmk", "approve", "annual-plan", on("2022-06-01").scope("music")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("expected: no duty of kmk to approve annual-plan for music on 2022-06-01\nbut the rules say:\n  kmk must approve");
    }

    @Test
    void should_fail_names_no_one_where_the_text_names_someone() {
        assertThatThrownBy(() -> VERIFY.namesNoOne("approve", "annual-plan"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("whose sentence names no one").hasMessageContaining("kmk must approve");
    }

    @Test
    void should_fail_reports_members_and_holders_that_the_rules_do_not_state() {
        assertThatThrownBy(() -> VERIFY.reportsTo("project-chief:music", "kmk", on("2022-06-01").about("employment")))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("project-chief:music reports to municipal-chief:roskilde");
        assertThatThrownBy(() -> VERIFY.hasMember("kmk", "culture-committee-chair:koege"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("culture-chief:koege must sit in kmk");
        assertThatThrownBy(() -> VERIFY.holds("culture-committee-chair:koege", "political-chair"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("culture-committee-chair:ishoej holds political-chair");
        assertThatThrownBy(() -> VERIFY.holds("culture-committee-chair:ishoej", "political-chair", on("2025-03-01")))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("nothing applies on 2025-03-01");
    }

    @Test
    void should_refuse_an_unknown_id_listing_those_accepted() {
        assertThatThrownBy(() -> VERIFY.must("kmk", "aprove", "annual-plan"))
                .isInstanceOf(UnknownTermException.class).hasMessageContaining("unknown action 'aprove'");
    }

    @Test
    void should_say_when_an_expected_member_joins_later() {
        MandateVerifier withGladsaxe = MandateVerifier.of(dk.kulturmetropol.rules.Governance.kulturmetropolen()
                .withPartner(new dk.kulturmetropol.model.Partner("gladsaxe", "Gladsaxe Kommune", java.time.LocalDate.of(2023, 1, 1), null)));
        assertThatThrownBy(() -> withGladsaxe.hasMember("kmk", "culture-chief:gladsaxe", on("2022-06-01")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("(culture-chief:gladsaxe sits in kmk 2023-01-01..2024-12-31: from a later date, not on 2022-06-01)");
        assertThatThrownBy(() -> withGladsaxe.must("culture-chief:gladsaxe", "ensure", "participation", on("2022-06-01")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("2023-01-01..2024-12-31: from a later date, not on 2022-06-01)");
        withGladsaxe.hasMember("kmk", "culture-chief:gladsaxe", on("2023-06-01"));
    }

    @Test
    void should_refuse_a_date_written_day_first_or_impossible_saying_so() {
        assertThatThrownBy(() -> on("01-06-2022")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'01-06-2022' is written day first: expected YYYY-MM-DD; did you mean 2022-06-01?");
        assertThatThrownBy(() -> on("2023-02-30")).hasMessage("'2023-02-30' is an impossible date: February 2023 has 28 days");
    }
}
