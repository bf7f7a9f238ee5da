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

    /**
     * A {@code must} duty ("skal", "har ansvaret for", a plain present tense that states a task).
     *
     * @param actor    who bears it, its actor id, e.g. {@code kmk}
     * @param action   the action id, e.g. {@code approve}
     * @param matter   the matter id, e.g. {@code annual-plan}
     * @param validity when it holds, usually the matched fact's validity
     * @return the duty, stamped with the firing rule and its clause; insert it, refined as needed ({@code .inScope($area)})
     * @throws IllegalStateException    when called outside a rule's consequence
     * @throws IllegalArgumentException when {@code actor} is not an actor id, naming it
     */
    public static Duty must(String actor, String action, String matter, Validity validity) {
        Firing firing = Firing.current();
        return Duty.of(firing.rule(), firing.clause(), actor, action, matter, validity);
    }

    /**
     * A {@code should} duty ("opfordres til", "bør").
     *
     * @param actor    who bears it, its actor id
     * @param action   the action id
     * @param matter   the matter id
     * @param validity when it holds
     * @return the duty, stamped with the firing rule and its clause
     * @throws IllegalStateException    when called outside a rule's consequence
     * @throws IllegalArgumentException when {@code actor} is not an actor id, naming it
     */
    public static Duty should(String actor, String action, String matter, Validity validity) {
        return must(actor, action, matter, validity).withModality(Modality.SHOULD);
    }

    /**
     * A {@code may} duty: a power or a possibility ("kan", "Det er muligt", "op til", "har myndighed til").
     *
     * @param actor    who has the power, its actor id
     * @param action   the action id
     * @param matter   the matter id
     * @param validity when it holds
     * @return the duty, stamped with the firing rule and its clause
     * @throws IllegalStateException    when called outside a rule's consequence
     * @throws IllegalArgumentException when {@code actor} is not an actor id, naming it
     */
    public static Duty may(String actor, String action, String matter, Validity validity) {
        return must(actor, action, matter, validity).withModality(Modality.MAY);
    }

    /**
     * A duty the text states without naming who bears it ("Der udpeges ...", "... fastlægges ...").
     *
     * @param action   the action id
     * @param matter   the matter id
     * @param validity when it holds
     * @return the duty with no actor, stamped with the firing rule and its clause; questions list it as unspecified
     * @throws IllegalStateException when called outside a rule's consequence
     */
    public static Duty unspecified(String action, String matter, Validity validity) {
        Firing firing = Firing.current();
        return Duty.of(firing.rule(), firing.clause(), null, action, matter, validity);
    }

    /**
     * A direct reporting line: only "refererer til" and "er ansvarlig overfor" make one. Use
     * {@link ReportingLine#GENERAL} as {@code about} when the sentence names no subject.
     *
     * @param from        who reports, its actor id
     * @param to          to whom, its actor id
     * @param about       the subject, e.g. {@code employment}
     * @param validity    when it holds
     * @param jointlyWith who reports together with {@code from}; none for a line of one
     * @return the line, stamped with the firing rule and its clause
     * @throws IllegalStateException    when called outside a rule's consequence
     * @throws IllegalArgumentException when an actor is not an actor id, naming it
     */
    public static ReportingLine reports(String from, String to, String about, Validity validity, String... jointlyWith) {
        Firing firing = Firing.current();
        return ReportingLine.direct(firing.rule(), firing.clause(), from, to, about, validity, jointlyWith);
    }

    /**
     * A seat of {@code member} in {@code body}; {@code member} null when the text names none.
     *
     * @param body     the body's id, e.g. {@code kmk}
     * @param member   the member's actor id, or {@code null}
     * @param validity when it holds
     * @return a {@code must} seat, stamped with the firing rule and its clause
     * @throws IllegalStateException    when called outside a rule's consequence
     * @throws IllegalArgumentException when {@code member} is not an actor id, naming it
     */
    public static Seat member(String body, String member, Validity validity) {
        Firing firing = Firing.current();
        return new Seat(firing.rule(), firing.clause(), body, member, Modality.MUST, validity, null);
    }

    /**
     * A seat a partner may fill.
     *
     * @param body     the body's id
     * @param member   the member's actor id, or {@code null}
     * @param validity when it holds
     * @return a {@code may} seat, stamped with the firing rule and its clause
     * @throws IllegalStateException    when called outside a rule's consequence
     * @throws IllegalArgumentException when {@code member} is not an actor id, naming it
     */
    public static Seat optionalMember(String body, String member, Validity validity) {
        Firing firing = Firing.current();
        return new Seat(firing.rule(), firing.clause(), body, member, Modality.MAY, validity, null);
    }

    /**
     * {@code holder} holds {@code post}; {@code holder} null when the text names no one.
     *
     * @param post     the post's actor id, e.g. {@code political-chair}
     * @param holder   the holder's actor id, or {@code null}
     * @param validity the term
     * @return the holding, named by the sentence ({@code namedByAgreement} false), stamped with the firing rule and its clause
     * @throws IllegalStateException    when called outside a rule's consequence
     * @throws IllegalArgumentException when {@code post} or {@code holder} is not an actor id, naming it
     */
    public static PostHolding holds(String post, String holder, Validity validity) {
        Firing firing = Firing.current();
        return new PostHolding(firing.rule(), firing.clause(), post, holder, validity, false, null);
    }

    /**
     * {@code actor} sits in {@code host} ("placeret i"): a host, not a holder of its duties.
     *
     * @param actor    the body's actor id, e.g. {@code secretariat}
     * @param host     where it sits, e.g. {@code ishoej}
     * @param validity when it holds
     * @return the placement, stamped with the firing rule and its clause
     * @throws IllegalStateException    when called outside a rule's consequence
     * @throws IllegalArgumentException when {@code actor} is not an actor id
     */
    public static Placement placed(String actor, String host, Validity validity) {
        Firing firing = Firing.current();
        return new Placement(firing.rule(), firing.clause(), actor, host, validity);
    }

    /**
     * Actors written as answers print them, for a duty's recipients and joint actors, each checked:
     * {@code Derive.reports(...)}, a duty's {@code to("kmk")} and {@code jointlyWith("secretariat")} take the ids
     * themselves. An id that is not an actor is refused with {@link IllegalArgumentException} naming it.
     *
     * @param ids actor ids
     * @return a copy of {@code ids}, each checked
     * @throws IllegalArgumentException naming the first id that is not an actor id
     */
    public static String[] to(String... ids) {
        for (String id : ids) {
            ActorRef.requireActor(id);
        }
        return ids.clone();
    }

    /**
     * The name of the rule that is firing, for facts a rule builds itself.
     *
     * @return the rule's name
     * @throws IllegalStateException when called outside a rule's consequence
     */
    public static String ruleName() {
        return Firing.current().rule();
    }
}
