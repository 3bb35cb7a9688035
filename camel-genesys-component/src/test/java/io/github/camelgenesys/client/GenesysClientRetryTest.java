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
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GenesysClientRetryTest {

    private static final String PATH = "/api/v2/analytics/conversations/details/query";
    private static final String JOBS = "/api/v2/analytics/conversations/details/jobs";
    private static final String TOO_MANY = "{\"message\":\"Rate limit exceeded the maximum. Retry the request in [%s]"
            + " seconds\",\"code\":\"too.many.requests.retry.after\",\"status\":429,\"details\":[],\"errors\":[]}";

    private WireMockGenesys wm;
    private FakeTime time;
    private GenesysClientFactory factory;

    @BeforeEach
    void start() {
        wm = new WireMockGenesys();
        wm.stubToken("tok-1", 86400);
        time = new FakeTime();
        // jitter 0.999: full-jitter delays sit at the top of their (growing) range
        factory = new GenesysClientFactory(time, () -> 0.999, 10);
    }

    @AfterEach
    void stop() {
        factory.close();
        wm.close();
    }

    /** First response {@code first}, then 200. */
    private void stubThenOk(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        wm.server.stubFor(any(urlPathEqualTo(path))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("ok"));
        wm.server.stubFor(any(urlPathEqualTo(path))
                .inScenario("s")
                .whenScenarioStateIs("ok")
                .willReturn(okJson("{\"totalHits\":0}").withStatus(path.equals(JOBS) ? 202 : 200)));
    }

    private int apiCalls(String path) {
        return wm.requests(anyRequestedFor(urlPathEqualTo(path)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tooMany(String retryAfter) {
        var r = aResponse()
                .withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withHeader("ININ-Correlation-Id", "corr-429")
                .withBody(String.format(TOO_MANY, retryAfter));
        return retryAfter == null ? r : r.withHeader("Retry-After", retryAfter);
    }

    @Test
    void tooManyRequestsWaitsRetryAfterSecondsThenSucceeds() {
        stubThenOk(PATH, tooMany("7"));
        GenesysClient client = factory.client(wm.settings().build());

        GenesysResponse<JsonNode> r = client.post(PATH, Map.of("interval", "x"), JsonNode.class);

        assertEquals(200, r.status());
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
        assertEquals(2, apiCalls(PATH));
        assertEquals(1, client.metrics().rateLimited());
        assertEquals(1, client.metrics().retries());
    }

    @Test
    void tooManyRequestsHonoursAnHttpDateRetryAfter() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTime.START.plusSeconds(20).atOffset(ZoneOffset.UTC));
        stubThenOk(PATH, tooMany(date));
        GenesysClient client = factory.client(wm.settings().build());

        assertEquals(200, client.post(PATH, "{}", JsonNode.class).status());

        assertEquals(List.of(Duration.ofSeconds(20)), time.sleeps());
    }

    @Test
    void tooManyRequestsFallsBackToRateLimitResetThenToThreeSeconds() {
        stubThenOk(PATH, tooMany(null).withHeader("inin-ratelimit-reset", "11"));
        GenesysClient client = factory.client(wm.settings().build());
        client.get(PATH, null, JsonNode.class);
        assertEquals(List.of(Duration.ofSeconds(11)), time.sleeps());

        wm.server.resetScenarios();
        wm.server.resetRequests();
        wm.server.stubFor(any(urlPathEqualTo(PATH))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(tooMany(null))
                .willSetStateTo("ok"));
        client.get(PATH, null, JsonNode.class);
        assertEquals(Duration.ofSeconds(3), time.sleeps().get(1));
    }

    @Test
    void retryAfterAboveMaxRetryAfterFailsFastWithTheValue() {
        stubThenOk(PATH, tooMany("600"));
        GenesysClient client = factory.client(
                wm.settings().maxRetryAfter(Duration.ofSeconds(180)).build());

        GenesysException e = assertThrows(GenesysException.class, () -> client.post(PATH, "{}", JsonNode.class));

        assertEquals(429, e.getStatus());
        assertEquals("too.many.requests.retry.after", e.getCode());
        assertEquals(Duration.ofSeconds(600), e.getRetryAfter());
        assertEquals("corr-429", e.getCorrelationId());
        assertTrue(e.getMessage().contains("600"), e.getMessage());
        assertEquals(1, apiCalls(PATH));
        assertTrue(time.sleeps().isEmpty());
    }

    @Test
    void serverErrorsAreRetriedWithGrowingDelaysThenFailWithTheStatus() {
        wm.server.stubFor(any(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("inin-ratelimit-reset", "60")
                        .withBody("{\"code\":\"service.unavailable\",\"status\":503,\"message\":\"down\"}")));
        GenesysClient client = factory.client(wm.settings()
                .maxRetries(3)
                .retryInitialDelay(Duration.ofSeconds(1))
                .build());

        GenesysException e = assertThrows(GenesysException.class, () -> client.get(PATH, null, JsonNode.class));

        assertEquals(503, e.getStatus());
        assertEquals("service.unavailable", e.getCode());
        assertEquals(4, e.getAttempts());
        assertEquals(4, apiCalls(PATH));
        List<Duration> sleeps = time.sleeps();
        assertEquals(3, sleeps.size());
        assertTrue(
                sleeps.get(0).compareTo(sleeps.get(1)) < 0 && sleeps.get(1).compareTo(sleeps.get(2)) < 0,
                "growing delays: " + sleeps);
    }

    @Test
    void connectionResetsAreRetriedThenFailWithAConnectionError() {
        wm.server.stubFor(any(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        GenesysClient client = factory.client(wm.settings().maxRetries(2).build());

        GenesysException e = assertThrows(GenesysException.class, () -> client.get(PATH, null, JsonNode.class));

        assertEquals(0, e.getStatus());
        assertEquals(GenesysException.CODE_CONNECTION_FAILED, e.getCode());
        assertEquals(3, apiCalls(PATH));
        assertEquals(2, time.sleeps().size());
        assertTrue(time.sleeps().get(0).compareTo(time.sleeps().get(1)) < 0, "growing delays: " + time.sleeps());
    }

    @Test
    void idempotentQueryIsReplayedAfterAConnectionReset() {
        stubThenOk(PATH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        GenesysClient client = factory.client(wm.settings().build());

        assertEquals(200, client.post(PATH, "{}", JsonNode.class).status());
        assertEquals(2, apiCalls(PATH));
    }

    @Test
    void jobCreationIsNotReplayedAfterAConnectionReset() {
        stubThenOk(JOBS, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        GenesysClient client = factory.client(wm.settings().build());

        GenesysException e = assertThrows(
                GenesysException.class, () -> client.postCreate(JOBS, Map.of("interval", "x"), JsonNode.class));

        assertEquals(GenesysException.CODE_NOT_REPLAYED, e.getCode());
        assertEquals(1, apiCalls(JOBS), "the server saw the job creation exactly once");
    }

    @Test
    void jobCreationIsRetriedAfterServiceUnavailable() {
        stubThenOk(JOBS, aResponse().withStatus(503));
        GenesysClient client = factory.client(wm.settings().build());

        GenesysResponse<JsonNode> r = client.postCreate(JOBS, Map.of("interval", "x"), JsonNode.class);

        assertEquals(202, r.status());
        assertEquals(2, apiCalls(JOBS));
    }

    @Test
    void httpClientsOwnRetriesAreOffSoMaxRetriesZeroSendsOnce() {
        wm.server.stubFor(any(urlPathEqualTo(PATH)).willReturn(tooMany("1")));
        GenesysClient client = factory.client(wm.settings().maxRetries(0).build());

        GenesysException e = assertThrows(GenesysException.class, () -> client.get(PATH, null, JsonNode.class));

        assertEquals(429, e.getStatus());
        assertEquals(1, apiCalls(PATH), "HttpClient 5 must not retry (or honour Retry-After) on its own");
        assertTrue(time.sleeps().isEmpty());
    }

    @Test
    void maxRetryTimeBoundsTheRetries() {
        wm.server.stubFor(any(urlPathEqualTo(PATH)).willReturn(tooMany("100")));
        GenesysClient client = factory.client(wm.settings()
                .maxRetries(10)
                .maxRetryTime(Duration.ofSeconds(150))
                .build());

        GenesysException e = assertThrows(GenesysException.class, () -> client.get(PATH, null, JsonNode.class));

        assertEquals(429, e.getStatus());
        assertEquals(2, apiCalls(PATH), "one retry fits in 150 s, a second would not");
        assertEquals(Duration.ofSeconds(100), e.getRetryAfter());
    }

    @Test
    void unavailableLoginHostIsRetriedLikeTheApi() {
        wm.reset();
        wm.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/oauth/token"))
                .inScenario("login")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        wm.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/oauth/token"))
                .inScenario("login")
                .whenScenarioStateIs("up")
                .willReturn(okJson(WireMockGenesys.tokenJson("tok-1", 86400))));
        wm.server.stubFor(any(urlPathEqualTo(PATH)).willReturn(okJson("{}")));
        GenesysClient client = factory.client(wm.settings().build());

        assertEquals(200, client.get(PATH, null, JsonNode.class).status());
        assertEquals(2, wm.tokenRequests());
        assertEquals(1, time.sleeps().size());
    }

    @Test
    void htmlErrorPageGivesStatusAndSnippet() {
        wm.server.stubFor(any(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>")));
        GenesysClient client = factory.client(wm.settings().maxRetries(0).build());

        GenesysException e = assertThrows(GenesysException.class, () -> client.get(PATH, null, JsonNode.class));

        assertEquals(502, e.getStatus());
        assertEquals(GenesysException.CODE_UNPARSEABLE_ERROR, e.getCode());
        assertTrue(e.getBodySnippet().contains("502 Bad Gateway"), e.getBodySnippet());
        assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
    }

    @Test
    void forbiddenErrorBodyGivesCodeDetailsAndMissingPermissions() {
        wm.server.stubFor(any(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("ININ-Correlation-Id", "corr-403")
                        .withBody("{\"message\":\"You are missing the following permission(s): "
                                + "[analytics:conversationDetail:view]\",\"code\":\"missing.any.permissions\",\"status\":403,"
                                + "\"contextId\":\"corr-403\",\"details\":[{\"errorCode\":\"x\",\"fieldName\":\"f\"}],"
                                + "\"errors\":[],\"unknownField\":1}")));
        GenesysClient client = factory.client(wm.settings().build());

        GenesysException e = assertThrows(GenesysException.class, () -> client.get(PATH, null, JsonNode.class));

        assertEquals(403, e.getStatus());
        assertEquals("missing.any.permissions", e.getCode());
        assertEquals("corr-403", e.getCorrelationId());
        assertEquals(List.of("analytics:conversationDetail:view"), e.getMissingPermissions());
        assertEquals("f", e.getDetails().get(0).fieldName());
        assertNull(e.getBodySnippet());
        assertEquals(1, apiCalls(PATH), "4xx other than 401/429 is not retried");
    }
}
