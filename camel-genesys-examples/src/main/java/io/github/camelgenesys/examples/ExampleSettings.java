package io.github.camelgenesys.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The few settings the application needs before Camel starts (which Genesys org to use, how big the embedded
 * simulator is, the webhook port). Looked up like Camel looks up placeholders: explicit overrides, then JVM system
 * properties, then {@code application.properties} on the classpath.
 */
final class ExampleSettings {
    static final String APPLICATION_PROPERTIES = "application.properties";

    private final Properties overrides;
    private final Properties system;
    private final Properties file;
    private final Map<String, String> env;

    ExampleSettings(Properties overrides, Properties system, Map<String, String> env) {
        this.overrides = overrides;
        this.system = system;
        this.env = env;
        this.file = load(APPLICATION_PROPERTIES);
    }

    static Properties load(String resource) {
        Properties props = new Properties();
        try (InputStream in = ExampleSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return props;
    }

    String get(String key, String defaultValue) {
        for (Properties p : new Properties[] {overrides, system, file}) {
            String value = p.getProperty(key);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return defaultValue;
    }

    /** True when the key was set explicitly by the caller or on the command line (not only in the file). */
    boolean isExplicit(String key) {
        return overrides.getProperty(key) != null || system.getProperty(key) != null;
    }

    int getInt(String key, int defaultValue) {
        String value = get(key, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Property " + key + " must be a whole number, got '" + value + "'");
        }
    }

    boolean getBoolean(String key, boolean defaultValue) {
        String value = get(key, null);
        if (value == null) {
            return defaultValue;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("Property " + key + " must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    Properties overrides() {
        return overrides;
    }
}
