package dk.kulturmetropol.rules;

import java.util.List;
import java.util.Objects;

/**
 * A meeting record refused ({@link MeetingLog}): the English message of an {@link InvalidConfigException}, and what a
 * message in another language needs, typed: the {@link Problem}, the file, the line, the value refused and its parts.
 *
 * <pre>{@code
 * try {
 *     MeetingLog.read(Path.of("/nonexistent.csv"), g.accepted("body"));
 * } catch (MeetingLogRefusedException e) {
 *     e.problem();  // MISSING
 *     e.origin();   // /nonexistent.csv
 * }
 * }</pre>
 */
public final class MeetingLogRefusedException extends InvalidConfigException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the record. */
    public enum Problem {
        /** The file name is empty. */
        EMPTY_NAME,
        /** The file does not exist. */
        MISSING,
        /** The file is a directory. */
        DIRECTORY,
        /** The file cannot be read. */
        UNREADABLE,
        /** The file, or a line of it, is too long to be a meeting record; {@link #line()} is the line, or 0 for the file. */
        TOO_LARGE,
        /** The record is empty: no header. */
        EMPTY,
        /** The header is not {@code body,date}; {@link #value()} is the header found. */
        HEADER,
        /** A line has too few fields; {@link #value()} is the line, {@link #parts()} the fields it has, the fields needed and their names. */
        FIELDS,
        /** An unknown body; {@link #value()} is the body as written, {@link #parts()} the bodies accepted. */
        BODY,
        /** A date that is none; {@link #value()} is the date as written, the cause a {@link dk.kulturmetropol.model.DateRefusedException}. */
        DATE,
        /** The same meeting twice; {@link #parts()} the body, the date and the line it was first on. */
        TWICE,
        /** Not CSV at all. */
        NOT_CSV
    }

    /** What is wrong. */
    private final Problem problem;
    /** The file, as named. */
    private final String origin;
    /** The line, or 0. */
    private final int line;
    /** The value refused, or empty. */
    private final String value;
    /** The problem's further parts. */
    private final List<String> parts;
    /** The invisible characters of the value. */
    private final List<String> invisible;

    /**
     * A record refused.
     *
     * @param message   the English message, naming the file and line
     * @param cause     the failure beneath it, or null
     * @param problem   what is wrong
     * @param origin    the file, as named
     * @param line      the line, or 0 where the problem is the file's
     * @param value     the value refused as written (a character the eye cannot see written {@code \uFEFF}), or empty
     * @param invisible the characters in {@code value} the eye cannot see, as {@code U+FEFF}
     * @param parts     the problem's further parts (see {@link Problem})
     * @throws NullPointerException when the problem or origin is null
     */
    public MeetingLogRefusedException(String message, Throwable cause, Problem problem, String origin, int line, String value,
                                      List<String> invisible, String... parts) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.line = line;
        this.value = value == null ? "" : value;
        this.invisible = invisible == null ? List.of() : List.copyOf(invisible);
        this.parts = List.of(parts);
    }

    /**
     * What is wrong.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }

    /**
     * The file, as named on the command line.
     *
     * @return the file's name
     */
    public String origin() {
        return origin;
    }

    /**
     * The line refused.
     *
     * @return the line number, from 1; 0 where the problem is the file's
     */
    public int line() {
        return line;
    }

    /**
     * The value refused, as written, a character the eye cannot see written {@code \uFEFF}.
     *
     * @return the value, or empty
     */
    public String value() {
        return value;
    }

    /**
     * The characters of {@link #value()} the eye cannot see.
     *
     * @return each as {@code U+FEFF}; empty when there are none
     */
    public List<String> invisible() {
        return invisible;
    }

    /**
     * The problem's further parts, as {@link Problem} lists them.
     *
     * @return the parts, in order
     */
    public List<String> parts() {
        return parts;
    }
}
