/**
 * The query API: ask who must do what, and on which sentence it rests.
 *
 * <p>A tour:
 * <ul>
 *   <li>{@link dk.kulturmetropol.rules.Governance}: the one entry point. {@code Governance.kulturmetropolen()}
 *       answers for Kulturmetropolen 2021-2024; {@code Governance.builder()} takes your agreement and rule packs.</li>
 *   <li>{@link dk.kulturmetropol.rules.Answer} and {@link dk.kulturmetropol.rules.Row}: what every question returns:
 *       named rows, unspecified rows (the text names no one) and, when nothing applies,
 *       {@link dk.kulturmetropol.rules.Why} (no rule states it; outside the period; outside a term).</li>
 *   <li>{@link dk.kulturmetropol.rules.Criteria}: the one shape every question takes: scope, date, subject.</li>
 *   <li>Views as plain data, for showing them your own way: {@code Governance.annualCycle(...)} gives the annual cycle
 *       ({@link dk.kulturmetropol.rules.CycleItem}, one per actor, action and window) and, with a plan of meetings, where
 *       each item goes on an agenda ({@link dk.kulturmetropol.rules.AgendaItem}); {@code orgChart(...)} the org chart
 *       ({@link dk.kulturmetropol.rules.OrgChart}); {@code raci(...)} who is accountable, responsible, consulted and
 *       informed, per matter ({@link dk.kulturmetropol.rules.Raci}); {@code review(...)} the whole text, sentence by
 *       sentence, with what the rules read in each ({@link dk.kulturmetropol.rules.Review}).</li>
 *   <li>{@link dk.kulturmetropol.rules.pack.Derive}: what rule consequences call, for writing rule packs (package {@code pack}).</li>
 *   <li>{@link dk.kulturmetropol.rules.UnknownTermException}, {@link dk.kulturmetropol.rules.RulePackException}:
 *       refusals that name the offending value and what is accepted.</li>
 * </ul>
 * Drools stays behind this package: no KieSession, query name or Drools type appears in it, nor in {@code pack}. The
 * engine lives in {@code dk.kulturmetropol.rules.internal}, which is not API: it compiles the rules, runs them once per
 * agreement, and hands the questions a plain-Java snapshot.
 */
package dk.kulturmetropol.rules;
