package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;

import dk.kulturmetropol.model.Due.Kind;
import org.junit.jupiter.api.Test;

class DueTest {
    private static final LocalDate PERIOD_END = LocalDate.of(2024, 12, 31);

    @Test
    void should_build_each_shape_of_deadline() {
        // when
        Due on = Due.on(LocalDate.of(2023, 9, 15));
        Due yearly = Due.yearlyOn(MonthDay.of(2, 1));
        Due after = Due.afterPeriodEnds(PERIOD_END);

        // then
        assertThat(on).isEqualTo(new Due(Kind.ON, LocalDate.of(2023, 9, 15), null));
        assertThat(yearly).isEqualTo(new Due(Kind.YEARLY, null, MonthDay.of(2, 1)));
        assertThat(after).isEqualTo(new Due(Kind.AFTER_PERIOD, PERIOD_END, null));
    }

    @Test
    void should_read_each_shape_of_deadline() {
        assertThat(Due.on(LocalDate.of(2023, 9, 15))).hasToString("2023-09-15");
        assertThat(Due.yearlyOn(MonthDay.of(2, 1))).hasToString("each --02-01");
        assertThat(Due.afterPeriodEnds(PERIOD_END)).hasToString("after 2024-12-31, on a date the text leaves open");
    }

    @Test
    void should_refuse_a_yearly_deadline_on_29_february_which_most_years_lack() {
        assertThatThrownBy(() -> Due.yearlyOn(MonthDay.of(2, 29))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a yearly deadline on --02-29 falls due in leap years only; expected --02-28 or --03-01, the day it "
                        + "falls due every year");
        assertThat(Due.yearlyOn(MonthDay.of(2, 28)).occurrencesWithin(new Validity(LocalDate.of(2021, 1, 1), PERIOD_END, "p")))
                .hasSize(4);
    }

    @Test
    void should_refuse_a_deadline_missing_the_date_its_kind_needs() {
        assertThatThrownBy(() -> new Due(Kind.YEARLY, PERIOD_END, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("due YEARLY needs a month-day");
        assertThatThrownBy(() -> new Due(Kind.ON, null, MonthDay.of(2, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("due ON needs a date");
        assertThatThrownBy(() -> new Due(Kind.AFTER_PERIOD, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("due AFTER_PERIOD needs a date");
    }

    @Test
    void should_accept_a_deadline_with_exactly_the_date_its_kind_needs() {
        // when
        Due yearly = new Due(Kind.YEARLY, null, MonthDay.of(2, 1));
        Due on = new Due(Kind.ON, PERIOD_END, null);

        // then
        assertThat(yearly.monthDay()).isEqualTo(MonthDay.of(2, 1));
        assertThat(on.date()).isEqualTo(PERIOD_END);
    }

    @Test
    void should_fall_after_the_period_only_when_its_date_is_later_or_it_waits_for_the_end() {
        assertThat(Due.on(PERIOD_END.plusDays(1)).isAfter(PERIOD_END)).isTrue();
        assertThat(Due.on(PERIOD_END).isAfter(PERIOD_END)).isFalse();
        assertThat(Due.on(PERIOD_END.minusDays(1)).isAfter(PERIOD_END)).isFalse();
        assertThat(Due.afterPeriodEnds(PERIOD_END).isAfter(PERIOD_END)).isTrue();
        assertThat(Due.yearlyOn(MonthDay.of(12, 31)).isAfter(PERIOD_END)).isFalse();
    }
}
