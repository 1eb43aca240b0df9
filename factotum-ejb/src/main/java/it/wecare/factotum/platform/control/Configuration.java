package it.wecare.factotum.platform.control;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Deployment configuration: a system property {@code factotum.some.name} wins over the environment
 * variable {@code FACTOTUM_SOME_NAME}. Configuration that an administrator changes at run time lives in
 * the typed settings instead.
 */
public final class Configuration {

    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    public Configuration(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** The configuration of this JVM. */
    public static Configuration fromSystem() {
        return new Configuration(System::getProperty, System::getenv);
    }

    /** The value of {@code name} (dotted, lower case), blank values counting as absent. */
    public Optional<String> value(String name) {
        String fromProperty = systemProperties.apply(name);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String fromEnvironment = environment.apply(environmentName(name));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.trim());
        }
        return Optional.empty();
    }

    /** Whether the flag {@code name} is switched on ({@code true}, {@code yes}, {@code on} or {@code 1}). */
    public boolean flag(String name) {
        return value(name)
                .map(v -> v.equalsIgnoreCase("true")
                        || v.equalsIgnoreCase("yes")
                        || v.equalsIgnoreCase("on")
                        || v.equals("1"))
                .orElse(false);
    }

    static String environmentName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
