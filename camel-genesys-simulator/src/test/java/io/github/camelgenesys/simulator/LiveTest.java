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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveTest {
    private static final String OBS = "/api/v2/analytics/queues/observations/query";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    private GenesysCloudSimulator sim;
    private ApiClient client;

    private void start(int liveRate) {
        sim = GenesysCloudSimulator.builder()
                .clock(clock)
                .conversations(100)
                .rateLimitPerMinute(0)
                .queues(3)
                .liveRatePerMinute(liveRate)
                .build();
        client = ApiClient.authorized(sim, sim.start());
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    private JsonNode observe(String queueId) {
        ApiClient.Reply reply = client.post(
                OBS,
                "{\"filter\":{\"type\":\"or\",\"predicates\":[{\"dimension\":\"queueId\","
                        + "\"value\":\"" + queueId
                        + "\"}]},\"metrics\":[\"oWaiting\",\"oInteracting\",\"oOnQueueUsers\"],"
                        + "\"detailMetrics\":[\"oWaiting\",\"oInteracting\"]}");
        assertEquals(200, reply.status(), reply.raw());
        return reply.json().get("results").get(0);
    }

    private static Set<String> observed(JsonNode result, String metric) {
        Set<String> ids = new HashSet<>();
        for (JsonNode d : result.get("data")) {
            if (d.get("metric").asText().equals(metric) && d.has("observations")) {
                d.get("observations")
                        .forEach(o -> ids.add(o.get("conversationId").asText()));
            }
        }
        return ids;
    }

    private static long count(JsonNode result, String metric) {
        for (JsonNode d : result.get("data")) {
            if (d.get("metric").asText().equals(metric)) {
                return d.get("stats").get("count").asLong();
            }
        }
        return -1;
    }

    @Test
    void manualConversationMovesWaitingInteractingEndedInObservationsAndGetConversation() {
        start(0);
        String queueId = sim.data().queueIds().get(1);
        String id = sim.live().startConversation(queueId, "voice");
        JsonNode waiting = observe(queueId);
        assertEquals(Set.of(id), observed(waiting, "oWaiting"));
        assertEquals(1, count(waiting, "oWaiting"));
        assertEquals(0, count(waiting, "oInteracting"));
        JsonNode conv = client.get("/api/v2/conversations/" + id).json();
        assertEquals("connected", conv.get("state").asText());
        assertEquals(2, conv.get("participants").size(), "customer and acd while waiting");

        clock.advance(Duration.ofSeconds(10));
        sim.live().answerConversation(id);
        JsonNode interacting = observe(queueId);
        assertEquals(Set.of(id), observed(interacting, "oInteracting"));
        assertTrue(observed(interacting, "oWaiting").isEmpty());
        conv = client.get("/api/v2/conversations/" + id).json();
        assertEquals(3, conv.get("participants").size());
        assertEquals("agent", conv.get("participants").get(2).get("purpose").asText());
        assertEquals(
                "connected",
                conv.get("participants").get(2).get("calls").get(0).get("state").asText());

        clock.advance(Duration.ofSeconds(30));
        sim.live().endConversation(id);
        JsonNode after = observe(queueId);
        assertTrue(observed(after, "oInteracting").isEmpty());
        assertFalse(sim.live().liveConversationIds().contains(id));
        conv = client.get("/api/v2/conversations/" + id).json();
        assertEquals("disconnected", conv.get("state").asText());
        assertTrue(conv.has("endTime"));
    }

    @Test
    void automaticConversationsStartProgressAndEndWithTime() {
        start(60);
        Set<String> first = sim.live().liveConversationIds();
        clock.advance(Duration.ofMinutes(3));
        Set<String> later = sim.live().liveConversationIds();
        assertFalse(later.isEmpty());
        assertNotEquals(first, later);
        clock.advance(Duration.ofMinutes(10));
        Set<String> muchLater = sim.live().liveConversationIds();
        assertTrue(muchLater.stream().noneMatch(first::contains), "the first ones ended");
        long observedTotal = 0;
        for (String q : sim.data().queueIds()) {
            JsonNode r = observe(q);
            observedTotal += count(r, "oWaiting") + count(r, "oInteracting");
        }
        assertEquals(muchLater.size(), observedTotal);
    }

    @Test
    void historicalConversationIsReadableAndUnknownIs404() {
        start(0);
        String id = sim.data()
                .conversationIds(
                        ConversationData.Criteria.startedBetween(sim.data().historyStart(), clock.instant())
                                .completedOnly())
                .findFirst()
                .orElseThrow();
        JsonNode conv = client.get("/api/v2/conversations/" + id).json();
        assertEquals(id, conv.get("id").asText());
        assertEquals("disconnected", conv.get("state").asText());
        assertEquals(
                404,
                client.get("/api/v2/conversations/00000000-0000-4000-8000-000000000000")
                        .status());
    }

    @Test
    void routingQueuesArePaged() {
        start(0);
        JsonNode page1 =
                client.get("/api/v2/routing/queues?pageSize=2&pageNumber=1").json();
        assertEquals(3, page1.get("total").asInt());
        assertEquals(2, page1.get("pageCount").asInt());
        assertEquals(2, page1.get("entities").size());
        JsonNode page2 =
                client.get("/api/v2/routing/queues?pageSize=2&pageNumber=2").json();
        assertEquals(1, page2.get("entities").size());
        assertEquals(
                sim.data().queueIds().get(2),
                page2.get("entities").get(0).get("id").asText());
        assertEquals(400, client.get("/api/v2/routing/queues?pageSize=501").status());
    }

    @Test
    void observationsWithoutQueueOrWithUnknownMetricAre400() {
        start(0);
        assertEquals(400, client.post(OBS, "{\"metrics\":[\"oWaiting\"]}").status());
        ApiClient.Reply bad = client.post(
                OBS,
                "{\"filter\":{\"type\":\"or\",\"predicates\":[{\"dimension\":\"queueId\"," + "\"value\":\""
                        + sim.data().queueIds().get(0) + "\"}]},\"metrics\":[\"oBogus\"]}");
        assertEquals(400, bad.status());
        assertEquals(
                "metrics[0]", bad.json().get("details").get(0).get("fieldName").asText());
    }

    @Test
    void observationQueryOverThePredicateCapIs400() {
        sim = GenesysCloudSimulator.builder()
                .clock(clock)
                .conversations(10)
                .rateLimitPerMinute(0)
                .queues(3)
                .liveRatePerMinute(0)
                .maxObservationPredicates(3)
                .build();
        client = ApiClient.authorized(sim, sim.start());
        String queues = sim.data().queueIds().stream()
                .map(q -> "{\"dimension\":\"queueId\",\"value\":\"" + q + "\"}")
                .collect(java.util.stream.Collectors.joining(","));
        String three = "{\"filter\":{\"type\":\"or\",\"predicates\":[" + queues + "]},\"metrics\":[\"oWaiting\"]}";
        assertEquals(200, client.post(OBS, three).status(), "3 predicates: at the cap");
        ApiClient.Reply four = client.post(
                OBS,
                "{\"filter\":{\"type\":\"and\",\"clauses\":[{\"type\":\"or\","
                        + "\"predicates\":[" + queues
                        + "]},{\"type\":\"or\",\"predicates\":[{\"dimension\":\"mediaType\","
                        + "\"value\":\"voice\"}]}]},\"metrics\":[\"oWaiting\"]}");
        assertEquals(400, four.status(), four.raw());
        assertEquals(
                "filter", four.json().get("details").get(0).get("fieldName").asText());
        assertTrue(four.json().get("message").asText().contains("at most 3 query predicates"), four.raw());
    }
}
