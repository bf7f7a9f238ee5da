package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dk.kulturmetropol.rules.RulePackException;
import org.junit.jupiter.api.Test;

/** A pack compiled once is reused while its origin and text stay the same; a changed or failing pack is compiled again. */
class PackCacheTest {
    private static final String PACK = """
            package p;

            import dk.kulturmetropol.model.*;
            import dk.kulturmetropol.rules.pack.Derive;

            rule "psg-also-meets"
                @source("a test's own rules")
                @clause("cache.test")
                @quote("the steering group meets")
            when
                AgreementPeriod($v : validity)
            then
                insert(Derive.must("political-steering-group", "meet", "steering-group-meeting", $v));
            end
            """;

    @Test
    void should_reuse_the_rules_compiled_from_the_same_pack_and_compile_a_changed_one_again() {
        Engine.Compiled first = Engine.compile(List.of(new RuleSource("cache-test.drl", PACK)));

        assertThat(Engine.compile(List.of(new RuleSource("cache-test.drl", PACK)))).as("the same origin and text").isSameAs(first);
        assertThat(Engine.compile(List.of(new RuleSource("cache-test.drl", PACK.replace("also-meets", "meets-too")))))
                .as("the text changed").isNotSameAs(first);
        assertThat(Engine.compile(List.of(new RuleSource("elsewhere.drl", PACK)))).as("another file, so other file names in messages")
                .isNotSameAs(first);
    }

    @Test
    void should_refuse_a_failing_pack_each_time_it_is_asked_for() {
        List<RuleSource> broken = List.of(new RuleSource("broken-cache-test.drl", PACK.replace("AgreementPeriod(", "NoSuchFact(")));

        assertThatThrownBy(() -> Engine.compile(broken)).isInstanceOf(RulePackException.class).hasMessageContaining("broken-cache-test.drl");
        assertThatThrownBy(() -> Engine.compile(broken)).isInstanceOf(RulePackException.class).hasMessageContaining("broken-cache-test.drl");
    }
}
