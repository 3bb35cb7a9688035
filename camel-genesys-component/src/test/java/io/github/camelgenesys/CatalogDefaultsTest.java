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
package io.github.camelgenesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.client.GenesysLocation;
import io.github.camelgenesys.client.GenesysRegion;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.spi.BeanIntrospection;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog (and so docs/reference.md) states the defaults the endpoints really apply: an option left unset has
 * exactly the value it gets when set to its catalog default, and the options whose default is applied elsewhere
 * say so.
 */
class CatalogDefaultsTest extends CamelTestSupport {

    /** Options that stay null when unset; the value that then applies, and where it comes from. */
    private static final Map<String, String> APPLIED_ELSEWHERE = Map.of(
            "region", GenesysLocation.DEFAULT_REGION.name(), // GenesysLocation.resolve
            "includeScreenRecordings", "true", // not sent: the API's default (SDK docs)
            "includePolicyBasedRecordings", "true",
            "includeSnippetRecordings", "true",
            "includeRecordingsWithSensitiveData", "false",
            "clearExport", "false");

    /** The poll delay each consumer operation applies when the route sets none. */
    private static final Map<String, Long> DEFAULT_DELAY =
            Map.of("search", 60_000L, "analytics", 60_000L, "live", 5_000L);

    private static GenesysCloudSimulator sim;
    private static String baseUrl;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder().conversations(10).build();
        baseUrl = sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    private JsonNode catalog() throws Exception {
        return GenesysJson.mapper()
                .readTree(((CatalogCamelContext) context).getComponentParameterJsonSchema("genesys"));
    }

    private PropertyConfigurerGetter configurer(String name) {
        CamelContext ctx = context;
        return (PropertyConfigurerGetter)
                PluginHelper.getConfigurerResolver(ctx).resolvePropertyConfigurer(name, ctx);
    }

    private GenesysComponent component() {
        return context.getComponent("genesys", GenesysComponent.class);
    }

    @Test
    void everyEndpointOptionStartsWithItsCatalogDefault() throws Exception {
        PropertyConfigurerGetter getter = configurer("genesys-endpoint");
        check(catalog().path("properties"), getter, () ->
                (GenesysEndpoint) component().createEndpoint("genesys:search"));
    }

    /**
     * Scheduler options are held by the endpoint with "unset" markers and applied by each polling consumer, so the
     * consumer is where the default shows; {@code delay} has its own test.
     */
    @Test
    void everySchedulerOptionOfEachConsumerStartsWithItsCatalogDefault() throws Exception {
        JsonNode properties = catalog().path("properties");
        BeanIntrospection beans = PluginHelper.getBeanIntrospection(context);
        for (String operation : DEFAULT_DELAY.keySet()) {
            ScheduledPollConsumer consumer = consumer(operation);
            int checked = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> option = it.next();
                Object value = beans.getOrElseProperty(consumer, option.getKey(), null, false);
                if (!"scheduler".equals(option.getValue().path("group").asText())
                        || value == null
                        || !option.getValue().has("defaultValue")
                        || "live".equals(operation) && "useFixedDelay".equals(option.getKey())) {
                    continue;
                }
                String catalogDefault = option.getValue().path("defaultValue").asText();
                assertEquals(
                        context.getTypeConverter().convertTo(value.getClass(), catalogDefault),
                        value,
                        operation + " consumer: " + option.getKey() + " differs from its catalog default");
                checked++;
            }
            assertTrue(checked >= 5, operation + ": scheduler options checked: " + checked);
        }
    }

    private ScheduledPollConsumer consumer(String operation) throws Exception {
        GenesysEndpoint endpoint = context.getEndpoint(
                "genesys:" + operation + "?apiUrl=" + baseUrl + "&loginUrl=" + baseUrl + "&clientId=" + sim.clientId()
                        + "&clientSecret=RAW(" + sim.clientSecret() + ")",
                GenesysEndpoint.class);
        endpoint.start();
        return (ScheduledPollConsumer) endpoint.createConsumer(exchange -> {});
    }

    @Test
    void everyComponentOptionStartsWithItsCatalogDefault() throws Exception {
        PropertyConfigurerGetter getter = configurer("genesys-component");
        check(catalog().path("componentProperties"), getter, () -> {
            GenesysComponent fresh = new GenesysComponent();
            fresh.setCamelContext(context);
            return fresh;
        });
    }

    private interface Fresh {
        Object create() throws Exception;
    }

    private void check(JsonNode properties, PropertyConfigurerGetter getter, Fresh fresh) throws Exception {
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> option = it.next();
            if (!option.getValue().has("defaultValue")) {
                continue;
            }
            String name = option.getKey();
            String catalogDefault = option.getValue().path("defaultValue").asText();
            if ("scheduler".equals(option.getValue().path("group").asText())) {
                continue;
            }
            Object unset = getter.getOptionValue(fresh.create(), name, false);
            if (unset == null) {
                assertEquals(
                        APPLIED_ELSEWHERE.get(name),
                        catalogDefault,
                        name + " is null when unset: its catalog default must be the value applied elsewhere");
            } else {
                Object explicit = fresh.create();
                PropertyBindingSupport.build().bind(context, explicit, name, catalogDefault);
                assertEquals(
                        getter.getOptionValue(explicit, name, false),
                        unset,
                        name + ": unset differs from its catalog default " + catalogDefault);
            }
            checked++;
        }
        assertTrue(checked > 25, "options with a default checked: " + checked);
    }

    @Test
    void pollDelayWithoutADefaultInTheCatalogIsThePerOperationDefaultItsDescriptionStates() throws Exception {
        JsonNode delay = catalog().path("properties").path("delay");
        assertFalse(delay.has("defaultValue"), "no single default: it depends on the operation");
        String description = delay.path("description").asText();
        assertTrue(
                description.contains("60000 (60 s) for search and analytics")
                        && description.contains("5000 (5 s) for live"),
                description);

        for (Map.Entry<String, Long> operation : DEFAULT_DELAY.entrySet()) {
            assertEquals(operation.getValue(), consumer(operation.getKey()).getDelay(), operation.getKey());
        }
    }

    @Test
    void liveAloneRunsAtAFixedRateAndTheCatalogDescriptionSaysSo() throws Exception {
        JsonNode option = catalog().path("properties").path("useFixedDelay");
        assertTrue(option.path("defaultValue").asBoolean(), "fixed delay is the default of search and analytics");
        assertTrue(
                option.path("description").asText().contains("live uses a fixed rate (false)"),
                option.path("description").asText());
        assertTrue(consumer("search").isUseFixedDelay());
        assertTrue(consumer("analytics").isUseFixedDelay());
        assertFalse(consumer("live").isUseFixedDelay());
    }

    @Test
    void regionEnumOfTheCatalogIsEveryKnownRegion() throws Exception {
        JsonNode regions = catalog().path("properties").path("region").path("enum");
        assertNotNull(regions);
        assertEquals(
                Arrays.stream(GenesysRegion.values()).map(Enum::name).toList(),
                GenesysJson.mapper().convertValue(regions, java.util.List.class));
    }
}
