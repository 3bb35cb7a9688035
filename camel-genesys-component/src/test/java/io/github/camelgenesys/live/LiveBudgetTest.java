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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.TestClock;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 200 queues and about 1,000 live conversations: every poll stays within its share of the rate limit. The budget is
 * rateLimitPerMinute x delay / 60 s; the test scales both (3000/min, 500 ms) to keep the production ratio of 25
 * requests per poll (300/min, 5 s) while running fast.
 */
class LiveBudgetTest extends CamelTestSupport {

    private static final int BUDGET = 25;
    private static TestClock clock;
    private static GenesysCloudSimulator sim;

    private final Map<String, Integer> events = new HashMap<>();

    @BeforeAll
    static void startSimulator() {
        clock = new TestClock(Instant.now());
        sim = GenesysCloudSimulator.builder()
                .conversations(100)
                .queues(200)
                .liveRatePerMinute(300)
                .rateLimitPerMinute(0)
                .clock(clock)
                .build();
        clock.advance(Duration.ofMinutes(20));
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(sim, "live", "startScheduler=false&delay=500&rateLimitPerMinute=3000"))
                        .routeId("live")
                        .process(e -> events.merge(
                                e.getIn().getHeader(GenesysConstants.LIVE_EVENT, String.class), 1, Integer::sum));
            }
        };
    }

    private long apiRequests() {
        return sim.stats().requests().entrySet().stream()
                .filter(e -> e.getKey().contains("/api/v2/"))
                .mapToLong(e -> e.getValue().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .sum();
    }

    @Test
    void everyPollStaysWithinItsShareOfTheRateLimit() throws Exception {
        LiveConsumer consumer = (LiveConsumer) context.getRoute("live").getConsumer();
        int live = sim.live().liveConversationIds().size();
        assertTrue(live > 800, "about 1,000 live conversations: " + live);
        assertEquals(BUDGET, consumer.requestBudget());
        long observationsBefore = sim.stats().requestCount("POST " + ObservationQueries.PATH);
        long listingsBefore = sim.stats().requestCount("GET " + QueueDirectory.PATH);

        int known = 0;
        for (int poll = 0; poll < 6; poll++) {
            long before = apiRequests();
            consumer.poll();
            long sent = apiRequests() - before;
            assertTrue(sent <= BUDGET, "poll " + poll + " sent " + sent + " requests");
            assertEquals(sent, consumer.getLastPollRequests());
            assertTrue(consumer.getLiveConversations() > known, "the consumer makes progress every poll");
            known = consumer.getLiveConversations();
            clock.advance(Duration.ofSeconds(5));
        }
        // 200 queues in 1 observation query per poll (200 predicates); the queue list once (2 pages of 100)
        assertEquals(6, sim.stats().requestCount("POST " + ObservationQueries.PATH) - observationsBefore);
        assertEquals(0, sim.stats().requestCount("POST " + ObservationQueries.PATH, 400));
        assertEquals(2, sim.stats().requestCount("GET " + QueueDirectory.PATH) - listingsBefore);
        assertTrue(
                events.getOrDefault("STARTED", 0) + events.getOrDefault("ENDED", 0) >= 6 * (BUDGET - 3),
                "events: " + events);
    }

    @Test
    void mediaTypePredicatesShareThePredicateCapWithTheQueues() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(
                                sim,
                                "live",
                                "startScheduler=false&delay=500&rateLimitPerMinute=3000" + "&mediaType=voice,message"))
                        .routeId("media")
                        .to("mock:media");
            }
        });
        LiveConsumer consumer = (LiveConsumer) context.getRoute("media").getConsumer();
        long before = sim.stats().requestCount("POST " + ObservationQueries.PATH, 200);
        consumer.poll();
        // 200 queues + 2 media types = 202 predicates: 198 queues + 2 media, then 2 queues + 2 media
        assertEquals(before + 2, sim.stats().requestCount("POST " + ObservationQueries.PATH, 200));
        assertEquals(0, sim.stats().requestCount("POST " + ObservationQueries.PATH, 400));
        assertTrue(consumer.getLiveConversations() > 0);
    }
}
