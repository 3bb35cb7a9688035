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

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.WireMockGenesys;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The meters follow camel-micrometer's naming: camel.-prefixed dotted lower case, tagged camelContext and kind. */
class MicrometerNamingTest extends CamelTestSupport {

    private final WireMockGenesys wm = new WireMockGenesys();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext ctx = super.createCamelContext();
        ctx.getRegistry().bind("meters", meters);
        return ctx;
    }

    @AfterEach
    void stopWireMock() {
        wm.close();
    }

    @Test
    void clientAndEndpointMetersAreNamedAndTaggedAsCamelNamesItsOwn() throws Exception {
        wm.stubToken("tok-meters", 86400);
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users")).willReturn(okJson("{}")));
        GenesysEndpoint endpoint = context.getEndpoint(
                "genesys:messaging?apiUrl=" + wm.baseUrl() + "&loginUrl=" + wm.baseUrl() + "&clientId="
                        + WireMockGenesys.CLIENT_ID + "&clientSecret=RAW(" + WireMockGenesys.CLIENT_SECRET + ")"
                        + "&rateLimitPerMinute=120",
                GenesysEndpoint.class);
        endpoint.start();
        endpoint.getClient().get("/api/v2/users", null, JsonNode.class);

        Set<String> names = meters.getMeters().stream()
                .map(m -> m.getId().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                new TreeSet<>(Set.of(
                        "camel.genesys.requests",
                        "camel.genesys.retries",
                        "camel.genesys.rate.limited",
                        "camel.genesys.token.refreshes",
                        "camel.genesys.limiter.wait",
                        "camel.genesys.rate.limit",
                        "camel.genesys.token.failures",
                        "camel.genesys.records.delivered",
                        "camel.genesys.failures",
                        "camel.genesys.jobs.inflight")),
                names);
        for (Meter m : meters.getMeters()) {
            assertEquals(
                    context.getName(),
                    m.getId().getTag("camelContext"),
                    m.getId().toString());
            assertTrue(
                    m.getId().getName().matches("camel(\\.[a-z]+)+"), m.getId().getName());
        }
        assertEquals(
                1.0,
                meters.get("camel.genesys.requests")
                        .tag("kind", "CamelGenesysClient")
                        .functionCounter()
                        .count());
        assertEquals(120.0, meters.get("camel.genesys.rate.limit").gauge().value());
        String endpointName = meters.get("camel.genesys.records.delivered")
                .functionCounter()
                .getId()
                .getTag("endpointName");
        assertTrue(endpointName.startsWith("genesys://messaging?"), endpointName);
        String shown =
                meters.getMeters().stream().map(m -> m.getId().toString()).collect(Collectors.joining());
        assertFalse(shown.contains(WireMockGenesys.CLIENT_SECRET), shown);
        assertFalse(shown.contains(WireMockGenesys.CLIENT_ID), shown);
    }
}
