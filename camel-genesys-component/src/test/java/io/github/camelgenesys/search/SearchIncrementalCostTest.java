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
package io.github.camelgenesys.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.SimulatorUris;
import io.github.camelgenesys.TestClock;
import io.github.camelgenesys.query.DetailsQueryPager;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The details query returns every conversation that started on a UTC day its interval touches, so an incremental
 * poll of the last minutes sees one or two whole days, sorted by end, of which it wants only the tail. A poll must
 * cost requests in proportion to what it delivers (plus a logarithmic search for the tail), not a page per hundred
 * conversations of those days.
 */
class SearchIncrementalCostTest extends CamelTestSupport {

    private static final String DETAILS = "POST " + DetailsQueryPager.PATH;
    // mid-day, so the 6-hour lookback touches one UTC day, which holds about 14,000 conversations before now
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofHours(4));
    private static TestClock clock;
    private static GenesysCloudSimulator sim;

    private final MemoryStateRepository state = new MemoryStateRepository();
    private final List<String> emitted = new ArrayList<>();

    @BeforeAll
    static void startSimulator() {
        clock = new TestClock(T0);
        sim = GenesysCloudSimulator.builder()
                .conversations(40_000)
                .days(2)
                .rateLimitPerMinute(0)
                .clock(clock)
                .liveRatePerMinute(0)
                .build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("state", state);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(SimulatorUris.uri(
                                sim,
                                "search",
                                "incremental=true&orderBy=conversationEnd&interval=PT6H"
                                        + "&intervalLag=0s&stateRepository=#state&stateKey=cost"
                                        + "&startScheduler=false"))
                        .routeId("incremental")
                        .process(e -> emitted.add(e.getIn().getHeader(GenesysConstants.CONVERSATION_ID, String.class)));
            }
        };
    }

    private long pollUntilIdle(SearchConsumer consumer) throws Exception {
        sim.resetStats();
        do {
            consumer.poll();
        } while (consumer.busy());
        return sim.stats().requestCount(DETAILS, 200);
    }

    @Test
    void aPollOfTheLastMinutesCostsRequestsInProportionToWhatItDelivers() throws Exception {
        SearchConsumer consumer =
                (SearchConsumer) context.getRoute("incremental").getConsumer();
        consumer.setClock(clock);
        Instant floor = T0.minus(Duration.ofHours(6));
        long firstRequests = pollUntilIdle(consumer);
        int first = emitted.size();
        assertEquals(sim.data().count(Criteria.startedBetween(floor, T0).completedOnly()), first);

        clock.advance(Duration.ofMinutes(2));
        long secondRequests = pollUntilIdle(consumer);
        int second = emitted.size() - first;

        long endedMeanwhile =
                sim.data().count(Criteria.startedBetween(floor, clock.instant()).completedOnly()) - first;
        assertEquals(endedMeanwhile, second, "the poll delivered what ended in the last 2 minutes");
        assertEquals(emitted.size(), new HashSet<>(emitted).size(), "nothing twice");
        long dayPages = sim.data().count(Criteria.startedBetween(T0.truncatedTo(ChronoUnit.DAYS), T0)) / 100;
        System.out.println("incremental: first run " + firstRequests + " requests for " + first
                + " conversations; a poll 2 minutes later " + secondRequests + " requests for " + second
                + " (the touched day fills " + dayPages + " pages)");
        // a binary search over the day's pages (about 2 log2(pages)) plus the pages of what it delivers
        long bound = 2 * (64 - Long.numberOfLeadingZeros(dayPages)) + second / 100 + 2;
        assertTrue(
                secondRequests <= bound,
                secondRequests + " requests for a poll delivering " + second + "; allowed " + bound);
    }
}
