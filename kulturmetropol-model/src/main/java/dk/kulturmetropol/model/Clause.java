package dk.kulturmetropol.model;

import java.util.Objects;

/**
 * A sentence of a source text that a rule encodes.
 *
 * @param id      stable id, e.g. {@code kmk.tasks-5}
 * @param source  the text it comes from, e.g. {@code Kommissorium for Kulturmetropolen 2021-2024}
 * @param section the heading of its section, as the text gives it
 * @param quote   the sentence as a reader sees it: hyphenation joined, footnote digits dropped
 */
public record Clause(String id, String source, String section, String quote) {
    /**
     * Checks that every part is given and the quote says something.
     *
     * @param id      the clause id
     * @param source  the text it comes from
     * @param section the heading of its section
     * @param quote   the sentence, not blank
     * @throws NullPointerException     when a part is null, naming it
     * @throws IllegalArgumentException when the quote is blank, naming the clause
     */
    public Clause {
        Objects.requireNonNull(id, "clause id");
        Objects.requireNonNull(source, "clause source");
        Objects.requireNonNull(section, "clause section");
        Objects.requireNonNull(quote, "clause quote");
        if (quote.isBlank()) {
            throw new IllegalArgumentException("clause '" + id + "' has an empty quote");
        }
    }
}
