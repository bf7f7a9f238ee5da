package dk.kulturmetropol.model;

import java.util.ArrayList;
import java.util.List;

/** Turns an {@link Agreement} into the facts a rule session starts from. */
public final class AgreementFacts {
    private AgreementFacts() {
    }

    /**
     * The facts of {@code agreement}: one {@link AgreementPeriod}, a {@link PartnerMembership} per partner,
     * a {@link FocusAreaHome} per focus area and home (for the days that home leads while the focus area exists), the {@link ChairMunicipality}, the {@link SecretariatHost} and
     * a {@link ViceChairMunicipality} per named vice-chair.
     *
     * @param agreement the agreement to state as facts
     * @return the facts, ready to insert into a rule session, in the order listed above, as an unmodifiable list
     */
    public static List<Object> of(Agreement agreement) {
        Validity period = agreement.period();
        List<Object> facts = new ArrayList<>();
        facts.add(new AgreementPeriod(agreement.name(), period));
        agreement.partners().forEach(p -> facts.add(new PartnerMembership(p.id(), p.membershipWithin(period))));
        agreement.focusAreas().forEach(f -> facts.addAll(f.homesWithin(period)));
        facts.add(new ChairMunicipality(agreement.chair().municipality(), agreement.chair().term()));
        facts.add(new SecretariatHost(agreement.secretariatHost(), period));
        agreement.viceChairs().forEach(v -> facts.add(new ViceChairMunicipality(v, period)));
        return List.copyOf(facts);
    }
}
