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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The details query refuses any page past its pagination cap (here 1,000 results). An interval holding more than
 * 25,000 matching conversations, about 1,600 per UTC day (more than the cap, so each day must also be read from its
 * other end), 300 of them starting in the same second (in pairs in the same millisecond) where the cap falls: search
 * and analytics mode=query deliver each exactly once, never ask past the cap, and send about as many requests as the
 * pages the conversations fill.
 */
class SearchPaginationCapTest extends SearchRouteTestSupport {

    private static final int CAP = 1_000;
    private static GenesysCloudSimulator sim;
    private static Instant from;
    private static Instant to;
    private static List<String> sameSecond;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(26_000)
                .days(16)
                .rateLimitPerMinute(0)
                .maxPagedResults(CAP)
                .build();
        sim.start();
        from = sim.data().historyStart().truncatedTo(ChronoUnit.SECONDS);
        to = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        // late data: 300 conversations in one second, pairs of them in the same millisecond, around the 1,000th
        // conversation of their day (where the cap stops the forward pass and the reverse pass must meet it)
        Instant burst =
                from.plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(13));
        sameSecond = new java.util.ArrayList<>(sim.data().injectConversations(150, burst, "voice"));
        sameSecond.addAll(sim.data().injectConversations(150, burst, "voice"));
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @Override
    GenesysCloudSimulator sim() {
        return sim;
    }

    private static long expected() {
        return sim.data().count(Criteria.startedBetween(from, to).completedOnly());
    }

    private static long minimumRequests(long conversations) {
        return (conversations + 99) / 100;
    }

    @Test
    void searchDeliversEveryConversationOnceWithoutAskingPastTheCap() throws Exception {
        long expected = expected();
        assertTrue(expected > 25_000, "more than 25,000 matching conversations: " + expected);
        NotifyBuilder done = new NotifyBuilder(context).whenDone((int) expected).create();
        startRoute(
                "interval=" + from + "/" + to + "&pageSize=100&maxPagedResults=" + CAP + "&delay=1&repeatCount=1",
                null);

        assertTrue(done.matches(90, TimeUnit.SECONDS), "received " + exchanges.get() + " of " + expected);
        awaitIdle();
        assertEquals(expected, exchanges.get());
        assertEquals(0, duplicates.get());
        assertTrue(ids.containsAll(sameSecond), "the conversations of the same second");
        assertEquals(0, sim.stats().requestCount(DETAILS, 400), "no page past the cap was asked for");
        assertFewRequests("search", expected);
    }

    private static void assertFewRequests(String what, long expected) {
        long requests = sim.stats().requestCount(DETAILS, 200);
        String figures = what + ": " + requests + " requests for " + expected + " conversations, minimum "
                + minimumRequests(expected);
        System.out.println(figures);
        assertTrue(requests <= minimumRequests(expected) * 1.1, figures);
    }

    @Test
    void analyticsQueryModeDeliversEveryConversationOnceWithoutAskingPastTheCap() throws Exception {
        long expected = expected();
        NotifyBuilder done = new NotifyBuilder(context).whenDone((int) expected).create();
        startRoute(
                "analytics",
                "mode=query&interval=" + from + "/" + to + "&maxPagedResults=" + CAP + "&repeatCount=1&delay=1",
                null);

        assertTrue(done.matches(90, TimeUnit.SECONDS), "received " + exchanges.get() + " of " + expected);
        assertEquals(expected, exchanges.get());
        assertEquals(0, duplicates.get());
        assertTrue(ids.containsAll(sameSecond));
        assertEquals(0, sim.stats().requestCount(DETAILS, 400), "no page past the cap was asked for");
        assertFewRequests("analytics mode=query", expected);
    }
}
