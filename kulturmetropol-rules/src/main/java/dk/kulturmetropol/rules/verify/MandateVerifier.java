package dk.kulturmetropol.rules.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.rules.Answer;
import dk.kulturmetropol.rules.Criteria;
import dk.kulturmetropol.rules.Governance;
import dk.kulturmetropol.rules.Row;
import org.opentest4j.AssertionFailedError;

/**
 * Pins who is responsible for what in your own unit tests: one line per expectation, checked at once against what the
 * rules derive. A failed expectation throws opentest4j's {@link AssertionFailedError} (what JUnit, IDEs and build tools
 * show as a failure, with expected and actual side by side), saying in a few lines what was expected and what the rules
 * say instead, with their clauses. It works with any test framework.
 *
 * <pre>{@code
 * import dk.kulturmetropol.rules.verify.MandateVerifier;
 *
 * MandateVerifier.of(Governance.kulturmetropolen())
 *         .must("kmk", "approve", "annual-plan", MandateVerifier.on("2022-06-01").scope("music"))
 *         .must("home-municipality:music", "hire", "project-chief")
 *         .noDuty("secretariat", "approve", "annual-plan")
 *         .namesNoOne("appoint", "vice-chair")
 *         .reportsTo("project-chief:music", "municipal-chief:roskilde", MandateVerifier.on("2022-06-01").about("employment"))
 *         .hasMember("kmk", "culture-chief:koege");
 * }</pre>
 *
 * An actor "must" take an action when it bears the duty, shares it (jointly with), or bears it through a post it
 * holds, a body it sits in, or accountability for another's duties: what {@link Governance#duties(String, Criteria)}
 * answers. Unknown ids are refused with {@link dk.kulturmetropol.rules.UnknownTermException}, listing those accepted.
 */
public final class MandateVerifier {
    private final Governance governance;

    private MandateVerifier(Governance governance) {
        this.governance = Objects.requireNonNull(governance, "governance");
    }

    /**
     * Checks expectations against {@code governance}.
     *
     * @param governance the governance to check, e.g. one built with your own agreement or rule packs
     * @return a verifier; it holds no state besides {@code governance}, so one may be shared
     * @throws NullPointerException when {@code governance} is null
     */
    public static MandateVerifier of(Governance governance) {
        return new MandateVerifier(governance);
    }

    /**
     * Checks expectations against the kommissorium of Kulturmetropolen 2021-2024 over its default agreement.
     *
     * @return a verifier over {@link Governance#kulturmetropolen()}
     */
    public static MandateVerifier kulturmetropolen() {
        return of(Governance.kulturmetropolen());
    }

    /**
     * Criteria for a date written {@code YYYY-MM-DD}: {@code on("2022-06-01").scope("music")}.
     *
     * @param date the day, {@code YYYY-MM-DD}
     * @return criteria for that day, to narrow further with {@code scope} or {@code about}
     * @throws IllegalArgumentException for anything else, saying what is wrong: {@code on("01-06-2022")} is refused as
     *                                  written day first, {@code on("2023-02-30")} as an impossible date
     */
    public static Criteria on(String date) {
        return Criteria.any().asOf(dk.kulturmetropol.model.Dates.parse(date));
    }

