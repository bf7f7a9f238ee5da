/**
 * For pack writers: the helpers a rule's consequence calls to derive duties, reporting lines, seats, posts and
 * places, with no engine types. See {@link dk.kulturmetropol.rules.pack.Derive}.
 */
package dk.kulturmetropol.rules.pack;
