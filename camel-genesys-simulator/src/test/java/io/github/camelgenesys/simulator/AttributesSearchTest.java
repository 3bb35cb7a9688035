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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttributesSearchTest {
    private static final String PATH = "/api/v2/conversations/participants/attributes/search";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static GenesysCloudSimulator sim;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        sim = GenesysCloudSimulator.builder()
                .clock(new MutableClock(NOW))
                .conversations(2000)
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

    @Test
    void cursorPagesThroughAllMatchesOnce() {
        Instant from = NOW.minus(2, ChronoUnit.DAYS);
        String query = "\"query\":[{\"type\":\"DATE_RANGE\",\"fields\":[\"startTime\"],\"startValue\":\"" + from
                + "\",\"endValue\":\"" + NOW
                + "\"},{\"type\":\"EXACT\",\"fields\":[\"participants.attributes.segment\"],"
                + "\"value\":\"gold\"}]";
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Reply reply =
                    client.post(PATH, "{" + query + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "}");
            assertEquals(200, reply.status(), reply.raw());
            JsonNode page = reply.json();
            page.get("results").forEach(r -> {
                ids.add(r.get("conversationId").asText());
                assertEquals(
                        "gold",
                        r.get("participants")
                                .get(0)
                                .get("attributes")
                                .get("segment")
                                .asText());
            });
            cursor = page.has("cursor") ? page.get("cursor").asText() : null;
        } while (cursor != null);
        assertTrue(ids.size() > 25, "more than one page");
        assertEquals(ids.size(), new HashSet<>(ids).size());
        long inRange = sim.data().count(ConversationData.Criteria.startedBetween(from, NOW));
        assertTrue(ids.size() < inRange);
    }

    @Test
    void returnFieldsLimitTheResultFieldsSoConversationIdIsOnlyThereWhenAsked() {
        String query = "\"query\":[{\"type\":\"EXACT\",\"fields\":[\"participants.attributes.segment\"],"
                + "\"value\":\"gold\"}]";
        JsonNode without = client.post(PATH, "{" + query + ",\"returnFields\":[\"participants.attributes.segment\"]}")
                .json()
                .get("results");
        assertTrue(without.size() > 0);
        without.forEach(r -> {
            assertTrue(r.get("conversationId") == null, r.toString());
            assertTrue(r.has("participants"), r.toString());
        });
        JsonNode with = client.post(PATH, "{" + query + ",\"returnFields\":[\"conversationId\",\"startTime\"]}")
                .json()
                .get("results");
        with.forEach(r -> {
            assertTrue(r.hasNonNull("conversationId") && r.hasNonNull("startTime"), r.toString());
            assertTrue(r.get("participants") == null, r.toString());
        });
        client.post(PATH, "{" + query + "}")
                .json()
                .get("results")
                .forEach(r -> assertTrue(r.hasNonNull("conversationId"), "all fields without returnFields"));
    }

    @Test
    void unknownFieldOrTypeIs400() {
        ApiClient.Reply reply =
                client.post(PATH, "{\"query\":[{\"type\":\"EXACT\",\"fields\":[\"color\"],\"value\":\"x\"}]}");
        assertEquals(400, reply.status());
        assertEquals(
                "query[0].fields",
                reply.json().get("details").get(0).get("fieldName").asText());
        assertEquals(
                400,
                client.post(PATH, "{\"query\":[{\"type\":\"FUZZY\",\"fields\":[\"conversationId\"]}]}")
                        .status());
    }
}
