package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.rules.RulePackException;
import org.junit.jupiter.api.Test;

/** Adding the clauses rule packs declare to the kommissorium's catalogue. */
class ClauseCatalogueWithTest {
    private static final ClauseCatalogue KOMMISSORIUM = ClauseCatalogue.kommissorium();

    @Test
    void should_add_a_new_clause_and_leave_the_original_unchanged() {
        // given
        Clause ministry = new Clause("ministry.1", "Ministry letter", "Reporting", "Kommunerne rapporterer årligt.");

        // when
        ClauseCatalogue more = KOMMISSORIUM.with(List.of(ministry));

        // then
        assertThat(more.find("ministry.1")).contains(ministry);
        assertThat(KOMMISSORIUM.find("ministry.1")).isEmpty();
    }

    @Test
    void should_accept_a_clause_declared_again_with_the_same_quote() {
        // given
        Clause same = KOMMISSORIUM.find("kmk.who").orElseThrow();

        // when
        ClauseCatalogue again = KOMMISSORIUM.with(List.of(same));

        // then
        assertThat(again.all()).isEqualTo(KOMMISSORIUM.all());
    }

    @Test
    void should_refuse_a_clause_declared_again_with_another_quote() {
        // given
        Clause kmk = KOMMISSORIUM.find("kmk.who").orElseThrow();
        Clause other = new Clause(kmk.id(), kmk.source(), kmk.section(), "Noget andet.");

        // then
        assertThatThrownBy(() -> KOMMISSORIUM.with(List.of(other))).isInstanceOf(RulePackException.class)
                .hasMessage("clause id 'kmk.who' is declared twice, with different quotes");
    }
}
