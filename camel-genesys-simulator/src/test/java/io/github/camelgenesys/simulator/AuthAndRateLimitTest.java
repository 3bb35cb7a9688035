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
package io.github.camelgenesys.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.simulator.auth.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthAndRateLimitTest {
    private static final String DETAILS = "/api/v2/analytics/conversations/details/query";
    private static final String BODY = "{\"interval\":\"2026-01-01T00:00:00Z/2026-01-02T00:00:00Z\"}";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private GenesysCloudSimulator sim;

    private String start(GenesysCloudSimulator.Builder builder) {
        sim = builder.clock(clock).conversations(1000).liveRatePerMinute(0).build();
        return sim.start();
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void issuesBearerTokenForBasicAuthAndForFormFields() {
        String url = start(GenesysCloudSimulator.builder().tokenTtl(Duration.ofSeconds(600)));
        ApiClient.Reply basic = new ApiClient(url).login(sim.clientId(), sim.clientSecret());
        assertEquals(200, basic.status());
        assertEquals("bearer", basic.json().get("token_type").asText());
        assertEquals(600, basic.json().get("expires_in").asInt());
        ApiClient.Reply form = new ApiClient(url)
                .loginWithForm("grant_type=client_credentials&client_id=" + sim.clientId() + "&client_secret="
                        + sim.clientSecret());
        assertEquals(200, form.status());
        assertEquals(2, sim.stats().tokensIssued());
    }

    @Test
    void wrongSecretGetsOAuthError401() {
        String url = start(GenesysCloudSimulator.builder());
        ApiClient.Reply reply = new ApiClient(url).login(sim.clientId(), "wrong");
        assertEquals(401, reply.status());
        assertEquals("invalid_client", reply.json().get("error").asText());
        assertEquals(0, sim.stats().tokensIssued());
    }

    @Test
    void apiCallWithoutTokenOrWithUnknownTokenGets401ErrorBody() {
        String url = start(GenesysCloudSimulator.builder());
        ApiClient.Reply none = new ApiClient(url).post(DETAILS, BODY);
        assertEquals(401, none.status());
        assertEquals("authentication.required", none.json().get("code").asText());
        assertEquals(
                none.header("ININ-Correlation-Id"), none.json().get("contextId").asText());
        ApiClient.Reply unknown = new ApiClient(url).withToken("nope").post(DETAILS, BODY);
        assertEquals("bad.credentials", unknown.json().get("code").asText());
    }

    @Test
    void expiredTokenGets401AndNewTokenWorks() {
        String url = start(GenesysCloudSimulator.builder().tokenTtl(Duration.ofMinutes(5)));
        ApiClient client = ApiClient.authorized(sim, url);
        assertEquals(200, client.post(DETAILS, BODY).status());
        clock.advance(Duration.ofMinutes(5));
        ApiClient.Reply expired = client.post(DETAILS, BODY);
        assertEquals(401, expired.status());
        assertEquals("credentials.expired", expired.json().get("code").asText());
        assertEquals(200, ApiClient.authorized(sim, url).post(DETAILS, BODY).status());
    }

    @Test
    void revokedTokensGet401() {
        String url = start(GenesysCloudSimulator.builder());
        ApiClient client = ApiClient.authorized(sim, url);
        sim.revokeAllTokens();
        assertEquals(401, client.post(DETAILS, BODY).status());
    }

    @Test
    void clientWithoutPermissionGets403NamingThePermission() {
        String url = start(GenesysCloudSimulator.builder());
        sim.addClient("limited", "s3cret", Set.of("analytics:conversationAggregate:view"));
        ApiClient client = new ApiClient(url);
        client.withToken(
                client.login("limited", "s3cret").json().get("access_token").asText());
        ApiClient.Reply reply = client.post(DETAILS, BODY);
        assertEquals(403, reply.status());
        assertEquals("missing.permissions", reply.json().get("code").asText());
        assertTrue(reply.json().get("message").asText().contains("analytics:conversationDetail:view"));
    }

    @Test
    void exceedingRateLimitGetsNormalized429WithRetryAfterAndHeadersOnEveryResponse() {
        String url = start(GenesysCloudSimulator.builder().rateLimitPerMinute(3));
        ApiClient client = ApiClient.authorized(sim, url);
        for (int i = 1; i <= 3; i++) {
            ApiClient.Reply ok = client.post(DETAILS, BODY);
            assertEquals(200, ok.status());
            assertEquals(String.valueOf(i), ok.header("inin-ratelimit-count"));
            assertEquals("3", ok.header("inin-ratelimit-allowed"));
            assertNotNull(ok.header("inin-ratelimit-reset"));
            assertNotNull(ok.header("ININ-Correlation-Id"));
        }
        ApiClient.Reply limited = client.post(DETAILS, BODY);
        assertEquals(429, limited.status());
        assertEquals("too.many.requests.retry.after", limited.json().get("code").asText());
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1);
        assertEquals(
                "Rate limit exceeded the maximum. Retry the request in [" + retryAfter + "] seconds",
                limited.json().get("message").asText());
        assertEquals(1, sim.stats().rateLimited429());
        clock.advance(Duration.ofSeconds(retryAfter));
        assertEquals(200, client.post(DETAILS, BODY).status());
    }

    @Test
    void fixedWindowIsTheDefaultCountsUpAndFreesTheWholeAllowanceAtTheReset() {
        String url = start(GenesysCloudSimulator.builder().rateLimitPerMinute(3));
        ApiClient client = ApiClient.authorized(sim, url);
        ApiClient.Reply first = client.post(DETAILS, BODY);
        assertEquals("1", first.header("inin-ratelimit-count"));
        assertEquals("60", first.header("inin-ratelimit-reset"), "the window starts with the first request");
        clock.advance(Duration.ofSeconds(22));
        assertEquals("38", client.post(DETAILS, BODY).header("inin-ratelimit-reset"), "the reset counts down");
        clock.advance(Duration.ofSeconds(30));
        assertEquals("3", client.post(DETAILS, BODY).header("inin-ratelimit-count"));
        ApiClient.Reply limited = client.post(DETAILS, BODY);
        assertEquals(429, limited.status());
        assertEquals("8", limited.header("Retry-After"), "until the window ends");
        assertEquals("8", limited.header("inin-ratelimit-reset"));
        assertEquals("3", limited.header("inin-ratelimit-count"), "a 429 does not use the allowance");
        clock.advance(Duration.ofSeconds(8));
        for (int i = 1; i <= 3; i++) {
            ApiClient.Reply ok = client.post(DETAILS, BODY);
            assertEquals(200, ok.status(), "the whole allowance is free again");
            assertEquals(String.valueOf(i), ok.header("inin-ratelimit-count"));
        }
    }

    @Test
    void slidingWindowFreesOneRequestWhenTheOldestLeavesTheWindow() {
        String url = start(
                GenesysCloudSimulator.builder().rateLimitPerMinute(2).rateLimitModel(RateLimiter.Model.SLIDING_WINDOW));
        ApiClient client = ApiClient.authorized(sim, url);
        assertEquals(200, client.post(DETAILS, BODY).status());
        clock.advance(Duration.ofSeconds(30));
        ApiClient.Reply second = client.post(DETAILS, BODY);
        assertEquals("2", second.header("inin-ratelimit-count"));
        assertEquals("30", second.header("inin-ratelimit-reset"), "until the oldest request leaves");
        assertEquals(429, client.post(DETAILS, BODY).status());
        clock.advance(Duration.ofSeconds(30));
        ApiClient.Reply third = client.post(DETAILS, BODY);
        assertEquals(200, third.status());
        assertEquals("2", third.header("inin-ratelimit-count"), "one left the window, one came in");
        assertEquals(429, client.post(DETAILS, BODY).status(), "only one request was freed");
    }

    @Test
    void tokenBucketAllowsABurstThenRefillsContinuously() {
        String url = start(
                GenesysCloudSimulator.builder().rateLimitPerMinute(60).rateLimitModel(RateLimiter.Model.TOKEN_BUCKET));
        ApiClient client = ApiClient.authorized(sim, url);
        for (int i = 0; i < 60; i++) {
            assertEquals(200, client.post(DETAILS, BODY).status());
        }
        ApiClient.Reply limited = client.post(DETAILS, BODY);
        assertEquals(429, limited.status());
        assertEquals("1", limited.header("Retry-After"), "one request refills per second");
        assertEquals("60", limited.header("inin-ratelimit-reset"), "until the bucket is full");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(200, client.post(DETAILS, BODY).status());
        assertEquals(200, client.post(DETAILS, BODY).status());
        assertEquals(429, client.post(DETAILS, BODY).status());
    }

    @Test
    void tokensOfOneClientShareTheCountUnlessTheScopeIsToken() {
        String url = start(GenesysCloudSimulator.builder().rateLimitPerMinute(1));
        assertEquals(200, ApiClient.authorized(sim, url).post(DETAILS, BODY).status());
        ApiClient.Reply second = ApiClient.authorized(sim, url).post(DETAILS, BODY);
        assertEquals(429, second.status(), "a second token of the same client shares the count");
        sim.stop();

        url = start(GenesysCloudSimulator.builder().rateLimitPerMinute(1).rateLimitScope(RateLimiter.Scope.TOKEN));
        assertEquals(200, ApiClient.authorized(sim, url).post(DETAILS, BODY).status());
        assertEquals(200, ApiClient.authorized(sim, url).post(DETAILS, BODY).status(), "each token has its own count");
    }

    @Test
    void aShortWindowForTestsCountsTheSameWay() {
        String url =
                start(GenesysCloudSimulator.builder().rateLimitPerMinute(2).rateLimitWindow(Duration.ofSeconds(5)));
        ApiClient client = ApiClient.authorized(sim, url);
        assertEquals("5", client.post(DETAILS, BODY).header("inin-ratelimit-reset"));
        assertEquals(200, client.post(DETAILS, BODY).status());
        assertEquals(429, client.post(DETAILS, BODY).status());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(200, client.post(DETAILS, BODY).status());
    }
}
