package dk.kulturmetropol.examples;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a query costs once the rules have run (answers come from the snapshot), and what deriving a new
 * agreement costs (one Drools session over the compiled rules). Run with {@code kulturmetropol bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {
    private Governance governance;
    private Agreement withGladsaxe;
    private final LocalDate date = LocalDate.of(2022, 6, 1);

    @Setup
    public void setUp() {
        governance = Governance.kulturmetropolen();
        withGladsaxe = governance.agreement().withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));
    }

    @Benchmark
    public Answer<Duty> whoApprovesTheMusicAnnualPlan() {
        return governance.who("approve", "annual-plan", Criteria.any().scope("music").asOf(date));
    }

    @Benchmark
    public Answer<Duty> dutiesOfTheSecretariat() {
        return governance.duties("secretariat", Criteria.any().asOf(date));
    }

    @Benchmark
    public Governance deriveAnAgreementWithANewPartner() {
        return governance.withAgreement(withGladsaxe);
    }
}
