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
 * The details query refuses an interval over 7 days without a filter and over 31 days with one. A 45-day interval
 * is still delivered completely, without a refused request: the consumers split it into day-sized queries.
 */
class SearchLongIntervalTest extends SearchRouteTestSupport {

    private static GenesysCloudSimulator sim;
    private static Instant from;
    private static Instant to;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(2_000)
                .days(46)
                .rateLimitPerMinute(0)
                .build();
        sim.start();
        to = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        from = to.minus(45, ChronoUnit.DAYS);
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
    void searchWithoutAFilterOverMoreThanSevenDaysDeliversEverything() throws Exception {
        long expected = sim.data().count(Criteria.startedBetween(from, to));
        NotifyBuilder done = new NotifyBuilder(context).whenDone((int) expected).create();
        startRoute("interval=" + from + "/" + to + "&completedOnly=false&delay=1&repeatCount=1", null);

        assertTrue(done.matches(60, TimeUnit.SECONDS), "received " + exchanges.get() + " of " + expected);
        awaitIdle();
        assertEquals(expected, ids.size());
        assertEquals(0, duplicates.get());
        assertEquals(0, sim.stats().requestCount(DETAILS, 400), "no interval was refused");
    }

    @Test
    void analyticsQueryModeWithAFilterOverMoreThan31DaysDeliversEverything() throws Exception {
        long expected = sim.data()
                .count(Criteria.startedBetween(from, to).completedOnly().mediaType("voice"));
        NotifyBuilder done = new NotifyBuilder(context).whenDone((int) expected).create();
        startRoute(
                "analytics",
                "mode=query&mediaType=voice&maxInterval=60d&interval=" + from + "/" + to + "&repeatCount=1&delay=1",
                null);

        assertTrue(done.matches(60, TimeUnit.SECONDS), "received " + ids.size() + " of " + expected);
        assertEquals(expected, ids.size());
        assertEquals(0, duplicates.get());
        assertEquals(0, sim.stats().requestCount(DETAILS, 400), "no interval was refused");
    }
}