    /**
     * Expects that {@code actor} must take {@code action} on {@code matter}, in some scope, at some time in the period.
     *
     * @param actor  the actor id ({@code kmk}) or its Danish words
     * @param action the action id ({@code approve}) or its Danish words
     * @param matter the matter id ({@code annual-plan}) or its Danish words
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the rules say otherwise, with what they say and their clauses
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier must(String actor, String action, String matter) {
        return must(actor, action, matter, Criteria.any());
    }

    /**
     * Expects that {@code actor} must take {@code action} on {@code matter} as narrowed by {@code criteria}.
     *
     * @param actor    the actor id ({@code kmk}) or its Danish words
     * @param action   the action id ({@code approve}) or its Danish words
     * @param matter   the matter id ({@code annual-plan}) or its Danish words
     * @param criteria the scope and date to narrow to, e.g. {@link #on(String)}
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the rules say otherwise, with what they say and their clauses
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier must(String actor, String action, String matter, Criteria criteria) {
        return bears(actor, Modality.MUST, action, matter, criteria);
    }

    /**
     * Expects that {@code actor} should take {@code action} on {@code matter} ("opfordres til").
     *
     * @param actor  the actor id or its Danish words
     * @param action the action id or its Danish words
     * @param matter the matter id or its Danish words
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the rules say otherwise, with what they say and their clauses
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier should(String actor, String action, String matter) {
        return should(actor, action, matter, Criteria.any());
    }

    /**
     * Expects that {@code actor} should take {@code action} on {@code matter} as narrowed by {@code criteria}.
     *
     * @param actor    the actor id or its Danish words
     * @param action   the action id or its Danish words
     * @param matter   the matter id or its Danish words
     * @param criteria the scope and date to narrow to
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the rules say otherwise, with what they say and their clauses
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier should(String actor, String action, String matter, Criteria criteria) {
        return bears(actor, Modality.SHOULD, action, matter, criteria);
    }

    /**
     * Expects that {@code actor} may take {@code action} on {@code matter} (a power or a possibility).
     *
     * @param actor  the actor id or its Danish words
     * @param action the action id or its Danish words
     * @param matter the matter id or its Danish words
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the rules say otherwise, with what they say and their clauses
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier may(String actor, String action, String matter) {
        return may(actor, action, matter, Criteria.any());
    }

    /**
     * Expects that {@code actor} may take {@code action} on {@code matter} as narrowed by {@code criteria}.
     *
     * @param actor    the actor id or its Danish words
     * @param action   the action id or its Danish words
     * @param matter   the matter id or its Danish words
     * @param criteria the scope and date to narrow to
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the rules say otherwise, with what they say and their clauses
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier may(String actor, String action, String matter, Criteria criteria) {
        return bears(actor, Modality.MAY, action, matter, criteria);
    }

    /**
     * Expects that the rules state no duty or power of {@code actor} to take {@code action} on {@code matter}.
     *
     * @param actor  the actor id or its Danish words
     * @param action the action id or its Danish words
     * @param matter the matter id or its Danish words
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the rules state such a duty or power, with the rows and clauses
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier noDuty(String actor, String action, String matter) {
        return noDuty(actor, action, matter, Criteria.any());
    }

    /**
     * Expects that the rules state no duty or power of {@code actor} to take {@code action} on {@code matter} as narrowed.
     *
     * @param actor    the actor id or its Danish words
     * @param action   the action id or its Danish words
     * @param matter   the matter id or its Danish words
     * @param criteria the scope and date to narrow to
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the rules state such a duty or power, with the rows and clauses
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier noDuty(String actor, String action, String matter, Criteria criteria) {
        String actorId = governance.idOf("actor", Objects.requireNonNull(actor, "actor"));
        String actionId = governance.idOf("action", Objects.requireNonNull(action, "action"));
        String matterId = governance.matterFor(actionId, Objects.requireNonNull(matter, "matter"));
        Answer<Duty> theirs = governance.duties(actorId, criteria);
        List<Row<Duty>> found = theirs.rows().stream().filter(r -> is(r.fact(), actionId, matterId)).toList();
        if (!found.isEmpty()) {
            fail("no duty of " + actorId + " to " + actionId + " " + matterId + where(criteria), found);
        }
        return this;
    }

    /**
     * Expects that the text states a duty to take {@code action} on {@code matter} but names no one.
     *
     * @param action the action id or its Danish words
     * @param matter the matter id or its Danish words
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when no row names no one, with what the rules say instead
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier namesNoOne(String action, String matter) {
        return namesNoOne(action, matter, Criteria.any());
    }

    /**
     * Expects that the text states a duty to take {@code action} on {@code matter} but names no one, as narrowed.
     *
     * @param action   the action id or its Danish words
     * @param matter   the matter id or its Danish words
     * @param criteria the scope and date to narrow to
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when no row names no one, with what the rules say instead
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier namesNoOne(String action, String matter, Criteria criteria) {
        Answer<Duty> answer = governance.who(action, matter, criteria);
        if (answer.unspecified().isEmpty()) {
            fail("a duty to " + action + " " + matter + where(criteria) + " whose sentence names no one", answer);
        }
        return this;
    }

    /**
     * Expects a reporting line, direct or through others, from {@code actor} to {@code to}.
     *
     * @param actor the actor id of who reports, or its Danish words
     * @param to    the actor id reported to, as the line names it or as it resolves
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when no such line exists, with the lines the rules state instead
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier reportsTo(String actor, String to) {
        return reportsTo(actor, to, Criteria.any());
    }

    /**
     * Expects a reporting line from {@code actor} to {@code to} (as the line names it, or as it resolves on the date),
     * about {@link Criteria#subject()} when given.
     *
     * @param actor    the actor id of who reports, or its Danish words
     * @param to       the actor id reported to, as the line names it or as it resolves on the date
     * @param criteria the subject and date to narrow to, e.g. {@code on("2022-06-01").about("employment")}
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when no such line exists, with the lines the rules state instead
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier reportsTo(String actor, String to, Criteria criteria) {
        known("actor", to);
        Answer<ReportingLine> answer = governance.reports(actor, criteria);
        if (answer.rows().stream().noneMatch(r -> r.fact().to().equals(to) || r.resolved(r.fact().to()).contains(to))) {
            fail(actor + " reports to " + to + (criteria.subject() == null ? "" : " about " + criteria.subject()) + where(criteria), answer);
        }
        return this;
    }

    /**
     * Expects that {@code member} has a seat the text gives in {@code body}.
     *
     * @param body   the body id ({@code kmk}) or its Danish words
     * @param member the member's actor id, e.g. {@code culture-chief:koege}
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the text gives no such seat, with the members it does give
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier hasMember(String body, String member) {
        return hasMember(body, member, Criteria.any());
    }

    /**
     * Expects that {@code member} has a seat the text gives in {@code body} on {@link Criteria#asOf()}.
     *
     * @param body     the body id ({@code kmk}) or its Danish words
     * @param member   the member's actor id, e.g. {@code culture-chief:koege}
     * @param criteria the date to narrow to
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when the text gives no such seat on the date, with the members it
     *     gives and the days {@code member} does sit there, if any
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier hasMember(String body, String member, Criteria criteria) {
        known("actor", member);
        Predicate<Row<Seat>> wanted = r -> r.fact().modality() == Modality.MUST && r.fact().member().equals(member);
        Answer<Seat> answer = governance.members(body, criteria);
        if (answer.rows().stream().noneMatch(wanted)) {
            fail(member + " sits in " + body + where(criteria) + otherDays(governance.members(body, allDays(criteria)), wanted,
                    criteria, member + " sits in " + body), answer);
        }
        return this;
    }

    /**
     * Expects that {@code holder} holds {@code post}.
     *
     * @param holder the holder's actor id, e.g. {@code culture-committee-chair:ishoej}
     * @param post   the post id ({@code political-chair}) or its Danish words
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when {@code holder} holds {@code post} in no term, with the holders
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier holds(String holder, String post) {
        return holds(holder, post, Criteria.any());
    }

    /**
     * Expects that {@code holder} holds {@code post} on {@link Criteria#asOf()}.
     *
     * @param holder   the holder's actor id
     * @param post     the post id or its Danish words
     * @param criteria the date to narrow to
     * @return this verifier, for the next expectation
     * @throws org.opentest4j.AssertionFailedError when {@code holder} does not hold {@code post} on the date, with the
     *     holders
     * @throws dk.kulturmetropol.rules.UnknownTermException for an id the rules do not know
     */
    public MandateVerifier holds(String holder, String post, Criteria criteria) {
        known("actor", holder);
        Answer<PostHolding> answer = governance.holders(post, criteria);
        if (answer.rows().stream().noneMatch(r -> r.fact().holder() != null && r.fact().holder().equals(holder))) {
            fail(holder + " holds " + post + where(criteria), answer);
        }
        return this;
    }

