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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelgenesys.GenesysComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

/** The starter in a Spring Boot application context: properties reach the genesys component, switches work. */
class GenesysComponentAutoConfigurationTest {
    private static final String SECRET = "s3cr3t-value-never-shown";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    CamelAutoConfiguration.class,
                    GenesysComponentAutoConfiguration.class,
                    GenesysSecretsSanitizingConfiguration.class));

    /** A value for the option that differs from its default, as a property string and as the component reads it back. */
    private record Sample(String property, Object expected) {}

    private static Sample sample(ComponentOptionModel option) {
        String def = option.getDefaultValue() == null ? null : String.valueOf(option.getDefaultValue());
        if (option.getEnums() != null && !option.getEnums().isEmpty()) {
            String value = option.getEnums().stream()
                    .filter(v -> !v.equals(def))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            return new Sample(value, value);
        }
        switch (option.getJavaType()) {
            case "int", "java.lang.Integer":
                return new Sample("7", 7);
            case "long", "java.lang.Long":
                return new Sample("7", 7L);
            case "boolean", "java.lang.Boolean":
                boolean value = !"true".equals(def);
                return new Sample(Boolean.toString(value), value);
            case "java.time.Duration":
                return new Sample("7s", Duration.ofSeconds(7));
            case "java.lang.String":
                String text = option.isSecret() ? SECRET + "-" + option.getName() : "value-of-" + option.getName();
                return new Sample(text, text);
            default:
                throw new AssertionError("no sample for " + option.getName() + " of type " + option.getJavaType());
        }
    }

    private static Object optionValue(GenesysComponent component, String name) {
        return ((PropertyConfigurerGetter) component.getComponentPropertyConfigurer())
                .getOptionValue(component, name, true);
    }

    @Test
    void everyValueOptionOfTheCatalogSetInPropertiesReachesTheComponent() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>();
        for (ComponentOptionModel option : GenesysCatalog.componentOptions()) {
            if (!"object".equals(option.getType())) {
                Sample sample = sample(option);
                samples.put(option.getName(), sample);
                properties.add(GenesysCatalog.propertyName(option) + "=" + sample.property());
            }
        }
        assertThat(samples).hasSizeGreaterThan(50);

        runner.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
            assertThat(context).hasNotFailed();
            GenesysComponent component =
                    context.getBean(CamelContext.class).getComponent("genesys", GenesysComponent.class);
            samples.forEach((name, sample) -> {
                Object value = optionValue(component, name);
                // enum options are bound as their text and held by the component as the enum constant
                assertThat(value instanceof Enum<?> e ? e.name() : value)
                        .as(name)
                        .isEqualTo(sample.expected());
            });
        });
    }

    @Test
    void aPropertyInCamelCaseOrUpperCaseEnvironmentFormBindsLikeTheDashedForm() {
        runner.withPropertyValues("camel.component.genesys.rateLimitPerMinute=42")
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-systemEnvironment", Map.of("CAMEL_COMPONENT_GENESYS_MAXRETRIES", "9"))))
                .run(context -> {
                    GenesysComponent component =
                            context.getBean(CamelContext.class).getComponent("genesys", GenesysComponent.class);
                    assertThat(optionValue(component, "rateLimitPerMinute")).isEqualTo(42);
                    assertThat(optionValue(component, "maxRetries")).isEqualTo(9);
                });
    }

    @Configuration
    static class RepositoryBeans {
        @Bean
        MemoryIdempotentRepository archived() {
            return new MemoryIdempotentRepository();
        }
    }

    @Test
    void aBeanOptionTakesABeanReference() {
        runner.withUserConfiguration(RepositoryBeans.class)
                .withPropertyValues("camel.component.genesys.idempotent-repository=#bean:archived")
                .run(context -> {
                    GenesysComponent component =
                            context.getBean(CamelContext.class).getComponent("genesys", GenesysComponent.class);
                    assertThat(optionValue(component, "idempotentRepository")).isSameAs(context.getBean("archived"));
                });
    }

    @Configuration
    static class OwnComponent {
        @Bean
        GenesysComponent genesys() {
            return new GenesysComponent();
        }
    }

    @Test
    void aGenesysComponentBeanOfTheApplicationIsTheComponentAndGetsTheProperties() {
        runner.withUserConfiguration(OwnComponent.class)
                .withPropertyValues("camel.component.genesys.rate-limit-per-minute=42")
                .run(context -> {
                    GenesysComponent component =
                            context.getBean(CamelContext.class).getComponent("genesys", GenesysComponent.class);
                    assertThat(component).isSameAs(context.getBean("genesys"));
                    assertThat(optionValue(component, "rateLimitPerMinute")).isEqualTo(42);
                });
    }

    /** The application.yaml block of docs/spring-boot.md, as a user pastes it, configures the component. */
    @Test
    void theApplicationYamlOfTheDocsReachesTheComponent() throws Exception {
        String doc = Files.readString(Path.of("../docs/spring-boot.md"));
        int start = doc.indexOf("```yaml\ncamel:\n  component:\n    genesys:");
        assertThat(start)
                .as("the application.yaml block of docs/spring-boot.md")
                .isNotNegative();
        String yaml = doc.substring(start + "```yaml\n".length(), doc.indexOf("```", start + 7));
        List<PropertySource<?>> loaded = new YamlPropertySourceLoader()
                .load(
                        "docs-application.yaml",
                        new ByteArrayResource(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        runner.withPropertyValues("GENESYS_CLIENT_ID=id-from-env", "GENESYS_CLIENT_SECRET=" + SECRET)
                .withInitializer(
                        context -> loaded.forEach(context.getEnvironment().getPropertySources()::addFirst))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GenesysComponent component =
                            context.getBean(CamelContext.class).getComponent("genesys", GenesysComponent.class);
                    assertThat(optionValue(component, "region")).isEqualTo("eu_west_1");
                    assertThat(optionValue(component, "clientId")).isEqualTo("id-from-env");
                    assertThat(optionValue(component, "clientSecret")).isEqualTo(SECRET);
                    assertThat(optionValue(component, "rateLimitPerMinute")).isEqualTo(300);
                    assertThat(optionValue(component, "jobPollInterval")).isEqualTo(Duration.ofSeconds(3));
                });
    }

    @Test
    void theActuatorSanitizerIsRegistered() {
        runner.run(context -> assertThat(context).hasSingleBean(SanitizingFunction.class));
    }

    @Test
    void optionsThatAreNotSetKeepTheComponentDefaults() {
        runner.run(context -> {
            GenesysComponent component =
                    context.getBean(CamelContext.class).getComponent("genesys", GenesysComponent.class);
            assertThat(optionValue(component, "rateLimitPerMinute")).isEqualTo(300);
            assertThat(optionValue(component, "clientId")).isNull();
        });
    }

    @Test
    void enabledFalseSwitchesTheStarterOff() {
        runner.withPropertyValues(
                        "camel.component.genesys.enabled=false", "camel.component.genesys.rate-limit-per-minute=42")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(GenesysComponentConfiguration.class);
                    GenesysComponent component =
                            context.getBean(CamelContext.class).getComponent("genesys", GenesysComponent.class);
                    assertThat(optionValue(component, "rateLimitPerMinute")).isEqualTo(300);
                });
    }

    @Test
    void customizerEnabledFalseLeavesTheComponentAlone() {
        runner.withPropertyValues(
                        "camel.component.genesys.customizer.enabled=false",
                        "camel.component.genesys.rate-limit-per-minute=42")
                .run(context -> {
                    GenesysComponent component =
                            context.getBean(CamelContext.class).getComponent("genesys", GenesysComponent.class);
                    assertThat(optionValue(component, "rateLimitPerMinute")).isEqualTo(300);
                });
    }

    @Test
    void aValueOfTheWrongTypeFailsTheStartupNamingTheProperty() {
        runner.withPropertyValues("camel.component.genesys.rate-limit-per-minute=lots")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("lots");
                    assertThat(context.getStartupFailure()).hasMessageContaining("camel.component.genesys");
                });
    }
}
