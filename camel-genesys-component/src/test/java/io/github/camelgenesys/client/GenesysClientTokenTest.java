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
package io.github.camelgenesys.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GenesysClientTokenTest {

    private WireMockGenesys wm;
    private FakeTime time;
    private GenesysClientFactory factory;

    @BeforeEach
    void start() {
        wm = new WireMockGenesys();
        time = new FakeTime();
        factory = new GenesysClientFactory(time, () -> 0.5, 60);
    }

    @AfterEach
    void stop() {
        factory.close();
        wm.close();
    }

    private void stubUsers(String token) {
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson("{\"entities\":[],\"token\":\"seen\"}")));
    }

    @Test
    void oneTokenServesSeveralClientsOfTheSameClientId() {
        wm.stubToken("tok-1", 86400);
        stubUsers("tok-1");
        GenesysClient a = factory.client(wm.settings().maxRetries(1).build());
        GenesysClient b = factory.client(wm.settings().maxRetries(3).build());

        a.get("/api/v2/users", Map.of("pageSize", 1), JsonNode.class);
        b.get("/api/v2/users", null, JsonNode.class);
        a.get("/api/v2/users", null, JsonNode.class);

        assertEquals(1, wm.tokenRequests());
        assertEquals(3, wm.requests(getRequestedFor(urlPathEqualTo("/api/v2/users"))));
        assertEquals(1, factory.metrics(WireMockGenesys.CLIENT_ID).tokenRefreshes());
    }

    @Test
    void tokenIsRefreshedTokenRefreshMarginBeforeExpiry() {
        wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(WireMockGenesys.tokenJson("tok-1", 600)))
                .willSetStateTo("second"));
        wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                .inScenario("t")
                .whenScenarioStateIs("second")
                .willReturn(okJson(WireMockGenesys.tokenJson("tok-2", 600))));
        stubUsers("tok-1");
        stubUsers("tok-2");
        GenesysClient client = factory.client(
                wm.settings().tokenRefreshMargin(Duration.ofSeconds(60)).build());

        client.get("/api/v2/users", null, JsonNode.class);
        time.advance(Duration.ofSeconds(539));
        client.get("/api/v2/users", null, JsonNode.class);
        assertEquals(1, wm.tokenRequests(), "still inside the margin: no refresh yet");
        time.advance(Duration.ofSeconds(2)); // 541 s: less than 60 s before expiry
        client.get("/api/v2/users", null, JsonNode.class);

        assertEquals(2, wm.tokenRequests());
        assertEquals(
                1,
                wm.requests(getRequestedFor(urlPathEqualTo("/api/v2/users"))
                        .withHeader("Authorization", equalTo("Bearer tok-2"))));
    }

    @Test
    void unauthorizedMidRunRefreshesOnceAndReplaysTheCall() {
        wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(WireMockGenesys.tokenJson("tok-1", 86400)))
                .willSetStateTo("second"));
        wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                .inScenario("t")
                .whenScenarioStateIs("second")
                .willReturn(okJson(WireMockGenesys.tokenJson("tok-2", 86400))));
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users"))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"credentials.expired\",\"status\":401,\"message\":\"expired\"}")));
        stubUsers("tok-2");
        GenesysClient client = factory.client(wm.settings().build());

        GenesysResponse<JsonNode> r = client.get("/api/v2/users", null, JsonNode.class);

        assertEquals(200, r.status());
        assertEquals(2, wm.tokenRequests());
        assertEquals(2, wm.requests(getRequestedFor(urlPathEqualTo("/api/v2/users"))));
    }

    @Test
    void secondUnauthorizedAfterTheRefreshFailsWithTheStatus() {
        wm.stubToken("tok-1", 86400);
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"bad.credentials\",\"status\":401,\"message\":\"no\"}")));
        GenesysClient client = factory.client(wm.settings().build());

        GenesysException e =
                assertThrows(GenesysException.class, () -> client.get("/api/v2/users", null, JsonNode.class));

        assertEquals(401, e.getStatus());
        assertEquals("bad.credentials", e.getCode());
        assertEquals(2, wm.tokenRequests());
        assertEquals(2, wm.requests(getRequestedFor(urlPathEqualTo("/api/v2/users"))));
    }

    @Test
    void fiftyConcurrentCallersOnAnExpiredTokenCauseExactlyOneTokenRequest() throws Exception {
        wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                .willReturn(okJson(WireMockGenesys.tokenJson("tok-1", 600)).withFixedDelay(200)));
        stubUsers("tok-1");
        GenesysClient client = factory.client(wm.settings().build());
        client.get("/api/v2/users", null, JsonNode.class);
        assertEquals(1, wm.tokenRequests());
        time.advance(Duration.ofSeconds(601)); // expired

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return client.get("/api/v2/users", null, JsonNode.class).status();
            }));
        }
        go.countDown();
        for (Future<Integer> f : results) {
            assertEquals(200, f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(2, wm.tokenRequests(), "one initial token + exactly one refresh for 50 callers");
        assertEquals(51, wm.requests(getRequestedFor(urlPathEqualTo("/api/v2/users"))));
    }

    @Test
    void rejectedCredentialsGiveATokenFailureWithoutTheSecret() {
        wm.server.stubFor(post(urlEqualTo("/oauth/token"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_client\",\"description\":\"client not found\"}")));
        GenesysClient client = factory.client(wm.settings().build());

        GenesysException e =
                assertThrows(GenesysException.class, () -> client.get("/api/v2/users", null, JsonNode.class));

        assertEquals(401, e.getStatus());
        assertEquals(GenesysException.CODE_TOKEN_FAILED, e.getCode());
        assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
        assertFalse(e.getMessage().contains(WireMockGenesys.CLIENT_SECRET));
        assertFalse(e.getMessage().contains(WireMockGenesys.CLIENT_ID), "client id is shown shortened only");
    }

    @Test
    void settingsToStringMasksSecrets() {
        String text = wm.settings()
                .proxyHost("proxy.local")
                .proxyPort(3128)
                .proxyUsername("bob")
                .proxyPassword("pr0xy-pass")
                .build()
                .toString();
        assertFalse(text.contains(WireMockGenesys.CLIENT_SECRET), text);
        assertFalse(text.contains("pr0xy-pass"), text);
        assertTrue(text.contains("******"), text);
    }
}
