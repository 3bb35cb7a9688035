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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MessagingTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String BASE = "/api/v2/conversations/messages/";
    private static GenesysCloudSimulator sim;
    private static ApiClient client;
    private static List<String> messageConversations;

    @BeforeAll
    static void start() {
        sim = GenesysCloudSimulator.builder()
                .clock(new MutableClock(NOW))
                .conversations(3000)
                .days(10)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .build();
        client = ApiClient.authorized(sim, sim.start());
        messageConversations = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), NOW.minus(1, ChronoUnit.HOURS))
                        .mediaType("message")
                        .completedOnly())
                .toList();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    private static List<JsonNode> listed(JsonNode conversation) {
        List<JsonNode> all = new ArrayList<>();
        conversation.get("participants").forEach(p -> p.get("messages").forEach(all::add));
        return all;
    }

    @Test
    void conversationListsMessagesThatBulkReturnsInRequestOrder() {
        String id = messageConversations.get(0);
        JsonNode conv = client.get(BASE + id).json();
        List<String> ids =
                listed(conv).stream().map(m -> m.get("messageId").asText()).toList();
        assertFalse(ids.isEmpty());
        String body = ids.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",", "[", "]"));
        JsonNode bulk = client.post(BASE + id + "/messages/bulk?useNormalizedMessage=true", body)
                .json();
        List<String> returned = new ArrayList<>();
        bulk.get("entities").forEach(e -> {
            returned.add(e.get("id").asText());
            assertTrue(e.get("normalizedMessage").has("type"));
            assertFalse(e.has("textBody"), "normalized only");
        });
        assertEquals(ids, returned);
        JsonNode single = client.get(BASE + id + "/messages/" + ids.get(0)).json();
        assertEquals(ids.get(0), single.get("id").asText());
        assertTrue(single.has("textBody"), "legacy fields without useNormalizedMessage=true");
    }

    @Test
    void dataNamesAMessageConversationWithAtLeast600MessagesListedOutOfOrder() {
        ConversationData.MessageConversation large = sim.data()
                .messageConversations(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), NOW.minus(1, ChronoUnit.HOURS))
                        .completedOnly())
                .filter(m -> m.messages() >= 600 && m.listedOutOfOrder())
                .findFirst()
                .orElseThrow();

        JsonNode conversation = client.get(BASE + large.conversationId()).json();
        List<JsonNode> messages = listed(conversation);
        assertEquals(large.messages(), messages.size(), "every message listed");
        assertEquals(
                messages.size(),
                messages.stream()
                        .map(m -> m.get("messageId").asText())
                        .distinct()
                        .count());
        List<String> customerTimes = new ArrayList<>();
        conversation
                .get("participants")
                .get(0)
                .get("messages")
                .forEach(m -> customerTimes.add(m.get("messageTime").asText()));
        assertFalse(customerTimes.equals(customerTimes.stream().sorted().toList()), "listed out of timestamp order");
    }

    @Test
    void dataHasLongOutOfOrderOldAndStructuredMessages() {
        boolean outOfOrder = false;
        boolean hundreds = false;
        boolean old = false;
        boolean attachment = false;
        for (String id : messageConversations) {
            List<JsonNode> messages = listed(client.get(BASE + id).json());
            List<String> times =
                    messages.stream().map(m -> m.get("messageTime").asText()).toList();
            List<String> customerTimes = new ArrayList<>();
            client.get(BASE + id)
                    .json()
                    .get("participants")
                    .get(0)
                    .get("messages")
                    .forEach(m -> customerTimes.add(m.get("messageTime").asText()));
            outOfOrder |= !customerTimes.equals(customerTimes.stream().sorted().toList());
            hundreds |= messages.size() >= 200;
            old |= times.stream().anyMatch(t -> Instant.parse(t).isBefore(NOW.minus(90, ChronoUnit.DAYS)));
            if (!attachment && messages.size() > 0) {
                String body = messages.stream()
                        .limit(40)
                        .map(m -> "\"" + m.get("messageId").asText() + "\"")
                        .collect(Collectors.joining(",", "[", "]"));
                for (JsonNode e : client.post(BASE + id + "/messages/bulk?useNormalizedMessage=true", body)
                        .json()
                        .get("entities")) {
                    JsonNode n = e.get("normalizedMessage");
                    if ("Structured".equals(n.get("type").asText())) {
                        JsonNode a = n.get("content").get(0).get("attachment");
                        attachment = a.has("mediaType") && a.has("url") && a.has("mime") && a.has("filename");
                    }
                }
            }
            if (outOfOrder && hundreds && old && attachment) {
                break;
            }
        }
        assertTrue(outOfOrder, "some out of order");
        assertTrue(hundreds, "some with hundreds of messages");
        assertTrue(old, "some older than 90 days");
        assertTrue(attachment, "some with attachments");
    }

    @Test
    void bulkOverThousandIdsOrUnknownIdIsRejected() {
        String id = messageConversations.get(0);
        String tooMany = java.util.stream.IntStream.range(0, 1001)
                .mapToObj(i -> "\"x\"")
                .collect(Collectors.joining(",", "[", "]"));
        assertEquals(400, client.post(BASE + id + "/messages/bulk", tooMany).status());
        assertEquals(
                404, client.post(BASE + id + "/messages/bulk", "[\"nope\"]").status());
        assertEquals(404, client.get(BASE + "not-a-conversation").status());
    }
}
