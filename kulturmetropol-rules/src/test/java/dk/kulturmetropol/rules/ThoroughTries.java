package dk.kulturmetropol.rules;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The long versions of the properties: in the {@code thorough} profile ({@code mvn -B -P thorough verify}, which sets
 * system property {@value #THOROUGH}), every jqwik property runs {@value #FACTOR} times the tries its
 * {@code @Property} annotation gives; the default build runs the annotated number. Registered for all properties
 * through {@code META-INF/services}.
 */
public final class ThoroughTries implements AroundPropertyHook {
    /** The system property the {@code thorough} profile sets, for the long versions of the tests. */
    static final String THOROUGH = "kulturmetropol.thorough";

    /** How many times the annotated tries a thorough run makes. */
    public static final int FACTOR = 8;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (thorough()) {
            context.attributes().tries().ifPresent(tries -> context.attributes().setTries(tries * FACTOR));
        }
        return property.execute();
    }

    /** Whether this run is the thorough profile's: the long versions of the properties, and of ConcurrencyTest. */
    public static boolean thorough() {
        return Boolean.getBoolean(THOROUGH);
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
        return -90;
    }
}
