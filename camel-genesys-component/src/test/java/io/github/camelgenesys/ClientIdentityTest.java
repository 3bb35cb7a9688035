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
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.ClientMetrics;
import io.github.camelgenesys.client.WireMockGenesys;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * Two client ids that share their first 4 characters (so their shortened labels are equal) are two clients for
 * the health check, the meters and the factory's metrics, and nothing shown anywhere contains either full id.
 */
class ClientIdentityTest {

    private static final String ID_A = "3f2a1111-first-client";
    private static final String ID_B = "3f2a2222-second-client";

    @Test
    void twoClientIdsWithTheSamePrefixGetTwoHealthEntriesAndTwoMeterSetsWithoutShowingEitherId() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StringBuilder shown = new StringBuilder();
        try (WireMockGenesys wm = new WireMockGenesys()) {
            wm.server.stubFor(
                    post(urlEqualTo("/oauth/token")).willReturn(okJson(WireMockGenesys.tokenJson("t", 86400))));
            wm.server.stubFor(get(urlPathEqualTo("/api/v2/users")).willReturn(okJson("{}")));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try (CamelContext camel = new DefaultCamelContext()) {
                camel.getRegistry().bind("meters", meters);
                camel.start();
                GenesysEndpoint a = started(camel, wm, ID_A);
                GenesysEndpoint b = started(camel, wm, ID_B);
                a.getClient().get("/api/v2/users", null, JsonNode.class);
                b.getClient().get("/api/v2/users", null, JsonNode.class);
                b.getClient().get("/api/v2/users", null, JsonNode.class);

                GenesysComponent component = camel.getComponent("genesys", GenesysComponent.class);
                HealthCheck.Result health = component.getHealthCheck().call();
                assertEquals(HealthCheck.State.UP, health.getState());
                assertEquals(2, health.getDetails().get("clients"));
                List<String> entries = health.getDetails().keySet().stream()
                        .filter(k -> k.contains("3f2a***"))
                        .toList();
                assertEquals(2, entries.size(), "one health entry per client id: " + health.getDetails());

                List<FunctionCounter> requests = List.copyOf(meters.find("camel.genesys.requests")
                        .tag("client", "3f2a***")
                        .functionCounters());
                assertEquals(2, requests.size(), "one meter set per client id");
                assertEquals(
                        Set.of(1.0, 2.0),
                        requests.stream().map(FunctionCounter::count).collect(Collectors.toSet()));
                assertEquals(
                        14,
                        meters.getMeters().stream()
                                .filter(m ->
                                        "CamelGenesysClient".equals(m.getId().getTag("kind")))
                                .count(),
                        "7 meters per client id");
                assertNotEquals(
                        requests.get(0).getId().getTag("clientHash"),
                        requests.get(1).getId().getTag("clientHash"));

                List<ClientMetrics> all = component.getClientFactory().allMetrics();
                assertEquals(2, all.size());
                assertEquals(3, all.stream().mapToLong(ClientMetrics::requests).sum());

                shown.append(health.getDetails())
                        .append(health.getMessage().orElse(""))
                        .append(meters.getMeters().stream()
                                .map(m -> m.getId().toString())
                                .toList())
                        .append(all)
                        .append(a.getClient())
                        .append(b.getClient())
                        .append(a.getClientLabel())
                        .append(b.getClientLabel())
                        .append(a.getClient().settings())
                        .append(b.getClient().settings());
            }
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertFalse(log.isEmpty(), "DEBUG output was captured");
        for (String id : List.of(ID_A, ID_B)) {
            assertFalse(shown.toString().contains(id), "full client id shown: " + shown);
            assertFalse(log.contains(id), "full client id in the log");
        }
    }

    @Test
    void metersAfterAComponentRestartCountTheNewClientNotTheStoppedOne() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (WireMockGenesys wm = new WireMockGenesys();
                CamelContext camel = new DefaultCamelContext()) {
            wm.server.stubFor(
                    post(urlEqualTo("/oauth/token")).willReturn(okJson(WireMockGenesys.tokenJson("t", 86400))));
            wm.server.stubFor(get(urlPathEqualTo("/api/v2/users")).willReturn(okJson("{}")));
            camel.getRegistry().bind("meters", meters);
            camel.start();
            GenesysEndpoint endpoint = started(camel, wm, ID_A);
            endpoint.getClient().get("/api/v2/users", null, JsonNode.class);
            assertEquals(
                    1.0, meters.get("camel.genesys.requests").functionCounter().count());

            // what a context restart does: endpoints stop, the component stops, both start again
            endpoint.stop();
            camel.getComponent("genesys").stop();
            assertEquals(0, meters.getMeters().size(), "the stopped component's meters are removed");
            camel.getComponent("genesys").start();
            GenesysEndpoint again = started(camel, wm, ID_A);
            again.getClient().get("/api/v2/users", null, JsonNode.class);
            again.getClient().get("/api/v2/users", null, JsonNode.class);

            assertEquals(
                    2.0, meters.get("camel.genesys.requests").functionCounter().count());
        }
    }

    private static GenesysEndpoint started(CamelContext camel, WireMockGenesys wm, String clientId) {
        GenesysEndpoint e = camel.getEndpoint(
                "genesys:search?apiUrl=" + wm.baseUrl() + "&loginUrl=" + wm.baseUrl()
                        + "&clientId=" + clientId + "&clientSecret=RAW(" + WireMockGenesys.CLIENT_SECRET + ")"
                        + "&rateLimitPerMinute=0",
                GenesysEndpoint.class);
        e.start();
        return e;
    }
}
