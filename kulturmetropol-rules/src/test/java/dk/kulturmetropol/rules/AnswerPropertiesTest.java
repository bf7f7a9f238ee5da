package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dk.kulturmetropol.model.Duty;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants over dates and scopes. */
class AnswerPropertiesTest {

    private static final Governance G = Governance.kulturmetropolen();
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    @Provide
    Arbitrary<String> focusAreas() {
        return Arbitraries.of("culture-and-health", "music", "youth");
    }

    @Property(tries = 200)
    void kmk_approves_every_annual_plan_on_every_day_of_the_period(@ForAll("focusAreas") String area,
                                                                    @ForAll @IntRange(min = 0, max = 1460) int day) {
        LocalDate date = START.plusDays(day);

        Answer<Duty> answer = G.who("approve", "annual-plan", Criteria.any().scope(area).asOf(date));

        assertThat(answer.map(d -> d.actor() + "/" + d.scope())).containsExactly("kmk/" + area);
        assertThat(answer.note()).isEmpty();
    }

    @Property(tries = 200)
    void nothing_applies_outside_the_period_and_the_note_says_why(@ForAll @IntRange(min = 1, max = 3000) int days,
                                                                   @ForAll boolean after) {
        LocalDate date = after ? END.plusDays(days) : START.minusDays(days);

        Answer<Duty> answer = G.duties("secretariat", Criteria.any().asOf(date));

        assertThat(answer.isEmpty()).isTrue();
        assertThat(answer.note()).hasValueSatisfying(n -> assertThat(n).contains(date.toString()).contains("2021-01-01..2024-12-31"));
    }

    /**
     * On any day, before, during or after the period, an actor's duties are exactly those of its whole-period duties
     * that hold that day: the same facts, borne through the same steps, citing the same clauses.
     */
    @Property(tries = 200)
    void the_duties_on_a_day_are_the_whole_period_duties_that_hold_that_day(@ForAll("actors") String actor,
                                                                            @ForAll @IntRange(min = -30, max = 1490) int day) {
        LocalDate date = START.plusDays(day);

        Answer<Duty> onDay = G.duties(actor, Criteria.any().asOf(date));
        Answer<Duty> whole = G.duties(actor);

        assertThat(onDay.rows().stream().map(AnswerPropertiesTest::key).toList()).isEqualTo(whole.rows().stream()
                .filter(r -> r.fact().validity().contains(date)).map(AnswerPropertiesTest::key).toList());
        assertThat(onDay.unspecified()).isEmpty();
        assertThat(onDay.note().isPresent()).isEqualTo(onDay.rows().isEmpty());
    }

    /** A row as text: the fact with its validity, the steps it is borne through and the clauses it cites. */
    static String key(Row<Duty> row) {
        Duty d = row.fact();
        return d + " " + d.validity().from() + ".." + d.validity().to() + " " + d.validity().basis() + " through " + row.through()
                + " " + row.clauses().stream().map(c -> c.id()).toList();
    }

    @Provide
    Arbitrary<String> actors() {
        return Arbitraries.of(G.accepted("actor"));
    }
}
