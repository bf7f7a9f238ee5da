package dk.kulturmetropol.rules;

/**
 * An agreement configuration that cannot be used. The message names the file, the line where known,
 * the offending key or value, and what was expected, e.g.
 * {@code my.yaml line 4: unknown key 'partner'; expected one of: chair, focusAreas, name, partners, period, secretariat, viceChairs}.
 */
public class InvalidConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * A configuration refused because of an underlying failure, such as a file that cannot be read or YAML that does
     * not parse.
     *
     * @param message what is wrong, naming the file, line, key or value and what was expected; kept to one line
     * @param cause   the failure beneath it
     */
    public InvalidConfigException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /**
     * A configuration refused.
     *
     * @param message what is wrong, naming the file, line, key or value and what was expected; kept to one line
     */
    public InvalidConfigException(String message) {
        super(oneLine(message));
    }

    /** The message on one line: line breaks inside an offending value are written {@code \n}, {@code \r}; control characters {@code \u001B}. */
    static String oneLine(String message) {
        // and no character that acts on the terminal it is printed on (an escape, a bidirectional override): written \u001B
        return message == null ? null : dk.kulturmetropol.rules.internal.ControlCharacters.visible(message.replace("\r", "\\r").replace("\n", "\\n")
                .replace("\u0085", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"));
    }
}
