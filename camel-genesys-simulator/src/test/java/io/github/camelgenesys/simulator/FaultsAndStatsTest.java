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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsAndStatsTest {
    private static final String DETAILS = "/api/v2/analytics/conversations/details/query";
    private static final String BODY = "{\"interval\":\"2026-01-01T00:00:00Z/2026-01-02T00:00:00Z\"}";
    private GenesysCloudSimulator sim;
    private String url;
    private ApiClient client;

    @BeforeEach
    void start() {
        sim = GenesysCloudSimulator.builder()
                .clock(new MutableClock(Instant.parse("2026-01-10T00:00:00Z")))
                .conversations(500)
                .liveRatePerMinute(0)
                .build();
        url = sim.start();
        client = ApiClient.authorized(sim, url);
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void scriptedStatusFaultsHitOnlyTheNextNMatchingCalls() {
        sim.faults().next(2).on("POST", DETAILS).status(503);
        ApiClient.Reply first = client.post(DETAILS, BODY);
        assertEquals(503, first.status());
        assertEquals("service.unavailable", first.json().get("code").asText());
        assertNotNull(first.header("ININ-Correlation-Id"));
        assertEquals(503, client.post(DETAILS, BODY).status());
        assertEquals(200, client.post(DETAILS, BODY).status());
        assertEquals(2, sim.stats().requestCount("POST " + DETAILS, 503));
        assertEquals(1, sim.stats().requestCount("POST " + DETAILS, 200));
    }

    @Test
    void scripted429CarriesRetryAfterAndIsCounted() {
        sim.faults().next(1).on("*", "/api/v2/analytics/**").status(429);
        ApiClient.Reply reply = client.post(DETAILS, BODY);
        assertEquals(429, reply.status());
        assertEquals("1", reply.header("Retry-After"));
        assertEquals(
                "Rate limit exceeded the maximum. Retry the request in [1] seconds",
                reply.json().get("message").asText());
        assertEquals(1, sim.stats().rateLimited429());
        assertNull(reply.header("Matched-Stub-Id"), "no WireMock header");
    }

    @Test
    void concurrentCallsConsumeAScriptedBurstExactlyOnceAndEveryAnswerIsCountedBeforeTheClientHasIt() throws Exception {
        sim.faults().next(8).on("POST", DETAILS).status(503);
        int threads = 8;
        int callsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger seen503 = new AtomicInteger();
        AtomicInteger countedLate = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < callsEach; i++) {
                        if (client.post(DETAILS, BODY).status() == 503) {
                            int mine = seen503.incrementAndGet();
                            if (sim.stats().requestCount("POST " + DETAILS, 503) < mine) {
                                countedLate.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, seen503.get(), "the burst is served exactly once across threads");
        assertEquals(0, countedLate.get(), "a 503 is in the stats by the time the client has it");
        assertEquals(8, sim.stats().requestCount("POST " + DETAILS, 503));
        assertEquals(threads * callsEach - 8, sim.stats().requestCount("POST " + DETAILS, 200));
    }

    @Test
    void connectionResetDelayAndMalformedBody() {
        sim.faults().next(1).on("POST", DETAILS).connectionReset();
        assertThrows(UncheckedIOException.class, () -> client.post(DETAILS, BODY));
        sim.faults().next(1).on("POST", DETAILS).malformedBody();
        ApiClient.Reply malformed = client.post(DETAILS, BODY);
        assertEquals(200, malformed.status());
        assertNull(malformed.json(), "body is not valid JSON");
        sim.faults().next(1).on("POST", DETAILS).delay(Duration.ofMillis(300));
        long t0 = System.nanoTime();
        ApiClient.Reply delayed = client.post(DETAILS, BODY);
        assertEquals(200, delayed.status());
        assertTrue(System.nanoTime() - t0 >= 250_000_000L, "served after the delay");
    }

    @Test
    void probabilityOneFailsEveryMatchingCallUntilCleared() {
        sim.faults().withProbability(1.0).on("GET", "/api/v2/routing/queues").status(502);
        assertEquals(502, client.get("/api/v2/routing/queues").status());
        assertEquals(502, client.get("/api/v2/routing/queues").status());
        assertEquals(200, client.post(DETAILS, BODY).status(), "other endpoints unaffected");
        sim.faults().clear();
        assertEquals(200, client.get("/api/v2/routing/queues").status());
    }

    @Test
    void globalFaultRateOneFailsEveryApiCallButNotLogin() {
        GenesysCloudSimulator faulty = GenesysCloudSimulator.builder()
                .faultRate(1.0)
                .conversations(10)
                .liveRatePerMinute(0)
                .build();
        try {
            ApiClient c = ApiClient.authorized(faulty, faulty.start());
            for (int i = 0; i < 5; i++) {
                try {
                    assertEquals(503, c.post(DETAILS, BODY).status());
                } catch (UncheckedIOException reset) {
                    // a connection reset is the other random fault
                }
            }
            assertEquals(0, faulty.stats().requestCount("POST " + DETAILS, 200));
        } finally {
            faulty.stop();
        }
    }

    @Test
    void bodyOverTheApiSizeLimitGets413() {
        String big =
                "{\"interval\":\"2026-01-01T00:00:00Z/2026-01-02T00:00:00Z\",\"x\":\"" + "a".repeat(512_001) + "\"}";
        ApiClient.Reply reply = client.post(DETAILS, big);
        assertEquals(413, reply.status());
        assertTrue(reply.json().get("message").asText().contains("512000"));
    }

    @Test
    void adminStatsJsonMatchesJavaStatsAndReset() {
        client.post(DETAILS, BODY);
        client.get("/api/v2/nope");
        JsonNode json = new ApiClient(url).get("/__admin/genesys/stats").json();
        SimulatorStats stats = sim.stats();
        assertEquals(stats.tokensIssued(), json.get("tokensIssued").asLong());
        assertEquals(1, json.get("requests").get("POST " + DETAILS).get("200").asLong());
        assertEquals(
                1, json.get("requests").get("GET (unknown path)").get("404").asLong());
        assertEquals(0, json.get("recordingsArchivedMoreThanOnce").asLong());
        assertTrue(json.has("detailJobsByState")
                && json.has("recordingJobsByState")
                && json.has("maxConcurrentRecordingJobs")
                && json.has("rateLimited429"));
        assertEquals(
                204, new ApiClient(url).post("/__admin/genesys/stats/reset", "").status());
        assertEquals(0, sim.stats().requestCount("POST " + DETAILS));
    }
}
