package dk.kulturmetropol.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a record of the meetings bodies held: CSV with the header {@code body,date} and one meeting a line. What Excel
 * writes is read too: a byte-order mark, {@code ;} between fields, a header or body in capitals ({@code KMK}), and further
 * columns (notes), which are ignored.
 *
 * <pre>
 * body,date
 * kmk,2022-02-10
 * political-steering-group,2022-05-03
 * </pre>
 *
 * A bad record is refused with a {@link MeetingLogRefusedException} naming the file and line: a missing or other header,
 * an unknown body, an impossible date, the same meeting twice; a character the eye cannot see in a refused value is
 * named ({@code U+FEFF ZERO WIDTH NO-BREAK SPACE}).
 */
public final class MeetingLog {
    private static final CsvMapper CSV = new CsvMapper();

    private MeetingLog() {
    }

    /**
     * Reads the record in {@code file}.
     *
     * @param file   a CSV file with the header {@code body,date}
     * @param bodies the body ids accepted, e.g. {@code governance.accepted("body")}
     * @return the meetings, in the order of the file
     * @throws MeetingLogRefusedException when the file is missing or a line is bad, naming the file and line
     */
    public static List<Meeting> read(Path file, Set<String> bodies) {
        String origin = file.toString();
        AgreementYaml.requireFile(file, "meeting record", "a CSV file with the header body,date, e.g. meetings.csv", message -> refused(message, null,
                origin.isBlank() ? MeetingLogRefusedException.Problem.EMPTY_NAME : MeetingLogRefusedException.Problem.DIRECTORY, origin, 0, ""));
        String csv;
        try {
            csv = dk.kulturmetropol.rules.internal.BoundedFiles.read(file);
        } catch (NoSuchFileException e) {
            throw refused("meeting record '" + file + "' does not exist", e, MeetingLogRefusedException.Problem.MISSING, origin, 0, "");
        } catch (IOException e) {
            throw refused("cannot read meeting record '" + file + "': " + e.getMessage(), e, MeetingLogRefusedException.Problem.UNREADABLE, origin, 0, "");
        }
        return parse(csv, origin, bodies);
    }

    /**
     * Reads a record from CSV text.
     *
     * @param csv    the text, with the header {@code body,date}
     * @param origin what to call it in messages
     * @param bodies the body ids accepted
     * @return the meetings, in the order of the text
     * @throws MeetingLogRefusedException when a line is bad, naming {@code origin} and the line
     */
    public static List<Meeting> parse(String csv, String origin, Set<String> bodies) {
        AgreementYaml.oversized(csv, "a meeting record").ifPresent(why -> {
            throw refused(origin + why, null, MeetingLogRefusedException.Problem.TOO_LARGE, origin, 0, "");
        });
        List<Meeting> meetings = new ArrayList<>();
        Map<Meeting, Integer> seen = new HashMap<>();
        // what Excel writes: a byte-order mark first, and ';' between fields where the decimal comma is in use
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        char separator = separator(text);
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            if (!rows.hasNext()) {
                throw refused(origin + ": empty meeting record; expected the header body,date", null, MeetingLogRefusedException.Problem.EMPTY,
                        origin, 0, "");
            }
            List<String> header = rows.next().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int bodyAt = header.indexOf("body");
            int dateAt = header.indexOf("date");
            if (bodyAt < 0 || dateAt < 0) {
                String found = String.join(String.valueOf(separator), header);
                throw refused(origin + " line 1: the header is '" + shown(found) + "'" + invisible(found)
                        + ", expected body,date (any case, in any order, other columns such as notes ignored; ',' or ';' between them)", null,
                        MeetingLogRefusedException.Problem.HEADER, origin, 1, found);
            }
            int needed = Math.max(bodyAt, dateAt) + 1;
            while (rows.hasNext()) {
                List<String> row = rows.next();
                int line = rows.getCurrentLocation().getLineNr() - (row.isEmpty() ? 0 : 1);
                line = Math.max(line, 2);
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String where = origin + " line " + line + ": ";
                if (row.size() < needed) {
                    String written = String.join(String.valueOf(separator), row);
                    String names = String.join(String.valueOf(separator), header.subList(0, needed));
                    throw refused(where + "'" + written + "' has " + row.size() + " fields, expected " + needed + ": " + names, null,
                            MeetingLogRefusedException.Problem.FIELDS, origin, line, written, String.valueOf(row.size()), String.valueOf(needed), names);
                }
                String written = row.get(bodyAt).strip();
                String body = written.toLowerCase(Locale.ROOT);
                if (!bodies.contains(body)) {
                    throw refused(where + "unknown body '" + shown(written) + "'" + invisible(written) + "; expected one of: "
                            + String.join(", ", bodies), null, MeetingLogRefusedException.Problem.BODY, origin, line, written,
                            bodies.stream().sorted().toArray(String[]::new));
                }
                String day = row.get(dateAt).strip();
                LocalDate date;
                try {
                    date = dk.kulturmetropol.model.Dates.parse(day);
                } catch (IllegalArgumentException e) {
                    throw refused(where + e.getMessage() + invisible(day), e, MeetingLogRefusedException.Problem.DATE, origin, line, day);
                }
                Meeting meeting = new Meeting(body, date);
                Integer first = seen.putIfAbsent(meeting, line);
                if (first != null) {
                    throw refused(where + body + " on " + date + " is listed twice, first on line " + first, null,
                            MeetingLogRefusedException.Problem.TWICE, origin, line, "", body, date.toString(), String.valueOf(first));
                }
                meetings.add(meeting);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidConfigException refused) {
                throw refused;
            }
            throw refused(origin + ": not a CSV meeting record: " + e.getMessage(), e, MeetingLogRefusedException.Problem.NOT_CSV, origin, 0, "");
        }
        return List.copyOf(meetings);
    }

    /** A refusal with its English {@code message} and its parts typed, {@code value}'s invisible characters named. */
    private static MeetingLogRefusedException refused(String message, Throwable cause, MeetingLogRefusedException.Problem problem, String origin,
                                                      int line, String value, String... parts) {
        List<String> hidden = value.codePoints().filter(MeetingLog::isInvisible).mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
                .distinct().toList();
        return new MeetingLogRefusedException(message, cause, problem, origin, line, shown(value), hidden, parts);
    }

    /** ';' where the header line has one and no ',' (as Excel writes CSV where the decimal separator is a comma), else ','. */
    private static char separator(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    /** {@code text} with each character {@link #invisible} names written {@code \uFEFF}, so two values that look alike do not. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isInvisible(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL
                || (Character.isSpaceChar(c) && c != ' ') || Character.getType(c) == Character.UNASSIGNED;
    }

    /**
     * What in {@code text} a reader cannot see, for a refusal: {@code  (it holds the invisible character U+200B ZERO
     * WIDTH SPACE)}; empty when it holds none.
     */
    static String invisible(String text) {
        return text.codePoints().filter(MeetingLog::isInvisible)
                .mapToObj(c -> String.format(Locale.ROOT, "U+%04X %s", c, Character.getName(c) == null ? "" : Character.getName(c)).strip())
                .distinct().reduce((a, b) -> a + ", " + b)
                .map(names -> " (it holds the invisible character" + (names.contains(",") ? "s " : " ") + names + ")").orElse("");
    }
}
