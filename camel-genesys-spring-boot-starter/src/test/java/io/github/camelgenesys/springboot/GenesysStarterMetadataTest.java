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

import io.github.camelgenesys.springboot.GenesysSecretsSanitizingConfiguration.GenesysSecretsSanitizer;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataProperty;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataRepositoryJsonBuilder;
import org.springframework.boot.configurationmetadata.ValueHint;

/**
 * The Spring Boot configuration metadata of the starter, read with the parser IDEs use, against the component's
 * catalog: every option is there with its description, default, allowed values and secret mark, and nothing else.
 */
class GenesysStarterMetadataTest {
    private static final Set<String> STARTER_SWITCHES =
            Set.of("camel.component.genesys.enabled", "camel.component.genesys.customizer.enabled");

    private static List<ComponentOptionModel> catalog;
    private static Map<String, ConfigurationMetadataProperty> metadata;

    @BeforeAll
    static void read() throws Exception {
        catalog = GenesysCatalog.componentOptions();
        try (InputStream json =
                GenesysStarterMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = ConfigurationMetadataRepositoryJsonBuilder.create(json)
                    .build()
                    .getAllProperties();
        }
    }

    @Test
    void everyCatalogOptionIsAPropertyAndThereIsNoOtherProperty() {
        assertThat(catalog).hasSizeGreaterThan(50);
        Set<String> expected =
                catalog.stream().map(GenesysCatalog::propertyName).collect(Collectors.toCollection(TreeSet::new));
        expected.addAll(STARTER_SWITCHES);
        assertThat(new TreeSet<>(metadata.keySet())).isEqualTo(expected);
    }

    @Test
    void everyPropertyCarriesTheCatalogDescriptionDefaultAndAllowedValues() {
        for (ComponentOptionModel option : catalog) {
            ConfigurationMetadataProperty property = metadata.get(GenesysCatalog.propertyName(option));
            assertThat(property.getDescription())
                    .as(option.getName())
                    .startsWith(option.getDescription().trim());
            if (option.getDefaultValue() == null || "".equals(option.getDefaultValue())) {
                assertThat(property.getDefaultValue()).as(option.getName()).isNull();
            } else {
                assertThat(String.valueOf(property.getDefaultValue()))
                        .as(option.getName())
                        .isEqualTo(String.valueOf(option.getDefaultValue()));
            }
            List<Object> hints = property.getHints().getValueHints().stream()
                    .map(ValueHint::getValue)
                    .toList();
            List<Object> enums = option.getEnums() == null ? List.of() : List.copyOf(option.getEnums());
            assertThat(hints).as(option.getName()).isEqualTo(enums);
            assertThat(property.isDeprecated()).as(option.getName()).isEqualTo(option.isDeprecated());
        }
    }

    @Test
    void everySecretOfTheCatalogIsMarkedInTheMetadataAndMaskedByTheActuatorSanitizer() {
        List<ComponentOptionModel> secrets =
                catalog.stream().filter(ComponentOptionModel::isSecret).toList();
        assertThat(secrets).extracting(ComponentOptionModel::getName).contains("clientId", "clientSecret");
        GenesysSecretsSanitizer sanitizer = new GenesysSecretsSanitizer(GenesysComponentConfiguration.SECRET_OPTIONS);
        for (ComponentOptionModel option : catalog) {
            String property = GenesysCatalog.propertyName(option);
            assertThat(metadata.get(property).getDescription().contains("This option is a secret"))
                    .as(property)
                    .isEqualTo(option.isSecret());
            assertThat(sanitizer.isSecret(property)).as(property).isEqualTo(option.isSecret());
            assertThat(sanitizer.isSecret(option.getName()))
                    .as(option.getName())
                    .isEqualTo(option.isSecret());
        }
        assertThat(sanitizer.isSecret("CAMEL_COMPONENT_GENESYS_CLIENTSECRET")).isTrue();
        assertThat(sanitizer.isSecret("camel.component.genesys.region")).isFalse();
    }

    @Test
    void theConfigurationClassHasAReadAndWritePropertyOfTheMetadataTypeForEveryOption() {
        Map<String, java.beans.PropertyDescriptor> descriptors = java.util.Arrays.stream(
                        BeanUtils.getPropertyDescriptors(GenesysComponentConfiguration.class))
                .collect(Collectors.toMap(java.beans.PropertyDescriptor::getName, Function.identity()));
        for (ComponentOptionModel option : catalog) {
            java.beans.PropertyDescriptor descriptor = descriptors.get(option.getName());
            assertThat(descriptor).as(option.getName()).isNotNull();
            assertThat(descriptor.getReadMethod()).as(option.getName()).isNotNull();
            assertThat(descriptor.getWriteMethod()).as(option.getName()).isNotNull();
            assertThat(descriptor.getPropertyType().getName())
                    .as(option.getName())
                    .isEqualTo(metadata.get(GenesysCatalog.propertyName(option)).getType());
        }
    }
}
