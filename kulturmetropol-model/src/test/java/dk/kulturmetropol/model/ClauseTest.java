package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClauseTest {

    @Test
    void should_refuse_a_clause_whose_quote_is_blank() {
        assertThatThrownBy(() -> new Clause("kmk.who", "Kommissorium", "KMK", "  \n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clause 'kmk.who' has an empty quote");
    }

    @Test
    void should_keep_a_clause_with_a_quote() {
        // when
        Clause clause = new Clause("kmk.who", "Kommissorium", "KMK", "KMK består af kulturcheferne.");

        // then
        assertThat(clause.quote()).isEqualTo("KMK består af kulturcheferne.");
    }
}
