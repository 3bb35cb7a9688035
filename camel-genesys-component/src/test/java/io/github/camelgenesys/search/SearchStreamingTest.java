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

import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * More than 25,000 conversations through one route with maxMessagesPerPoll. The route keeps no exchange (a set of
 * ids only); the consumer holds one page at a time.
 */
class SearchStreamingTest extends SearchRouteTestSupport {

    private static GenesysCloudSimulator sim;
    private static Instant from;
    private static Instant to;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(30_000)
                .days(2)
                .rateLimitPerMinute(0)
                .build();
        sim.start();
        from = sim.data().historyStart().truncatedTo(ChronoUnit.SECONDS);
        to = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Override
    GenesysCloudSimulator sim() {
        return sim;
    }

    @Test
    void streamsEveryMatchingConversationOnceWithMaxMessagesPerPoll() throws Exception {
        long expected = sim.data().count(Criteria.startedBetween(from, to).completedOnly());
        assertTrue(expected > 25_000, "the history should hold more than 25,000 matching conversations: " + expected);
        NotifyBuilder done = new NotifyBuilder(context).whenDone((int) expected).create();
        startRoute(
                "interval=" + from + "/" + to + "&maxMessagesPerPoll=1000&delay=1&pageSize=100&repeatCount="
                        + pollsFor(expected, 1000, 100),
                null);

        assertTrue(done.matches(60, TimeUnit.SECONDS), "received " + exchanges.get() + " of " + expected);
        awaitIdle();
        assertEquals(expected, exchanges.get());
        assertEquals(0, duplicates.get());
        assertEquals(expected, ids.size());
        // one query per UTC day, each ending on its short last page: every page fetched once
        long pages = sim.stats().requestCount(DETAILS, 200);
        long days = ChronoUnit.DAYS.between(from.truncatedTo(ChronoUnit.DAYS), to.truncatedTo(ChronoUnit.DAYS)) + 1;
        assertTrue(
                pages <= expected / 100 + days + 1,
                "pages fetched once each: " + pages + " for " + expected + " conversations over " + days + " days");
    }
}
