package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kulturmetropol.model.Frequency.Per;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    @Test
    void should_build_counts_per_year_and_per_quarter() {
        // when
        Frequency range = Frequency.perYear(1, 2);
        Frequency exact = Frequency.perYear(4);
        Frequency yearly = Frequency.yearly();
        Frequency quarterly = Frequency.atLeastPerQuarter(1);

        // then
        assertThat(range).isEqualTo(new Frequency(Per.YEAR, 1, 2, false));
        assertThat(exact).isEqualTo(new Frequency(Per.YEAR, 4, 4, false));
        assertThat(yearly).isEqualTo(new Frequency(Per.YEAR, 1, 1, false));
        assertThat(quarterly).isEqualTo(new Frequency(Per.QUARTER, 1, null, false));
    }

    @Test
    void should_build_uncounted_frequencies_and_add_as_needed() {
        // when
        Frequency continuously = Frequency.continuously();
        Frequency asNeeded = Frequency.asNeeded();
        Frequency quarterlyAndAsNeeded = Frequency.atLeastPerQuarter(1).andAsNeeded();

        // then
        assertThat(continuously).isEqualTo(new Frequency(Per.CONTINUOUSLY, 0, null, false));
        assertThat(asNeeded).isEqualTo(new Frequency(Per.AS_NEEDED, 0, null, false));
        assertThat(quarterlyAndAsNeeded).isEqualTo(new Frequency(Per.QUARTER, 1, null, true));
    }

    @Test
    void should_count_only_yearly_and_quarterly_frequencies() {
        assertThat(Frequency.perYear(4).isCounted()).isTrue();
        assertThat(Frequency.atLeastPerQuarter(1).isCounted()).isTrue();
        assertThat(Frequency.continuously().isCounted()).isFalse();
        assertThat(Frequency.asNeeded().isCounted()).isFalse();
    }

    @Test
    void should_accept_the_bounds_of_a_count() {
        // given: min equal to max, and a minimum of zero, are the edges of what is allowed

        // when
        Frequency equal = new Frequency(Per.YEAR, 3, 3, false);
        Frequency fromZero = new Frequency(Per.QUARTER, 0, 2, false);

        // then
        assertThat(equal.max()).isEqualTo(3);
        assertThat(fromZero.min()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}..{2}")
    @CsvSource(delimiter = '|', value = {
            "YEAR|-1|2|frequency: expected 0 <= min <= max, found min -1, max 2",
            "YEAR|3|2|frequency: expected 0 <= min <= max, found min 3, max 2",
            "QUARTER|-1||frequency: expected 0 <= min <= max, found min -1, max null",
            "CONTINUOUSLY|1||frequency continuously takes no count, found min 1, max null",
            "AS_NEEDED|0|1|frequency as-needed takes no count, found min 0, max 1"})
    void should_refuse_an_impossible_count(Per per, int min, Integer max, String message) {
        assertThatThrownBy(() -> new Frequency(per, min, max, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "YEAR|1|2|false|1-2 per year",
            "YEAR|4|4|false|4 per year",
            "YEAR|1|1|false|yearly",
            "QUARTER|1|1|false|quarterly",
            "QUARTER|2|2|false|2 per quarter",
            "YEAR|1||false|at least yearly",
            "QUARTER|1||true|at least quarterly, and as needed",
            "QUARTER|2||false|at least 2 per quarter",
            "YEAR|3||false|at least 3 per year",
            "CONTINUOUSLY|0||false|continuously",
            "AS_NEEDED|0||false|as needed",
            "CONTINUOUSLY|0||true|continuously, and as needed"})
    void should_read_as_the_text_says_it(Per per, int min, Integer max, boolean alsoAsNeeded, String text) {
        assertThat(new Frequency(per, min, max, alsoAsNeeded)).hasToString(text);
    }

    @Test
    void should_give_kebab_case_ids_for_what_it_counts_over() {
        assertThat(Per.YEAR.id()).isEqualTo("year");
        assertThat(Per.AS_NEEDED.id()).isEqualTo("as-needed");
    }

    @Test
    void should_refuse_as_needed_that_is_also_as_needed_besides_but_keep_it_for_counted_frequencies() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Frequency(Frequency.Per.AS_NEEDED, 0, null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per: as-needed alone");
        org.assertj.core.api.Assertions.assertThat(Frequency.perYear(1, 2).andAsNeeded().alsoAsNeeded()).isTrue();
    }
}
