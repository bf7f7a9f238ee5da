package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Partner;
import org.junit.jupiter.api.Test;

/** What changes between two agreements, compared as the rules state them. */
class DiffTest {
    private static final Governance G = Governance.kulturmetropolen();
    private static final Partner GLADSAXE = new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null);

    @Test
    void should_show_only_what_a_joining_partner_adds_and_no_change_to_the_bodies_it_joins() {
        List<Change> changes = G.changesTo(G.withPartner(GLADSAXE));

        assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(Change.Kind.ADDED));
        assertThat(changes).allSatisfy(c -> assertThat(c.after().orElseThrow().validity().from()).isEqualTo(LocalDate.of(2023, 1, 1)));
        assertThat(changes).map(Change::toString).contains(
                "+ culture-chief:gladsaxe must sit in kmk, 2023-01-01..2024-12-31 (kmk.who)",
                "+ gladsaxe holds partner-municipality:gladsaxe, 2023-01-01..2024-12-31 (partner.who-1)");
        assertThat(changes).filteredOn(c -> c.factKind().equals("seat")).hasSize(4);
        assertThat(changes).first().satisfies(c -> assertThat(c.clauses()).isNotEmpty());
    }

    @Test
    void should_show_the_same_as_removed_the_other_way_round() {
        Governance later = G.withPartner(GLADSAXE);

        List<Change> back = later.changesTo(G);

        assertThat(back).hasSameSizeAs(G.changesTo(later)).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.REMOVED);
            assertThat(c.toString()).startsWith("- ");
        });
    }

    @Test
    void should_show_a_partner_leaving_early_as_changes_to_its_dates() {
        Agreement a = G.agreement();
        Agreement leaving = a.withoutPartner("herlev").withPartner(new Partner("herlev", "Herlev Kommune", null, LocalDate.of(2022, 12, 31)));

        List<Change> changes = G.changesTo(G.withAgreement(leaving));

        assertThat(changes).isNotEmpty().allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.CHANGED);
            assertThat(c.before().orElseThrow().validity().to()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(c.after().orElseThrow().validity().to()).isEqualTo(LocalDate.of(2022, 12, 31));
        });
        assertThat(changes).map(Change::toString).contains("~ culture-chief:herlev must sit in kmk, 2021-01-01..2024-12-31 (kmk.who)\n"
                + "    -> culture-chief:herlev must sit in kmk, 2021-01-01..2022-12-31 (kmk.who)");
    }

    @Test
    void should_show_nothing_between_a_governance_and_the_same_agreement_derived_again() {
        assertThat(G.changesTo(G.withAgreement(G.agreement()))).isEmpty();
        assertThat(G.changesTo(G)).isEmpty();
    }

    @Test
    void should_keep_only_the_changes_that_hold_on_the_day_asked_about() {
        Governance later = G.withPartner(GLADSAXE);

        assertThat(G.changesTo(later, Criteria.any().asOf(LocalDate.of(2022, 6, 1)))).isEmpty();
        assertThat(G.changesTo(later, Criteria.any().asOf(LocalDate.of(2023, 6, 1)))).hasSameSizeAs(G.changesTo(later));
    }
}
