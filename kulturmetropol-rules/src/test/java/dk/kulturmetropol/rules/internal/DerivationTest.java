package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dk.kulturmetropol.model.AgreementPeriod;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.AgreementYaml;
import dk.kulturmetropol.rules.RulePackException;
import dk.kulturmetropol.rules.pack.Derive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/** How a derivation runs the rules: what it stamps, how it orders, and how it names a rule that fails, halts or never stops. */
class DerivationTest {
    private static final String DRL = """
            package t;

            import dk.kulturmetropol.model.*;
            import dk.kulturmetropol.rules.pack.Derive;

            rule "plans"
                @clause("t.plans")
            when
                AgreementPeriod($v : validity)
            then
                insert(Derive.must("kmk", "approve", "plan", $v));
            end

            rule "boom"
                @clause("t.boom")
            when
                String(this == "boom")
            then
                throw new IllegalStateException("went off");
            end

            rule "silent-boom"
            when
                String(this == "silent")
            then
                throw new UnsupportedOperationException();
            end

            rule "uncited"
            when
                String(this == "uncited")
            then
                insert(Derive.must("kmk", "approve", "nothing", new Validity(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 1, 1), "t")));
            end

            rule "halter"
                salience 10
            when
                String(this == "halt")
            then
                drools.halt();
            end

            rule "after-halt"
            when
                String(this == "halt")
            then
                insert(Integer.valueOf(1));
            end

            rule "grows"
                @clause("t.grows")
            when
                $d : Duty(action == "grow")
            then
                insert(Derive.must("kmk", "grow", "m", $d.validity()));
            end

            rule "spins"
                @clause("t.spins")
            when
                String(this == "spin")
            then
                while (true) { Thread.onSpinWait(); }
            end

            function boolean forever(String s) {
                while (true) { Thread.onSpinWait(); }
            }

            rule "spins-when"
                @clause("t.spins-when")
            when
                String(this == "spin-when", forever(this))
            then
                insert(Integer.valueOf(2));
            end

            rule "throws-error"
                @clause("t.error")
            when
                String(this == "error")
            then
                throw new OutOfMemoryError("thrown by a rule");
            end

            rule "floods"
                @clause("t.floods")
            when
                String(this == "flood")
            then
                for (int i = 0; i < 3_000_000; i++) { insert(Derive.must("kmk", "flood", "m" + i, new Validity(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 1, 1), "t"))); }
            end
            """;
    private static final Validity V2021 = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "t");
    private static final Validity V2022 = new Validity(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "t");
    private static final Validity V2023 = new Validity(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "t");
    private static final Validity V2024 = new Validity(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "t");

    private static List<RuleSource> sources;
    private static KieBase base;

    @BeforeAll
    static void compile() {
        sources = List.of(new RuleSource("t.drl", DRL));
        base = KieBases.compile(sources);
    }

    /** The derivation of {@code facts} inserted in their order and in reverse: the same, whatever the order. */
    private static DerivedFacts both(List<?> facts) {
        DerivedFacts forward = DerivedFacts.run(base, facts, sources);
        List<Object> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);
        assertThat(DerivedFacts.run(base, reversed, sources)).isEqualTo(forward);
        return forward;
    }

    @Test
    void should_stamp_what_a_rule_derives_with_its_name_and_unquoted_clause() {
        DerivedFacts d = DerivedFacts.run(base, AgreementYaml.kulturmetropolen());

        assertThat(d.duties()).singleElement().satisfies(duty -> {
            assertThat(duty.rule()).isEqualTo("plans");
            assertThat(duty.clauseId()).isEqualTo("t.plans");
            assertThat(duty.actor()).isEqualTo("kmk");
            assertThat(duty.validity().from()).isEqualTo(LocalDate.of(2021, 1, 1));
        });
        assertThat(d.lines()).isEmpty();
        assertThatThrownBy(() -> Derive.ruleName()).as("no rule firing once the run is over").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_refuse_a_consequence_that_throws_naming_file_line_rule_and_message() {
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("boom"), sources)).isInstanceOf(RulePackException.class)
                .hasMessage("t.drl:14: rule 'boom' failed in its consequence (IllegalStateException): went off");
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("silent"), sources)).isInstanceOf(RulePackException.class)
                .hasMessage("t.drl:22: rule 'silent-boom' failed in its consequence (UnsupportedOperationException)");
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("boom"))).isInstanceOf(RulePackException.class)
                .hasMessage("rule 'boom': rule 'boom' failed in its consequence (IllegalStateException): went off");
        assertThatThrownBy(() -> Derive.ruleName()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_refuse_a_rule_that_derives_without_citing_a_clause_naming_line_29() {
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("uncited"), sources)).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("t.drl:29: rule 'uncited' failed in its consequence (IllegalStateException): "
                        + "rule 'uncited' has no @clause(\"...\") metadata");
    }

    @Test
    void should_refuse_a_rule_that_halts_the_engine_naming_it_and_line_36() {
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("halt"), sources)).isInstanceOf(RulePackException.class)
                .hasMessage("t.drl:36: rule 'halter' halted the engine before the rules were done (drools.halt()); "
                        + "a pack may not stop the other rules");
    }

    @Test
    void should_stop_rules_that_never_stop_after_the_firing_limit_naming_the_busiest_rule() {
        Duty seed = Duty.of("seed", "t.seed", "kmk", "grow", "m", V2021);

        assertThat(DerivedFacts.firingLimit(1)).isEqualTo(20_200);
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of(seed), sources)).isInstanceOf(RulePackException.class)
                .hasMessage("t.drl:51: the rules did not stop firing: 20200 rule firings, rule 'grows' derived 20200 facts; "
                        + "a rule whose consequence inserts what its conditions match again never ends");
    }

    @Test
    void should_stop_a_consequence_that_never_returns_at_the_time_limit_naming_the_rule() {
        DerivedFacts.run(base, List.of(), sources);
        long start = System.nanoTime();

        // a quarter of a second, not the default 10 s: the loop spins for the whole limit, and the rules are warm
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("spin"), sources, java.time.Duration.ofMillis(250)))
                .isInstanceOf(RulePackException.class)
                .hasMessage("t.drl:59: the rules were stopped after 250 ms: the consequence of rule 'spins' did not return; "
                        + "a rule must not loop forever (the limit is set with timeLimit, --time-limit)");
        // 250 ms of processor time: about that on an idle machine, longer on a busy one, where the loop gets a share of a core
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250)).isLessThan(Duration.ofSeconds(60));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("kulturmetropol-rules") && t.isAlive());
    }

    @Test
    void should_stop_a_condition_that_never_returns_at_the_time_limit_naming_the_rule() {
        DerivedFacts.run(base, List.of(), sources);
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("spin-when"), sources, java.time.Duration.ofMillis(250)))
                .isInstanceOf(RulePackException.class)
                .hasMessage("t.drl:71: the rules were stopped after 250 ms: a condition of rule 'spins-when' did not return; "
                        + "a rule must not loop forever (the limit is set with timeLimit, --time-limit)");
    }

    @Test
    void should_refuse_a_consequence_that_throws_an_error_as_a_rule_pack_naming_file_line_and_rule() {
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("error"), sources)).isInstanceOf(RulePackException.class)
                .hasMessage("t.drl:79: rule 'throws-error' failed in its consequence (OutOfMemoryError): thrown by a rule");
    }

    @Test
    void should_refuse_a_rule_that_derives_millions_of_facts_at_the_cap_naming_the_rule() {
        long start = System.nanoTime();

        assertThat(DerivedFacts.factLimit(1)).isEqualTo(200_200);
        assertThatThrownBy(() -> DerivedFacts.run(base, List.of("flood"), sources)).isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("t.drl:87: rule 'floods' derived more than 200200 facts, the most the rules may hold for 1 facts");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    /** {@code items} in a fixed shuffled order: the order of neither sorted nor reversed. */
    private static <T> List<T> shuffled(List<T> items) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new java.util.Random(7));
        return shuffled;
    }

    @Test
    void should_order_duties_by_validity_then_joint_actors_then_recipients_when_all_else_ties() {
        Duty base2024 = Duty.of("r", "t.c", "kmk", "approve", "plan", V2024);
        List<Duty> expected = new ArrayList<>(List.of(base2024.during(V2021), base2024.during(V2022)));
        // six that differ only in whom they act jointly with, then six only in whom they go to: a sort that ignored
        // either would leave them in the engine's order, which is the right one by chance in one of 720
        List.of("a", "b", "c", "d", "e", "f").forEach(a -> expected.add(base2024.jointlyWith(a)));
        List.of("a", "b", "c", "d", "e", "f").forEach(to -> expected.add(base2024.jointlyWith("g").to(to)));

        assertThat(both(shuffled(expected)).duties()).containsExactlyElementsOf(expected);
    }

    @Test
    void should_order_reporting_lines_by_validity_then_clauses_when_all_else_ties() {
        String kmk = "kmk";
        String psg = "political-steering-group";
        List<ReportingLine> expected = new ArrayList<>(List.of(
                ReportingLine.direct("r", "t.a", kmk, psg, "general", V2021),
                ReportingLine.direct("r", "t.a", kmk, psg, "general", V2022)));
        List.of("t.a", "t.b", "t.c", "t.d", "t.e", "t.f").forEach(c -> expected.add(ReportingLine.direct("r", c, kmk, psg, "general", V2023)));

        assertThat(both(shuffled(expected)).lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void should_order_seats_holdings_and_placements_by_validity_when_all_else_ties() {
        String chief = "culture-chief:koege";
        List<Seat> seats = List.of(
                new Seat("r", "t.c", "kmk", chief, Modality.MUST, V2021, null),
                new Seat("r", "t.c", "kmk", chief, Modality.MUST, V2022, null),
                new Seat("r", "t.c", "kmk", chief, Modality.MUST, V2023, null),
                new Seat("r", "t.c", "kmk", chief, Modality.MUST, V2024, null));
        List<PostHolding> holdings = List.of(
                new PostHolding("r", "t.c", "political-chair", chief, V2021, false, null),
                new PostHolding("r", "t.c", "political-chair", chief, V2022, false, null),
                new PostHolding("r", "t.c", "political-chair", chief, V2023, false, null));
        List<Placement> placements = List.of(
                new Placement("r", "t.c", "a-team", "koege", V2023),
                new Placement("r", "t.c", "b-team", "koege", V2021),
                new Placement("r", "t.c", "c-team", "koege", V2021),
                new Placement("r", "t.c", "c-team", "koege", V2022),
                new Placement("r", "t.c", "c-team", "koege", V2023),
                new Placement("r", "t.c", "d-team", "koege", V2021),
                new Placement("r", "t.c", "e-team", "koege", V2021),
                new Placement("r", "t.c", "f-team", "koege", V2021));
        List<Object> facts = new ArrayList<>();
        facts.addAll(seats);
        facts.addAll(holdings);
        facts.addAll(placements);

        DerivedFacts d = both(shuffled(facts));

        assertThat(d.seats()).containsExactlyElementsOf(seats);
        assertThat(d.holdings()).containsExactlyElementsOf(holdings);
        assertThat(d.placements()).containsExactlyElementsOf(placements);
        assertThat(d.duties()).isEmpty();
    }

    @Test
    void should_derive_from_an_agreement_period_fact_as_from_the_agreement() {
        AgreementPeriod period = new AgreementPeriod("t", V2022);

        assertThat(DerivedFacts.run(base, List.of(period)).duties()).singleElement()
                .satisfies(duty -> assertThat(duty.validity()).isEqualTo(V2022));
    }
}
