package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dk.kulturmetropol.rules.RulePackException;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Where {@link KieBases} says a compile error is: the file and line of the consequence line that holds what the error
 * names, or of the generated Java line it compiled to, else of the rule; and the first use of a type it cannot find.
 */
class KieBasesTest {
    private static final String HEAD = "import dk.kulturmetropol.model.*;\nimport dk.kulturmetropol.rules.pack.Derive;\n\n";

    private static final String PREFIX = "rules do not compile: ";

    /** The errors compiling {@code sources} reports, each as {@code where: what}, in no particular order (Drools' order of generated files varies). */
    private static List<String> failures(RuleSource... sources) {
        String message = org.assertj.core.api.Assertions.catchThrowableOfType(RulePackException.class,
                () -> KieBases.compile(List.of(sources))).getMessage();
        assertThat(message).startsWith(PREFIX);
        return List.of(message.substring(PREFIX.length()).split("; "));
    }

    @Test
    void should_place_consequence_errors_at_the_line_naming_the_error_or_compiled_to_the_failing_java_else_at_the_rule() {
        String drl = "package a;\n\n" + HEAD                                       // 1-5
                + "rule \"by-name\"\n"                                             // 6
                + "when\n"
                + "    AgreementPeriod($v : validity)\n"
                + "    // mustt Validity, named before the consequence\n"          // 9
                + "then\n"
                + "    insert(Derive.must(\"kmk\", \"approve\", \"a\", $v));\n"    // 11
                + "    insert(Derive.mustt(\"kmk\", \"approve\", \"b\", $v));\n"   // 12
                + "end\n\n"
                + "rule \"by-java-line\"\n"                                        // 15
                + "when\n"
                + "    AgreementPeriod($v : validity)\n"
                + "then\n"
                + "    // mustt here\n"                                            // 19
                + "    Derive.mustt($v);\n"                                        // 20
                + "end\n\n"
                + "rule \"by-nothing\"\n"                                          // 23
                + "when\n"
                + "    AgreementPeriod($v : validity)\n"
                + "then\n"
                + "    String s = 5; // five\n"                                    // 27
                + "end // the last rule\n";                                        // 28: no line is just 'end'

        assertThat(failures(new RuleSource("a.drl", drl))).containsExactlyInAnyOrder(
                "a.drl:12: in the consequence of rule 'by-name': The method mustt(String, String, String, Validity) is undefined for the type Derive",
                "a.drl:20: in the consequence of rule 'by-java-line': The method mustt(Validity) is undefined for the type Derive",
                "a.drl:23: in the consequence of rule 'by-nothing': Type mismatch: cannot convert from int to String");
    }

    @Test
    void should_place_tied_lines_at_the_first_and_name_a_rule_or_function_it_cannot_find_a_line_for() {
        String drl = "package b;\n\n" + HEAD                                       // 1-5
                + "function String five() {\n    return 5;\n}\n\n"                 // 6-9
                + "rule \"ties\"\n"                                                // 10
                + "when\n"
                + "    AgreementPeriod($v : validity)\n"
                + "then\n"
                + "    insert(Derive.mustt(\"kmk\", \"approve\", \"c\", $v));\n"   // 14
                + "    insert(Derive.mustt(\"kmk\", \"approve\", \"d\", $v));\n"   // 15
                + "end\n\n"
                + "/* hidden */ rule \"hidden\"\n"                                 // 18
                + "when\n"
                + "    AgreementPeriod($v : validity)\n"
                + "then\n"
                + "    String s = 6;\n"
                + "end\n";

        assertThat(failures(new RuleSource("b.drl", drl))).containsExactlyInAnyOrder(
                "b.drl:14: in the consequence of rule 'ties': The method mustt(String, String, String, Validity) is undefined for the type Derive",
                "rule 'hidden': Type mismatch: cannot convert from int to String",
                "a rule consequence: Type mismatch: cannot convert from int to String");
    }

    @Test
    void should_place_an_error_no_line_names_at_the_rule_even_where_a_short_line_is_in_the_failing_java() {
        String drl = "package d;\n\nimport dk.kulturmetropol.model.*;\n\n"      // 1-4
                + "rule \"short-line\"\n"                                          // 5
                + "when\n"
                + "    AgreementPeriod($v : validity)\n"
                + "then\n"
                + "    int abc = 0;\n"
                + "    abc++;\n"                                                   // 10: 'abc', in 'abc = 2;'
                + "    return;\n"
                + "    abc = 2; // two\n"
                + "end\n";

        assertThat(failures(new RuleSource("d.drl", drl)))
                .containsExactly("d.drl:5: in the consequence of rule 'short-line': Unreachable code");
    }

    @Test
    void should_place_an_error_drools_gives_no_line_at_the_first_line_naming_it_else_at_the_file() {
        String named = "package c;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"unparsed\"\n"                                            // 5
                + "when\n"
                + "    AgreementPeriod($v : validity, nosuchfield == 3)\n"         // 7
                + "    // nosuchfield again\n"                                     // 8: as good, but later
                + "then\n"
                + "end\n";
        String unnamed = "package c;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"unscored\"\n"
                + "when\n"
                + "    AgreementPeriod($v : validity, zz == 3)\n"
                + "then\n"
                + "end\n";

        assertThat(failures(new RuleSource("c.drl", named)))
                .containsExactly("c.drl:7: Unable to parse left part of expression: nosuchfield == 3");
        assertThat(failures(new RuleSource("c.drl", unnamed)))
                .containsExactly("c.drl: Unable to parse left part of expression: zz == 3");
    }

