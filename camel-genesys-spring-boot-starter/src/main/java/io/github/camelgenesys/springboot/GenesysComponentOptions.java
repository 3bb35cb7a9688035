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
package io.github.camelgenesys.springboot;

import io.github.camelgenesys.GenesysComponent;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.service.ServiceHelper;

/** Sets component options through the component's generated configurer, as camel-main does for its properties. */
final class GenesysComponentOptions {
    private GenesysComponentOptions() {}

    /**
     * @param options option values by catalog name; a {@code String} for a bean option is a reference
     *                ({@code #bean:name})
     * @throws IllegalArgumentException naming the property that could not be applied; a secret's value and the
     *                                  underlying error (which may quote the value) are left out
     */
    static void apply(CamelContext camelContext, GenesysComponent component, Map<String, Object> options) {
        // the configurer is resolved when the component is initialised
        ServiceHelper.initService(component);
        PropertyConfigurer configurer = component.getComponentPropertyConfigurer();
        for (Map.Entry<String, Object> option : options.entrySet()) {
            String name = option.getKey();
            boolean bound;
            try {
                bound = PropertyBindingSupport.build()
                        .withConfigurer(configurer)
                        .withIgnoreCase(true)
                        .bind(camelContext, component, name, option.getValue());
            } catch (PropertyBindingException e) {
                throw failure(name, GenesysComponentConfiguration.SECRET_OPTIONS.contains(name) ? null : e);
            }
            if (!bound) {
                throw failure(name, null);
            }
        }
    }

    private static IllegalArgumentException failure(String option, Exception cause) {
        String message = "Cannot apply camel.component.genesys." + dashed(option) + " to the genesys component"
                + (cause == null ? "" : ": " + cause.getMessage());
        return new IllegalArgumentException(message, cause);
    }

    static String dashed(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