    private MandateVerifier bears(String actor0, Modality modality, String action0, String matter0, Criteria criteria) {
        // read as a question reads them: the id, or its Danish words ("KMK", "godkender", "årsplanen"); unknown words refused
        String actor = governance.idOf("actor", Objects.requireNonNull(actor0, "actor"));
        String action = governance.idOf("action", Objects.requireNonNull(action0, "action"));
        String matter = governance.matterFor(action, Objects.requireNonNull(matter0, "matter"));
        Predicate<Row<Duty>> wanted = r -> r.fact().modality() == modality && is(r.fact(), action, matter);
        if (governance.duties(actor, criteria).rows().stream().noneMatch(wanted)) {
            String expected = actor + " " + modality.id() + " " + action + " " + matter;
            fail(expected + where(criteria) + otherDays(governance.duties(actor, allDays(criteria)), wanted, criteria, expected),
                    governance.who(action, matter, criteria));
        }
        return this;
    }

    /**
     * Refuses an id the rules do not know, as a question does: a misspelt id in an expectation would otherwise make
     * {@code noDuty} pass, and every other expectation fail for the wrong reason.
     */
    private void known(String kind, String id) {
        java.util.Set<String> accepted = governance.accepted(kind);
        if (id == null || !accepted.contains(id)) {
            throw new dk.kulturmetropol.rules.UnknownTermException(kind, String.valueOf(id), accepted);
        }
    }

