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

/**
 * Three instances on one OAuth client (each with its own factory, token and limiter, as three JVMs would have)
 * against one simulator that counts every token of the client together: they share the budget by following the
 * server's headers, without talking to each other. The simulator's window is shortened to keep the test fast; the
 * assertions compare counts with what the windows allowed, never durations.
 */
class SharedBudgetTest {

    private static final String QUEUES = "/api/v2/routing/queues";
    private static final int LIMIT = 30;
    private static final Duration WINDOW = Duration.ofSeconds(3);
    private static final int WINDOWS = 4;
    private static final int INSTANCES = 3;

    private GenesysCloudSimulator sim;
    private final List<GenesysClientFactory> factories = new ArrayList<>();

    @AfterEach
    void stop() {
        factories.forEach(GenesysClientFactory::close);
        if (sim != null) {
            sim.stop();
        }
    }

    @Test
    void threeInstancesOnOneClientUseTheSharedWindowWithoutExceedingIt() throws Exception {
        sim = GenesysCloudSimulator.builder()
                .conversations(10)
                .liveRatePerMinute(0)
                .rateLimitPerMinute(LIMIT)
                .rateLimitWindow(WINDOW)
                .build();
        String baseUrl = sim.start();
        List<GenesysClient> clients = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            GenesysClientFactory factory = new GenesysClientFactory();
            factories.add(factory);
            GenesysClient client = factory.client(GenesysClientSettings.builder()
                    .apiUrl(baseUrl)
                    .loginUrl(baseUrl)
                    .clientId(sim.clientId())
                    .clientSecret(sim.clientSecret())
                    .rateLimitPerMinute(LIMIT)
                    .maxRetries(0)
                    .build());
            client.verifyToken();
            clients.add(client);
        }
        sim.resetStats();

        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        long start = System.nanoTime();
        long end = start + WINDOW.multipliedBy(WINDOWS).toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (GenesysClient client : clients) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            client.get(QUEUES, Map.of("pageSize", 1), JsonNode.class);
                        } catch (GenesysException e) {
                            assertEquals(429, e.getStatus(), "only the rate limit may refuse: " + e.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsedWindows = (System.nanoTime() - start) / WINDOW.toNanos();

        long served = sim.stats().requestCount("GET " + QUEUES, 200);
        long limited = sim.stats().rateLimited429();
        long sent = served + limited;
        System.out.println("served " + served + ", 429: " + limited + ", windows: " + elapsedWindows + ", instances: "
                + clients.stream().map(c -> c.metrics().toString()).toList());
        // windows start with their first request, so the run covered at least WINDOWS and at most elapsed + 1 windows
        assertTrue(
                served <= (long) LIMIT * (elapsedWindows + 1),
                "served " + served + " in " + elapsedWindows + " windows of " + LIMIT);
        assertTrue(
                served >= LIMIT * WINDOWS * 9 / 10, "budget use >= 90 %: served " + served + " of " + LIMIT * WINDOWS);
        // Instances that ignored each other would have 2 of every 3 requests refused (about 66 %). The 0.5 % goal is
        // the
        // benchmark's (docs/benchmarks.md, shared budget): in a 3 s window on a loaded machine a header can arrive
        // after
        // another instance's request already left, so this test only tells sharing from not sharing.
        assertTrue(limited * 20 <= sent, "429 share <= 5 %: " + limited + " of " + sent);
        for (GenesysClient client : clients) {
            assertTrue(
                    client.metrics().requests() > LIMIT * WINDOWS / INSTANCES / 3,
                    "every instance gets a share: " + client.metrics());
        }
    }
}
