package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a rule's metadata value is read: Drools may hand it over with its quotes. */
class UnquoteTest {

    @Test
    void should_strip_the_quotes_around_a_metadata_value() {
        assertThat(DerivedFacts.unquote("\"kmk.who\"")).isEqualTo("kmk.who");
        assertThat(DerivedFacts.unquote("\"\"")).isEmpty();
    }

    @Test
    void should_keep_a_value_that_is_not_quoted_on_both_sides() {
        assertThat(DerivedFacts.unquote("kmk.who")).isEqualTo("kmk.who");
        assertThat(DerivedFacts.unquote("\"")).isEqualTo("\"");
        assertThat(DerivedFacts.unquote("\"kmk.who")).isEqualTo("\"kmk.who");
    }
}
