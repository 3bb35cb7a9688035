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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.model.AnalyticsConversation;
import io.github.camelgenesys.query.DetailsQueryPager;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** genesys:search against the simulator: records and headers, maxResults, deduplication, a 429 in a run. */
class SearchConsumerTest extends SearchRouteTestSupport {

    private static GenesysCloudSimulator sim;
    private static Instant from;
    private static Instant to;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(6_000)
                .days(2)
                .rateLimitPerMinute(0)
                .build();
        sim.start();
        // the first UTC midnight of the history: the run reads a day at a time, and a first day of a few minutes (the
        // history starts at the time of day the test runs) would spread the first pages over two days
        from = sim.data().historyStart().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
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

    private String interval() {
        return from + "/" + to;
    }

    private long expected() {
        return sim.data().count(Criteria.startedBetween(from, to).completedOnly());
    }

    @Test
    void emitsTypedRecordsWithHeadersAndBatchProperties() throws Exception {
        List<Exchange> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        NotifyBuilder done = new NotifyBuilder(context).whenDone(150).create();
        startRoute("interval=" + interval() + "&maxResults=150&pageSize=100&repeatCount=1", received::add);
        assertTrue(done.matches(20, TimeUnit.SECONDS));

        Exchange first = received.get(0);
        AnalyticsConversation body =
                assertInstanceOf(AnalyticsConversation.class, first.getIn().getBody());
        assertEquals(body.conversationId(), first.getIn().getHeader(GenesysConstants.CONVERSATION_ID));
        assertTrue(!body.conversationStart().isBefore(from)
                && body.conversationStart().isBefore(to));
        assertEquals(1, first.getIn().getHeader(GenesysConstants.PAGE_NUMBER));
        assertEquals("detailsQuery", first.getIn().getHeader(GenesysConstants.SEARCH_TYPE));
        // totalHits is the API's count for the UTC day being read (the run queries one day at a time)
        Instant firstDayEnd = from.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        assertTrue(first.getIn().getHeader(GenesysConstants.TOTAL_HITS, Long.class)
                >= sim.data().count(Criteria.startedBetween(from, firstDayEnd).completedOnly()));
        assertTrue(first.getIn().getHeader(GenesysConstants.CORRELATION_ID, String.class) != null);
        assertEquals(0, first.getProperty(Exchange.BATCH_INDEX));
        assertEquals(100, first.getProperty(Exchange.BATCH_SIZE));
        Exchange lastOfPage2 = received.get(149);
        assertEquals(2, lastOfPage2.getIn().getHeader(GenesysConstants.PAGE_NUMBER));
        assertEquals(true, lastOfPage2.getProperty(Exchange.BATCH_COMPLETE));
        assertEquals(50, lastOfPage2.getProperty(Exchange.BATCH_SIZE));
    }

    @Test
    void maxResultsStopsWithoutRequestingFurtherPages() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenDone(250).create();
        startRoute("interval=" + interval() + "&maxResults=250&pageSize=100&repeatCount=1", null);
        assertTrue(done.matches(20, TimeUnit.SECONDS));
        awaitIdle();

        assertEquals(250, exchanges.get());
        assertEquals(0, duplicates.get());
        assertEquals(3, sim.stats().requestCount(DETAILS));
    }

    @Test
    void duplicatesFromPagesShiftingUnderTheQueryAreDropped() throws Exception {
        Instant end = from.plus(6, ChronoUnit.HOURS);
        Criteria criteria = Criteria.startedBetween(from, end).completedOnly();
        Set<String> truth = sim.data().conversationIds(criteria).collect(Collectors.toSet());
        AtomicBoolean injected = new AtomicBoolean();
        NotifyBuilder done = new NotifyBuilder(context).whenDone(truth.size()).create();
        startRoute("interval=" + from + "/" + end + "&pageSize=100&repeatCount=1", e -> {
            if (exchanges.get() == 250 && injected.compareAndSet(false, true)) {
                // late data starting before the current page: every later page shifts by 40 records
                sim.data().injectConversations(40, from.plusSeconds(1), "voice");
            }
        });
        assertTrue(done.matches(30, TimeUnit.SECONDS), "received " + exchanges.get() + " of " + truth.size());
        awaitIdle();

        assertTrue(injected.get());
        assertEquals(0, duplicates.get());
        assertTrue(ids.containsAll(truth), "every conversation that existed when the run began was emitted");
    }

    @Test
    void rateLimitedPageIsFetchedAgainByTheNextPoll() throws Exception {
        Instant end = from.plus(3, ChronoUnit.HOURS);
        long expected = sim.data().count(Criteria.startedBetween(from, end).completedOnly());
        AtomicBoolean scripted = new AtomicBoolean();
        NotifyBuilder done = new NotifyBuilder(context).whenDone((int) expected).create();
        // maxRetries=0: the 429 reaches the consumer instead of being retried by the client
        startRoute("interval=" + from + "/" + end + "&pageSize=100&maxRetries=0&delay=50&repeatCount=2", e -> {
            if (e.getIn().getHeader(GenesysConstants.PAGE_NUMBER, Integer.class) == 2
                    && scripted.compareAndSet(false, true)) {
                sim.faults().next(1).on("POST", DetailsQueryPager.PATH).status(429);
            }
        });
        assertTrue(done.matches(30, TimeUnit.SECONDS), "received " + exchanges.get() + " of " + expected);
        awaitIdle();

        assertEquals(expected, exchanges.get());
        assertEquals(0, duplicates.get());
        assertEquals(1, sim.stats().requestCount(DETAILS, 429));
        // the interval is the first 3 h of a UTC day (from is a midnight): its day query holds nothing before it, and
        // sorted by start the run stops at the page holding the first conversation past the interval's end
        long pages = expected / 100 + 1;
        assertEquals(pages, sim.stats().requestCount(DETAILS, 200), "no page fetched twice, none skipped");
    }
}
