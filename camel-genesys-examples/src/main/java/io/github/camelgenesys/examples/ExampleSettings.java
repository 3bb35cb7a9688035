/*
 * Copyright 2026 the camel-genesys developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelgenesys.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The few settings the application needs before Camel starts (which Genesys org to use, how big the embedded
 * simulator is, the webhook port). Looked up like Camel looks up placeholders: explicit overrides, then JVM system
 * properties, then the user's properties file ({@code --properties}), then {@code demo.properties} while the demo
 * runs, then {@code application.properties} on the classpath.
 */
final class ExampleSettings {
    static final String APPLICATION_PROPERTIES = "application.properties";

    private final Properties overrides;
    private final Properties system;
    private final Properties user;
    private final Properties file;
    private final Map<String, String> env;
    private Properties demo = new Properties();

    ExampleSettings(Properties overrides, Properties system, Map<String, String> env) {
        this(overrides, system, new Properties(), env);
    }

    ExampleSettings(Properties overrides, Properties system, Properties user, Map<String, String> env) {
        this.overrides = overrides;
        this.system = system;
        this.user = user;
        this.env = env;
        this.file = load(APPLICATION_PROPERTIES);
    }

    /** Adds the demo's defaults: below the user's settings, above the packaged application.properties. */
    void useDemoDefaults(Properties demoDefaults) {
        this.demo = demoDefaults;
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
        for (Properties p : new Properties[] {overrides, system, user, demo, file}) {
            String value = p.getProperty(key);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return defaultValue;
    }

    /** True when the key was set explicitly by the caller, on the command line or in the user's file. */
    boolean isExplicit(String key) {
        return isOnCommandLine(key) || user.getProperty(key) != null;
    }

    /** True when the key was set by the caller or with -D (Camel reads -D itself, above its properties files). */
    boolean isOnCommandLine(String key) {
        return overrides.getProperty(key) != null || system.getProperty(key) != null;
    }

    /**
     * The settings Camel must get as override properties: the user's file and the demo's defaults (Camel only
     * reads the packaged application.properties), and the caller's overrides; -D keys are left to Camel.
     */
    Map<String, String> camelOverrides() {
        Map<String, String> result = new java.util.TreeMap<>();
        for (Properties p : new Properties[] {demo, user}) {
            p.stringPropertyNames().stream()
                    .filter(k -> system.getProperty(k) == null)
                    .forEach(k -> result.put(k, p.getProperty(k).trim()));
        }
        overrides.stringPropertyNames().forEach(k -> result.put(k, overrides.getProperty(k)));
        return result;
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
}
