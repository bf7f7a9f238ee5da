/**
 * Not API: may change in any release. The one place that knows the rule engine ({@link
 * dk.kulturmetropol.rules.internal.Engine}, {@link dk.kulturmetropol.rules.internal.KieBases}, {@link
 * dk.kulturmetropol.rules.internal.DerivedFacts}), and the plain-Java {@link dk.kulturmetropol.rules.internal.Snapshot}
 * the questions read, with the build's snapshot of the shipped agreement ({@link
 * dk.kulturmetropol.rules.internal.ShippedSnapshot}).
 */
package dk.kulturmetropol.rules.internal;
