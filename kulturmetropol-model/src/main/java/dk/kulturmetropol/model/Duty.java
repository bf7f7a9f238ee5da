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
 * Duty d = Duty.of("kmk-approves-annual-plan", "kmk.tasks-5", "kmk", "approve", "annual-plan", period)
 *         .inScope("music");
 * }</pre>
 *
 * @param rule        the name of the rule that derived it
 * @param clauseId    the clause it rests on
 * @param actor       who acts as the text names it, its id ({@code kmk}, {@code project-chief:music}), or {@code null}
 *                    when the text names no one
 * @param action      action id, e.g. {@code approve}
 * @param matter      matter id, e.g. {@code annual-plan} or {@code agenda:kmk}
 * @param scope       focus area or municipality the duty is for, or {@code null}
 * @param modality    must, should or may
 * @param jointlyWith the ids of the actors it acts together with (sammen med, i samarbejde med)
 * @param recipients  the ids of the actors it goes to (til KMK, til sekretariatet)
 * @param validity    when it holds
 * @param frequency   how often, for meetings and recurring duties (e.g. {@code 4 per year}), or {@code null}
 * @param condition   when or within what it holds (between meetings; within the approved plan and budget), or {@code null}
 * @param due         a deadline, where a rule sets one, or {@code null}
 * @param reading     where the row rests on a reading rather than the plain sentence, that reading in words; else {@code null}
 */
public record Duty(String rule, String clauseId, String actor, String action, String matter, String scope,
                   Modality modality, List<String> jointlyWith, List<String> recipients, Validity validity,
                   Frequency frequency, Condition condition, Due due, String reading) implements Derived {

    public Duty {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clauseId, "clauseId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(validity, "validity");
        ActorRef.requireActorOrNull(actor);
        jointlyWith = ActorRef.requireActors(jointlyWith);
        recipients = ActorRef.requireActors(recipients);
    }

    /** A {@code must} duty with no scope, partners, recipients, frequency, condition, deadline or reading yet. */
    public static Duty of(String rule, String clauseId, String actor, String action, String matter, Validity validity) {
        return new Duty(rule, clauseId, actor, action, matter, null, Modality.MUST, List.of(), List.of(), validity,
                null, null, null, null);
    }

    /** Whether the text states this duty without naming who bears it. */
    public boolean isUnspecified() {
        return actor == null;
    }

    /** The actor's id, empty when unspecified. */
    public Optional<String> actorIfNamed() {
        return Optional.ofNullable(actor);
    }

    /** The reading it rests on beyond the plain sentence, if any. */
    public Optional<String> readingIfAny() {
        return Optional.ofNullable(reading);
    }

    public Duty inScope(String newScope) {
        return new Duty(rule, clauseId, actor, action, matter, newScope, modality, jointlyWith, recipients, validity, frequency, condition, due, reading);
    }

    public Duty withModality(Modality newModality) {
        return new Duty(rule, clauseId, actor, action, matter, scope, newModality, jointlyWith, recipients, validity, frequency, condition, due, reading);
    }

    /** The same duty done together with {@code actors}, written as answers print them: {@code jointlyWith("secretariat")}. */
    public Duty jointlyWith(String... actors) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, Arrays.asList(actors), recipients, validity, frequency, condition, due, reading);
    }

    /** The same duty going to {@code actors}, written as answers print them: {@code to("kmk", "political-steering-group")}. */
    public Duty to(String... actors) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, Arrays.asList(actors), validity, frequency, condition, due, reading);
    }

    /** How often, e.g. {@code every(Frequency.perYear(4))}. */
    public Duty every(Frequency newFrequency) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, newFrequency, condition, due, reading);
    }

    /** When or within what it holds, e.g. {@code when(Condition.BETWEEN_MEETINGS)}. */
    public Duty when(Condition newCondition) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, frequency, newCondition, due, reading);
    }

    /** A deadline, e.g. {@code due(Due.afterPeriodEnds(end))}. */
    public Duty due(Due newDue) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, frequency, condition, newDue, reading);
    }

    /** Due on {@code date}: short for {@code due(Due.on(date))}. */
    public Duty dueOn(LocalDate date) {
        return due(Due.on(date));
    }

    /** The same duty, holding during {@code newValidity} (e.g. only while a seat that carries it lasts). */
    public Duty during(Validity newValidity) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, newValidity, frequency, condition, due, reading);
    }

    /** Marks the row as resting on a reading beyond the plain sentence, given in words. */
    public Duty reading(String newReading) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, frequency, condition, due, newReading);
    }

    @Override
    public List<String> clauseIds() {
        return List.of(clauseId);
    }
}
