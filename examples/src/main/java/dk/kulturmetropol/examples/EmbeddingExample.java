package dk.kulturmetropol.examples;

import java.time.LocalDate;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.Row;

/** The README's "Java API" section, compiled and run by {@code EmbeddingExampleTest}. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Prints who must approve the music annual plan, with the clause, and returns the first row. */
    public static Row<Duty> run() {
        // README:java-api:start
        Governance g = Governance.kulturmetropolen();
        Answer<Duty> answer = g.who("approve", "annual-plan", Criteria.any().scope("music").asOf(LocalDate.of(2022, 6, 1)));
        for (Row<Duty> row : answer.rows()) {
            System.out.println(row.fact().actor() + " " + row.fact().modality().id() + " approve, per "
                    + row.clause().id() + ": " + row.clause().quote());
        }
        answer.unspecified().forEach(row -> System.out.println("the text names no one: " + row.clause().quote()));
        answer.note().ifPresent(System.out::println);
        // README:java-api:end
        return answer.rows().get(0);
    }

    public static void main(String[] args) {
        run();
    }
}
