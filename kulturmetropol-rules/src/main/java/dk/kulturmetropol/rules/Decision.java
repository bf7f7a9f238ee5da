package dk.kulturmetropol.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dk.kulturmetropol.model.Clause;

/**
 * Whether a chair may decide on a body's behalf on a day, and why.
 *
 * <pre>{@code
 * Decision d = g.mayDecide("political-chair", "political-steering-group", LocalDate.of(2022, 3, 1),
 *         List.of(new Meeting("political-steering-group", LocalDate.of(2022, 3, 1))));
 * d.answer();      // false: the body itself meets that day
 * d.clause().id(); // "chairs.tasks-3"
 * }</pre>
 *
 * @param answer whether it may
 * @param reason why, in words
 * @param clause the sentence the answer rests on
 * @param parts  what the reason is made of, by name, with its words' key under {@code key}: to write it in another
 *               language with {@code Sentences.message(parts.get("key"), parts, false)}; empty for one made by hand
 */
public record Decision(boolean answer, String reason, Clause clause, Map<String, String> parts) {
    /**
     * Checks that the reason and clause are given, and copies the parts; {@code null} parts read as none.
     *
     * @param answer whether it may
     * @param reason why, in English words
     * @param clause the sentence the answer rests on
     * @param parts  what the reason is made of, or {@code null}; copied
     * @throws NullPointerException when {@code reason} or {@code clause} is null
     */
    public Decision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clause, "clause");
        parts = parts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * A decision with its reason alone, no parts.
     *
     * @param answer whether it may
     * @param reason why, in English words
     * @param clause the sentence the answer rests on
     * @throws NullPointerException when {@code reason} or {@code clause} is null
     */
    public Decision(boolean answer, String reason, Clause clause) {
        this(answer, reason, clause, Map.of());
    }
}
