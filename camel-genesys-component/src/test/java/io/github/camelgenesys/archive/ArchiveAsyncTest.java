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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysComponent;
import io.github.camelgenesys.analytics.Delivered;
import io.github.camelgenesys.analytics.ShiftableClock;
import io.github.camelgenesys.client.FakeTime;
import io.github.camelgenesys.client.GenesysClientFactory;
import io.github.camelgenesys.simulator.ConversationData;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * genesys:archive is an asynchronous producer: a recording job runs on the producer's scheduled pool, not on the
 * route thread that sent the exchange; a route stop ends a running job at once (no poll interval, no job life), and
 * the job's deadlines follow the client's time source. The simulator's jobs only move when the test shifts its clock.
 */
class ArchiveAsyncTest {

    private static final String CREATE = "POST /api/v2/recording/jobs";
    private static final String CANCEL = "DELETE /api/v2/recording/jobs/{jobId}";
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    private final ShiftableClock clock = new ShiftableClock();
    private final MemoryIdempotentRepository done =
            (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
    private final MemoryStateRepository journal = new MemoryStateRepository();
    private GenesysCloudSimulator sim;
    private CamelContext context;
    private GenesysClientFactory factory;
    private final List<Exchange> archived = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.stop();
        }
        if (factory != null) {
            factory.close();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    /** A simulator whose recording jobs stay PENDING until the test shifts its clock by an hour. */
    private List<String> simulatorWithSlowJobs(int ids) {
        sim = GenesysCloudSimulator.builder()
                .conversations(2_000)
                .days(10)
                .seed(7L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofHours(1))
                .maxConcurrentRecordingJobs(2)
                .clock(clock)
                .build();
        sim.start();
        return sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), Instant.now().minus(Duration.ofDays(4)))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .limit(ids)
                .toList();
    }

    private String uri(String options) {
        return "genesys:archive?apiUrl=" + sim.baseUrl() + "&loginUrl=" + sim.baseUrl() + "&clientId="
                + sim.clientId() + "&clientSecret=RAW(" + sim.clientSecret() + ")&rateLimitPerMinute=0"
                + "&idempotentRepository=#done&archiveStateRepository=#journal" + options;
    }

    private ProducerTemplate start(String from, String uri) throws Exception {
        context = new DefaultCamelContext();
        // far longer than any test: a stop that waited for the job would show
        context.getShutdownStrategy().setTimeout(120);
        context.getRegistry().bind("done", done);
        context.getRegistry().bind("journal", journal);
        if (factory != null) {
            context.getComponent("genesys", GenesysComponent.class).setClientFactory(factory);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("archive").to(uri).process(archived::add);
            }
        });
        context.start();
        return context.createProducerTemplate();
    }

    private long jobsIn(String state) {
        return sim.stats().recordingJobsByState().getOrDefault(state, 0L);
    }

    /** Moves the simulator's jobs on: an hour to READY (the producer then executes them), an hour to FULFILLED. */
    private void letJobsFinish(int jobs) throws InterruptedException {
        clock.shift(Duration.ofHours(1));
        await(() -> jobsIn("PROCESSING") == jobs, "the jobs to be executed");
        clock.shift(Duration.ofHours(1));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Delivered.await(condition, GENEROUS.toMillis());
        assertTrue(condition.getAsBoolean(), "waited " + GENEROUS + " for " + what);
    }

    @Test
    void aRouteStopDuringARunningJobReturnsWithinFiveSecondsCancelsTheJobAndMarksNothingDone() throws Exception {
        List<String> ids = simulatorWithSlowJobs(20);
        // a poll interval far longer than the stop may take: the stop must not wait for the next poll
        ProducerTemplate template = start("direct:archive", uri("&jobPollInterval=1m"));
        Future<Exchange> running =
                template.asyncSend("direct:archive", x -> x.getMessage().setBody(ids));
        await(() -> jobsIn("PENDING") == 1, "the job to be created");

        long stopStarted = System.nanoTime();
        context.getRouteController().stopRoute("archive");
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopStarted);

        assertTrue(stopMillis < 5000, "the route stop took " + stopMillis + " ms");
        ArchiveStoppedException stopped =
                assertInstanceOf(ArchiveStoppedException.class, running.get().getException());
        assertEquals("CANCELLED", stopped.getSummary().failedJobs().get(0).state());
        assertEquals(List.copyOf(ids), stopped.getFailedConversationIds());
        assertEquals(1, jobsIn("CANCELLED"));
        assertEquals(1, sim.stats().requestCount(CANCEL));
        assertEquals(0, done.getCacheSize(), "nothing recorded as done");
        assertEquals(0, sim.stats().recordingsArchived());
        assertTrue(journal.getState("genesys-archive-jobs-ARCHIVE").isEmpty(), "the cancelled job is forgotten");
    }

    @Test
    void twoExchangesInFlightOnOneEndpointShareOneRouteThreadWhileTheirJobsRun() throws Exception {
        List<String> ids = simulatorWithSlowJobs(20);
        // one route thread: a producer holding it for a job's life would never let the second exchange in
        ProducerTemplate template =
                start("seda:archive?concurrentConsumers=1", uri("&jobPollInterval=50ms&batchSize=10"));
        template.sendBody("seda:archive", new ArrayList<>(ids.subList(0, 10)));
        template.sendBody("seda:archive", new ArrayList<>(ids.subList(10, 20)));

        await(() -> jobsIn("PENDING") == 2, "both exchanges to have their job created");
        assertTrue(archived.isEmpty(), "no job can have finished: the simulator's clock did not move");

        letJobsFinish(2);
        await(() -> archived.size() == 2, "both exchanges to complete");
        archived.forEach(e -> assertNull(e.getException()));
        assertEquals(2, sim.stats().requestCount(CREATE));
        assertEquals(ids.size(), sim.stats().recordingsArchived());
        ids.forEach(id -> assertTrue(done.contains(id + ":ARCHIVE"), id));
    }

    @Test
    void theCallingThreadReturnsBeforeTheJobIsFulfilledAndTheCallbackCompletesTheExchangeOnce() throws Exception {
        List<String> ids = simulatorWithSlowJobs(10);
        start("direct:archive", uri("&jobPollInterval=50ms"));
        AsyncProducer producer =
                context.getEndpoint(uri("&jobPollInterval=50ms")).createAsyncProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(ids);
        List<Boolean> callbacks = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> completed = new CompletableFuture<>();

        boolean sync = producer.process(exchange, doneSync -> {
            callbacks.add(doneSync);
            completed.complete(null);
        });

        assertFalse(sync, "the job runs after process() returned");
        await(() -> jobsIn("PENDING") == 1, "the job to be created");
        assertTrue(callbacks.isEmpty(), "the exchange is not complete while its job is PENDING");
        letJobsFinish(1);
        completed.get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
        Thread.sleep(100);
        assertEquals(List.of(false), callbacks, "the callback ran exactly once, with the flag process() returned");
        assertNull(exchange.getException());
        assertEquals(
                ids.size(), exchange.getMessage().getBody(ArchiveSummary.class).conversations());
        producer.stop();
    }

    @Test
    void theJobTimeoutIsMeasuredOnTheClientsTimeSource() throws Exception {
        List<String> ids = simulatorWithSlowJobs(10);
        FakeTime time = new FakeTime();
        factory = new GenesysClientFactory(time, () -> 0.5, 10);
        ProducerTemplate template = start("direct:archive", uri("&jobPollInterval=50ms&archiveJobTimeout=1h"));
        Future<Exchange> running =
                template.asyncSend("direct:archive", x -> x.getMessage().setBody(ids));
        // polled once: the producer holds the job (its creation time was read before the clock moves)
        await(() -> sim.stats().requestCount("GET /api/v2/recording/jobs/{jobId}") > 0, "the job to be polled");

        time.advance(Duration.ofHours(2));

        ArchiveTimeoutException timeout = assertInstanceOf(
                ArchiveTimeoutException.class,
                running.get(GENEROUS.toSeconds(), TimeUnit.SECONDS).getException());
        assertTrue(timeout.getMessage().contains("archiveJobTimeout"), timeout.getMessage());
        assertEquals(1, sim.stats().requestCount(CANCEL), "the PENDING job was cancelled");
        assertEquals(0, done.getCacheSize());
    }
}
