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
package io.github.camelgenesys.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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

class DetailsQueryTest {
    private static final String PATH = "/api/v2/analytics/conversations/details/query";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant DAY1 = NOW.truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS);
    private static final Instant DAY3 = DAY1.plus(2, ChronoUnit.DAYS);
    private static GenesysCloudSimulator sim;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        sim = GenesysCloudSimulator.builder()
                .clock(new MutableClock(NOW))
                .conversations(5000)
                .days(10)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .build();
        client = ApiClient.authorized(sim, sim.start());
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    private static String interval(Instant from, Instant to) {
        return from + "/" + to;
    }

    /** Pages until conversations is absent; returns ids in order. */
    private static List<String> pageAll(String bodyWithoutPaging, int pageSize) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            String body = bodyWithoutPaging.substring(0, bodyWithoutPaging.length() - 1) + ",\"paging\":{\"pageSize\":"
                    + pageSize + ",\"pageNumber\":" + page + "}}";
            ApiClient.Reply reply = client.post(PATH, body);
            assertEquals(200, reply.status(), reply.raw());
            JsonNode conversations = reply.json().get("conversations");
            if (conversations == null) {
                return ids;
            }
            conversations.forEach(c -> ids.add(c.get("conversationId").asText()));
        }
    }

    @Test
    void pagingToTheEndReturnsEveryConversationOnceAndMatchesTheTruth() {
        String body = "{\"interval\":\"" + interval(DAY1, DAY3) + "\"}";
        List<String> ids = pageAll(body, 100);
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size(), "no duplicates");
        long truth = sim.data().count(ConversationData.Criteria.startedBetween(DAY1, DAY3));
        assertEquals(truth, ids.size());
        assertEquals(
                sim.data()
                        .conversationIds(ConversationData.Criteria.startedBetween(DAY1, DAY3))
                        .toList(),
                ids);
        JsonNode first = client.post(PATH, body).json();
        assertEquals(truth, first.get("totalHits").asLong());
        assertEquals(25, first.get("conversations").size(), "default page size");
    }

    @Test
    void intervalSelectsConversationsStartedOnEveryUtcDayItTouches() {
        String touching = "{\"interval\":\"" + interval(DAY1.plusSeconds(3600), DAY1.plusSeconds(7200)) + "\"}";
        long truth = sim.data().count(ConversationData.Criteria.startedBetween(DAY1, DAY1.plus(1, ChronoUnit.DAYS)));
        assertEquals(truth, client.post(PATH, touching).json().get("totalHits").asLong());
    }

    @Test
    void segmentAndConversationFiltersNarrowTheResults() {
        String queueId = sim.data().queueIds().get(3);
        String body = "{\"interval\":\"" + interval(DAY1, DAY3) + "\","
                + "\"segmentFilters\":[{\"type\":\"and\",\"predicates\":[{\"dimension\":\"mediaType\",\"value\":\"voice\"},"
                + "{\"dimension\":\"queueId\",\"value\":\"" + queueId + "\"}]}],"
                + "\"conversationFilters\":[{\"type\":\"and\",\"predicates\":[{\"dimension\":\"conversationEnd\","
                + "\"operator\":\"exists\"}]}]}";
        List<String> ids = pageAll(body, 50);
        long truth = sim.data()
                .count(ConversationData.Criteria.startedBetween(DAY1, DAY3)
                        .mediaType("voice")
                        .queueId(queueId)
                        .completedOnly());
        assertTrue(truth > 0);
        assertEquals(truth, ids.size());
    }

    @Test
    void orFilterOnConversationIdsReturnsExactlyThoseConversations() {
        List<String> wanted = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(DAY1, DAY3))
                .skip(10)
                .limit(3)
                .toList();
        String outside = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(DAY1.minus(3, ChronoUnit.DAYS), DAY1))
                .findFirst()
                .orElseThrow();
        String predicates = java.util.stream.Stream.concat(
                        wanted.stream(), java.util.stream.Stream.of(outside, "bogus"))
                .map(id -> "{\"dimension\":\"conversationId\",\"value\":\"" + id + "\"}")
                .collect(Collectors.joining(","));
        String body = "{\"interval\":\"" + interval(DAY1, DAY3) + "\",\"conversationFilters\":[{\"type\":\"or\","
                + "\"predicates\":[" + predicates + "]}]}";
        assertEquals(wanted, pageAll(body, 100));
    }

    @Test
    void descendingOrderAndOrderByConversationEnd() {
        String asc = "{\"interval\":\"" + interval(DAY1, DAY3) + "\"}";
        List<String> ascending = pageAll(asc, 100);
        String desc = "{\"interval\":\"" + interval(DAY1, DAY3) + "\",\"order\":\"desc\"}";
        List<String> descending = pageAll(desc, 100);
        List<String> reversed = new ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending);

        String byEnd = "{\"interval\":\"" + interval(DAY1, DAY3) + "\",\"orderBy\":\"conversationEnd\","
                + "\"paging\":{\"pageSize\":100,\"pageNumber\":2}}";
        JsonNode page = client.post(PATH, byEnd).json().get("conversations");
        String previous = "";
        for (JsonNode c : page) {
            String end = c.get("conversationEnd").asText();
            assertTrue(end.compareTo(previous) >= 0, "ordered by end");
            previous = end;
        }
    }

    @Test
    void injectedLateConversationsShiftPagesAndAppearInResults() {
        Instant dayBefore = DAY1.minus(1, ChronoUnit.DAYS);
        String body = "{\"interval\":\"" + interval(dayBefore, DAY1) + "\","
                + "\"paging\":{\"pageSize\":10,\"pageNumber\":2}}";
        String firstOfPage2 = client.post(PATH, body)
                .json()
                .get("conversations")
                .get(0)
                .get("conversationId")
                .asText();
        List<String> injected = sim.data().injectConversations(5, dayBefore.plusMillis(1), "message");
        JsonNode after = client.post(PATH, body).json();
        assertFalse(firstOfPage2.equals(
                after.get("conversations").get(0).get("conversationId").asText()));
        assertEquals(
                firstOfPage2,
                after.get("conversations").get(5).get("conversationId").asText());
        List<String> all = pageAll("{\"interval\":\"" + interval(dayBefore, DAY1) + "\"}", 100);
        assertTrue(all.containsAll(injected));
        assertEquals(sim.data().count(ConversationData.Criteria.startedBetween(dayBefore, DAY1)), all.size());
    }

    @Test
    void badRequestsGet400NamingTheField() {
        String iv = interval(DAY1, DAY3);
        assertBad("{\"interval\":\"" + iv + "\",\"paging\":{\"pageSize\":101}}", "paging.pageSize");
        assertBad("{\"interval\":\"" + iv + "\",\"bogus\":1}", "bogus");
        assertBad("{\"interval\":\"" + iv + "\"", "body");
        assertBad("{\"interval\":\"" + DAY3 + "/" + DAY1 + "\"}", "interval");
        assertBad("{\"interval\":\"yesterday\"}", "interval");
        assertBad("{\"interval\":\"" + iv + "\",\"order\":\"sideways\"}", "order");
        assertBad(
                "{\"interval\":\"" + iv + "\",\"segmentFilters\":[{\"type\":\"xor\",\"predicates\":[]}]}",
                "segmentFilters[0].type");
        assertBad(
                "{\"interval\":\"" + iv + "\",\"segmentFilters\":[{\"type\":\"and\",\"predicates\":"
                        + "[{\"dimension\":\"mediaType\",\"operator\":\"like\",\"value\":\"x\"}]}]}",
                "segmentFilters[0].predicates[0].operator");
    }

    @Test
    void aPagePastTheCapIs400PaginationMayNotExceedWithTheApisTip() {
        String body = "{\"interval\":\"" + interval(DAY1, DAY3) + "\",\"paging\":{\"pageSize\":100,\"pageNumber\":";
        assertEquals(200, client.post(PATH, body + "1000}}").status(), "page 1000 x 100 reaches the cap exactly");
        ApiClient.Reply past = client.post(PATH, body + "1001}}");
        assertEquals(400, past.status(), past.raw());
        assertTrue(
                past.json().get("message").asText().startsWith("Pagination may not exceed 100000 results."),
                past.raw());
        assertTrue(past.json().get("message").asText().contains("Tip: When extracting large chunks of data"));
        assertEquals("bad.request", past.json().get("code").asText());
        assertEquals(400, past.json().get("status").asInt());
        assertEquals(
                200,
                client.post(
                                PATH,
                                "{\"interval\":\"" + interval(DAY1, DAY3)
                                        + "\",\"paging\":{\"pageSize\":50,\"pageNumber\":2000}}")
                        .status(),
                "50 x 2000 = the cap");
    }

    @Test
    void intervalsOver7DaysWithoutAFilterOr31DaysWithOneAre400() {
        String filter = ",\"segmentFilters\":[{\"type\":\"and\",\"predicates\":[{\"dimension\":\"mediaType\","
                + "\"value\":\"voice\"}]}]";
        Instant from = DAY3.minus(40, ChronoUnit.DAYS);
        ApiClient.Reply unfiltered = client.post(
                PATH,
                "{\"interval\":\""
                        + interval(from, from.plus(Duration.ofDays(7)).plusMillis(1)) + "\"}");
        assertEquals(400, unfiltered.status(), unfiltered.raw());
        assertEquals(
                "You must specify a search interval as part of your query that does not exceed 7 days.",
                unfiltered.json().get("message").asText());
        assertEquals(
                200,
                client.post(PATH, "{\"interval\":\"" + interval(from, from.plus(Duration.ofDays(7))) + "\"}")
                        .status());
        assertEquals(
                200,
                client.post(
                                PATH,
                                "{\"interval\":\"" + interval(from, from.plus(Duration.ofDays(31))) + "\"" + filter
                                        + "}")
                        .status());
        ApiClient.Reply filtered = client.post(
                PATH, "{\"interval\":\"" + interval(from, from.plus(Duration.ofDays(32))) + "\"" + filter + "}");
        assertEquals(400, filtered.status(), filtered.raw());
        assertEquals(
                "You must specify a search interval as part of your query that does not exceed 31 days.",
                filtered.json().get("message").asText());
    }

    private static void assertBad(String body, String field) {
        ApiClient.Reply reply = client.post(PATH, body);
        assertEquals(400, reply.status(), reply.raw());
        assertEquals(field, reply.json().get("details").get(0).get("fieldName").asText(), reply.raw());
        assertTrue(reply.json().get("message").asText().contains(field.replaceAll("\\[.*", "")), reply.raw());
    }
}
