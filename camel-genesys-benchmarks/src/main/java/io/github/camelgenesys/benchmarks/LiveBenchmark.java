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
package io.github.camelgenesys.benchmarks;

import io.github.camelgenesys.GenesysConstants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Live: latency from {@code sim.live().startConversation} to the STARTED event in the route, for conversations
 * started at spread-out moments; the consumer polls every {@code pollDelay} (the latency is bounded by it).
 */
final class LiveBenchmark {

    record Row(long pollDelayMs, int samples, double p50Ms, double p95Ms, double maxMs) {}

    private LiveBenchmark() {}

    static Row run(Duration pollDelay, int samples) throws Exception {
        try (BenchOrg org = new BenchOrg(1_000, 1, 0, Duration.ofMillis(100))) {
            String queue = org.sim.data().queueIds().get(0);
            Map<String, Long> startedAt = new ConcurrentHashMap<>();
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(org.uri(
                                        "live",
                                        "queueIds=" + queue + "&delay=" + pollDelay.toMillis()
                                                + "&initialDelay=200&rateLimitPerMinute=0"))
                                .routeId("live")
                                .filter(header(GenesysConstants.LIVE_EVENT).isEqualTo("STARTED"))
                                .process(e -> {
                                    Long t0 = startedAt.get(
                                            e.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class));
                                    if (t0 != null) {
                                        latencies.add((System.nanoTime() - t0) / 1e6);
                                    }
                                });
                    }
                });
                context.start();
                Thread.sleep(1000);
                java.util.Random random = new java.util.Random(42);
                for (int i = 0; i < samples; i++) {
                    long t0 = System.nanoTime();
                    startedAt.put(org.sim.live().startConversation(queue, "voice"), t0);
                    Thread.sleep(pollDelay.toMillis() / 2 + random.nextInt((int) pollDelay.toMillis()));
                }
                long deadline = System.currentTimeMillis() + 10_000;
                while (latencies.size() < samples && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
            }
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Row(
                    pollDelay.toMillis(),
                    sorted.size(),
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
