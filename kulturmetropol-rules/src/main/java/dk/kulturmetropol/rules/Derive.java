package dk.kulturmetropol.rules;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Membership;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence calls to derive a fact. Each method takes the rule's {@code kcontext},
 * from which it reads the rule's name and its {@code @clause} id, so a rule cites its clause once,
 * in its metadata:
 *
 * <pre>
 * rule "kmk-approves-annual-plan"
 *     &#64;clause("kmk.tasks-5")
 * when
 *     FocusAreaHome($area : area, $v : validity)
 * then
 *     insert(Derive.duty(kcontext, "kmk", "approve", "annual-plan", $v).inScope($area));
 * end
 * </pre>
 *
 * Actors are written as in answers: {@code kmk}, {@code home-municipality:music}.
 */
public final class Derive {
    private Derive() {
    }

    /** A {@code must} duty of {@code actor}. */
    public static Duty duty(RuleContext rule, String actor, String action, String matter, Validity validity) {
        return Duty.of(name(rule), clause(rule), ActorRef.parse(actor), action, matter, validity);
    }

    /** A {@code may} duty (a power or a possibility: kan, Det er muligt, op til, har myndighed til). */
    public static Duty may(RuleContext rule, String actor, String action, String matter, Validity validity) {
        return duty(rule, actor, action, matter, validity).withModality(Modality.MAY);
    }

    /** A duty the text states without naming who bears it (Der udpeges …, … fastlægges …). */
    public static Duty unspecified(RuleContext rule, String action, String matter, Validity validity) {
        return Duty.of(name(rule), clause(rule), null, action, matter, validity);
    }

    /**
     * A direct reporting line: only "refererer til" and "er ansvarlig overfor" make one. Use
     * {@link dk.kulturmetropol.model.ReportingLine#GENERAL} as {@code about} when the sentence names no subject.
     */
    public static ReportingLine reports(RuleContext rule, String from, String to, String about, Validity validity,
                                        String... jointlyWith) {
        return ReportingLine.direct(name(rule), clause(rule), ActorRef.parse(from), ActorRef.parse(to), about,
                validity, actors(jointlyWith));
    }

    /** A seat of {@code member} in {@code body}; {@code member} null when the text names none. */
    public static Membership member(RuleContext rule, String body, String member, Validity validity) {
        return new Membership(name(rule), clause(rule), body, member == null ? null : ActorRef.parse(member),
                Modality.MUST, validity, null);
    }

    /** A seat a partner may fill. */
    public static Membership optionalMember(RuleContext rule, String body, String member, Validity validity) {
        return new Membership(name(rule), clause(rule), body, ActorRef.parse(member), Modality.MAY, validity, null);
    }

    /** {@code holder} holds {@code post}; {@code holder} null when the text names no one. */
    public static PostHolding holds(RuleContext rule, String post, String holder, Validity validity) {
        return new PostHolding(name(rule), clause(rule), ActorRef.parse(post),
                holder == null ? null : ActorRef.parse(holder), validity, false, null);
    }

    /** {@code actor} sits in {@code host} ("placeret i"): a host, not a holder of its duties. */
    public static Placement placed(RuleContext rule, String actor, String host, Validity validity) {
        return new Placement(name(rule), clause(rule), ActorRef.parse(actor), host, validity);
    }

    /** Actors from their ids, for {@code jointlyWith(...)} and {@code to(...)}. */
    public static ActorRef[] actors(String... ids) {
        ActorRef[] refs = new ActorRef[ids.length];
        for (int i = 0; i < ids.length; i++) {
            refs[i] = ActorRef.parse(ids[i]);
        }
        return refs;
    }

    static String name(RuleContext rule) {
        return rule.getRule().getName();
    }

    static String clause(RuleContext rule) {
        Object id = rule.getRule().getMetaData().get("clause");
        if (id == null) {
            throw new IllegalStateException("rule '" + name(rule) + "' has no @clause(\"...\") metadata: every rule cites its clause");
        }
        return unquote(id.toString());
    }

    static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
