package io.github.camelgenesys.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.TestClock;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** genesys:live against conversations started, answered and ended by hand in the simulator. */
class LiveConsumerTest extends CamelTestSupport {

    private static TestClock clock;
    private static GenesysCloudSimulator sim;

    private final List<Exchange> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startSimulator() {
        clock = new TestClock(Instant.now());
        sim = GenesysCloudSimulator.builder().conversations(100).queues(5).liveRatePerMinute(0).rateLimitPerMinute(0)
                .clock(clock).build();
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
        List<String> seen = events.stream().map(e -> e.getIn().getHeader(GenesysConstants.LIVE_EVENT) + " "
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
        LiveConversation body = assertInstanceOf(LiveConversation.class, started.getIn().getBody());
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
        LiveConversation last = assertInstanceOf(LiveConversation.class, ended.getIn().getBody());
        assertTrue(last.participants().stream().anyMatch(p -> "agent".equals(p.purpose())),
                "the body of ENDED is the last known conversation (answered by an agent)");

        liveConsumer().poll();
        assertEquals(List.of(), drain(), "ENDED is reported once");
        // 4 conversation fetches would mean one per poll; only STARTED and UPDATED needed one
        assertEquals(2, sim.stats().requestCount("GET /api/v2/conversations/{conversationId}"));
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
        assertEquals(2, sim.stats().requestCount("GET /api/v2/conversations/{conversationId}"),
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
        awaitEvents(2);

        assertEquals(List.of("ENDED " + first, "STARTED " + second), drain());
        assertTrue(sim.stats().requestCount("POST " + ObservationQueries.PATH, 503) >= 3,
                "polls failed with 503: " + sim.stats().requests());
        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("live"));
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
