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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.WireMockGenesys;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GenesysEndpointClientTest extends CamelTestSupport {

    private final WireMockGenesys wm = new WireMockGenesys();
    private final MeterRegistry meters = new SimpleMeterRegistry();

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

    private String uri(String operation, String extra) {
        return "genesys:" + operation + "?apiUrl=" + wm.baseUrl() + "&loginUrl=" + wm.baseUrl()
                + "&clientId=" + WireMockGenesys.CLIENT_ID + "&clientSecret=RAW(" + WireMockGenesys.CLIENT_SECRET + ")"
                + "&rateLimitPerMinute=0" + extra;
    }

    private GenesysEndpoint started(String uri) throws Exception {
        GenesysEndpoint e = context.getEndpoint(uri, GenesysEndpoint.class);
        e.start();
        return e;
    }

    @Test
    void oneTokenServesSeveralEndpoints() throws Exception {
        wm.stubToken("tok-shared", 86400);
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users")).willReturn(okJson("{}")));
        GenesysEndpoint search = started(uri("search", ""));
        GenesysEndpoint archive = started(uri("archive", "&maxRetries=1"));
        GenesysEndpoint live = started(uri("live", "&delay=5000"));

        search.getClient().get("/api/v2/users", null, JsonNode.class);
        archive.getClient().get("/api/v2/users", null, JsonNode.class);
        live.getClient().get("/api/v2/users", Map.of("a", 1), JsonNode.class);

        assertEquals(1, wm.tokenRequests());
        assertEquals(3, wm.requests(getRequestedFor(urlPathEqualTo("/api/v2/users"))));
        // JMX attributes and Micrometer meters see the shared client id's counters
        assertEquals(3, search.getApiRequests());
        assertEquals(1, live.getTokenRefreshes());
        assertEquals("3f2a***", archive.getClientLabel());
        assertEquals(
                3.0,
                meters.get("camel.genesys.requests")
                        .tag("client", "3f2a***")
                        .functionCounter()
                        .count());
        assertEquals(
                1.0,
                meters.get("camel.genesys.token.refreshes").functionCounter().count());
    }

    @Test
    void clientAndEndpointMetersAreNamedAndTaggedAsCamelNamesItsOwn() throws Exception {
        wm.stubToken("tok-meters", 86400);
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users")).willReturn(okJson("{}")));
        GenesysEndpoint endpoint = started(uri("messaging", ""));
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
        assertEquals(0.0, meters.get("camel.genesys.rate.limit").gauge().value(), "rateLimitPerMinute=0: off");
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

    @Test
    void readinessCheckIsUpWhenATokenWasObtainedAndShowsNoSecret() throws Exception {
        wm.stubToken("tok-health", 86400);
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users")).willReturn(okJson("{}")));
        GenesysEndpoint endpoint = started(uri("search", ""));
        GenesysHealthCheck check = healthCheck();

        HealthCheck.Result result = check.call();

        assertEquals(HealthCheck.State.UP, result.getState());
        assertEquals("genesys", check.getId());
        assertTrue(
                result.getDetails().values().stream()
                        .anyMatch(v -> String.valueOf(v).startsWith("token ok")),
                result.getDetails().toString());
        assertNoSecret(result);
        // the shared client is still usable after the check
        assertEquals(
                200,
                endpoint.getClient().get("/api/v2/users", null, JsonNode.class).status());
        assertEquals(1, wm.tokenRequests());
    }

    @Test
    void readinessCheckIsDownWhenTheLoginHostRefuses() throws Exception {
        wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_client\",\"description\":\"bad\"}")));
        GenesysEndpoint endpoint = started(uri("search", "&verifyCredentialsOnStartup=false"));
        // the check never asks for a token itself: before any call it knows of no failure
        assertEquals(HealthCheck.State.UP, healthCheck().call().getState());
        assertEquals(0, wm.tokenRequests());
        assertThrows(GenesysException.class, () -> endpoint.getClient().get("/api/v2/users", null, JsonNode.class));

        HealthCheck.Result result = healthCheck().call();

        assertEquals(HealthCheck.State.DOWN, result.getState());
        assertEquals(1, wm.tokenRequests(), "the check sent no token request of its own");
        assertNoSecret(result);
    }

    private GenesysHealthCheck healthCheck() {
        return context.getComponent("genesys", GenesysComponent.class).getHealthCheck();
    }

    private static void assertNoSecret(HealthCheck.Result result) {
        String text = result.getCheck().getId() + " " + result.getDetails() + " "
                + result.getMessage().orElse("");
        assertFalse(text.contains(WireMockGenesys.CLIENT_SECRET), text);
        assertFalse(text.contains(WireMockGenesys.CLIENT_ID), text);
        assertFalse(text.contains("tok-health"), text);
    }
}
