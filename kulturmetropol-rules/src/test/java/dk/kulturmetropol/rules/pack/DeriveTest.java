package dk.kulturmetropol.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.RulePackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack writer's helpers: the engine tells them which rule fires, so they take no engine context. */
class DeriveTest {

    @TempDir
    Path dir;

    @Test
    void should_refuse_a_helper_called_where_no_rule_is_firing() {
        Validity v = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "test");

        assertThatThrownBy(() -> Derive.must("kmk", "approve", "annual-plan", v))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no rule is firing on this thread");
        assertThatThrownBy(Derive::ruleName).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_stamp_what_a_rule_derives_with_its_name_and_clause_and_the_modality_the_helper_names() throws IOException {
        Governance g = Governance.builder().rulePack(pack("""
                rule "partner-should-publish"
                    @source("test") @clause("test.should") @quote("Partners are encouraged to publish.")
                when
                    PartnerMembership($m : municipality == "koege", $v : validity)
                then
                    insert(Derive.should("partner-municipality:" + $m, "publish", "cultural-programme", $v).to("kmk", "secretariat"));
                    insert(Derive.may("partner-municipality:" + $m, "publish", "news", $v).jointlyWith("secretariat"));
                end
                """)).build();

        Duty should = g.who("publish", "cultural-programme").facts().get(0);
        Duty may = g.who("publish", "news").facts().get(0);

        assertThat(should.rule()).isEqualTo("partner-should-publish");
        assertThat(should.clauseId()).isEqualTo("test.should");
        assertThat(should.modality()).isEqualTo(Modality.SHOULD);
        assertThat(should.recipients()).containsExactly("kmk", "secretariat");
        assertThat(may.modality()).isEqualTo(Modality.MAY);
        assertThat(may.jointlyWith()).containsExactly("secretariat");
        assertThat(g.who("publish", "cultural-programme", Criteria.any().asOf(LocalDate.of(2022, 1, 1))).rows().get(0).clause().quote())
                .isEqualTo("Partners are encouraged to publish.");
    }

    @Test
    void should_refuse_a_helper_in_a_rule_that_cites_no_clause_naming_the_rule() throws IOException {
        Path pack = pack("""
                rule "derives-without-a-clause"
                    @derived("a helper needs the rule's @clause")
                when
                    PartnerMembership($m : municipality == "koege", $v : validity)
                then
                    insert(Derive.must("partner-municipality:" + $m, "publish", "cultural-programme", $v));
                end
                """);

        assertThatThrownBy(() -> Governance.builder().rulePack(pack).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule 'derives-without-a-clause'")
                .hasMessageContaining("has no @clause");
    }

    private Path pack(String rules) throws IOException {
        Path file = dir.resolve("pack.drl");
        Files.writeString(file, "package test.packs;\nimport dk.kulturmetropol.model.*;\nimport dk.kulturmetropol.rules.pack.Derive;\n\n" + rules);
        return file;
    }
}
