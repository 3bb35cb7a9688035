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
package io.github.camelgenesys.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.TestClock;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** genesys:live against conversations started, answered and ended by hand in the simulator. */
class LiveConsumerTest extends CamelTestSupport {

    private static TestClock clock;
    private static GenesysCloudSimulator sim;

    private final List<Exchange> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startSimulator() {
        clock = new TestClock(Instant.now());
        sim = GenesysCloudSimulator.builder()
                .conversations(100)
                .queues(5)
                .liveRatePerMinute(0)
                .rateLimitPerMinute(0)
                .clock(clock)
                .build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @BeforeEach
    void clean() {
        sim.faults().clear();
        sim.live().liveConversationIds().forEach(sim.live()::endConversation);
        clock.advance(Duration.ofSeconds(1));
        sim.resetStats();
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private void start(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(sim, "live", options)).routeId("live").process(events::add);
            }
        });
        context.start();
    }

    private LiveConsumer liveConsumer() {
        return (LiveConsumer) context.getRoute("live").getConsumer();
    }

    private List<String> drain() {
        List<String> seen = events.stream()
                .map(e -> e.getIn().getHeader(GenesysConstants.LIVE_EVENT) + " "
                        + e.getIn().getHeader(GenesysConstants.CONVERSATION_ID))
                .collect(Collectors.toList());
        events.clear();
        return seen;
    }

    @Test
    void startedAnsweredAndEndedAreEachReportedByTheNextPollOnce() throws Exception {
        start("startScheduler=false");
        String queue = sim.data().queueIds().get(2);
        String id = sim.live().startConversation(queue, "voice");
        clock.advance(Duration.ofSeconds(1));

        liveConsumer().poll();
        Exchange started = events.get(0);
        assertEquals(List.of("STARTED " + id), drain());
        LiveConversation body =
                assertInstanceOf(LiveConversation.class, started.getIn().getBody());
        assertEquals(id, body.id());
        assertEquals(queue, started.getIn().getHeader(GenesysConstants.QUEUE_ID));

        liveConsumer().poll();
        assertEquals(List.of(), drain(), "nothing changed: nothing reported");

        sim.live().answerConversation(id);
        clock.advance(Duration.ofSeconds(1));
        liveConsumer().poll();
        assertEquals(List.of("UPDATED " + id), drain());

        sim.live().endConversation(id);
        clock.advance(Duration.ofSeconds(1));
        liveConsumer().poll();
        Exchange ended = events.get(0);
        assertEquals(List.of("ENDED " + id), drain());
        LiveConversation last =
                assertInstanceOf(LiveConversation.class, ended.getIn().getBody());
        assertTrue(
                last.participants().stream().anyMatch(p -> "agent".equals(p.purpose())),
                "the body of ENDED is the conversation answered by an agent");
        assertEquals("disconnected", last.state(), "ENDED carries the final state, fetched once");
        assertTrue(last.endTime() != null, "ENDED carries the end time");
        assertTrue(last.participants().stream().allMatch(p -> p.endTime() != null), "every participant ended");
        assertEquals(Boolean.TRUE, ended.getIn().getHeader(GenesysConstants.LIVE_FINAL_STATE));
        assertTrue(ended.getIn().getHeader(GenesysConstants.CORRELATION_ID) != null);

        liveConsumer().poll();
        assertEquals(List.of(), drain(), "ENDED is reported once");
        // 5 conversation fetches would mean one per poll; STARTED, UPDATED and ENDED needed one each
        assertEquals(3, sim.stats().requestCount("GET /api/v2/conversations/{conversationId}"));
    }

    @Test
    void everyEventCarriesWhenItWasObservedItsQueueAndItsMediaType() throws Exception {
        start("startScheduler=false");
        String queue = sim.data().queueIds().get(1);
        String chat = sim.live().startConversation(queue, "chat");
        clock.advance(Duration.ofSeconds(1));
        Instant before = Instant.now();
        liveConsumer().poll();
        sim.live().endConversation(chat);
        clock.advance(Duration.ofSeconds(1));
        liveConsumer().poll();
        Instant after = Instant.now();

        assertEquals(
                List.of("STARTED " + chat, "ENDED " + chat),
                events.stream()
                        .map(e -> e.getIn().getHeader(GenesysConstants.LIVE_EVENT) + " "
                                + e.getIn().getHeader(GenesysConstants.CONVERSATION_ID))
                        .collect(Collectors.toList()));
        Instant previous = Instant.MIN;
        for (Exchange e : events) {
            assertEquals(queue, e.getIn().getHeader(GenesysConstants.QUEUE_ID));
            assertEquals("chat", e.getIn().getHeader(GenesysConstants.MEDIA_TYPE));
            Instant observed = e.getIn().getHeader(GenesysConstants.LIVE_OBSERVED_AT, Instant.class);
            assertTrue(
                    !observed.isBefore(before) && !observed.isAfter(after) && observed.isAfter(previous),
                    "observed during its own poll: " + observed);
            previous = observed;
        }
        drain();
    }

    @Test
    void endsBeyondTheRequestBudgetAreReportedAtTheNextPollsEachOnceWithTheFinalState() throws Exception {
        // budget 360/min x 500 ms = 3 requests per poll: 1 observation query + 2 conversation fetches
        start("startScheduler=false&delay=500&rateLimitPerMinute=360");
        String queue = sim.data().queueIds().get(3);
        List<String> ids = List.of(
                sim.live().startConversation(queue, "voice"),
                sim.live().startConversation(queue, "voice"),
                sim.live().startConversation(queue, "voice"));
        clock.advance(Duration.ofSeconds(1));
        liveConsumer().poll();
        liveConsumer().poll();
        assertEquals(3, drain().size(), "3 STARTED over 2 polls");
        ids.forEach(sim.live()::endConversation);
        clock.advance(Duration.ofSeconds(1));

        liveConsumer().poll();
        assertEquals(2, events.size(), "two final-state fetches fit the budget");
        assertEquals(1, liveConsumer().getPendingEnds());
        assertTrue(events.stream()
                .allMatch(e -> Boolean.TRUE.equals(e.getIn().getHeader(GenesysConstants.LIVE_FINAL_STATE))));
        List<String> first = drain();
        liveConsumer().poll();
        List<String> second = drain();
        liveConsumer().poll();
        assertEquals(List.of(), drain());
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        assertEquals(
                ids.stream().map(id -> "ENDED " + id).sorted().collect(Collectors.toList()),
                all.stream().sorted().collect(Collectors.toList()),
                "each conversation ENDED exactly once");
        assertEquals(0, liveConsumer().getPendingEnds());
    }

    @Test
    void pollsRunAtAFixedRateSoPacedRequestsDoNotStretchThePeriod() throws Exception {
        start("delay=5000&initialDelay=600000&rateLimitPerMinute=300");
        assertFalse(liveConsumer().isUseFixedDelay(), "the next poll starts one delay after the previous start");
        assertEquals(5000, liveConsumer().getDelay());
        // the budget's requests, paced by the limiter, fit in one period: 25 x 200 ms = 5 s
        assertTrue(
                liveConsumer().requestBudget() * 60_000L / 300 <= liveConsumer().getDelay());
    }

    @Test
    void anExplicitUseFixedDelayIsKept() throws Exception {
        start("delay=5000&initialDelay=600000&useFixedDelay=true");
        assertTrue(liveConsumer().isUseFixedDelay());
    }

    @Test
    void snapshotModeEmitsTheWholeLiveSetEveryPoll() throws Exception {
        start("startScheduler=false&liveMode=snapshot&rawPayload=true");
        String a = sim.live().startConversation(sim.data().queueIds().get(0), "voice");
        String b = sim.live().startConversation(sim.data().queueIds().get(1), "chat");
        clock.advance(Duration.ofSeconds(1));

        liveConsumer().poll();
        assertEquals(java.util.Set.of("SNAPSHOT " + a, "SNAPSHOT " + b), new java.util.HashSet<>(drain()));
        liveConsumer().poll();
        assertEquals(2, events.size(), "the same set again");
        assertTrue(events.get(0).getIn().getBody(String.class).startsWith("{"));
        assertEquals(
                2,
                sim.stats().requestCount("GET /api/v2/conversations/{conversationId}"),
                "unchanged conversations are not fetched again");
    }

    @Test
    void a503BurstDoesNotStopTheConsumerNorRepeatEvents() throws Exception {
        start("delay=20&maxRetries=0");
        String queue = sim.data().queueIds().get(0);
        String first = sim.live().startConversation(queue, "voice");
        clock.advance(Duration.ofSeconds(1));
        awaitEvents(1);
        assertEquals(List.of("STARTED " + first), drain());

        sim.faults().next(8).on("POST", ObservationQueries.PATH).status(503);
        sim.live().endConversation(first);
        String second = sim.live().startConversation(queue, "message");
        clock.advance(Duration.ofSeconds(1));
        // A poll already in flight when the faults were scripted is served normally and may see the changes before
        // the burst; so wait for the whole burst and one good poll after it instead of counting 503s at the events.
        String observations = "POST " + ObservationQueries.PATH;
        awaitRequests(observations, 503, 8);
        long okBefore = sim.stats().requestCount(observations, 200);
        awaitRequests(observations, 200, okBefore + 1);
        awaitEvents(2);

        assertEquals(List.of("ENDED " + first, "STARTED " + second), drain(), "each change reported once");
        assertEquals(8, sim.stats().requestCount(observations, 503), "every scripted 503 was served");
        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("live"));
    }

    private void awaitRequests(String endpoint, int status, long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sim.stats().requestCount(endpoint, status) < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(
                sim.stats().requestCount(endpoint, status) >= n,
                endpoint + " " + status + ": " + sim.stats().requests());
    }

    private void awaitEvents(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (events.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(events.size() >= n, "events: " + events.size());
        Thread.sleep(100);
    }

    @Test
    void anUnknownLiveModeFailsAtStartupListingTheAllowedValues() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> start("liveMode=stream"));
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertEquals("liveMode: unknown value 'stream'; allowed: [events, snapshot]", cause.getMessage());
    }
}
