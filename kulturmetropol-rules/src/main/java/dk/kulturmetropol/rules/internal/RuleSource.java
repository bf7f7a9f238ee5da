package dk.kulturmetropol.rules.internal;

import java.util.Objects;

/**
 * One DRL text and where it came from (a classpath resource or a file), for error messages.
 *
 * @param origin e.g. {@code classpath:dk/kulturmetropol/rules/kmk.drl} or a file path
 * @param drl    the DRL text
 */
public record RuleSource(String origin, String drl) {
    public RuleSource {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(drl, "drl");
    }
}
