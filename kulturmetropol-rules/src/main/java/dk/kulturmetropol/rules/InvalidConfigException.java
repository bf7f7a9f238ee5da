package dk.kulturmetropol.rules;

/**
 * An agreement configuration that cannot be used. The message names the file, the line where known,
 * the offending key or value, and what was expected, e.g.
 * {@code my.yaml line 4: unknown key 'partner'; expected one of: chair, focusAreas, name, partners, period, secretariat, viceChairs}.
 */
public class InvalidConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    public InvalidConfigException(String message) {
        super(oneLine(message));
    }

    /** The message on one line: line breaks inside an offending value are written {@code \n}, {@code \r}. */
    static String oneLine(String message) {
        return message == null ? null : message.replace("\r", "\\r").replace("\n", "\\n")
                .replace("\u0085", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
