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
package io.github.camelgenesys.routes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Component;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.StringHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets component options from a flat set of properties whose keys follow camel-main's form
 * {@code camel.component.<component>.<option> = value} (option names in camelCase or dash-case; values may hold
 * {@code {{placeholders}}}). Other keys are left alone: a Karaf configuration also holds {@code service.pid} and
 * the like. An unknown component or option, or a value that does not fit, fails naming the key. Values are never
 * logged nor put into messages: they may be secrets.
 * <p>
 * In Karaf the bundle's Blueprint descriptor feeds it the configuration PID {@code io.github.camelgenesys}
 * ({@code etc/io.github.camelgenesys.cfg}) before any route is loaded.
 */
public class ComponentOptionsBinder implements CamelContextAware {

    public static final String KEY_PREFIX = "camel.component.";

    private static final Logger LOG = LoggerFactory.getLogger(ComponentOptionsBinder.class);

    private CamelContext camelContext;
    private Map<?, ?> properties = Map.of();

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    public Map<?, ?> getProperties() {
        return properties;
    }

    /** The properties to take the {@code camel.component.*} keys from; {@code null} means none. */
    public void setProperties(Map<?, ?> properties) {
        this.properties = properties == null ? Map.of() : properties;
    }

    /** Applies the options to their components (created when not there yet). */
    public void bind() {
        if (camelContext == null) {
            throw new IllegalArgumentException("ComponentOptionsBinder needs a CamelContext (setCamelContext)");
        }
        optionsByComponent().forEach(this::bindComponent);
    }

    private Map<String, Map<String, Object>> optionsByComponent() {
        Map<String, Map<String, Object>> byComponent = new TreeMap<>();
        properties.forEach((rawKey, value) -> {
            String key = String.valueOf(rawKey);
            if (!key.startsWith(KEY_PREFIX)) {
                return;
            }
            String rest = key.substring(KEY_PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0 || dot == rest.length() - 1) {
                throw new IllegalArgumentException(
                        "Component option key '" + key + "' must have the form " + KEY_PREFIX + "<component>.<option>");
            }
            byComponent
                    .computeIfAbsent(rest.substring(0, dot), name -> new LinkedHashMap<>())
                    .put(rest.substring(dot + 1), value);
        });
        return byComponent;
    }

    private void bindComponent(String name, Map<String, Object> options) {
        Component component = camelContext.getComponent(name, true, false);
        if (component == null) {
            throw new IllegalArgumentException("Unknown Camel component '" + name + "' in the keys "
                    + keysOf(name, options) + ": is its bundle or jar installed?");
        }
        Map<String, Object> unbound = new LinkedHashMap<>();
        options.forEach((option, value) -> unbound.put(StringHelper.dashToCamelCase(option), value));
        try {
            PropertyBindingSupport.build()
                    .withCamelContext(camelContext)
                    .withTarget(component)
                    .withConfigurer(component.getComponentPropertyConfigurer())
                    .withIgnoreCase(true)
                    .withRemoveParameters(true)
                    .withProperties(unbound)
                    .bind();
        } catch (RuntimeException e) {
            // the cause is left out on purpose: binding errors quote the value
            throw new IllegalArgumentException("Cannot set the options " + keysOf(name, options) + " of component '"
                    + name + "': a value does not fit its option's type"
                    + " (values are not shown, they may be secrets)");
        }
        if (!unbound.isEmpty()) {
            throw new IllegalArgumentException("Component '" + name + "' has no option(s) " + keysOf(name, unbound)
                    + "; check the names in its documentation");
        }
        if (camelContext.isStarted()) {
            ServiceHelper.startService(component);
        }
        LOG.info("Configured component '{}' options {}", name, options.keySet());
    }

    private static String keysOf(String component, Map<String, Object> options) {
        return options.keySet().stream()
                .map(option -> KEY_PREFIX + component + "." + option)
                .toList()
                .toString();
    }
}
