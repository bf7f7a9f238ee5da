package dk.kulturmetropol.rules;

/**
 * Rules that cannot be used: a pack that does not compile (the message names its file and line),
 * a file that does not exist (with its path), or a rule without a clause.
 */
public class RulePackException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * The message is kept to one line: a line break inside an offending value is shown as {@code \n}.
     *
     * @param message what is wrong, naming the file and line where known
     */
    public RulePackException(String message) {
        super(InvalidConfigException.oneLine(message));
    }
}
