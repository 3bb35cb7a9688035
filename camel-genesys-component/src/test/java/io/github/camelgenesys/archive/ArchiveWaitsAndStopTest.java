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
package io.github.camelgenesys.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.analytics.ShiftableClock;
import io.github.camelgenesys.simulator.ConversationData;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every wait of genesys:archive is bounded and ends when the route stops: a permanent 429 or a job slot held by
 * another application ends in an {@link ArchiveTimeoutException}; a route stop cancels a PENDING job, leaves a
 * PROCESSING one to the server (remembered in the archiveStateRepository, followed after the restart), and nothing
 * unfinished is recorded as done. The simulator's clock only moves jobs along when the test shifts it (jobDelay 1 h).
 */
class ArchiveWaitsAndStopTest {

    private static final String JOBS = "POST /api/v2/recording/jobs";
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    private final ShiftableClock clock = new ShiftableClock();
    private final MemoryIdempotentRepository done =
            (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
    private final MemoryStateRepository journal = new MemoryStateRepository();
    private GenesysCloudSimulator sim;
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

    private void simulator(Duration jobDelay, int maxConcurrentJobs) {
        sim = GenesysCloudSimulator.builder()
                .conversations(2_000)
                .days(10)
                .seed(5L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(jobDelay)
                .maxConcurrentRecordingJobs(maxConcurrentJobs)
                .clock(clock)
                .build();
        sim.start();
    }

    /** Voice conversations with a recording, old enough for the 48 h inclusion lag. */
    private List<String> recorded(int n) {
        return sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), Instant.now().minus(Duration.ofDays(4)))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .limit(n)
                .toList();
    }

