package io.tribune.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Environment variables for a test context, bound as the process's own are (relaxed binding). */
public final class EnvironmentVariables {

    private EnvironmentVariables() {}

    /** Puts the variables in place of the process's environment. */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> of(Map<String, Object> variables) {
        return context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    }
}