    @Test
    void should_place_a_type_it_cannot_find_at_its_first_use_in_the_failing_file_naming_line_9() {
        String fine = "package e;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "rule \"fine\"\nwhen\n    AgreementPeriod($v : validity)\nthen\nend\n";
        String other = "package e;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "// PartnerMembershp( is named here, in another file, in a comment\n"           // 5
                + "rule \"fine-too\"\nwhen\n    AgreementPeriod($v : validity)\nthen\nend\n";
        String typo = "package e;\n\nimport dk.kulturmetropol.model.*;\n\n"
                + "// Unable to find class PartnerMembershp: a comment naming every word of the error\n"  // 5
                + "rule \"typo\"\n"
                + "when\n"
                + "    AgreementPeriod($v : validity)\n"
                + "    PartnerMembershp($m : municipality)\n"                      // 9
                + "then\n"
                + "end\n";

        // two sources from one file (two.drl): the one that does not use the type is searched through first
        assertThat(failures(new RuleSource("two.drl", fine), new RuleSource("one.drl", other), new RuleSource("two.drl", typo)))
                .containsExactly("two.drl:9: Unable to find class: PartnerMembershp");
    }

    @Test
    void should_compile_a_source_that_declares_no_package() {
        KieBase base = KieBases.compile(List.of(new RuleSource("nopkg.drl",
                "rule \"no-package\"\nwhen\n    String()\nthen\nend\n")));

        assertThat(base.getKiePackages().stream().map(KiePackage::getRules).flatMap(java.util.Collection::stream).map(Rule::getName))
                .containsExactly("no-package");
    }

    @Test
    void should_name_the_file_and_line_of_a_rule_declaration_in_any_quoting() {
        List<RuleSource> sources = List.of(
                new RuleSource("one.drl", "package p;\n\nrule \"double\"\nwhen\nthen\nend\n"),
                new RuleSource("two.drl", "package p;\n\n\n  rule 'single'\nwhen\nthen\nend\n\n\trule bare when then end\n"
                        + "rule \" padded \"\nwhen\nthen\nend\n"));

        assertThat(KieBases.declaration("double", sources)).isEqualTo("one.drl:3");
        assertThat(KieBases.declaration("single", sources)).isEqualTo("two.drl:4");
        assertThat(KieBases.declaration("bare", sources)).isEqualTo("two.drl:9");
        assertThat(KieBases.declaration("padded", sources)).isEqualTo("two.drl:10");
    }

    @Test
    void should_name_a_rule_no_source_declares_by_its_name() {
        List<RuleSource> sources = List.of(new RuleSource("one.drl", "package p;\n\nrule \"double\"\nwhen\nthen\nend\n"
                + "// rule \"commented\"\n/* x */ rule \"after-a-comment\"\n"));

        assertThat(KieBases.declaration("missing", sources)).isEqualTo("rule 'missing'");
        assertThat(KieBases.declaration("doub", sources)).isEqualTo("rule 'doub'");
        assertThat(KieBases.declaration("commented", sources)).isEqualTo("rule 'commented'");
        assertThat(KieBases.declaration("after-a-comment", sources)).isEqualTo("rule 'after-a-comment'");
        assertThat(KieBases.declaration(null, sources)).isEqualTo("rule 'null'");
        assertThat(KieBases.declaration("double", List.of())).isEqualTo("rule 'double'");
    }

    /**
     * Drools keeps every module it builds in its global repository, and every container in KieServices, until told:
     * a pack compiled for each of many governances stayed in memory for good (about 7 MB each). Once the governance
     * is gone, the compiled rules must be collectable.
     */
    @Test
    void should_leave_nothing_of_a_compiled_pack_in_drools_global_state_once_the_rules_are_dropped() throws InterruptedException {
        String drl = "package leak;\n\n" + HEAD + "rule \"r\"\n    @clause(\"t.r\")\nwhen\n    AgreementPeriod($v : validity)\nthen\nend\n";
        KieBase base = KieBases.compile(List.of(new RuleSource("leak.drl", drl)));
        assertThat(DerivedFacts.run(base, List.of(new dk.kulturmetropol.model.AgreementPeriod("a", new dk.kulturmetropol.model.Validity(java.time.LocalDate.of(2021, 1, 1),
                java.time.LocalDate.of(2021, 12, 31), "t"))), List.of()).duties()).isEmpty();
        java.lang.ref.WeakReference<KieBase> compiled = new java.lang.ref.WeakReference<>(base);
        base = null;

        for (int i = 0; i < 50 && compiled.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(compiled.get()).as("the compiled rules, held by Drools' repository or KieServices after use").isNull();
    }

    @Test
    void should_not_pass_on_the_java_exception_drools_parser_appends_to_a_syntax_error() {
        // the message a fuzzed pack drew from Drools 10.2.0's parser (FuzzTest, a mutated import line)
        String parser = "Line 16:0 unexpected exception at input '<eof>'. Exception: java.lang.NullPointerException: Cannot invoke"
                + " \"java.util.LinkedList.getLast()\" because \"ei\" is null. Stack trace:";

        assertThat(KieBases.plain(parser)).isEqualTo("Line 16:0 the DRL cannot be read at input '<eof>'");
        assertThat(KieBases.plain("Line 4:6 mismatched input ')' in import")).isEqualTo("Line 4:6 mismatched input ')' in import");
    }
}
