package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ValueTest {
    private static final Validity PERIOD = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "the agreement period");

    @Test
    void should_parse_scoped_and_unscoped_actors() {
        assertThat(ActorRef.parse("home-municipality:music")).isEqualTo(ActorRef.of("home-municipality", "music"));
        assertThat(ActorRef.parse("kmk").id()).isEqualTo("kmk");
    }

    @Test
    void should_refuse_an_id_that_is_not_kebab_case() {
        assertThatThrownBy(() -> ActorRef.parse("Køge")).hasMessageStartingWith("actor role 'Køge' is not an id: expected ASCII kebab-case");
    }

    @Test
    void should_explain_why_a_date_falls_outside() {
        assertThat(PERIOD.whyNotOn(LocalDate.of(2025, 3, 1))).isEqualTo("the agreement period (2021-01-01..2024-12-31) ended before 2025-03-01");
        assertThat(PERIOD.whyNotOn(LocalDate.of(2020, 3, 1))).isEqualTo("the agreement period (2021-01-01..2024-12-31) had not begun on 2020-03-01");
    }

    @Test
    void should_copy_lists_into_a_duty() {
        List<String> with = new ArrayList<>(List.of("secretariat"));
        Duty duty = new Duty("r", "c", "kmk", "hire", "project-chief", null, Modality.MUST, with, List.of(), PERIOD, null, null, null, null);
        with.clear();

        assertThat(duty.jointlyWith()).containsExactly("secretariat");
        assertThat(duty.isUnspecified()).isFalse();
    }

    @Property
    void contains_agrees_with_the_bounds(@ForAll @IntRange(min = -400, max = 2000) int day) {
        LocalDate date = PERIOD.from().plusDays(day);

        assertThat(PERIOD.contains(date)).isEqualTo(!date.isBefore(PERIOD.from()) && !date.isAfter(PERIOD.to()));
    }
}
