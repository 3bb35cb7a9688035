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

import io.github.camelgenesys.model.AnalyticsConversation;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One unthrottled extraction, run in its own JVM (so that its heap and RSS high-water marks are its own):
 * {@code ThroughputCase <ours-analytics|ours-search|sdk-analytics|sdk-search> <conversations>}. Prints one line
 * {@code RESULT,kind,size,delivered,expected,seconds,perSecond,peakHeapMb,peakHeapAfterGcMb,rssHwmMb,apiRequests}.
 */
public final class ThroughputCase {

    /** Job window of both analytics extractions (ours and the SDK's): fewer, larger jobs than the 1d default. */
    static final Duration WINDOW = Duration.ofDays(7);

    static final Duration JOB_DELAY = Duration.ofMillis(100);
    static final int DAYS = 30;

    private ThroughputCase() {}

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        long size = Long.parseLong(args[1]);
        try (BenchOrg org = new BenchOrg(size, DAYS, 0, JOB_DELAY);
                MemoryWatch memory = new MemoryWatch()) {
            Instant historyStart = org.sim.data().historyStart();
            Instant analyticsFrom = historyStart.minus(Duration.ofHours(1));
            long expected = kind.endsWith("analytics")
                    ? org.sim
                            .data()
                            .count(Criteria.startedBetween(analyticsFrom, org.clock.instant())
                                    .completedOnly())
                    : org.completedConversations();
            AtomicLong delivered = new AtomicLong();
            long start = System.nanoTime();
            switch (kind) {
                case "ours-analytics" ->
                    ours(
                            org,
                            delivered,
                            expected,
                            org.uri(
                                    "analytics",
                                    "startDate=" + analyticsFrom
                                            + "&windowSize=" + WINDOW.toDays()
                                            + "d&pageSize=1000&jobPollInterval=100ms&delay=3600000"
                                            + "&initialDelay=0&rateLimitPerMinute=0"));
                case "ours-search" ->
                    ours(
                            org,
                            delivered,
                            expected,
                            org.uri(
                                    "search",
                                    "interval=" + org.interval()
                                            + "&pageSize=100&completedOnly=true&delay=3600000&initialDelay=0&rateLimitPerMinute=0"));
                case "sdk-analytics" ->
                    new SdkPeer(org.sim.baseUrl(), org.token())
                            .jobs(
                                    analyticsFrom,
                                    org.clock.instant(),
                                    WINDOW,
                                    Duration.ofMillis(100),
                                    id -> touch(id, delivered));
                case "sdk-search" ->
                    new SdkPeer(org.sim.baseUrl(), org.token()).search(org.interval(), id -> touch(id, delivered));
                default ->
                    throw new IllegalArgumentException("kind must be one of ours-analytics, ours-search, "
                            + "sdk-analytics, sdk-search; was " + kind);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    java.util.Locale.ROOT,
                    "RESULT,%s,%d,%d,%d,%.2f,%.0f,%.1f,%.1f,%.1f,%d%n",
                    kind,
                    size,
                    delivered.get(),
                    expected,
                    seconds,
                    delivered.get() / seconds,
                    memory.peakHeapMb(),
                    memory.peakHeapAfterGcMb(),
                    MemoryWatch.rssHighWaterMb(),
                    org.apiRequests());
        }
        System.exit(0);
    }

    private static void touch(String conversationId, AtomicLong delivered) {
        if (conversationId != null) {
            delivered.incrementAndGet();
        }
    }

    private static void ours(BenchOrg org, AtomicLong delivered, long expected, String uri) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri)
                            .routeId("extract")
                            .process(e -> touch(
                                    e.getMessage()
                                            .getBody(AnalyticsConversation.class)
                                            .conversationId(),
                                    delivered));
                }
            });
            context.start();
            long deadline = System.currentTimeMillis() + Duration.ofMinutes(10).toMillis();
            while (delivered.get() < expected && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
        }
    }
}
