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
package io.github.camelgenesys.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.simulator.ConversationData;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagingProducerTest extends CamelTestSupport {

    private static GenesysCloudSimulator sim;
    private static String baseUrl;
    /** Message conversations of the simulator with their listing (GET conversation). */
    private static final List<Listing> LISTINGS = new ArrayList<>();

    record Listing(String conversationId, List<String> ids, List<Instant> times, boolean ordered) {
        int size() {
            return ids.size();
        }

        boolean hasOld(Instant cutoff) {
            return times.stream().anyMatch(t -> t.isBefore(cutoff));
        }
    }

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(3000)
                .days(30)
                .seed(7L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .build();
        baseUrl = sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    private String uri(String extra) {
        return "genesys:messaging?apiUrl=" + baseUrl + "&loginUrl=" + baseUrl + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&rateLimitPerMinute=0" + extra;
    }

    private synchronized List<Listing> listings() {
        if (LISTINGS.isEmpty()) {
            GenesysEndpoint endpoint = context.getEndpoint(uri(""), GenesysEndpoint.class);
            endpoint.start();
            Instant now = Instant.now();
            sim.data()
                    .conversationIds(ConversationData.Criteria.startedBetween(
                                    sim.data().historyStart(), now.minus(Duration.ofHours(1)))
                            .mediaType("message")
                            .completedOnly())
                    .limit(600)
                    .forEach(id -> {
                        JsonNode c = endpoint.getClient()
                                .get("/api/v2/conversations/messages/" + id, null, JsonNode.class)
                                .body();
                        List<String> ids = new ArrayList<>();
                        List<Instant> times = new ArrayList<>();
                        boolean ordered = true;
                        for (JsonNode p : c.get("participants")) {
                            Instant previous = null;
                            for (JsonNode m : p.get("messages")) {
                                ids.add(m.get("messageId").asText());
                                Instant t = Instant.parse(m.get("messageTime").asText());
                                times.add(t);
                                ordered &= previous == null || !t.isBefore(previous);
                                previous = t;
                            }
                        }
                        LISTINGS.add(new Listing(id, ids, times, ordered));
                    });
        }
        return LISTINGS;
    }

    private Listing largest() {
        return listings().stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElseThrow();
    }

    private Listing firstWhere(java.util.function.Predicate<Listing> p) {
        return listings().stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no such conversation"));
    }

    private Exchange sync(String extra, String conversationId) {
        Exchange result = template.request(
                uri(extra), e -> e.getMessage().setHeader(GenesysConstants.CONVERSATION_ID, conversationId));
        if (result.getException() != null) {
            throw new AssertionError(result.getException());
        }
        return result;
    }

    private static MessageTimeline timeline(Exchange e) {
        return e.getMessage().getBody(MessageTimeline.class);
    }

    private static void assertChronological(MessageTimeline t) {
        for (int i = 1; i < t.messages().size(); i++) {
            assertFalse(
                    t.messages()
                            .get(i)
                            .timestamp()
                            .isBefore(t.messages().get(i - 1).timestamp()),
                    "timeline not sorted at " + i);
        }
    }

    @Test
    void largeConversationIsSyncedCompletelyInSeveralBulkCallsWithEveryAttachmentUrl() {
        Listing big = largest();
        assertTrue(big.size() >= 200, "the simulator should have a conversation with hundreds of messages");
        Exchange e = sync("&retentionDays=0&bulkSize=100", big.conversationId());
        MessageTimeline t = timeline(e);

        assertEquals(big.size(), t.messages().size());
        assertEquals(
                new HashSet<>(big.ids()),
                t.messages().stream().map(MessageTimeline.Message::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals((big.size() + 99) / 100, t.counts().bulkCalls());
        assertChronological(t);
        assertEveryAttachmentUrlListed(t);
        assertEquals(big.size(), e.getMessage().getHeader(GenesysConstants.MESSAGE_COUNT));
        assertEquals(big.conversationId(), e.getMessage().getHeader(GenesysConstants.CONVERSATION_ID));
    }

    private static void assertEveryAttachmentUrlListed(MessageTimeline t) {
        List<String> urls = new ArrayList<>();
        t.messages().forEach(m -> m.attachments().forEach(a -> urls.add(a.url())));
        assertFalse(urls.isEmpty());
        assertEquals(urls, t.mediaLinks());
        assertTrue(t.messages().stream()
                .filter(m -> "Structured".equals(m.type()))
                .allMatch(m -> !m.attachments().isEmpty()
                        && t.mediaLinks().contains(m.attachments().get(0).url())));
    }

    @Test
    void sixHundredMessageConversationListedOutOfOrderIsSyncedCompletelySortedWithEveryAttachmentUrl() {
        ConversationData.MessageConversation big = sim.data()
                .messageConversations(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), Instant.now().minus(Duration.ofHours(1)))
                        .completedOnly())
                .filter(m -> m.messages() >= 600 && m.listedOutOfOrder())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the simulator should have a 600-message conversation"));

        Exchange e = sync("&retentionDays=0&bulkSize=250", big.conversationId());
        MessageTimeline t = timeline(e);

        assertEquals(big.messages(), t.messages().size(), "synced completely");
        assertEquals(
                big.messages(),
                t.messages().stream()
                        .map(MessageTimeline.Message::id)
                        .distinct()
                        .count(),
                "no message twice");
        assertEquals((big.messages() + 249) / 250, t.counts().bulkCalls());
        assertFalse(t.ordered(), "the listing was out of order");
        assertEquals(Boolean.FALSE, e.getMessage().getHeader(GenesysConstants.MESSAGES_ORDERED));
        assertChronological(t);
        assertEveryAttachmentUrlListed(t);
        assertEquals(big.messages(), e.getMessage().getHeader(GenesysConstants.MESSAGE_COUNT));
    }

    @Test
    void conversationIdInTheBodyWorksToo() {
        Listing any = listings().get(0);
        Exchange e =
                template.request(uri("&retentionDays=0"), x -> x.getMessage().setBody(any.conversationId()));
        assertEquals(any.size(), timeline(e).messages().size());
    }

    @Test
    void outOfOrderListingIsFlaggedAndTheTimelineSorted() {
        Listing shuffled = firstWhere(l -> !l.ordered() && l.size() > 4);
        Exchange e = sync("&retentionDays=0", shuffled.conversationId());
        MessageTimeline t = timeline(e);
        assertFalse(t.ordered());
        assertEquals(Boolean.FALSE, e.getMessage().getHeader(GenesysConstants.MESSAGES_ORDERED));
        assertEquals(shuffled.size(), t.messages().size());
        assertChronological(t);

        Listing inOrder = firstWhere(Listing::ordered);
        assertTrue(timeline(sync("&retentionDays=0", inOrder.conversationId())).ordered());
    }

    @Test
    void typeFilterKeepsExactlyTheRequestedTypes() {
        Listing big = largest();
        MessageTimeline all = timeline(sync("&retentionDays=0", big.conversationId()));
        long structured = all.messages().stream()
                .filter(m -> "Structured".equals(m.type()))
                .count();
        assertTrue(structured > 0);

        MessageTimeline only = timeline(sync("&retentionDays=0&messageTypes=Structured", big.conversationId()));
        assertEquals(structured, only.messages().size());
        assertTrue(only.messages().stream().allMatch(m -> "Structured".equals(m.type())));
        assertEquals(all.messages().size() - structured, only.counts().excludedByType());
    }

    @Test
    void retentionWindowExcludesExactlyTheOlderMessages() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(90));
        Listing old = firstWhere(l -> l.hasOld(cutoff));
        MessageTimeline all = timeline(sync("&retentionDays=0", old.conversationId()));
        MessageTimeline recent = timeline(sync("", old.conversationId())); // default retentionDays=90

        List<String> expected = all.messages().stream()
                .filter(m -> !m.timestamp().isBefore(cutoff))
                .map(MessageTimeline.Message::id)
                .toList();
        assertTrue(expected.size() < all.messages().size());
        assertEquals(
                expected,
                recent.messages().stream().map(MessageTimeline.Message::id).toList());
        assertEquals(all.messages().size() - expected.size(), recent.counts().excludedByWindow());
        assertEquals(expected.size(), recent.counts().fetched(), "messages outside the window are not fetched");
    }

    @Test
    void afterAndBeforeBoundTheWindow() {
        Listing big = largest();
        MessageTimeline all = timeline(sync("&retentionDays=0", big.conversationId()));
        Instant after = all.messages().get(all.messages().size() / 4).timestamp();
        Instant before = all.messages().get(all.messages().size() * 3 / 4).timestamp();
        MessageTimeline window = timeline(sync("&after=" + after + "&before=" + before, big.conversationId()));

        List<String> expected = all.messages().stream()
                .filter(m -> !m.timestamp().isBefore(after) && m.timestamp().isBefore(before))
                .map(MessageTimeline.Message::id)
                .toList();
        assertEquals(
                expected,
                window.messages().stream().map(MessageTimeline.Message::id).toList());
        assertEquals(after, window.windowStart());
        assertEquals(before, window.windowEnd());
    }

    @Test
    void attachmentsCanBeLeftOut() {
        Listing big = largest();
        MessageTimeline t = timeline(sync("&retentionDays=0&includeAttachments=false", big.conversationId()));
        assertEquals(big.size(), t.messages().size());
        assertTrue(t.mediaLinks().isEmpty());
        assertTrue(t.messages().stream().allMatch(m -> m.attachments().isEmpty()));
    }

    @Test
    void everySyncIsAuditedToTheJsonlFile() throws Exception {
        Path audit = tmp.resolve("audit/messaging.jsonl");
        Listing any = listings().get(1);
        sync("&retentionDays=0&auditFile=" + audit, any.conversationId());
        Exchange failed = template.request(
                uri("&auditFile=" + audit),
                x -> x.getMessage()
                        .setHeader(GenesysConstants.CONVERSATION_ID, "00000000-0000-0000-0000-000000000000"));
        assertInstanceOf(io.github.camelgenesys.client.GenesysException.class, failed.getException());

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(audit)) {
            lines.add(io.github.camelgenesys.client.GenesysJson.mapper().readTree(line));
        }
        assertEquals(4, lines.size());
        assertEquals(
                List.of("sync.started", "sync.completed", "sync.started", "sync.failed"),
                lines.stream().map(l -> l.get("event").asText()).toList());
        JsonNode completed = lines.get(1);
        assertEquals(any.conversationId(), completed.get("subject").asText());
        assertEquals("messaging", completed.get("operation").asText());
        assertEquals(any.size(), completed.get("counts").get("messages").asInt());
        assertTrue(completed.has("latencyMs"));
        JsonNode failure = lines.get(3);
        assertTrue(
                failure.get("error").asText().contains("404")
                        || failure.get("error").asText().contains("not"),
                failure.toString());
    }

    @Test
    void unknownMessageTypeIsAStartupErrorNamingTheOptionAndTheAllowedValues() throws Exception {
        GenesysEndpoint endpoint = context.getEndpoint(uri("&messageTypes=Text,Txt"), GenesysEndpoint.class);
        endpoint.start();
        Producer producer = endpoint.createProducer();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, producer::start);
        assertTrue(
                e.getMessage().contains("messageTypes")
                        && e.getMessage().contains("Txt")
                        && e.getMessage().contains("Structured"),
                e.getMessage());
    }

    @Test
    void bulkSizeOverTheApiMaximumIsAStartupError() throws Exception {
        GenesysEndpoint endpoint = context.getEndpoint(uri("&bulkSize=1001"), GenesysEndpoint.class);
        endpoint.start();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, endpoint.createProducer()::start);
        assertTrue(e.getMessage().contains("bulkSize") && e.getMessage().contains("1..1000"), e.getMessage());
    }

    @Test
    void missingConversationIdIsAClearError() {
        CamelExecutionException e =
                assertThrows(CamelExecutionException.class, () -> template.requestBody(uri(""), (Object) null));
        assertTrue(
                e.getCause().getMessage().contains(GenesysConstants.CONVERSATION_ID),
                e.getCause().getMessage());
    }
}
