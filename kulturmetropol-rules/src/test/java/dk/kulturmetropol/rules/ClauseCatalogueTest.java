package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dk.kulturmetropol.model.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue quotes the kommissorium faithfully, and every clause is encoded by some rule. */
class ClauseCatalogueTest {

    private static final Governance GOVERNANCE = Governance.kulturmetropolen();

    /** The source as a reader sees it: hyphenation joined, footnote digits dropped, white space collapsed. */
    static String normalise(String text) {
        return dk.kulturmetropol.rules.internal.KommissoriumText.normalise(text);
    }

    static String source() throws IOException {
        return source("/" + dk.kulturmetropol.rules.internal.KommissoriumText.TEXT);
    }

    /** The normalised text of a test resource; a missing resource fails the test, naming it, instead of a NullPointerException. */
    static String source(String resource) throws IOException {
        try (InputStream in = ClauseCatalogueTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("test resource " + resource + " is missing from the test classpath (expected in"
                        + " kulturmetropol-rules/src/main/resources/dk/kulturmetropol/rules): it is the text of the kommissorium that every clause quote"
                        + " is checked against");
            }
            return normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Stream<Clause> clauses() {
        return GOVERNANCE.clauses().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clauses")
    void should_quote_a_sentence_that_occurs_in_the_source(Clause clause) throws IOException {
        assertThat(source()).contains(normalise(clause.quote()));
        assertThat(source()).contains(clause.section().replace(" (administrativ følgegruppe)", ""));
    }

    @Test
    void should_not_find_a_quote_that_is_not_in_the_source() throws IOException {
        assertThat(source()).doesNotContain(normalise("KMK godkender det kommende års budget for sekretariatet."));
    }

    @Test
    void should_join_hyphenation_and_drop_footnote_digits() {
        assertThat(normalise("Kul-\nturmetropolens hjemkommunen1 for  hvert projektchef2.\n"))
                .isEqualTo("Kulturmetropolens hjemkommunen for hvert projektchef.");
    }

    @Test
    void should_have_every_clause_encoded_by_a_rule() {
        Set<String> cited = new HashSet<>();
        // answers over an agreement where a partner joins late, so the joiners' clause is cited too
        Governance g = GOVERNANCE.withPartner(new dk.kulturmetropol.model.Partner("gladsaxe", "Gladsaxe Kommune",
                java.time.LocalDate.of(2023, 1, 1), null));
        for (String action : g.accepted("action")) {
            for (String matter : g.accepted("matter")) {
                Answer<?> a = g.who(action, matter);
                Stream.concat(a.rows().stream(), a.unspecified().stream()).forEach(r -> cited.addAll(ids(r.clauses().stream())));
            }
        }
        g.accepted("actor").forEach(actor -> g.reports(actor).rows().forEach(r -> cited.addAll(ids(r.clauses().stream()))));
        g.accepted("post").forEach(post -> {
            Answer<?> a = g.holders(post);
            Stream.concat(a.rows().stream(), a.unspecified().stream()).forEach(r -> cited.addAll(ids(r.clauses().stream())));
        });
        g.accepted("body").forEach(body -> {
            Answer<?> a = g.members(body);
            Stream.concat(a.rows().stream(), a.unspecified().stream()).forEach(r -> cited.addAll(ids(r.clauses().stream())));
        });
        // a place is shown beside the rows of the body placed there, citing its clause
        g.where("secretariat").rows().forEach(r -> cited.addAll(ids(r.clauses().stream())));

        assertThat(cited).containsExactlyInAnyOrderElementsOf(GOVERNANCE.clauses().keySet());
    }

    @Test
    void should_fail_naming_the_source_when_it_is_missing() {
        assertThatThrownBy(() -> source("/no-such-kommissorium.txt"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/no-such-kommissorium.txt is missing from the test classpath");
    }

    static List<String> ids(Stream<Clause> s) {
        return s.map(Clause::id).toList();
    }
}
