package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import dk.kulturmetropol.rules.AgreementYaml;
import dk.kulturmetropol.rules.RulePackException;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * A DRL pack is compiled by itself and added to a copy of the library's precompiled rules, which gives the rules and the
 * facts the compile of everything together gives; where that could differ, everything is compiled together.
 */
class PackOntoLibraryTest {
    private static final String PACK = """
            package onto.library;

            import dk.kulturmetropol.model.*;
            import dk.kulturmetropol.rules.pack.Derive;

            rule "psg-reports-yearly"
                @source("a test's own rules")
                @clause("onto.test")
                @quote("the steering group reports each year")
            when
                AgreementPeriod($v : validity)
            then
                insert(Derive.must("political-steering-group", "report", "progress", $v).to("kmk"));
            end
            """;

    @Test
    void should_add_a_pack_to_the_precompiled_rules_with_the_rules_and_facts_of_a_compile_of_everything() {
        List<RuleSource> packs = List.of(new RuleSource("onto-test.drl", PACK));
        List<RuleSource> all = new ArrayList<>(RuleSources.library());
        all.addAll(packs);

        Engine.Compiled added = Engine.addedToLibrary(packs, all).orElseThrow();
        Engine.Compiled together = Engine.compiled(KieBases.compile(all), all);

        assertThat(ruleNames(added.base())).isEqualTo(ruleNames(together.base())).contains("onto.library.psg-reports-yearly");
        DerivedFacts fromAdded = Engine.derive(added, added.catalogue(), AgreementYaml.kulturmetropolen(), List.of()).facts();
        DerivedFacts fromTogether = Engine.derive(together, together.catalogue(), AgreementYaml.kulturmetropolen(), List.of()).facts();
        assertThat(fromAdded.duties()).isEqualTo(fromTogether.duties()).anySatisfy(d -> assertThat(d.clauseId()).isEqualTo("onto.test"));
        assertThat(fromAdded.lines()).isEqualTo(fromTogether.lines());
        assertThat(fromAdded.seats()).isEqualTo(fromTogether.seats());
        // and the shared library rules are left as they were
        assertThat(ruleNames(Engine.kommissorium().base())).doesNotContain("onto.library.psg-reports-yearly");
    }

    @Test
    void should_compile_everything_together_when_a_pack_writes_into_the_librarys_package_so_a_same_named_rule_is_refused() {
        String same = PACK.replace("package onto.library;", "package dk.kulturmetropol.rules;")
                .replace("psg-reports-yearly", "kmk-members-are-culture-chiefs");
        List<RuleSource> packs = List.of(new RuleSource("same-package.drl", same));
        List<RuleSource> all = new ArrayList<>(RuleSources.library());
        all.addAll(packs);

        assertThat(Engine.addedToLibrary(packs, all)).as("added to the library, it would replace the library's rule").isEmpty();
        assertThatThrownBy(() -> Engine.compile(packs)).isInstanceOf(RulePackException.class)
                .hasMessageContaining("kmk-members-are-culture-chiefs");
    }

    @Test
    void should_compile_a_pack_calling_a_function_of_the_library_together_with_it() {
        String calling = PACK.replace("package onto.library;", "package dk.kulturmetropol.rules;")
                .replace("AgreementPeriod($v : validity)", "AgreementPeriod($v : validity)\n        eval(namedInText(\"ishoej\"))");
        List<RuleSource> packs = List.of(new RuleSource("calls-library.drl", calling));
        List<RuleSource> all = new ArrayList<>(RuleSources.library());
        all.addAll(packs);

        assertThat(Engine.addedToLibrary(packs, all)).isEmpty();
        assertThat(ruleNames(Engine.compile(packs).base())).contains("dk.kulturmetropol.rules.psg-reports-yearly");
    }

    @Test
    void should_add_each_pack_to_a_copy_of_the_library_of_its_own_so_that_no_other_governance_gets_its_rules() {
        List<RuleSource> first = List.of(new RuleSource("first.drl", PACK));
        List<RuleSource> second = List.of(new RuleSource("second.drl", PACK.replace("package onto.library;", "package onto.other;")
                .replace("psg-reports-yearly", "psg-reports-twice")));

        KieBase withFirst = Engine.addedToLibrary(first, withLibrary(first)).orElseThrow().base();
        KieBase withSecond = Engine.addedToLibrary(second, withLibrary(second)).orElseThrow().base();

        assertThat(ruleNames(withFirst)).contains("onto.library.psg-reports-yearly").doesNotContain("onto.other.psg-reports-twice");
        assertThat(ruleNames(withSecond)).contains("onto.other.psg-reports-twice").doesNotContain("onto.library.psg-reports-yearly");
        KieBase library = Engine.kommissorium().base();
        assertThat(ruleNames(library)).doesNotContain("onto.library.psg-reports-yearly", "onto.other.psg-reports-twice");
        // each copy has packages of its own, not the library's: a pack's package of the same name would be merged into them
        for (org.kie.api.definition.KiePackage own : library.getKiePackages()) {
            assertThat(withFirst.getKiePackage(own.getName())).as(own.getName()).isNotSameAs(own).isNotSameAs(withSecond.getKiePackage(own.getName()));
        }
        assertThat(ruleNames(withFirst)).containsAll(ruleNames(library));
    }

    private static List<RuleSource> withLibrary(List<RuleSource> packs) {
        List<RuleSource> all = new ArrayList<>(RuleSources.library());
        all.addAll(packs);
        return all;
    }

    private static List<String> ruleNames(KieBase base) {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream().map(r -> p.getName() + "." + r.getName())).sorted().toList();
    }
}
