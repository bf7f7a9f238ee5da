package dk.kulturmetropol.model;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property without a seed of its own the seed in system property {@value #SEED}, and ignores
 * earlier failures, so that two runs generate the same samples. jqwik 1.9.3 has no configuration parameter for a
 * default seed ({@code jqwik.seeds.whenfixed} only says what to do about a fixed one), so the mutation profile
 * sets this property. Registered for all properties through {@code META-INF/services}; without the property it
 * does nothing.
 */
public final class FixedJqwikSeed implements AroundPropertyHook {
    /** The system property holding the seed. */
    public static final String SEED = "kulturmetropol.jqwik.seed";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty(SEED, "").trim();
        if (!seed.isEmpty() && context.attributes().seed().isEmpty()) {
            context.attributes().setSeed(seed);
            context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
        }
        return property.execute();
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
