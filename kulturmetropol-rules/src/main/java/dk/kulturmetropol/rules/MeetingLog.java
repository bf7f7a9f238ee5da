package dk.kulturmetropol.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a record of the meetings bodies held: CSV with the header {@code body,date} and one meeting a line.
 *
 * <pre>
 * body,date
 * kmk,2022-02-10
 * political-steering-group,2022-05-03
 * </pre>
 *
 * A bad record is refused with an {@link InvalidConfigException} naming the file and line: a missing or other header,
 * an unknown body, an impossible date, the same meeting twice.
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
     * @throws InvalidConfigException when the file is missing or a line is bad, naming the file and line
     */
    public static List<Meeting> read(Path file, Set<String> bodies) {
        try {
            return parse(dk.kulturmetropol.rules.internal.BoundedFiles.read(file), file.toString(), bodies);
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException("meeting record '" + file + "' does not exist", e);
        } catch (IOException e) {
            throw new InvalidConfigException("cannot read meeting record '" + file + "': " + e.getMessage(), e);
        }
    }

    /**
     * Reads a record from CSV text.
     *
     * @param csv    the text, with the header {@code body,date}
     * @param origin what to call it in messages
     * @param bodies the body ids accepted
     * @return the meetings, in the order of the text
     * @throws InvalidConfigException when a line is bad, naming {@code origin} and the line
     */
    public static List<Meeting> parse(String csv, String origin, Set<String> bodies) {
        AgreementYaml.requireSize(csv, origin, "a meeting record");
        List<Meeting> meetings = new ArrayList<>();
        Map<Meeting, Integer> seen = new HashMap<>();
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema()).readValues(csv)) {
            if (!rows.hasNext()) {
                throw new InvalidConfigException(origin + ": empty meeting record; expected the header body,date");
            }
            List<String> header = rows.next();
            if (!header.equals(List.of("body", "date"))) {
                throw new InvalidConfigException(origin + " line 1: the header is '" + String.join(",", header)
                        + "', expected body,date");
            }
            while (rows.hasNext()) {
                List<String> row = rows.next();
                int line = rows.getCurrentLocation().getLineNr() - (row.isEmpty() ? 0 : 1);
                line = Math.max(line, 2);
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                String where = origin + " line " + line + ": ";
                if (row.size() != 2) {
                    throw new InvalidConfigException(where + "'" + String.join(",", row) + "' has " + row.size()
                            + " fields, expected 2: body,date");
                }
                String body = row.get(0).trim();
                if (!bodies.contains(body)) {
                    throw new InvalidConfigException(where + "unknown body '" + body + "'; expected one of: " + String.join(", ", bodies));
                }
                LocalDate date;
                try {
                    date = dk.kulturmetropol.model.Dates.parse(row.get(1));
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigException(where + e.getMessage(), e);
                }
                Meeting meeting = new Meeting(body, date);
                Integer first = seen.putIfAbsent(meeting, line);
                if (first != null) {
                    throw new InvalidConfigException(where + body + " on " + date + " is listed twice, first on line " + first);
                }
                meetings.add(meeting);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidConfigException refused) {
                throw refused;
            }
            throw new InvalidConfigException(origin + ": not a CSV meeting record: " + e.getMessage(), e);
        }
        return List.copyOf(meetings);
    }
}
