package dk.kulturmetropol.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date where one is asked: written {@code YYYY-MM-DD} and nothing else, refused with a message that says what
 * was wrong with it.
 *
 * <pre>{@code
 * Dates.parse("2022-06-01");        // 2022-06-01
 * Dates.parse("01-06-2022");        // IllegalArgumentException: '01-06-2022' is written day first: expected YYYY-MM-DD; did you mean 2022-06-01?
 * Dates.parse("2023-02-30");        // IllegalArgumentException: '2023-02-30' is an impossible date: February 2023 has 28 days
 * Dates.parse("2023-01-01T15:45");  // IllegalArgumentException: '2023-01-01T15:45' is a date and a time: expected a date alone, YYYY-MM-DD, e.g. 2023-01-01
 * }</pre>
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{1,2}:\\d{2}.*");

    private Dates() {
    }

    /**
     * The date written {@code text}, {@code YYYY-MM-DD} (surrounding blanks ignored).
     *
     * @param text the date as typed or read from a file, e.g. {@code 2022-06-01}; {@code null} is refused as empty
     * @return the date
     * @throws DateRefusedException naming the value, what is wrong with it (an impossible day, a time, the day written
     *                              first) and the form accepted; what was wrong is data too, {@link DateRefusedException#problem()}
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DateRefusedException("no date given: expected YYYY-MM-DD, e.g. 2022-06-01", DateRefusedException.Problem.EMPTY, "", 0, 0, null, null);
        }
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            int month = Integer.parseInt(iso.group(2));
            int day = Integer.parseInt(iso.group(3));
            if (month < 1 || month > 12) {
                throw new DateRefusedException("'" + t + "' is an impossible date: there is no month " + month
                        + "; expected YYYY-MM-DD, the month from 01 to 12", DateRefusedException.Problem.NO_SUCH_MONTH, t, year, month, null, null);
            }
            YearMonth ym = YearMonth.of(year, month);
            if (day < 1 || day > ym.lengthOfMonth()) {
                throw new DateRefusedException("'" + t + "' is an impossible date: "
                        + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                        + ym.lengthOfMonth() + " days", DateRefusedException.Problem.NO_SUCH_DAY, t, year, month, null, null);
            }
            if (iso.group(2).length() != 2 || iso.group(3).length() != 2) {
                throw new DateRefusedException("'" + t + "' is not written YYYY-MM-DD: month and day take two digits; did you mean "
                        + LocalDate.of(year, month, day) + "?", DateRefusedException.Problem.ONE_DIGIT, t, 0, 0, LocalDate.of(year, month, day), null);
            }
            return LocalDate.of(year, month, day);
        }
        Matcher dateTime = DATE_TIME.matcher(t);
        if (dateTime.matches()) {
            throw new DateRefusedException("'" + t + "' is a date and a time: expected a date alone, YYYY-MM-DD, e.g. "
                    + dateTime.group(1), DateRefusedException.Problem.DATE_AND_TIME, t, 0, 0, null, dateTime.group(1));
        }
        Matcher dayFirst = DAY_FIRST.matcher(t);
        if (dayFirst.matches()) {
            LocalDate meant;
            try {
                meant = LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            } catch (DateTimeException e) {
                meant = null;
            }
            throw new DateRefusedException("'" + t + "' is written day first: expected YYYY-MM-DD" + (meant == null ? "" : "; did you mean " + meant + "?"),
                    DateRefusedException.Problem.DAY_FIRST, t, 0, 0, meant, null);
        }
        throw new DateRefusedException("'" + t + "' is not a date: expected YYYY-MM-DD, e.g. 2022-06-01", DateRefusedException.Problem.NOT_A_DATE, t, 0, 0, null, null);
    }
}