    /** The same criteria on every day of the period. */
    private static Criteria allDays(Criteria c) {
        Criteria any = Criteria.any().about(c.subject());
        return c.scope() == null ? any : any.scope(c.scope());
    }

    /**
     * When what was expected on a date holds on other days (a member that joins later, a term that ended), a line that
     * says on which: {@code "\n(the rules say it does 2023-01-01..2024-12-31, not on 2022-06-01)"}; else empty.
     */
    private static <T extends dk.kulturmetropol.model.Derived> String otherDays(Answer<T> everyDay, Predicate<Row<T>> wanted, Criteria c, String what) {
        if (c.asOf() == null) {
            return "";
        }
        List<dk.kulturmetropol.model.Validity> held = everyDay.rows().stream().filter(wanted).map(r -> r.fact().validity()).toList();
        if (held.isEmpty()) {
            return "";
        }
        List<String> days = held.stream().map(v -> v.from() + ".." + v.to()).distinct().sorted().toList();
        boolean later = held.stream().allMatch(v -> v.from().isAfter(c.asOf()));
        return "\n  (" + what + " " + String.join(", ", days) + (later ? ": from a later date" : "") + ", not on " + c.asOf() + ")";
    }

    private static boolean is(Duty d, String action, String matter) {
        return d.action().equals(action) && d.matter().equals(matter);
    }

    private static String where(Criteria c) {
        return (c.scope() == null ? "" : " for " + c.scope()) + (c.asOf() == null ? "" : " on " + c.asOf());
    }

    private static void fail(String expected, Answer<?> instead) {
        String actual = instead.toString();
        throw new AssertionFailedError("expected: " + expected + "\nbut the rules say:\n" + indent(actual), expected, actual);
    }

    private static void fail(String expected, List<? extends Row<?>> instead) {
        String actual = String.join("\n", instead.stream().map(Row::toString).toList());
        throw new AssertionFailedError("expected: " + expected + "\nbut the rules say:\n" + indent(actual), expected, actual);
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
