package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import org.junit.jupiter.api.Test;

/** Every id the shipped rules accept has a label in both languages, and every fact they state reads as a sentence in both. */
class WordsCoverageTest {
    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_label_every_accepted_id_of_every_kind_in_danish_and_english() {
        for (Language language : Language.values()) {
            Labels labels = Labels.of(language, G.agreement());
            for (String kind : List.of("action", "matter", "actor", "post", "body", "scope", "subject")) {
                assertThat(G.accepted(kind)).as(kind).allSatisfy(id -> assertThat(labels.has(kind, id)).as(language + " " + kind + " " + id).isTrue());
            }
        }
    }

    @Test
    void should_write_every_shipped_fact_as_a_sentence_in_both_languages_with_its_reading_translated() {
        List<Derived> facts = facts();
        Sentences da = Sentences.of(Labels.of(Language.DA, G.agreement()));
        Sentences en = Sentences.of(Labels.of(Language.EN, G.agreement()));

        assertThat(facts).hasSizeGreaterThan(150);
        for (Derived fact : facts) {
            for (Sentences words : List.of(da, en)) {
                assertThat(words.of(fact)).as(fact.toString()).doesNotContain("{", "}", "null").endsWith(".")
                        .matches("^\\p{Lu}.*");
            }
            assertThat(da.of(fact)).as(fact.toString()).doesNotContain(" must ", " may ", " should ");
            if (fact.reading() != null) {
                assertThat(da.reading(fact.reading())).as("Danish reading of " + fact.rule()).isNotEqualTo(fact.reading());
            }
        }
        assertThat(facts).filteredOn(f -> f.reading() != null).hasSizeGreaterThan(10);
    }

    private static List<Derived> facts() {
        List<Derived> all = new ArrayList<>();
        for (String action : G.accepted("action")) {
            for (String matter : G.accepted("matter")) {
                Answer<?> a = G.who(action, matter);
                Stream.concat(a.rows().stream(), a.unspecified().stream()).forEach(r -> all.add((Derived) r.fact()));
            }
        }
        G.accepted("actor").forEach(actor -> G.reports(actor).rows().forEach(r -> all.add(r.fact())));
        G.accepted("actor").forEach(actor -> G.where(actor).rows().forEach(r -> all.add(r.fact())));
        G.accepted("post").forEach(post -> {
            Answer<?> a = G.holders(post);
            Stream.concat(a.rows().stream(), a.unspecified().stream()).forEach(r -> all.add((Derived) r.fact()));
        });
        G.accepted("body").forEach(body -> {
            Answer<?> a = G.members(body);
            Stream.concat(a.rows().stream(), a.unspecified().stream()).forEach(r -> all.add((Derived) r.fact()));
        });
        return all;
    }
}
