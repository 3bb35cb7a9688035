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
package io.github.camelgenesys.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.TestClock;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysClientFactory;
import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.model.PagedConversation;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The day-by-day reader against a simulator whose cap is 500 results, with 1,650 conversations a day: the history
 * runs from 2026-03-08T12:00Z (825 conversations that day) to 2026-03-10T12:00Z.
 */
class DetailsQueryPagerTest {

    private static final String DETAILS = "POST " + DetailsQueryPager.PATH;
    private static GenesysCloudSimulator sim;
    private static GenesysClientFactory factory;
    private static GenesysClient client;
    private static Instant from;
    private static Instant to;

    @BeforeAll
    static void start() {
        sim = GenesysCloudSimulator.builder()
                .clock(new TestClock(Instant.parse("2026-03-10T12:00:00Z")))
                .conversations(3_300)
                .days(2)
                .rateLimitPerMinute(0)
                .maxPagedResults(500)
                .liveRatePerMinute(0)
                .build();
        String baseUrl = sim.start();
        factory = new GenesysClientFactory();
        client = factory.client(GenesysClientSettings.builder()
                .apiUrl(baseUrl)
                .loginUrl(baseUrl)
                .clientId(sim.clientId())
                .clientSecret(sim.clientSecret())
                .rateLimitPerMinute(0)
                .maxRetries(0)
                .build());
        from = sim.data().historyStart();
        to = Instant.parse("2026-03-10T11:00:00Z");
    }

    @AfterAll
    static void stop() {
        factory.close();
        sim.stop();
    }

    private static ObjectNode query(String order, String orderBy) {
        return GenesysJson.mapper().createObjectNode().put("order", order).put("orderBy", orderBy);
    }

    @Test
    void descendingByEndReadsEveryConversationOnceFromBothEndsOfEachDay() {
        sim.resetStats();
        // the first day holds 825: 500 read from its end (desc), the rest from its start
        Instant start = from;
        Instant end = from.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        DetailsQueryPager pager = new DetailsQueryPager(
                client, query("desc", "conversationEnd"), new QueryInterval(start, end), 100, 500, false);
        List<String> ids = new ArrayList<>();
        for (DetailsQueryPager.Page page = pager.next(); page != null; page = pager.next()) {
            page.records().forEach(r -> ids.add(r.conversationId()));
        }
        Set<String> truth =
                sim.data().conversationIds(Criteria.startedBetween(start, end)).collect(Collectors.toSet());
        assertTrue(truth.size() > 500 && truth.size() < 1000, "between the cap and twice the cap: " + truth.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "nothing twice");
        assertEquals(truth, new HashSet<>(ids));
        assertEquals(0, sim.stats().requestCount(DETAILS, 400), "no page past the cap");
        assertEquals(pager.requests(), sim.stats().requestCount(DETAILS, 200));
    }

    @Test
    void aDayWithMoreThanTwiceTheCapFailsNamingTheDayInsteadOfAskingPastIt() {
        sim.resetStats();
        Instant day = from.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        DetailsQueryPager pager = new DetailsQueryPager(
                client,
                query("asc", "conversationStart"),
                new QueryInterval(day, day.plus(1, ChronoUnit.DAYS)),
                100,
                500,
                false);
        GenesysException e = assertThrows(GenesysException.class, () -> {
            while (pager.next() != null) {
                // read until the reader gives up
            }
        });
        assertTrue(e.getMessage().contains("started on " + day.toString().substring(0, 10)), e.getMessage());
        assertTrue(e.getMessage().contains("maxPagedResults=500"), e.getMessage());
        assertEquals(0, sim.stats().requestCount(DETAILS, 400), "no page past the cap");
        assertEquals(10, sim.stats().requestCount(DETAILS, 200), "5 pages forwards, 5 backwards");
    }

    /** The first day (825 conversations, more than the cap) as one query sorted by conversationEnd. */
    private static DetailsQueryPager firstDayAfter(Instant watermark) {
        Instant end = from.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        return DetailsQueryPager.afterWatermark(
                client, query("asc", "conversationEnd"), new QueryInterval(from, end), 100, 500, false, watermark);
    }

    @Test
    void aWatermarkSeekStartsAtTheFirstPageHoldingARecordEndingAtOrAfterTheWatermark() {
        DetailsQueryPager fromStart = firstDayAfter(null);
        List<DetailsQueryPager.Page> pages = List.of(fromStart.next(), fromStart.next(), fromStart.next());
        assertEquals(
                List.of(1, 2, 3),
                pages.stream().map(DetailsQueryPager.Page::number).toList());
        Instant watermark = pages.get(2).records().get(49).conversationEnd();

        sim.resetStats();
        DetailsQueryPager pager = firstDayAfter(watermark);
        DetailsQueryPager.Page first = pager.next();
        assertEquals(3, first.number(), "page 2 ends before the watermark, page 3 holds it");
        assertEquals(ids(pages.get(2)), ids(first));
        assertTrue(pager.requests() <= 7, "a logarithmic search over the 5 pages the cap allows: " + pager.requests());
        assertEquals(pager.requests(), sim.stats().requestCount(DETAILS, 200));
    }

    @Test
    void aWatermarkPastTheCapFailsNamingMaxPagedResultsInsteadOfAskingPastIt() {
        sim.resetStats();
        DetailsQueryPager pager = firstDayAfter(Instant.parse("2026-03-10T00:00:00Z"));
        GenesysException e = assertThrows(GenesysException.class, pager::next);
        assertEquals("client.pagination.cap", e.getCode());
        assertTrue(e.getMessage().contains("maxPagedResults=500"), e.getMessage());
        assertEquals(0, sim.stats().requestCount(DETAILS, 400), "no page past the cap");
    }

    private static List<String> ids(DetailsQueryPager.Page page) {
        return page.records().stream().map(PagedConversation::conversationId).toList();
    }
}
