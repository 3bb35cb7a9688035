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
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Applies the {@code camel.component.genesys.*} properties to the genesys component when Camel creates it, the way
 * Camel's own starters do: a {@link ComponentCustomizer}, so the properties reach the component whether Camel
 * resolves it from the classpath or the application declares it as a bean. Switched off by
 * {@code camel.component.genesys.enabled=false} (or {@code camel.component.enabled=false}); the customizer alone by
 * {@code camel.component.genesys.customizer.enabled=false}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.genesys"})
@EnableConfigurationProperties({ComponentConfigurationProperties.class, GenesysComponentConfiguration.class})
public class GenesysComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureGenesysComponent(
            CamelContext camelContext, GenesysComponentConfiguration configuration, Environment environment) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                GenesysComponentOptions.apply(
                        camelContext, (GenesysComponent) target, configuration.componentOptions());
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof GenesysComponent
                        && HierarchicalPropertiesEvaluator.evaluate(
                                environment, "camel.component.customizer", "camel.component.genesys.customizer");
            }
        };
    }
}
