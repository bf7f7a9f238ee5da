package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The partner whose culture committee chair is political chair and whose culture chief is
 * administrative chair, and for how long ("Ishøj Kommune er valgt for perioden 1.1.2021 til 31.12.2024").
 */
public record ChairTerm(String municipality, LocalDate from, LocalDate to) {
    /**
     * Checks the municipality's id and that the term's ends are in order.
     *
     * @param municipality the chair municipality's id, e.g. {@code ishoej}
     * @param from         the term's first day
     * @param to           the term's last day, not before {@code from}
     * @throws IllegalArgumentException   when {@code municipality} is not a kebab-case id
     * @throws NullPointerException       when {@code from} or {@code to} is null
     * @throws InvalidAgreementException when the term ends before it starts
     */
    public ChairTerm {
        ActorRef.requireId(municipality, "chair municipality");
        Objects.requireNonNull(from, "chair term start");
        Objects.requireNonNull(to, "chair term end");
        if (to.isBefore(from)) {
            throw new InvalidAgreementException("chair term of '" + municipality + "' ends " + to + ", before it starts " + from);
        }
    }

    /**
     * The term as an interval of dates, its basis naming the chair municipality, so that an answer outside it can say
     * "the term of 'ishoej' as chair municipality" ended.
     *
     * @return the days from {@code from} to {@code to}, both included
     */
    public Validity term() {
        return new Validity(from, to, Validity.Basis.TERM.of(municipality));
    }
}
