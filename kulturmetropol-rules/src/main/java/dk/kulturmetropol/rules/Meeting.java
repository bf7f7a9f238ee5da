package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting a body held, as a meeting record lists it (see {@link MeetingLog}).
 *
 * @param body the body's id, e.g. {@code kmk}
 * @param date the day it met
 */
public record Meeting(String body, LocalDate date) {
    /**
     * Checks that both parts are given.
     *
     * @param body the body's id
     * @param date the day it met
     * @throws NullPointerException when {@code body} or {@code date} is null
     */
    public Meeting {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(date, "date");
    }
}
