package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import org.junit.jupiter.api.Test;

/** {@link Governance#find}: facts found by the words of their sentences, labels and quoted clauses. */
class FindTest {
    private static final Governance G = Governance.kulturmetropolen();

    private static List<String> bearers(Answer<Derived> a) {
        return a.rows().stream().map(r -> r.fact() instanceof Duty d ? d.actor() + " " + d.action() + " " + d.matter()
                : r.fact().getClass().getSimpleName()).toList();
    }

    @Test
    void should_find_who_approves_renders_and_assists_with_accounts() {
        // when
        Answer<Derived> accounts = G.find("regnskab");

        // then
        assertThat(bearers(accounts)).contains("kmk approve annual-accounts")
                .anySatisfy(b -> assertThat(b).startsWith("head-of-secretariat submit"))
                .anySatisfy(b -> assertThat(b).contains(" support "));
        assertThat(accounts.rows()).allSatisfy(r -> assertThat(r.clauses()).isNotEmpty());
    }

    @Test
    void should_find_kmk_by_the_shared_vision_first() {
        Answer<Derived> vision = G.find("samlede", "vision");

        assertThat(vision.rows()).isNotEmpty();
        assertThat(vision.rows().get(0).fact()).isInstanceOfSatisfying(Duty.class, d -> assertThat(d.actor()).isEqualTo("kmk"));
        assertThat(vision.rows().get(0).clauses().get(0).quote()).contains("samlede vision");
        assertThat(G.find(List.of("samlede vision"), Criteria.any()).facts()).isEqualTo(vision.facts());
    }

    @Test
    void should_find_inflected_forms_by_their_stem_and_ignore_case_and_accents() {
        assertThat(G.find("regnskabet").facts()).containsAll(G.find("regnskab").facts());
        assertThat(G.find("AARSPLANEN").facts()).isNotEmpty().isEqualTo(G.find("årsplanen").facts());
        assertThat(bearers(G.find("årsregnskab"))).anySatisfy(b -> assertThat(b).contains("audited-annual-accounts"));
        assertThat(bearers(G.find("accounts"))).contains("kmk approve annual-accounts");
    }

    @Test
    void should_need_every_word() {
        assertThat(G.find("regnskab", "vision").isEmpty()).isTrue();
        assertThat(G.find("fodbold").why()).hasValueSatisfying(w -> assertThat(w.text()).isEqualTo("nothing the rules state has the words fodbold"));
    }

    @Test
    void should_refuse_no_words_and_only_common_ones() {
        assertThatThrownBy(() -> G.find(List.of(" "), Criteria.any())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("find needs one word or more; found none");
        assertThatThrownBy(() -> G.find("og", "the")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("find needs a word that says something; found only [og, the]");
    }

    @Test
    void should_rank_a_word_found_as_it_is_above_one_found_inside_a_compound() {
        assertThat(Find.match("regnskab", "regnskab")).isEqualTo(3);
        assertThat(Find.match("saml", "samled")).isEqualTo(2);
        assertThat(Find.match("regnskab", "aarsregnskab")).isEqualTo(1);
        assertThat(Find.match("kmk", "kmkx")).isZero();
        assertThat(Find.match("vision", "budget")).isZero();
    }

    @Test
    void should_find_a_matter_by_the_texts_other_words_for_it_with_its_own_clause() {
        // the accounts KMK approves are "det forudgående års regnskab" in kmk.tasks-5; users say "årsregnskab"
        assertThat(G.idOf("matter", "årsregnskab")).isEqualTo("annual-accounts");
        assertThat(G.idOf("matter", "Aarsregnskabet")).isEqualTo("annual-accounts");
        assertThat(G.idOf("matter", "det reviderede årsregnskab")).isEqualTo("audited-annual-accounts");
        Answer<Derived> found = G.find("årsregnskab");
        assertThat(found.rows()).anySatisfy(r -> {
            assertThat(r.fact()).isInstanceOfSatisfying(Duty.class, d -> assertThat(d.matter()).isEqualTo("annual-accounts"));
            assertThat(r.clause().id()).isEqualTo("kmk.tasks-5");
        }).anySatisfy(r -> assertThat(r.clause().id()).isEqualTo("chief.duty-4")).anySatisfy(r -> assertThat(r.clause().id()).isEqualTo("home.tasks-3"));
        // a near miss: the final accounts alone are not the annual accounts
        assertThat(G.find("slutregnskab").rows()).noneSatisfy(r -> assertThat(r.clause().id()).isEqualTo("kmk.tasks-5"));
    }

    @Test
    void should_find_a_fact_by_a_word_of_the_rules_own_sentence_that_neither_labels_nor_quote_have() {
        // partner.duty-4's own sentence: "Som ambassadør for kulturmetropolsamarbejdet skal ... blandt andet sikre ..."
        // (the quote says "Dette blandt andet ved at sikre ..."; its labels say "kommunikation og formidling")
        assertThat(G.find("ambassadør").rows()).extracting(r -> r.clause().id()).contains("partner.duty-4", "partner.duty-3", "home.tasks-4");
        assertThat(G.find("ambassador").rows()).extracting(r -> r.clause().id()).contains("partner.duty-4");
    }

    @Test
    void should_list_facts_whose_own_sentence_has_the_words_before_those_that_have_them_only_in_the_quote() {
        // when
        List<Derived> accounts = G.find("regnskab").facts();
        List<Derived> annual = G.find("årsregnskab").facts();

        // then: "Sekretariatschefen ansættes af, refererer til og aflægger årligt regnskab ..." is quoted under the hiring too
        int firstQuoteOnly = firstOnlyInQuote(accounts, "regnskab");
        assertThat(firstQuoteOnly).isPositive();
        assertThat(accounts.subList(0, firstQuoteOnly)).noneMatch(f -> G.foundOnlyInQuote(f, List.of("regnskab")));
        assertThat(accounts.subList(firstQuoteOnly, accounts.size())).allMatch(f -> G.foundOnlyInQuote(f, List.of("regnskab")))
                .anyMatch(f -> f instanceof Duty d && d.action().equals("hire") && d.matter().equals("head-of-secretariat"));
        assertThat(accounts.get(0)).isInstanceOfSatisfying(Duty.class, d -> assertThat(d.action()).isNotEqualTo("hire"));
        assertThat(annual.get(0)).isInstanceOfSatisfying(Duty.class, d -> assertThat(d.action()).isNotEqualTo("evaluate"));
        assertThat(annual.subList(0, firstOnlyInQuote(annual, "årsregnskab"))).isNotEmpty()
                .allMatch(f -> f instanceof Duty d && d.matter().contains("accounts"));
    }

    private static int firstOnlyInQuote(List<Derived> facts, String word) {
        for (int i = 0; i < facts.size(); i++) {
            if (G.foundOnlyInQuote(facts.get(i), List.of(word))) {
                return i;
            }
        }
        return facts.size();
    }
}
