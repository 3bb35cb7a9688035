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
package io.github.camelgenesys.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.model.AnalyticsConversation;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mode=details against the simulator: windows, watermark, checkpoints, resubmits, restarts, cancellation.
 * The simulator's clock is moved two hours past the end of its history where a test needs every conversation to be
 * final and below the watermark.
 */
class AnalyticsDetailsJobsTest {

    @TempDir
    Path tmp;

    private GenesysCloudSimulator sim;
    private final ShiftableClock clock = new ShiftableClock();
    private CamelContext context;

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.stop();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    private String start(int conversations, int days) {
        sim = GenesysCloudSimulator.builder()
                .conversations(conversations)
                .days(days)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(40))
                .clock(clock)
                .build();
        return sim.start();
    }

    private String uri(String extra) {
        String base = sim.baseUrl();
        Instant startDate = sim.data().historyStart().minus(Duration.ofHours(1));
        return "genesys:analytics?apiUrl=" + base + "&loginUrl=" + base + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&startDate=" + startDate
                + "&jobPollInterval=PT0.02S&delay=50&initialDelay=0&rateLimitPerMinute=0" + extra;
    }

    private CamelContext run(String uri, org.apache.camel.Processor delivered, StateRepository<String, String> state)
            throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        ctx.getShutdownStrategy().setTimeout(20);
        if (state != null) {
            ctx.getRegistry().bind("checkpoints", state);
        }
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("extract").process(delivered);
            }
        });
        ctx.start();
        return ctx;
    }

    private Set<String> allIds() {
        return sim.data()
                .conversationIds(Criteria.startedBetween(
                        sim.data().historyStart(), clock.instant().plus(Duration.ofDays(1))))
                .collect(Collectors.toSet());
    }

    @Test
    void largeExtractionDeliversEveryConversationOnceAcrossThirtyDailyWindows() throws Exception {
        // about 15 s on 2 cores; memory is proven by the benchmarks, this proves count and uniqueness
        int conversations = 100_000;
        start(conversations, 30);
        clock.shift(Duration.ofHours(2));
        Delivered delivered = new Delivered();
        context = run(uri("&windowSize=1d"), delivered, new MemoryStateRepository());
        Delivered.await(() -> delivered.ids.size() >= conversations, 120_000);

        long expected = sim.data()
                .count(Criteria.startedBetween(sim.data().historyStart(), clock.instant())
                        .completedOnly());
        assertEquals(conversations, expected);
        assertEquals(expected, delivered.ids.size());
        assertEquals(0, delivered.duplicates());
        assertTrue(
                sim.stats().requestCount("POST /api/v2/analytics/conversations/details/jobs") >= 30,
                "one job per daily window");
    }

    @Test
    void rawPayloadDeliversEachConversationAsItsJsonTextWithItsIdAndCursorHeaders() throws Exception {
        start(600, 2);
        clock.shift(Duration.ofHours(2));
        Map<String, String> bodies = new ConcurrentHashMap<>();
        Set<String> cursors = ConcurrentHashMap.newKeySet();
        context = run(
                uri("&windowSize=1d&pageSize=200&rawPayload=true"),
                e -> {
                    bodies.put(
                            e.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class),
                            e.getMessage().getBody(String.class));
                    cursors.add(e.getMessage().getHeader(GenesysConstants.CURSOR, String.class));
                },
                null);
        Set<String> expected = sim.data()
                .conversationIds(Criteria.startedBetween(sim.data().historyStart(), clock.instant())
                        .completedOnly())
                .collect(Collectors.toSet());
        Delivered.await(() -> bodies.size() >= expected.size(), 60_000);

        assertEquals(expected, bodies.keySet());
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            AnalyticsConversation c = GenesysJson.mapper().readValue(e.getValue(), AnalyticsConversation.class);
            assertEquals(e.getKey(), c.conversationId());
        }
        assertEquals(expected.size(), cursors.size(), "one checkpoint per delivered conversation");
        assertTrue(cursors.stream().allMatch(t -> t.startsWith("v1|")));
    }

    @Test
    void restartOnTheSameFileStateRepositoryContinuesExactlyWhereTheStoppedRunEnded() throws Exception {
        int conversations = 6_000;
        start(conversations, 6);
        clock.shift(Duration.ofHours(2));
        Path file = tmp.resolve("checkpoints.dat");
        String uri = uri("&windowSize=12h&pageSize=250&stateRepository=#checkpoints&stateKey=extract");

        Delivered first = new Delivered();
        CamelContext ctx1 =
                run(uri, first.slowingDownAfter(2_500, 2), FileStateRepository.fileStateRepository(file.toFile()));
        Delivered.await(() -> first.ids.size() >= 2_500, 60_000);
        ctx1.stop();
        long firstCount = first.deliveries.get();
        assertTrue(firstCount >= 2_500 && firstCount < conversations, "stopped mid-run, got " + firstCount);
        assertTrue(Files.readString(file).contains("extract=v1|"), "checkpoint written to the file");

        Delivered second = new Delivered();
        context = run(uri, second, FileStateRepository.fileStateRepository(file.toFile()));
        Delivered.await(() -> first.ids.size() + second.ids.size() >= conversations, 60_000);

        Set<String> union = new HashSet<>(first.ids);
        union.addAll(second.ids);
        assertEquals(allIds(), union, "the union of both runs is the full set");
        assertEquals(conversations, first.deliveries.get() + second.deliveries.get(), "each conversation once");
        assertEquals(0, first.duplicates() + second.duplicates());
    }

    @Test
    void failedAndExpiredJobsAreResubmittedAndAudited() throws Exception {
        int conversations = 2_000;
        start(conversations, 2);
        clock.shift(Duration.ofHours(2));
        sim.failNextDetailsJobs(2);
        sim.expireNextDetailsJobs(1);
        Path audit = tmp.resolve("audit.jsonl");
        Delivered delivered = new Delivered();
        context = run(uri("&windowSize=1d&auditFile=" + audit), delivered, null);
        Delivered.await(() -> delivered.ids.size() >= conversations, 60_000);

        assertEquals(conversations, delivered.ids.size());
        assertEquals(0, delivered.duplicates());
        assertEquals(2L, sim.stats().detailJobsByState().get("FAILED"));
        assertEquals(1L, sim.stats().detailJobsByState().get("EXPIRED"));
        Delivered.await(
                () -> lines(audit).stream()
                                .filter(l -> l.contains("job.completed"))
                                .count()
                        >= 3,
                10_000);
        List<String> events = lines(audit);
        assertEquals(
                3, events.stream().filter(l -> l.contains("\"job.failed\"")).count(), events.toString());
        assertTrue(events.stream().anyMatch(l -> l.contains("\"job.submitted\"") && l.contains("queryHash")));
        assertTrue(events.stream().anyMatch(l -> l.contains("\"job.completed\"") && l.contains("conversations")));
    }

    @Test
    void tooManyFailedJobsStopThePollWithoutMovingTheCheckpointAndALaterPollRecovers() throws Exception {
        int conversations = 500;
        start(conversations, 1);
        clock.shift(Duration.ofHours(2));
        sim.failNextDetailsJobs(2);
        Delivered delivered = new Delivered();
        context = run(uri("&windowSize=1d&maxJobResubmits=1"), delivered, null);
        Delivered.await(() -> delivered.ids.size() >= conversations, 60_000);

        assertEquals(conversations, delivered.ids.size());
        assertEquals(0, delivered.duplicates());
        assertEquals(2L, sim.stats().detailJobsByState().get("FAILED"));
    }

    @Test
    void conversationsArrivingAfterTheAvailabilityDateArePickedUpByALaterPoll() throws Exception {
        int conversations = 3_000;
        start(conversations, 3);
        Delivered delivered = new Delivered();
        context = run(uri("&windowSize=1d"), delivered, null);
        // the newest conversations end after the watermark (availability minus availabilityLag): not yet delivered
        Instant watermarkNow = clock.instant().minus(Duration.ofMinutes(15));
        long belowWatermark = sim.data()
                .count(Criteria.startedBetween(sim.data().historyStart(), watermarkNow.minus(Duration.ofMinutes(31))));
        Delivered.await(() -> delivered.ids.size() >= belowWatermark, 60_000);
        Thread.sleep(300);
        int firstPass = delivered.ids.size();
        assertTrue(firstPass < conversations, "conversations ending after the watermark wait: " + firstPass);

        List<String> late = sim.data().injectConversations(5, clock.instant().minus(Duration.ofMinutes(2)), "voice");
        clock.shift(Duration.ofHours(2));
        Delivered.await(() -> delivered.ids.size() >= conversations + late.size(), 60_000);

        assertEquals(conversations + late.size(), delivered.ids.size());
        assertTrue(delivered.ids.containsAll(late), "late conversations delivered");
        assertEquals(0, delivered.duplicates());
    }

    @Test
    void simpleFilterOptionsNarrowTheJobs() throws Exception {
        start(2_000, 2);
        clock.shift(Duration.ofHours(2));
        long voice = sim.data()
                .count(Criteria.startedBetween(sim.data().historyStart(), clock.instant())
                        .mediaType("voice")
                        .completedOnly());
        Delivered delivered = new Delivered();
        context = run(uri("&windowSize=1d&mediaType=voice"), delivered, null);
        Delivered.await(() -> delivered.ids.size() >= voice, 60_000);
        Thread.sleep(300);

        assertTrue(voice > 0 && voice < 2_000);
        assertEquals(voice, delivered.ids.size());
        assertEquals(0, delivered.duplicates());
    }

    @Test
    void maxResultsEndsThePollInsideAWindowAndTheNextPollContinuesFromThePosition() throws Exception {
        int conversations = 1_000;
        start(conversations, 1);
        clock.shift(Duration.ofHours(2));
        Delivered delivered = new Delivered();
        context = run(uri("&windowSize=1d&maxResults=300&pageSize=100"), delivered, null);
        Delivered.await(() -> delivered.ids.size() >= conversations, 60_000);

        assertEquals(conversations, delivered.ids.size());
        assertEquals(0, delivered.duplicates());
        assertTrue(
                sim.stats().requestCount("POST /api/v2/analytics/conversations/details/jobs") >= 4,
                "each poll stops after 300 and resubmits the window");
    }

    @Test
    void pageBatchModeSendsOneExchangePerPage() throws Exception {
        int conversations = 1_000;
        start(conversations, 1);
        clock.shift(Duration.ofHours(2));
        Delivered delivered = new Delivered();
        java.util.concurrent.atomic.AtomicLong exchanges = new java.util.concurrent.atomic.AtomicLong();
        context = run(
                uri("&windowSize=1d&batchMode=page&pageSize=100"),
                exchange -> {
                    exchanges.incrementAndGet();
                    delivered.process(exchange);
                },
                null);
        Delivered.await(() -> delivered.ids.size() >= conversations, 60_000);

        assertEquals(conversations, delivered.ids.size());
        assertEquals(0, delivered.duplicates());
        assertTrue(exchanges.get() <= 12 && exchanges.get() >= 10, "about one exchange per page: " + exchanges);
    }

    @Test
    void runningJobIsCancelledWhenTheConsumerStops() throws Exception {
        sim = GenesysCloudSimulator.builder()
                .conversations(100)
                .days(1)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMinutes(10))
                .clock(clock)
                .build();
        sim.start();
        clock.shift(Duration.ofHours(2));
        context = run(uri("&windowSize=1d"), new Delivered(), null);
        Delivered.await(
                () -> sim.stats().requestCount("POST /api/v2/analytics/conversations/details/jobs") > 0, 30_000);
        context.stop();
        context = null;

        // the window's job and the next window's, submitted ahead (maxConcurrentDetailsJobs=2)
        long submitted = sim.stats().requestCount("POST /api/v2/analytics/conversations/details/jobs");
        assertEquals(submitted, sim.stats().detailJobsByState().get("CANCELLED"), "every job was cancelled");
        assertEquals(
                submitted, sim.stats().requestCount("DELETE /api/v2/analytics/conversations/details/jobs/{jobId}"));
    }

    @Test
    void stoppingTheRouteDuringAJobEndsTheWaitCancelsTheJobAndKeepsTheCheckpoint() throws Exception {
        sim = GenesysCloudSimulator.builder()
                .conversations(100)
                .days(1)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMinutes(10))
                .clock(clock)
                .build();
        sim.start();
        clock.shift(Duration.ofHours(2));
        Path file = tmp.resolve("stop-test.dat");
        FileStateRepository checkpoints = FileStateRepository.fileStateRepository(file.toFile());
        Delivered delivered = new Delivered();
        context = run(uri("&windowSize=1d&stateRepository=#checkpoints&stateKey=stop-test"), delivered, checkpoints);
        // far longer than the test: a stop that waited for the job would show
        context.getShutdownStrategy().setTimeout(120);
        Delivered.await(
                () -> sim.stats().requestCount("POST /api/v2/analytics/conversations/details/jobs") > 0, 30_000);
        String checkpointDuringTheJob = checkpoints.getState("stop-test");

        long started = System.nanoTime();
        context.getRouteController().stopRoute("extract");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "the stop waited for the job: " + took);
        long submitted = sim.stats().requestCount("POST /api/v2/analytics/conversations/details/jobs");
        assertEquals(submitted, sim.stats().detailJobsByState().get("CANCELLED"), "every job was cancelled");
        assertEquals(
                submitted, sim.stats().requestCount("DELETE /api/v2/analytics/conversations/details/jobs/{jobId}"));
        assertEquals(0, delivered.ids.size());
        FileStateRepository after = FileStateRepository.fileStateRepository(file.toFile());
        after.start();
        assertEquals(checkpointDuringTheJob, after.getState("stop-test"), "nothing was marked done");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
