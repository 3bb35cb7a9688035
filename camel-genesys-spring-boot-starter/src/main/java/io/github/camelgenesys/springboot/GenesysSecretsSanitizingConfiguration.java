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

import java.util.List;
import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot's actuator present: masks the component's secret options (those the catalog marks secret, e.g.
 * {@code clientId}, {@code clientSecret}, {@code proxyPassword}) in the {@code configprops} and {@code env}
 * endpoints, also when {@code management.endpoint.*.show-values} shows other values. Spring Boot's own rules mask
 * keys ending in {@code secret} or {@code password}, but not {@code client-id}.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class GenesysSecretsSanitizingConfiguration {

    @Bean
    public SanitizingFunction genesysSecretsSanitizer() {
        return new GenesysSecretsSanitizer(GenesysComponentConfiguration.SECRET_OPTIONS);
    }

    /** Matches a key in any of Spring's spellings: {@code clientId} (configprops), {@code camel.component.genesys.client-id}, {@code CAMEL_COMPONENT_GENESYS_CLIENTID}. */
    static final class GenesysSecretsSanitizer implements SanitizingFunction {
        private static final String PREFIX = "camelcomponentgenesys";
        private final List<String> secrets;

        GenesysSecretsSanitizer(List<String> secretOptions) {
            this.secrets = secretOptions.stream()
                    .map(GenesysSecretsSanitizer::normalised)
                    .toList();
        }

        @Override
        public SanitizableData apply(SanitizableData data) {
            return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
        }

        boolean isSecret(String key) {
            String k = normalised(key);
            return secrets.stream().anyMatch(s -> k.equals(s) || k.equals(PREFIX + s));
        }

        private static String normalised(String key) {
            return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
    }
}
