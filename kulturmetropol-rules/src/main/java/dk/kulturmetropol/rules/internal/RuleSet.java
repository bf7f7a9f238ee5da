package dk.kulturmetropol.rules.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.DataPackDuty;

/**
 * The rules a governance derives with: the compiled rules (compiled only when an agreement must be derived, so a
 * governance read from the shipped snapshot never starts the engine), the clauses they may cite, and the entries of
 * data packs. Not API.
 */
public final class RuleSet {
    private static final RuleSet KOMMISSORIUM = new RuleSet(Engine::kommissorium, null, List.of(), DerivedFacts.DEFAULT_TIME_LIMIT);

    private final Supplier<Engine.Compiled> compiled;
    private final ClauseCatalogue catalogue;
    private final List<DataPackDuty> dataDuties;
    private final java.time.Duration timeLimit;

    private RuleSet(Supplier<Engine.Compiled> compiled, ClauseCatalogue catalogue, List<DataPackDuty> dataDuties, java.time.Duration timeLimit) {
        this.compiled = compiled;
        this.catalogue = catalogue;
        this.dataDuties = List.copyOf(dataDuties);
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /** These rules, stopped when a derivation runs longer than {@code limit}. */
    public RuleSet within(java.time.Duration limit) {
        return limit.equals(timeLimit) ? this : new RuleSet(compiled, catalogue, dataDuties, limit);
    }

    /** The library's own rules, compiled on first derivation. */
    public static RuleSet kommissorium() {
        return KOMMISSORIUM;
    }

    /**
     * Rules already compiled, with the catalogue they cite (the compiled rules' own, plus the clauses of data packs) and
     * the entries of data packs.
     */
    public static RuleSet of(Engine.Compiled compiled, ClauseCatalogue catalogue, List<DataPackDuty> dataDuties) {
        return of(compiled, catalogue, dataDuties, DerivedFacts.DEFAULT_TIME_LIMIT);
    }

    /** As {@link #of(Engine.Compiled, ClauseCatalogue, List)}, stopping a derivation that runs longer than {@code timeLimit}. */
    public static RuleSet of(Engine.Compiled compiled, ClauseCatalogue catalogue, List<DataPackDuty> dataDuties, java.time.Duration timeLimit) {
        Objects.requireNonNull(compiled, "compiled");
        return new RuleSet(() -> compiled, Objects.requireNonNull(catalogue, "catalogue"), dataDuties, timeLimit);
    }

    /** Runs the rules once over {@code agreement}. */
    public Snapshot derive(Agreement agreement) {
        Engine.Compiled rules = compiled.get();
        return Engine.derive(rules, catalogue == null ? rules.catalogue() : catalogue, agreement, dataDuties, timeLimit);
    }
}
