package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** When rules that have not finished have overrun their time limit: processor time while they run, the clock while they wait. */
class TimeLimitTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final long S = 1_000_000_000L;

    @Test
    void should_stop_rules_that_have_used_the_limit_in_processor_time() {
        assertThat(DerivedFacts.overran(10 * S, 10 * S, Thread.State.RUNNABLE, LIMIT)).isTrue();
        assertThat(DerivedFacts.overran(10 * S, 40 * S, Thread.State.RUNNABLE, LIMIT)).isTrue();
        // a near miss: just under the limit
        assertThat(DerivedFacts.overran(10 * S - 1, 10 * S - 1, Thread.State.RUNNABLE, LIMIT)).isFalse();
    }

    @Test
    void should_let_running_rules_on_a_busy_machine_go_on_past_the_limit_on_the_clock() {
        // a share of a core: 3 s of processor time in 40 s
        assertThat(DerivedFacts.overran(3 * S, 40 * S, Thread.State.RUNNABLE, LIMIT)).isFalse();
    }

    @Test
    void should_stop_rules_that_sleep_or_wait_once_the_limit_has_passed_on_the_clock() {
        assertThat(DerivedFacts.overran(0, 10 * S, Thread.State.TIMED_WAITING, LIMIT)).isTrue();
        assertThat(DerivedFacts.overran(0, 10 * S, Thread.State.WAITING, LIMIT)).isTrue();
        assertThat(DerivedFacts.overran(0, 10 * S, Thread.State.BLOCKED, LIMIT)).isTrue();
        assertThat(DerivedFacts.overran(0, 9 * S, Thread.State.TIMED_WAITING, LIMIT)).isFalse();
    }

    @Test
    void should_fall_back_to_the_clock_where_the_platform_cannot_measure_processor_time() {
        assertThat(DerivedFacts.overran(-1, 10 * S, Thread.State.RUNNABLE, LIMIT)).isTrue();
        assertThat(DerivedFacts.overran(-1, 9 * S, Thread.State.RUNNABLE, LIMIT)).isFalse();
    }
}
