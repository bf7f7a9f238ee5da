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

        assertThat(answer.map(d -> d.actor().id() + "/" + d.scope())).containsExactly("kmk/" + area);
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

    @Property(tries = 100)
    void every_named_row_resolves_to_someone_and_cites_a_clause(@ForAll("actors") String actor) {
        Answer<Duty> answer = G.duties(actor, Criteria.any().asOf(LocalDate.of(2023, 5, 5)));

        assertThat(answer.rows()).allSatisfy(r -> {
            assertThat(r.resolvedTo()).isNotEmpty();
            assertThat(r.clauses()).isNotEmpty();
        });
    }

    @Provide
    Arbitrary<String> actors() {
        return Arbitraries.of(G.accepted("actor"));
    }
}
