package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Validity;
import org.junit.jupiter.api.Test;

/** An empty answer says why, as data: no rule states it, the date is outside the period, or outside a term. */
class WhyTest {
    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_say_no_rule_states_a_reporting_line_from_kmk() {
        Answer<?> a = G.reports("kmk");

        assertThat(a.isEmpty()).isTrue();
        assertThat(a.why()).hasValueSatisfying(why -> {
            assertThat(why.reason()).isEqualTo(Why.Reason.NO_RULE);
            assertThat(why.intervals()).isEmpty();
            assertThat(why.text()).isEqualTo("the rules state no reporting line from kmk");
        });
    }

    @Test
    void should_say_a_date_after_the_period_is_outside_it_with_the_term_that_ended() {
        Answer<?> a = G.holders("political-chair", Criteria.any().asOf(LocalDate.of(2025, 3, 1)));

        assertThat(a.why()).hasValueSatisfying(why -> {
            assertThat(why.reason()).isEqualTo(Why.Reason.OUTSIDE_PERIOD);
            assertThat(why.intervals()).extracting(Validity::from, Validity::to)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)));
        });
        assertThat(G.holders("political-chair", Criteria.any().asOf(LocalDate.of(2020, 12, 31))).why())
                .hasValueSatisfying(why -> assertThat(why.reason()).isEqualTo(Why.Reason.OUTSIDE_PERIOD));
    }

    @Test
    void should_say_a_date_inside_the_period_before_a_partner_joined_is_outside_its_term() {
        Governance later = G.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

        Answer<?> before = later.duties("partner-municipality:gladsaxe", Criteria.any().asOf(LocalDate.of(2022, 12, 31)));
        Answer<?> after = later.duties("partner-municipality:gladsaxe", Criteria.any().asOf(LocalDate.of(2023, 1, 1)));

        assertThat(before.why()).hasValueSatisfying(why -> {
            assertThat(why.reason()).isEqualTo(Why.Reason.OUTSIDE_TERM);
            assertThat(why.intervals()).extracting(Validity::from).containsOnly(LocalDate.of(2023, 1, 1));
            assertThat(why.text()).startsWith("nothing applies on 2022-12-31: ");
        });
        assertThat(after.why()).isEmpty();
        assertThat(after.note()).isEmpty();
    }

    @Test
    void should_narrow_reporting_lines_to_the_subject_of_the_criteria() {
        assertThat(G.reports("project-chief:music", Criteria.any().about("employment")).facts())
                .isNotEmpty().allSatisfy(l -> assertThat(l.isAbout("employment")).isTrue());
        assertThat(G.reports("project-chief:music").facts().size())
                .isGreaterThan(G.reports("project-chief:music", Criteria.any().about("employment")).facts().size());
    }
}
