package dk.kulturmetropol.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dk.kulturmetropol.model.Clause;

/**
 * The order in which the kommissorium gives its sections and sentences, as its clause catalogue lists them; clauses a
 * rule pack declares, and their sections, come after the text's own, by id and by heading. Not API.
 *
 * @param clauseIds the catalogue's clause ids, in the text's order
 * @param headings  the section headings, in the text's order
 */
public record TextOrder(List<String> clauseIds, List<String> headings) {
    /** The catalogue the rules module ships, read in its lines' order. */
    static final String CATALOGUE = ClauseCatalogue.RESOURCE;

    public TextOrder {
        clauseIds = List.copyOf(clauseIds);
        headings = List.copyOf(headings);
    }

    /** The text's order, with the sections of {@code clauses} (the rules' catalogue and any pack's) known. */
    public static TextOrder of(Map<String, Clause> clauses) {
        List<String> keys = new ArrayList<>();
        Properties inOrder = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                keys.add((String) key);
                return super.put(key, value);
            }
        };
        try (InputStream in = TextOrder.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("the clause catalogue " + CATALOGUE + " is missing from the classpath");
            }
            inOrder.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the clause catalogue " + CATALOGUE, e);
        }
        List<String> ids = keys.stream().filter(clauses::containsKey).toList();
        List<String> headings = new ArrayList<>(keys.stream().filter(k -> k.startsWith("section.")).map(inOrder::getProperty).toList());
        clauses.values().stream().map(Clause::section).filter(s -> !headings.contains(s)).distinct().sorted().forEach(headings::add);
        return new TextOrder(ids, headings);
    }

    /** Clause ids in the text's order; an id the catalogue does not list comes after, by id. */
    public Comparator<String> clauses() {
        return Comparator.comparing((String id) -> rank(clauseIds, id)).thenComparing(Comparator.naturalOrder());
    }

    /** Section headings in the text's order; one it does not give comes after, by heading. */
    public Comparator<String> sections() {
        return Comparator.comparing((String heading) -> rank(headings, heading)).thenComparing(Comparator.naturalOrder());
    }

    private static int rank(List<String> list, String item) {
        int i = list.indexOf(item);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
