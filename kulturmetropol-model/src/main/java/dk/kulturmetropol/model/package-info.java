/**
 * The vocabulary of mandates, as immutable records with no dependencies.
 *
 * <p>A tour:
 * <ul>
 *   <li>{@link dk.kulturmetropol.model.Agreement}: the facts an agreement supplies (period, partners, focus areas,
 *       chair, secretariat host); the default, Kulturmetropolen 2021-2024, ships as YAML in kulturmetropol-rules.</li>
 *   <li>{@link dk.kulturmetropol.model.Duty}, {@link dk.kulturmetropol.model.ReportingLine},
 *       {@link dk.kulturmetropol.model.Seat}, {@link dk.kulturmetropol.model.PostHolding}: what the rules derive,
 *       each naming the rule and the {@link dk.kulturmetropol.model.Clause} it rests on.</li>
 *   <li>An actor is its id everywhere, a string written as the text names it, {@code role} or {@code role:scope}
 *       ({@code kmk}, {@code project-chief:music}); {@link dk.kulturmetropol.model.ActorRef} splits and checks one.</li>
 *   <li>{@link dk.kulturmetropol.model.Validity}: when a fact holds, and what bounds it.</li>
 *   <li>{@link dk.kulturmetropol.model.Vocabulary}: the public ids with their Danish labels.</li>
 * </ul>
 */
package dk.kulturmetropol.model;
