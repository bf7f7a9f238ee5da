package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.kulturmetropol.model.Frequency;

/**
 * A year ({@code 2021}) or quarter ({@code 2021-Q3}) that a counted frequency counts over: what {@code meetings} judges
 * and what {@code calendar} puts a recurring duty's date at the end of.
 *
 * @param label {@code 2021} or {@code 2021-Q3}
 * @param from  its first day
 * @param to    its last day
 */
record CountedPeriod(String label, LocalDate from, LocalDate to) {

    /** Every year, or every quarter of every year, from {@code firstYear} to {@code lastYear}, in order. */
    static List<CountedPeriod> of(Frequency.Per per, int firstYear, int lastYear) {
        List<CountedPeriod> all = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            if (per == Frequency.Per.QUARTER) {
                for (int q = 1; q <= 4; q++) {
                    all.add(quarter(year, q));
                }
            } else {
                all.add(new CountedPeriod(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
        }
        return all;
    }

    /** The year, or the quarter, that {@code date} falls in. */
    static CountedPeriod containing(Frequency.Per per, LocalDate date) {
        return per == Frequency.Per.QUARTER ? quarter(date.getYear(), (date.getMonthValue() + 2) / 3)
                : of(per, date.getYear(), date.getYear()).get(0);
    }

    private static CountedPeriod quarter(int year, int q) {
        LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
        return new CountedPeriod(year + "-Q" + q, start, start.plusMonths(3).minusDays(1));
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
