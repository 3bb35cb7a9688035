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

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.client.WireMockGenesys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 600-message conversation served by WireMock (MessagingProducerTest syncs one of the simulator's too): listed
 * out of order by two participants, every 5th message with an attachment; fetched in one bulk call of 600 ids.
 */
class MessagingSixHundredMessagesTest extends CamelTestSupport {

    private static final String CONVERSATION = "6e0c1a52-7d3b-4f59-9c1e-600600600600";
    private static final int MESSAGES = 600;
    private static final Instant START = Instant.now().minusSeconds(86_400);

    private final WireMockGenesys wm = new WireMockGenesys();

    @AfterEach
    void stopWireMock() {
        wm.close();
    }

    private static String messageId(int n) {
        return String.format("msg-%04d", n);
    }

    private static Instant time(int n) {
        return START.plusSeconds(n * 10L);
    }

    private static String url(int n) {
        return "https://files.example.invalid/" + messageId(n) + ".png";
    }

    private void stubConversation() {
        ObjectNode conversation = GenesysJson.mapper().createObjectNode().put("id", CONVERSATION);
        ArrayNode participants = conversation.putArray("participants");
        ArrayNode customer = participants.addObject().put("purpose", "customer").putArray("messages");
        ArrayNode agent = participants.addObject().put("purpose", "agent").putArray("messages");
        // listed newest first: the API order is not chronological
        for (int n = MESSAGES - 1; n >= 0; n--) {
            (n % 2 == 0 ? customer : agent)
                    .addObject()
                    .put("messageId", messageId(n))
                    .put("messageTime", time(n).toString());
        }
        ObjectNode listing = GenesysJson.mapper().createObjectNode();
        ArrayNode entities = listing.putArray("entities");
        for (int n = MESSAGES - 1; n >= 0; n--) {
            ObjectNode d = entities.addObject()
                    .put("id", messageId(n))
                    .put("timestamp", time(n).toString())
                    .put("direction", n % 2 == 0 ? "inbound" : "outbound");
            ObjectNode normalized = d.putObject("normalizedMessage")
                    .put("type", n % 5 == 0 ? "Structured" : "Text")
                    .put("text", "message " + n);
            if (n % 5 == 0) {
                normalized
                        .putArray("content")
                        .addObject()
                        .put("contentType", "Attachment")
                        .putObject("attachment")
                        .put("id", "att-" + n)
                        .put("mediaType", "Image")
                        .put("url", url(n))
                        .put("mime", "image/png")
                        .put("filename", messageId(n) + ".png");
            }
        }
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/conversations/messages/" + CONVERSATION))
                .willReturn(okJson(conversation.toString())));
        wm.server.stubFor(post(urlPathEqualTo("/api/v2/conversations/messages/" + CONVERSATION + "/messages/bulk"))
                .willReturn(okJson(listing.toString())));
    }

    @Test
    void sixHundredMessagesAreSyncedInOrderWithEveryAttachmentUrl() throws Exception {
        wm.stubToken("tok-600", 86400);
        stubConversation();
        String uri = "genesys:messaging?apiUrl=" + wm.baseUrl() + "&loginUrl=" + wm.baseUrl() + "&clientId="
                + WireMockGenesys.CLIENT_ID + "&clientSecret=RAW(" + WireMockGenesys.CLIENT_SECRET + ")"
                + "&rateLimitPerMinute=0";
        Exchange e =
                template.request(uri, x -> x.getMessage().setHeader(GenesysConstants.CONVERSATION_ID, CONVERSATION));
        MessageTimeline t = e.getMessage().getBody(MessageTimeline.class);

        assertEquals(MESSAGES, t.messages().size());
        for (int n = 0; n < MESSAGES; n++) {
            assertEquals(messageId(n), t.messages().get(n).id());
        }
        assertFalse(t.ordered());
        List<String> expectedUrls = new ArrayList<>();
        for (int n = 0; n < MESSAGES; n += 5) {
            expectedUrls.add(url(n));
        }
        assertEquals(expectedUrls, t.mediaLinks());
        assertEquals(1, t.counts().bulkCalls());

        var bulk = wm.server.findAll(
                postRequestedFor(urlPathEqualTo("/api/v2/conversations/messages/" + CONVERSATION + "/messages/bulk")));
        assertEquals(1, bulk.size());
        assertEquals("true", bulk.get(0).queryParameter("useNormalizedMessage").firstValue());
        JsonNode ids = GenesysJson.mapper().readTree(bulk.get(0).getBodyAsString());
        assertEquals(MESSAGES, ids.size());
        assertTrue(ids.get(0).isTextual());
    }
}
