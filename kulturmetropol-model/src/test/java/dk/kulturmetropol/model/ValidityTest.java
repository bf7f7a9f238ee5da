package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ValidityTest {
    private static final Validity PERIOD = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "the agreement period");
    private static final Validity SEAT = new Validity(LocalDate.of(2022, 3, 1), LocalDate.of(2023, 6, 30), "the seat");

    @Test
    void should_refuse_an_interval_that_ends_before_it_starts() {
        assertThatThrownBy(() -> new Validity(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1), "a term"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validity of a term ends 2022-01-01, before it starts 2022-01-02");
    }

    @Test
    void should_accept_a_single_day() {
        // when
        Validity day = new Validity(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1), "a day");

        // then
        assertThat(day.contains(LocalDate.of(2022, 1, 1))).isTrue();
    }

    @Test
    void should_overlap_when_sharing_at_least_one_day() {
        // given
        Validity endsOnFirstDay = new Validity(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "before");
        Validity startsOnLastDay = new Validity(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 1), "after");
        Validity endsTheDayBefore = new Validity(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "earlier");
        Validity startsTheDayAfter = new Validity(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), "later");

        // then
        assertThat(PERIOD.overlaps(SEAT)).isTrue();
        assertThat(PERIOD.overlaps(endsOnFirstDay)).isTrue();
        assertThat(PERIOD.overlaps(startsOnLastDay)).isTrue();
        assertThat(PERIOD.overlaps(endsTheDayBefore)).isFalse();
        assertThat(PERIOD.overlaps(startsTheDayAfter)).isFalse();
    }

    @Test
    void should_intersect_to_the_shared_days_named_after_the_narrower_interval() {
        // when
        Validity periodAndSeat = PERIOD.intersect(SEAT);
        Validity seatAndPeriod = SEAT.intersect(PERIOD);

        // then
        assertThat(periodAndSeat).isEqualTo(SEAT);
        assertThat(seatAndPeriod).isEqualTo(SEAT);
    }

    @Test
    void should_intersect_partly_overlapping_intervals_to_their_shared_days() {
        // given
        Validity membership = new Validity(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 6, 30), "the membership");

        // when
        Validity shared = PERIOD.intersect(membership);
        Validity sharedTheOtherWay = membership.intersect(PERIOD);

        // then
        assertThat(shared.from()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(shared.to()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(sharedTheOtherWay.from()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(sharedTheOtherWay.to()).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void should_explain_a_date_on_either_side_and_read_as_its_bounds() {
        assertThat(SEAT).hasToString("2022-03-01..2023-06-30");
        assertThat(SEAT.whyNotOn(LocalDate.of(2023, 7, 1))).isEqualTo("the seat (2022-03-01..2023-06-30) ended before 2023-07-01");
        assertThat(SEAT.whyNotOn(LocalDate.of(2022, 2, 28))).isEqualTo("the seat (2022-03-01..2023-06-30) had not begun on 2022-02-28");
    }
}
