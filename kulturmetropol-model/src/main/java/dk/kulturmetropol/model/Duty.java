package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One duty or power that a rule derives from one sentence: who must (or may) do what, for which
 * scope, with whom, to whom, and when. A duty whose sentence names no one (a passive sentence)
 * has no actor and is {@linkplain #isUnspecified() unspecified}.
 *
 * <pre>{@code
 * Duty d = Duty.of("kmk-approves-annual-plan", "kmk.tasks-5", ActorRef.of("kmk"), "approve", "annual-plan", period)
 *         .inScope("music");
 * }</pre>
 *
 * @param rule        the name of the rule that derived it
 * @param clauseId    the clause it rests on
 * @param actor       who acts as the text names it, or {@code null} when the text names no one
 * @param action      action id, e.g. {@code approve}
 * @param matter      matter id, e.g. {@code annual-plan} or {@code agenda:kmk}
 * @param scope       focus area or municipality the duty is for, or {@code null}
 * @param modality    must, should or may
 * @param jointlyWith actors it acts together with (sammen med, i samarbejde med)
 * @param recipients  actors it goes to (til KMK, til sekretariatet)
 * @param validity    when it holds
 * @param frequency   how often, for meetings and recurring duties (e.g. {@code 4 per year}), or {@code null}
 * @param due         a deadline, where a rule sets one, or {@code null}
 */
public record Duty(String rule, String clauseId, ActorRef actor, String action, String matter, String scope,
                   Modality modality, List<ActorRef> jointlyWith, List<ActorRef> recipients, Validity validity,
                   String frequency, LocalDate due) implements Derived {

    public Duty {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(validity, "validity");
        jointlyWith = List.copyOf(jointlyWith);
        recipients = List.copyOf(recipients);
    }

    /** A {@code must} duty with no scope, partners, recipients, frequency or deadline yet. */
    public static Duty of(String rule, String clauseId, ActorRef actor, String action, String matter, Validity validity) {
        return new Duty(rule, clauseId, actor, action, matter, null, Modality.MUST, List.of(), List.of(), validity, null, null);
    }

    /** Whether the text states this duty without naming who bears it. */
    public boolean isUnspecified() {
        return actor == null;
    }

    /** The actor, empty when unspecified. */
    public Optional<ActorRef> actorIfNamed() {
        return Optional.ofNullable(actor);
    }

    public Duty inScope(String newScope) {
        return new Duty(rule, clauseId, actor, action, matter, newScope, modality, jointlyWith, recipients, validity, frequency, due);
    }

    public Duty withModality(Modality newModality) {
        return new Duty(rule, clauseId, actor, action, matter, scope, newModality, jointlyWith, recipients, validity, frequency, due);
    }

    public Duty jointlyWith(ActorRef... actors) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, Arrays.asList(actors), recipients, validity, frequency, due);
    }

    public Duty to(ActorRef... actors) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, Arrays.asList(actors), validity, frequency, due);
    }

    public Duty every(String newFrequency) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, newFrequency, due);
    }

    public Duty dueOn(LocalDate newDue) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, frequency, newDue);
    }

    @Override
    public List<String> clauseIds() {
        return List.of(clauseId);
    }
}
