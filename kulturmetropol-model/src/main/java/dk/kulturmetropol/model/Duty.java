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

    /**
     * Checks the required parts and the actor ids, and copies the lists.
     *
     * @param rule        the rule's name
     * @param clauseId    the clause id
     * @param actor       the bearer's actor id, or {@code null}
     * @param action      the action id
     * @param matter      the matter id
     * @param scope       the scope, or {@code null}
     * @param modality    the modality
     * @param jointlyWith actor ids; copied
     * @param recipients  actor ids; copied
     * @param validity    when it holds
     * @param frequency   how often, or {@code null}
     * @param condition   the condition, or {@code null}
     * @param due         the deadline, or {@code null}
     * @param reading     the reading, or {@code null}
     * @throws NullPointerException     when the rule, clause id, action, matter, modality or validity is null, naming it
     * @throws IllegalArgumentException when the actor, or an actor in {@code jointlyWith} or {@code recipients}, is not
     *     an actor id ({@link ActorRef#requireActor(String)}), naming it
     */
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

    /**
     * A {@code must} duty with no scope, partners, recipients, frequency, condition, deadline or reading yet.
     *
     * @param rule     the name of the rule that derives it
     * @param clauseId the clause it rests on, e.g. {@code kmk.tasks-5}
     * @param actor    who bears it, its id, or {@code null} when the sentence names no one
     * @param action   the action id, e.g. {@code approve}
     * @param matter   the matter id, e.g. {@code annual-plan}
     * @param validity when it holds
     * @return the duty; add the rest with {@link #inScope}, {@link #jointlyWith}, {@link #to}, {@link #every} and the like
     */
    public static Duty of(String rule, String clauseId, String actor, String action, String matter, Validity validity) {
        return new Duty(rule, clauseId, actor, action, matter, null, Modality.MUST, List.of(), List.of(), validity,
                null, null, null, null);
    }

    /**
     * Whether the text states this duty without naming who bears it.
     *
     * @return true when {@link #actor()} is {@code null}: questions list such rows under "the text names no one"
     */
    public boolean isUnspecified() {
        return actor == null;
    }

    /**
     * The actor's id, empty when unspecified.
     *
     * @return the actor's id, or empty for an unspecified duty
     */
    public Optional<String> actorIfNamed() {
        return Optional.ofNullable(actor);
    }

    /**
     * The reading it rests on beyond the plain sentence, if any.
     *
     * @return the reading in words, or empty for a duty that rests on the plain sentence
     */
    public Optional<String> readingIfAny() {
        return Optional.ofNullable(reading);
    }

    /**
     * The same duty for another focus area or municipality, e.g. {@code inScope("music")}.
     *
     * @param newScope the scope id, or {@code null} for none
     * @return a copy; this duty is unchanged
     */
    public Duty inScope(String newScope) {
        return new Duty(rule, clauseId, actor, action, matter, newScope, modality, jointlyWith, recipients, validity, frequency, condition, due, reading);
    }

    /**
     * The same duty with another modality, e.g. {@code withModality(Modality.MAY)} for a power rather than a duty.
     *
     * @param newModality must, should, may or stated
     * @return a copy; this duty is unchanged
     * @throws NullPointerException when {@code newModality} is null
     */
    public Duty withModality(Modality newModality) {
        return new Duty(rule, clauseId, actor, action, matter, scope, newModality, jointlyWith, recipients, validity, frequency, condition, due, reading);
    }

    /**
     * The same duty done together with {@code actors}, written as answers print them: {@code jointlyWith("secretariat")}.
     *
     * @param actors the actor ids; none for a duty done alone
     * @return a copy whose {@code jointlyWith} is {@code actors}, replacing any before
     * @throws IllegalArgumentException when one of {@code actors} is not an actor id
     */
    public Duty jointlyWith(String... actors) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, Arrays.asList(actors), recipients, validity, frequency, condition, due, reading);
    }

    /**
     * The same duty going to {@code actors}, written as answers print them: {@code to("kmk", "political-steering-group")}.
     *
     * @param actors the actor ids of the recipients; none for a duty that goes to no one named
     * @return a copy whose {@code recipients} are {@code actors}, replacing any before
     * @throws IllegalArgumentException when one of {@code actors} is not an actor id
     */
    public Duty to(String... actors) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, Arrays.asList(actors), validity, frequency, condition, due, reading);
    }

    /**
     * How often, e.g. {@code every(Frequency.perYear(4))}.
     *
     * @param newFrequency how often, or {@code null} for no frequency
     * @return a copy; this duty is unchanged
     */
    public Duty every(Frequency newFrequency) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, newFrequency, condition, due, reading);
    }

    /**
     * When or within what it holds, e.g. {@code when(Condition.BETWEEN_MEETINGS)}.
     *
     * @param newCondition the condition, or {@code null} for none
     * @return a copy; this duty is unchanged
     */
    public Duty when(Condition newCondition) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, frequency, newCondition, due, reading);
    }

    /**
     * A deadline, e.g. {@code due(Due.afterPeriodEnds(end))}.
     *
     * @param newDue the deadline, or {@code null} for none
     * @return a copy; this duty is unchanged
     */
    public Duty due(Due newDue) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, frequency, condition, newDue, reading);
    }

    /**
     * Due on {@code date}: short for {@code due(Due.on(date))}.
     *
     * @param date the day it falls due
     * @return a copy; this duty is unchanged
     * @throws NullPointerException when {@code date} is null
     */
    public Duty dueOn(LocalDate date) {
        return due(Due.on(date));
    }

    /**
     * The same duty, holding during {@code newValidity} (e.g. only while a seat that carries it lasts).
     *
     * @param newValidity the days it holds
     * @return a copy; this duty is unchanged
     * @throws NullPointerException when {@code newValidity} is null
     */
    public Duty during(Validity newValidity) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, newValidity, frequency, condition, due, reading);
    }

    /**
     * Marks the row as resting on a reading beyond the plain sentence, given in words.
     *
     * @param newReading the reading in words, or {@code null} for the plain sentence
     * @return a copy; this duty is unchanged
     */
    public Duty reading(String newReading) {
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointlyWith, recipients, validity, frequency, condition, due, newReading);
    }

    @Override
    public List<String> clauseIds() {
        return List.of(clauseId);
    }
}
