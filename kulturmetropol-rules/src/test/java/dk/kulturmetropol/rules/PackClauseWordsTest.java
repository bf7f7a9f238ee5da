package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.model.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRL pack gives its clause in Danish beside its {@code @quote}: {@code @source_da} and {@code @quote_da} (the source's
 * own words) or {@code @summary_da} (a summary, shown as one, never between quotation marks); {@code _en} the same. Danish
 * output shows the Danish, English the English, the ids the clause as declared.
 */
class PackClauseWordsTest {
    @TempDir
    Path dir;

    private Path pack(String annotations) throws IOException {
        return Files.writeString(dir.resolve("p.drl"), """
                package p;

                import dk.kulturmetropol.model.*;
                import dk.kulturmetropol.rules.pack.Derive;

                rule "agency-status"
                    @source("The agency's rules")
                    @clause("agency.status")
                    @quote("A status is due to the agency each 15 September.")
                %s
                when
                    AgreementPeriod($v : validity)
                then
                    insert(Derive.must("secretariat", "submit", "agency-status", $v));
                end
                """.formatted(annotations));
    }

    private static Clause clause(Governance g) {
        return g.who("submit", "agency-status").rows().get(0).clause();
    }

    @Test
    void should_show_a_packs_danish_summary_as_a_summary_in_danish_and_the_declared_quote_otherwise() throws IOException {
        // given a pack whose clause has a Danish source and summary
        Governance g = Governance.builder().rulePack(pack("""
                    @source_da("Styrelsens regler")
                    @summary_da("Status indsendes til styrelsen senest den 15. september hvert år.")
                """)).build();
        Sentences da = Sentences.of(g.labels(Language.DA));
        Sentences en = Sentences.of(g.labels(Language.EN));

        // then Danish shows the Danish source and summary, marked as a summary and not quoted; English and the clause itself are unchanged
        assertThat(da.clause(clause(g))).isEqualTo(new Clause("agency.status", "Styrelsens regler", "Styrelsens regler",
                "Status indsendes til styrelsen senest den 15. september hvert år."));
        assertThat(da.isSummary(clause(g))).isTrue();
        assertThat(da.quoted(clause(g), true)).isEqualTo("»Styrelsens regler«, sammenfatning, ikke ordret citat: "
                + "Status indsendes til styrelsen senest den 15. september hvert år.");
        assertThat(en.quoted(clause(g), true)).isEqualTo("agency.status (The agency's rules): \"A status is due to the agency each 15 September.\"");
        assertThat(clause(g).quote()).isEqualTo("A status is due to the agency each 15 September.");
    }

    @Test
    void should_quote_a_packs_danish_quotation_as_a_quotation() throws IOException {
        Governance g = Governance.builder().rulePack(pack("""
                    @quote_da("Status indsendes senest den 15. september.")
                """)).build();
        Sentences da = Sentences.of(g.labels(Language.DA));

        assertThat(da.isSummary(clause(g))).isFalse();
        assertThat(da.quoted(clause(g), false)).isEqualTo("»The agency's rules«: \"Status indsendes senest den 15. september.\"");
    }

    @Test
    void should_refuse_a_clause_given_both_as_quotation_and_summary_or_in_an_unknown_language_naming_file_and_rule() throws IOException {
        Path both = pack("""
                    @quote_da("Status indsendes.")
                    @summary_da("Status indsendes.")
                """);
        assertThatThrownBy(() -> Governance.builder().rulePack(both).build()).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(both + ":6: rule 'agency-status' gives both @quote_da and @summary_da");
        Path unknown = pack("""
                    @summary_de("Status.")
                """);
        assertThatThrownBy(() -> Governance.builder().rulePack(unknown).build()).isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule 'agency-status': @summary_de is in the unknown language 'de'; expected @summary_da or @summary_en");
    }

    @Test
    void should_refuse_a_summary_on_a_rule_that_declares_no_clause() throws IOException {
        Path file = Files.writeString(dir.resolve("q.drl"), """
                package q;

                import dk.kulturmetropol.model.*;
                import dk.kulturmetropol.rules.pack.Derive;

                rule "kmk-extra"
                    @clause("kmk.tasks-5")
                    @summary_da("KMK godkender.")
                when
                    AgreementPeriod($v : validity)
                then
                    insert(Derive.must("kmk", "approve", "extra", $v));
                end
                """);

        assertThatThrownBy(() -> Governance.builder().rulePack(file).build()).isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule 'kmk-extra': @summary_da gives a clause in another language, but the rule declares no clause");
    }
}