    private ProducerTemplate route(String options) throws Exception {
        String uri = "genesys:archive?apiUrl=" + sim.baseUrl() + "&loginUrl=" + sim.baseUrl() + "&clientId="
                + sim.clientId() + "&clientSecret=RAW(" + sim.clientSecret() + ")&rateLimitPerMinute=0"
                + "&jobPollInterval=50ms&idempotentRepository=#done&archiveStateRepository=#journal" + options;
        context = new DefaultCamelContext();
        // far longer than any test: a stop that waited for the job would show, a stop that ends the wait does not
        context.getShutdownStrategy().setTimeout(120);
        context.getRegistry().bind("done", done);
        context.getRegistry().bind("journal", journal);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:archive").routeId("archive").to(uri);
            }
        });
        context.start();
        return context.createProducerTemplate();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited " + GENEROUS + " for " + what);
            Thread.sleep(20);
        }
    }

    /** Starts archiving {@code ids} in the background; returns once their job was created (jobs stay PENDING 1 h). */
    private Future<Exchange> archivingWithAPendingJob(ProducerTemplate template, List<String> ids) throws Exception {
        Future<Exchange> running =
                template.asyncSend("direct:archive", x -> x.getMessage().setBody(ids));
        await(() -> jobsIn("PENDING") == 1, "the job to be created");
        return running;
    }

    private long jobsIn(String state) {
        return sim.stats().recordingJobsByState().getOrDefault(state, 0L);
    }

    @Test
    void aPermanent429OnJobCreationEndsAfterJobSlotTimeoutWithATypedErrorNamingTheWait() throws Exception {
        simulator(Duration.ofMillis(40), 2);
        sim.faults().withProbability(1.0).on("POST", "/api/v2/recording/jobs").status(429);
        List<String> ids = recorded(20);
        ProducerTemplate template = route("&jobSlotTimeout=1s&maxRetries=1&retryInitialDelay=10ms");

        Exchange e = assertTimeoutPreemptively(
                GENEROUS,
                () -> template.request("direct:archive", x -> x.getMessage().setBody(new ArrayList<>(ids))));

        ArchiveTimeoutException timeout = assertInstanceOf(ArchiveTimeoutException.class, e.getException());
        assertEquals(ArchiveTimeoutException.CODE_TIMEOUT, timeout.getCode());
        assertTrue(timeout.getWaitedFor().contains("free recording job slot"), timeout.getWaitedFor());
        assertTrue(timeout.getMessage().contains("jobSlotTimeout"), timeout.getMessage());
        assertEquals(List.copyOf(ids), timeout.getFailedConversationIds());
        assertEquals("NOT_CREATED", timeout.getSummary().failedJobs().get(0).state());
        assertTrue(
                sim.stats().requestCount(JOBS, 429) >= 2,
                "creation was retried: " + sim.stats().requests());
        ids.forEach(id -> assertFalse(done.contains(id + ":ARCHIVE")));
    }

    @Test
    void aJobSlotHeldByAnotherApplicationEndsTheWaitAfterJobSlotTimeout() throws Exception {
        simulator(Duration.ofHours(1), 1);
        createForeignJob(recorded(30).subList(20, 30));
        List<String> ids = recorded(10);
        ProducerTemplate template = route("&jobSlotTimeout=1s");

        Exchange e = assertTimeoutPreemptively(
                GENEROUS,
                () -> template.request("direct:archive", x -> x.getMessage().setBody(new ArrayList<>(ids))));

        ArchiveTimeoutException timeout = assertInstanceOf(ArchiveTimeoutException.class, e.getException());
        assertTrue(timeout.getMessage().contains("recording.job.concurrency.limit.exceeded"), timeout.getMessage());
        assertTrue(sim.stats().requestCount(JOBS, 400) >= 1, "the organization's limit answered");
        assertEquals(0, done.getCacheSize());
    }

    @Test
    void stoppingTheRouteCancelsAPendingJobAndReportsItsConversationsAsNotDone() throws Exception {
        simulator(Duration.ofHours(1), 2);
        List<String> ids = recorded(30);
        ProducerTemplate template = route("");
        Future<Exchange> running = archivingWithAPendingJob(template, ids);

        long stopStarted = System.nanoTime();
        context.getRouteController().stopRoute("archive");
        Duration stopTook = Duration.ofNanos(System.nanoTime() - stopStarted);

        assertTrue(stopTook.compareTo(Duration.ofSeconds(30)) < 0, "the stop waited for the job: " + stopTook);
        ArchiveStoppedException stopped =
                assertInstanceOf(ArchiveStoppedException.class, running.get().getException());
        assertEquals(ArchiveStoppedException.CODE_STOPPED, stopped.getCode());
        assertEquals("CANCELLED", stopped.getSummary().failedJobs().get(0).state());
        assertEquals(List.copyOf(ids), stopped.getFailedConversationIds());
        assertEquals(1, jobsIn("CANCELLED"));
        assertEquals(1, sim.stats().requestCount("DELETE /api/v2/recording/jobs/{jobId}"));
        assertEquals(0, done.getCacheSize(), "nothing recorded as done");
        assertEquals(0, sim.stats().recordingsArchived());
        assertTrue(journal.getState("genesys-archive-jobs-ARCHIVE").isEmpty(), "a cancelled job is forgotten");
    }

    @Test
    void aProcessingJobLeftByAStopIsFollowedAfterTheRestartInsteadOfArchivingTwice() throws Exception {
        simulator(Duration.ofHours(1), 2);
        List<String> ids = recorded(30);
        ProducerTemplate template = route("");
        Future<Exchange> running = archivingWithAPendingJob(template, ids);
        clock.shift(Duration.ofHours(1));
        await(() -> jobsIn("PROCESSING") == 1, "the job to be executed");

        context.getRouteController().stopRoute("archive");

        ArchiveStoppedException stopped =
                assertInstanceOf(ArchiveStoppedException.class, running.get().getException());
        assertEquals("PROCESSING", stopped.getSummary().failedJobs().get(0).state());
        assertEquals(0, done.getCacheSize(), "nothing recorded as done while the job runs");
        assertFalse(journal.getState("genesys-archive-jobs-ARCHIVE").isEmpty(), "the running job is remembered");

        clock.shift(Duration.ofHours(1));
        context.getRouteController().startRoute("archive");
        Exchange rerun = template.request("direct:archive", x -> x.getMessage().setBody(ids));

        assertEquals(null, rerun.getException());
        assertEquals(1, sim.stats().requestCount(JOBS), "the remembered job was followed, not created again");
        assertEquals(1, rerun.getMessage().getBody(ArchiveSummary.class).jobs());
        assertEquals(ids.size(), sim.stats().recordingsArchived());
        assertEquals(0, sim.stats().recordingsArchivedMoreThanOnce());
        ids.forEach(id -> assertTrue(done.contains(id + ":ARCHIVE"), id));
    }

    @Test
    void aJobThatCouldNotBeCreatedIsCountedAsNotCreatedInTheMessage() throws Exception {
        simulator(Duration.ofMillis(40), 2);
        sim.faults().next(1).on("POST", "/api/v2/recording/jobs").connectionReset();
        List<String> ids = recorded(5);
        ProducerTemplate template = route("");

        Exchange e = template.request("direct:archive", x -> x.getMessage().setBody(ids));

        ArchiveException failure = assertInstanceOf(ArchiveException.class, e.getException());
        assertFalse(failure.getMessage().contains("of 0 job(s)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("1 job(s) could not be created"), failure.getMessage());
        assertTrue(failure.getMessage().contains("5 conversation(s) to retry"), failure.getMessage());
    }

    /** Another application's job, created straight through the API, that holds the organization's only slot. */
    private void createForeignJob(List<String> ids) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder()
                .encodeToString((sim.clientId() + ":" + sim.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/oauth/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String predicates = String.join(
                ",",
                ids.stream()
                        .map(id -> "{\"dimension\":\"conversationId\",\"value\":\"" + id + "\"}")
                        .toList());
        String body = "{\"action\":\"ARCHIVE\",\"actionDate\":\"" + Instant.now() + "\",\"conversationQuery\":{"
                + "\"interval\":\"" + sim.data().historyStart() + "/" + Instant.now() + "\",\"conversationFilters\":"
                + "[{\"type\":\"or\",\"predicates\":[" + predicates + "]}]}}";
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/v2/recording/jobs"))
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, created.statusCode(), created.body());
    }
}
