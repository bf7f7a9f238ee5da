package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The partner whose culture committee chair is political chair and whose culture chief is
 * administrative chair, and for how long ("Ishøj Kommune er valgt for perioden 1.1.2021 til 31.12.2024").
 */
public record ChairTerm(String municipality, LocalDate from, LocalDate to) {
    public ChairTerm {
        ActorRef.requireId(municipality, "chair municipality");
        Objects.requireNonNull(from, "chair term start");
        Objects.requireNonNull(to, "chair term end");
        if (to.isBefore(from)) {
            throw new InvalidAgreementException("chair term of '" + municipality + "' ends " + to + ", before it starts " + from);
        }
    }

    public Validity term() {
        return new Validity(from, to, Validity.Basis.TERM.of(municipality));
    }
}
