package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void reads_a_date_written_year_first() {
        assertThat(Dates.parse(" 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "01-06-2022       | '01-06-2022' is written day first: expected YYYY-MM-DD; did you mean 2022-06-01?",
            "1.6.2022         | '1.6.2022' is written day first: expected YYYY-MM-DD; did you mean 2022-06-01?",
            "2023-02-30       | '2023-02-30' is an impossible date: February 2023 has 28 days",
            "2023-02-29       | '2023-02-29' is an impossible date: February 2023 has 28 days",
            "2023-13-01       | '2023-13-01' is an impossible date: there is no month 13; expected YYYY-MM-DD, the month from 01 to 12",
            "2023-1-5         | '2023-1-5' is not written YYYY-MM-DD: month and day take two digits; did you mean 2023-01-05?",
            "2023-01-01T15:45 | '2023-01-01T15:45' is a date and a time: expected a date alone, YYYY-MM-DD, e.g. 2023-01-01",
            "juni 2022        | 'juni 2022' is not a date: expected YYYY-MM-DD, e.g. 2022-06-01"})
    void refuses_what_is_not_a_date_saying_what_is_wrong(String text, String message) {
        assertThatThrownBy(() -> Dates.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "01-06-2022       | DAY_FIRST     | 0    | 0  | 2022-06-01 |",
            "45-13-2022       | DAY_FIRST     | 0    | 0  |            |",
            "2023-02-30       | NO_SUCH_DAY   | 2023 | 2  |            |",
            "2023-13-01       | NO_SUCH_MONTH | 2023 | 13 |            |",
            "2023-1-5         | ONE_DIGIT     | 0    | 0  | 2023-01-05 |",
            "2023-01-01T15:45 | DATE_AND_TIME | 0    | 0  |            | 2023-01-01",
            "juni 2022        | NOT_A_DATE    | 0    | 0  |            |"})
    void says_what_is_wrong_with_a_date_as_data_too(String text, DateRefusedException.Problem problem, int year, int month, LocalDate meant, String dateAlone) {
        DateRefusedException refused = org.assertj.core.api.Assertions.catchThrowableOfType(DateRefusedException.class, () -> Dates.parse(text));

        assertThat(refused.problem()).isEqualTo(problem);
        assertThat(refused.text()).isEqualTo(text.strip());
        assertThat(refused.year()).isEqualTo(year);
        assertThat(refused.month()).isEqualTo(month);
        assertThat(refused.meant()).isEqualTo(java.util.Optional.ofNullable(meant));
        assertThat(refused.dateAlone()).isEqualTo(java.util.Optional.ofNullable(dateAlone));
    }

    @Test
    void refuses_nothing_given() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(DateRefusedException.class, () -> Dates.parse(" ")).problem())
                .isEqualTo(DateRefusedException.Problem.EMPTY);
        assertThatThrownBy(() -> Dates.parse(" ")).hasMessage("no date given: expected YYYY-MM-DD, e.g. 2022-06-01");
        assertThatThrownBy(() -> Dates.parse(null)).hasMessage("no date given: expected YYYY-MM-DD, e.g. 2022-06-01");
    }
}
