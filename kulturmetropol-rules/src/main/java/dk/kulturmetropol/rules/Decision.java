package dk.kulturmetropol.rules;

import java.util.Objects;

import dk.kulturmetropol.model.Clause;

/**
 * Whether a chair may decide on a body's behalf on a day, and why.
 *
 * @param answer whether it may
 * @param reason why, in words
 * @param clause the sentence the answer rests on
 */
public record Decision(boolean answer, String reason, Clause clause) {
    public Decision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clause, "clause");
    }
}
