package dk.kulturmetropol.rules;

/**
 * An agreement configuration that cannot be used. The message names the file, the line where known,
 * the offending key or value, and what was expected, e.g.
 * {@code my.yaml line 4: unknown key 'partner'; expected one of: chair, focusAreas, name, partners, period, secretariat, viceChairs}.
 */
public class InvalidConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidConfigException(String message) {
        super(message);
    }
}
