package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dk.kulturmetropol.model.Duty;
import org.junit.jupiter.api.Test;

/**
 * The answer cache keeps the questions being asked: past {@link Questions#KEPT} questions it lets the least recently
 * asked go instead of keeping no new one (issue 19), and it never holds more than that.
 */
class AnswerCacheTest {

    @Test
    void should_keep_question_5000_and_no_more_than_the_bound() {
        Governance g = Governance.of(AgreementYaml.kulturmetropolen());
        LocalDate first = LocalDate.of(2015, 1, 1);
        int asked = 5_000;
        assertThat(asked).isGreaterThan(Questions.KEPT);
        for (int i = 0; i < asked - 1; i++) {
            g.who("approve", "annual-plan", Criteria.any().asOf(first.plusDays(i)));
        }
        Criteria last = Criteria.any().asOf(first.plusDays(asked - 1));

        Answer<Duty> answer = g.who("approve", "annual-plan", last);

        assertThat(g.who("approve", "annual-plan", last)).as("question 5,000 asked again").isSameAs(answer);
        assertThat(g.answersKept()).isLessThanOrEqualTo(Questions.KEPT).isGreaterThan(Questions.KEPT / 2);
    }
}
