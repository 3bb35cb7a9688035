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
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One unthrottled extraction, run in its own JVM against a {@link ThroughputServer} in another, so that its heap, RSS
 * high-water mark and CPU time are the client's alone: {@code ThroughputCase
 * <ours-analytics|ours-search|sdk-analytics|sdk-search> <conversations> <ORG line fields>}. Prints one line
 * {@code RESULT,kind,size,delivered,expected,seconds,perSecond,peakHeapMb,peakHeapAfterGcMb,rssHwmMb,apiRequests,
 * cpuSeconds,cpuMicrosPerConversation}.
 */
public final class ThroughputCase {

    private ThroughputCase() {}

    /** Arguments: kind, size, then the fields of {@link ThroughputServer}'s ORG line after "ORG". */
    public static void main(String[] args) throws Exception {
        String kind = args[0];
        long size = Long.parseLong(args[1]);
        OrgAddress org = new OrgAddress(args[2], args[3], args[4]);
        Instant analyticsFrom = Instant.parse(args[5]);
        Instant simulatorNow = Instant.parse(args[6]);
        String interval = args[7];
        long expected = Long.parseLong(kind.endsWith("analytics") ? args[8] : args[9]);
        AtomicLong delivered = new AtomicLong();
        long requestsBefore = org.apiRequests();
        try (MemoryWatch memory = new MemoryWatch()) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            switch (kind) {
                case "ours-analytics" ->
                    ours(
                            delivered,
                            expected,
                            org.uri(
                                    "analytics",
                                    "startDate=" + analyticsFrom
                                            + "&windowSize=" + ThroughputServer.WINDOW.toDays()
                                            + "d&pageSize=1000&jobPollInterval=100ms&delay=3600000"
                                            + "&initialDelay=0&rateLimitPerMinute=0"));
                case "ours-search" ->
                    ours(
                            delivered,
                            expected,
                            org.uri(
                                    "search",
                                    "interval=" + interval
                                            + "&pageSize=100&completedOnly=true&delay=3600000&initialDelay=0&rateLimitPerMinute=0"));
                case "sdk-analytics" ->
                    new SdkPeer(org.baseUrl(), org.token())
                            .jobs(
                                    analyticsFrom,
                                    simulatorNow,
                                    ThroughputServer.WINDOW,
                                    Duration.ofMillis(100),
                                    id -> touch(id, delivered));
                case "sdk-search" ->
                    new SdkPeer(org.baseUrl(), org.token()).search(interval, id -> touch(id, delivered));
                default ->
                    throw new IllegalArgumentException("kind must be one of ours-analytics, ours-search, "
                            + "sdk-analytics, sdk-search; was " + kind);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            System.out.printf(
                    java.util.Locale.ROOT,
                    "RESULT,%s,%d,%d,%d,%.2f,%.0f,%.1f,%.1f,%.1f,%d,%.2f,%.1f%n",
                    kind,
                    size,
                    delivered.get(),
                    expected,
                    seconds,
                    delivered.get() / seconds,
                    memory.peakHeapMb(),
                    memory.peakHeapAfterGcMb(),
                    MemoryWatch.rssHighWaterMb(),
                    org.apiRequests() - requestsBefore,
                    cpuSeconds,
                    cpuSeconds * 1e6 / Math.max(1, delivered.get()));
        }
        System.exit(0);
    }

    /** CPU time of this whole JVM (every thread, the collector's included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void touch(String conversationId, AtomicLong delivered) {
        if (conversationId != null) {
            delivered.incrementAndGet();
        }
    }

    private static void ours(AtomicLong delivered, long expected, String uri) throws Exception {
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
