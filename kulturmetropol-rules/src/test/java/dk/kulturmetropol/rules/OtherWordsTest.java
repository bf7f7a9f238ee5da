package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: where the text uses several words for one thing, the other word finds it, with its clause. The accounts KMK
 * approves ("det forudgående års regnskab", kmk.tasks-5) are the annual accounts the project chief submits audited
 * ("revideret årsregnskab", chief.duty-4), as {@link Vocabulary#SAME_THING} declares.
 */
class OtherWordsTest {

    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_answer_who_submits_the_annual_accounts_with_the_chief_who_submits_the_audited_annual_accounts() {
        // each year of the period; the last year's in the year after (LastYearsAccountsTest), asked about here on a day of the period
        Answer<Duty> submit = G.who("submit", "annual-accounts", Criteria.any().scope("music").asOf(java.time.LocalDate.of(2023, 6, 1)));

        assertThat(submit.rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor()).isEqualTo("project-chief:music");
            assertThat(r.fact().matter()).as("the matter as the text writes it").isEqualTo("audited-annual-accounts");
            assertThat(r.clause().id()).isEqualTo("chief.duty-4");
        });
        // in the user's words too
        assertThat(G.who("indsende", "årsregnskab", Criteria.any().scope("music")).map(Duty::actor)).containsOnly("project-chief:music");
        assertThat(G.matterFor("submit", "annual-accounts")).isEqualTo("audited-annual-accounts");
    }

    @Test
    void should_answer_who_approves_the_audited_annual_accounts_with_kmk_approving_the_previous_years_accounts() {
        Answer<Duty> approve = G.who("approve", "audited-annual-accounts", Criteria.any().scope("music").asOf(java.time.LocalDate.of(2023, 6, 1)));

        assertThat(approve.rows()).singleElement().satisfies(r -> {
            assertThat(r.fact().actor()).isEqualTo("kmk");
            assertThat(r.fact().matter()).isEqualTo("annual-accounts");
            assertThat(r.clause().id()).isEqualTo("kmk.tasks-5");
        });
        assertThat(G.mattersFor("approve", "audited-annual-accounts")).containsExactly("annual-accounts");
    }

    @Test
    void should_keep_the_word_the_text_pairs_with_the_action_and_find_nothing_where_it_pairs_neither() {
        // the text writes "godkende ... regnskab" and "indsende et revideret årsregnskab": each stays itself
        assertThat(G.matterFor("approve", "annual-accounts")).isEqualTo("annual-accounts");
        assertThat(G.matterFor("submit", "audited-annual-accounts")).isEqualTo("audited-annual-accounts");
        // no one hires the accounts in either word
        Answer<Duty> hire = G.who("hire", "annual-accounts");
        assertThat(hire.isEmpty()).isTrue();
        assertThat(hire.why()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo(Why.Reason.NO_RULE));
        assertThat(hire.note()).hasValueSatisfying(n -> assertThat(n).contains("hire annual-accounts"));
    }
}
