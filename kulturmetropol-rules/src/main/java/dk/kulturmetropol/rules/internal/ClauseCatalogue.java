package dk.kulturmetropol.rules.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

import dk.kulturmetropol.model.Clause;

/** The clauses rules cite, by id: the kommissorium's catalogue plus the clauses rule packs declare. Not API. */
public final class ClauseCatalogue {
    static final String RESOURCE = "dk/kulturmetropol/rules/clauses.properties";
    private final Map<String, Clause> clauses;

    private ClauseCatalogue(Map<String, Clause> clauses) {
        this.clauses = Map.copyOf(clauses);
    }

    /** The catalogue as written: {@code source}, the {@code section.*} names and every clause's quote, by key. */
    static Properties properties() {
        Properties props = new Properties();
        try {
            props.load(new StringReader(RuleSources.classpathText(RESOURCE).orElseThrow(() ->
                    new IllegalStateException("clause catalogue " + RESOURCE + " is missing from the classpath"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clause catalogue " + RESOURCE, e);
        }
        return props;
    }

    /** The kommissorium's clauses, from {@code clauses.properties}. */
    public static ClauseCatalogue kommissorium() {
        Properties props = properties();
        String source = props.getProperty("source");
        Map<String, Clause> byId = new LinkedHashMap<>();
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            if (key.equals("source") || key.startsWith("section.")) {
                continue;
            }
            String section = props.getProperty("section." + key.substring(0, key.indexOf('.')));
            if (section == null) {
                throw new IllegalStateException("clause '" + key + "' names no known section in " + RESOURCE);
            }
            byId.put(key, new Clause(key, source, section, props.getProperty(key)));
        }
        return new ClauseCatalogue(byId);
    }

    /** A catalogue with {@code more} added; an id already present is refused. */
    public ClauseCatalogue with(Iterable<Clause> more) {
        Map<String, Clause> all = new LinkedHashMap<>(clauses);
        for (Clause c : more) {
            Clause old = all.putIfAbsent(c.id(), c);
            if (old != null && !old.equals(c)) {
                throw new dk.kulturmetropol.rules.RulePackException("clause id '" + c.id() + "' is declared twice, with different quotes");
            }
        }
        return new ClauseCatalogue(all);
    }

    public Optional<Clause> find(String id) {
        return Optional.ofNullable(clauses.get(id));
    }

    public Map<String, Clause> all() {
        return clauses;
    }
}
