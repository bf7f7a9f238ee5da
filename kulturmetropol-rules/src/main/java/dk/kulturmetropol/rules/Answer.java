package dk.kulturmetropol.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer to one question: the rows that name an actor, the rows where the text states the duty
 * but names no one, and, when nothing applies, why (no rule states it; the date falls outside the period or the term).
 *
 * <pre>{@code
 * Answer<Duty> a = governance.who("appoint", "vice-chair");
 * a.rows();        // empty: the text names no one
 * a.unspecified(); // one row quoting "Der udpeges to politiske næstformænd ..."
 * a.why();         // empty: something answers
 * }</pre>
 *
 * @param rows        rows with a named actor, holder or member
 * @param unspecified rows whose sentence names no one
 * @param why         why nothing applies, when so
 * @param <T>         the kind of fact
 */
public record Answer<T>(List<Row<T>> rows, List<Row<T>> unspecified, Optional<Why> why) {
    /**
     * Copies the lists; a {@code null} {@code why} reads as empty.
     *
     * @param rows        rows with a named actor, holder or member; copied
     * @param unspecified rows whose sentence names no one; copied
     * @param why         why nothing applies, or {@code null} or empty when something does
     * @throws NullPointerException when {@code rows} or {@code unspecified} is null
     */
    public Answer {
        rows = List.copyOf(rows);
        unspecified = List.copyOf(unspecified);
        why = why == null ? Optional.empty() : why;
    }

    /**
     * Why nothing applies, in words, when so: {@code why().map(Why::text)}.
     *
     * @return the reason in English words, or empty when rows answer
     */
    public Optional<String> note() {
        return why.map(Why::text);
    }

    /**
     * Whether neither a named nor an unspecified row answers.
     *
     * @return true when there is no row at all (then {@link #why()} says why)
     */
    public boolean isEmpty() {
        return rows.isEmpty() && unspecified.isEmpty();
    }

    /**
     * The facts of the named rows, for short assertions: {@code answer.facts()}.
     *
     * @return the facts, in the order of the rows; the unspecified rows' facts are not among them
     */
    public List<T> facts() {
        return rows.stream().map(Row::fact).toList();
    }

    /**
     * One value of every named row, e.g. {@code answer.map(Duty::actor)}.
     *
     * @param <R> the type of the value
     * @param f   what to take from each fact, e.g. {@code Duty::actor}
     * @return the values, in the order of the rows, duplicates kept
     */
    public <R> List<R> map(Function<T, R> f) {
        return rows.stream().map(Row::fact).map(f).toList();
    }

    /** The rows one a line in the text output's words, then the unspecified ones; or {@code no answer: } and why. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
