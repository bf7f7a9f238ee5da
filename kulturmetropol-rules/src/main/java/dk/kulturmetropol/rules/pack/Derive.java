package dk.kulturmetropol.rules.pack;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.internal.Firing;

/**
 * What a rule's consequence calls to derive a fact. The engine knows which rule is firing: each fact is stamped with
 * that rule's name and the clause of its {@code @clause} metadata, so a rule cites its clause once and passes no
 * engine context.
 *
 * <pre>
 * import dk.kulturmetropol.rules.pack.Derive;
 *
 * // "KMK godkender ... årsplan for det kommende år ..."
 * rule "kmk-approves-annual-plan"
 *     &#64;clause("kmk.tasks-5")
 * when
 *     FocusAreaHome($area : area, $v : validity)
 * then
 *     insert(Derive.must("kmk", "approve", "annual-plan", $v).inScope($area));
 * end
 * </pre>
 *
 * Actors are their ids, written as answers print them: {@code kmk}, {@code home-municipality:music},
 * {@code partner-municipality:albertslund}; {@code kulturmetropolen} is every partner together. A fact matched in a
 * rule's condition names its actors the same way ({@code Duty(actor == "kmk")}), and each fact checks its ids
 * when it is made, refusing one that is not an id with {@link IllegalArgumentException} naming it. Called outside a
 * rule's consequence, each helper throws {@link IllegalStateException}.
 */
public final class Derive {
    private Derive() {
    }

    /** A {@code must} duty ("skal", "har ansvaret for", a plain present tense that states a task). */
    public static Duty must(String actor, String action, String matter, Validity validity) {
        Firing firing = Firing.current();
        return Duty.of(firing.rule(), firing.clause(), actor, action, matter, validity);
    }

    /** A {@code should} duty ("opfordres til", "bør"). */
    public static Duty should(String actor, String action, String matter, Validity validity) {
        return must(actor, action, matter, validity).withModality(Modality.SHOULD);
    }

    /** A {@code may} duty: a power or a possibility ("kan", "Det er muligt", "op til", "har myndighed til"). */
    public static Duty may(String actor, String action, String matter, Validity validity) {
        return must(actor, action, matter, validity).withModality(Modality.MAY);
    }

    /** A duty the text states without naming who bears it ("Der udpeges ...", "... fastlægges ..."). */
    public static Duty unspecified(String action, String matter, Validity validity) {
        Firing firing = Firing.current();
        return Duty.of(firing.rule(), firing.clause(), null, action, matter, validity);
    }

    /**
     * A direct reporting line: only "refererer til" and "er ansvarlig overfor" make one. Use
     * {@link ReportingLine#GENERAL} as {@code about} when the sentence names no subject.
     */
    public static ReportingLine reports(String from, String to, String about, Validity validity, String... jointlyWith) {
        Firing firing = Firing.current();
        return ReportingLine.direct(firing.rule(), firing.clause(), from, to, about, validity, jointlyWith);
    }

    /** A seat of {@code member} in {@code body}; {@code member} null when the text names none. */
    public static Seat member(String body, String member, Validity validity) {
        Firing firing = Firing.current();
        return new Seat(firing.rule(), firing.clause(), body, member, Modality.MUST, validity, null);
    }

    /** A seat a partner may fill. */
    public static Seat optionalMember(String body, String member, Validity validity) {
        Firing firing = Firing.current();
        return new Seat(firing.rule(), firing.clause(), body, member, Modality.MAY, validity, null);
    }

    /** {@code holder} holds {@code post}; {@code holder} null when the text names no one. */
    public static PostHolding holds(String post, String holder, Validity validity) {
        Firing firing = Firing.current();
        return new PostHolding(firing.rule(), firing.clause(), post, holder, validity, false, null);
    }

    /** {@code actor} sits in {@code host} ("placeret i"): a host, not a holder of its duties. */
    public static Placement placed(String actor, String host, Validity validity) {
        Firing firing = Firing.current();
        return new Placement(firing.rule(), firing.clause(), actor, host, validity);
    }

    /**
     * Actors written as answers print them, for a duty's recipients and joint actors, each checked:
     * {@code Derive.reports(...)}, a duty's {@code to("kmk")} and {@code jointlyWith("secretariat")} take the ids
     * themselves. An id that is not an actor is refused with {@link IllegalArgumentException} naming it.
     */
    public static String[] to(String... ids) {
        for (String id : ids) {
            ActorRef.requireActor(id);
        }
        return ids.clone();
    }

    /** The name of the rule that is firing, for facts a rule builds itself. */
    public static String ruleName() {
        return Firing.current().rule();
    }
}
