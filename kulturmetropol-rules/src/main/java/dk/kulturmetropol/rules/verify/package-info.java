/**
 * For your own unit tests: {@link dk.kulturmetropol.rules.verify.MandateVerifier} pins who must, should or may do
 * what, who reports to whom, who sits where, and where the text names no one, one line per expectation.
 */
package dk.kulturmetropol.rules.verify;
