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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the embedded Genesys Cloud simulator (real OAuth, per-token rate limit, faults). */
class GenesysClientSimulatorTest {

    private static final String QUEUES = "/api/v2/routing/queues";

    private GenesysCloudSimulator sim;
    private GenesysClientFactory factory;

    @AfterEach
    void stop() {
        if (factory != null) {
            factory.close();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    private GenesysClientSettings.Builder settings(String baseUrl) {
        return GenesysClientSettings.builder()
                .apiUrl(baseUrl)
                .loginUrl(baseUrl)
                .clientId(sim.clientId())
                .clientSecret(sim.clientSecret());
    }

    private static int burst(GenesysClient client, int requests, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                results.add(pool.submit(() -> {
                    try {
                        return client.get(QUEUES, Map.of("pageSize", 1), JsonNode.class)
                                .status();
                    } catch (GenesysException e) {
                        return e.getStatus();
                    }
                }));
            }
            int ok = 0;
            for (Future<Integer> f : results) {
                if (f.get(2, TimeUnit.MINUTES) == 200) {
                    ok++;
                }
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void burstOfAThousandWithTheLimiterAtTheServersLimitGetsNo429() throws Exception {
        sim = GenesysCloudSimulator.builder().rateLimitPerMinute(12_000).build();
        String baseUrl = sim.start();
        factory = new GenesysClientFactory();
        GenesysClient client = factory.client(
                settings(baseUrl).rateLimitPerMinute(12_000).maxRetries(0).build());

        int ok = burst(client, 1000, 20);

        assertEquals(1000, ok);
        assertEquals(0, sim.stats().rateLimited429());
        assertEquals(1000, sim.stats().requestCount("GET " + QUEUES, 200));
        assertEquals(1, sim.stats().tokensIssued());
        assertEquals(0, client.metrics().rateLimited());
    }

    @Test
    void withoutTheLimiterTheSameKindOfBurstIsRateLimitedByTheSimulator() throws Exception {
        sim = GenesysCloudSimulator.builder().rateLimitPerMinute(300).build();
        String baseUrl = sim.start();
        factory = new GenesysClientFactory();
        GenesysClient client = factory.client(
                settings(baseUrl).rateLimitPerMinute(0).maxRetries(0).build());

        int ok = burst(client, 400, 20);

        assertTrue(ok < 400, "the simulator enforces its limit: " + ok);
        assertTrue(sim.stats().rateLimited429() > 0);
    }

    @Test
    void revokedTokenMidRunCausesOneRefreshAndTheCallSucceeds() {
        sim = GenesysCloudSimulator.builder().build();
        String baseUrl = sim.start();
        factory = new GenesysClientFactory();
        GenesysClient client = factory.client(settings(baseUrl).build());
        assertEquals(200, client.get(QUEUES, null, JsonNode.class).status());

        sim.revokeAllTokens();

        assertEquals(200, client.get(QUEUES, null, JsonNode.class).status());
        assertEquals(2, sim.stats().tokensIssued());
        assertEquals(1, sim.stats().requestCount("GET " + QUEUES, 401));
        assertEquals(2, sim.stats().requestCount("GET " + QUEUES, 200));
    }

    @Test
    void shortLivedTokenIsReplacedBeforeItExpires() {
        sim = GenesysCloudSimulator.builder().tokenTtl(Duration.ofMinutes(10)).build();
        String baseUrl = sim.start();
        FakeTime time = new FakeTime();
        factory = new GenesysClientFactory(time, () -> 0.5, 10);
        GenesysClient client = factory.client(settings(baseUrl)
                .rateLimitPerMinute(0)
                .tokenRefreshMargin(Duration.ofSeconds(60))
                .build());

        client.get(QUEUES, null, JsonNode.class);
        time.advance(Duration.ofMinutes(9).plusSeconds(1));
        client.get(QUEUES, null, JsonNode.class);

        assertEquals(2, sim.stats().tokensIssued());
        assertEquals(0, sim.stats().requestCount("GET " + QUEUES, 401));
    }

    @Test
    void scriptedServiceUnavailableIsRetriedWithGrowingDelays() {
        sim = GenesysCloudSimulator.builder().build();
        String baseUrl = sim.start();
        sim.faults().next(3).on("GET", QUEUES).status(503);
        FakeTime time = new FakeTime();
        factory = new GenesysClientFactory(time, () -> 0.999, 10);
        GenesysClient client =
                factory.client(settings(baseUrl).rateLimitPerMinute(0).build());

        assertEquals(200, client.get(QUEUES, null, JsonNode.class).status());

        assertEquals(3, sim.stats().requestCount("GET " + QUEUES, 503));
        assertEquals(3, time.sleeps().size());
        assertTrue(
                time.sleeps().get(0).compareTo(time.sleeps().get(2)) < 0,
                time.sleeps().toString());
    }

    @Test
    void jobCreationIsNotReplayedAfterAConnectionReset() {
        sim = GenesysCloudSimulator.builder().build();
        String baseUrl = sim.start();
        String jobs = "/api/v2/analytics/conversations/details/jobs";
        sim.faults().next(1).on("POST", jobs).connectionReset();
        factory = new GenesysClientFactory(new FakeTime(), () -> 0.5, 10);
        GenesysClient client =
                factory.client(settings(baseUrl).rateLimitPerMinute(0).build());

        GenesysException e = assertThrows(
                GenesysException.class,
                () -> client.postCreate(
                        jobs, Map.of("interval", "2026-11-01T00:00:00Z/2026-11-02T00:00:00Z"), JsonNode.class));

        assertEquals(GenesysException.CODE_NOT_REPLAYED, e.getCode());
        assertEquals(0, sim.stats().requestCount("POST " + jobs, 202), "no job was created by a replay");
    }
}
