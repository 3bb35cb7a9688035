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
package io.github.camelgenesys.simulator.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.data.Conversation;
import io.github.camelgenesys.simulator.data.Messages;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.util.List;

/** Messaging: GET message conversation, GET one message, POST bulk messages (≤ 1000 ids). */
public final class MessagingHandler {
    private static final String BASE = "/api/v2/conversations/messages";
    private static final int MAX_BULK = 1000;
    private static final String[] ATTACHMENT_TYPES = {"Image", "File", "Video", "Audio"};
    private static final String[] MIMES = {"image/png", "application/pdf", "video/mp4", "audio/mpeg"};
    private static final String[] EXTENSIONS = {"png", "pdf", "mp4", "mp3"};

    private final SimulatorContext ctx;
    private final Messages messages;

    public MessagingHandler(SimulatorContext ctx) {
        this.ctx = ctx;
        this.messages = new Messages(ctx.config().seed(), ctx.ids());
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", BASE + "/{conversationId}", Permissions.ANY_AUTHENTICATED, this::conversation),
                Route.of("GET", BASE + "/{conversationId}/messages/{messageId}", Permissions.MESSAGES, this::message),
                Route.of("POST", BASE + "/{conversationId}/messages/bulk", Permissions.MESSAGES, this::bulk));
    }

    private Conversation messageConversation(String id, long now) {
        Conversation c = ctx.store().byId(id);
        if (c == null || !"message".equals(c.mediaType()) || c.startMs() > now) {
            throw ApiError.notFound("message conversation " + id);
        }
        return c;
    }

    private ApiResponse conversation(ApiRequest request) {
        long now = ctx.now();
        Conversation c = messageConversation(request.pathParam(1), now);
        ObjectNode body = Json.object();
        body.put("id", c.id());
        ArrayNode participants = body.putArray("participants");
        ObjectNode customer = participant(participants, c, 1, "customer", c.startMs(), c.endMs(), now);
        customer.put("direction", "inbound");
        ObjectNode acd =
                participant(participants, c, 2, "acd", c.startMs(), c.abandoned() ? c.endMs() : c.answeredMs(), now);
        acd.putObject("queue")
                .put("id", ctx.catalog().queueId(c.queue()))
                .put("selfUri", "/api/v2/routing/queues/" + ctx.catalog().queueId(c.queue()));
        acd.putArray("messages");
        ObjectNode agent = null;
        if (c.user() >= 0 && c.answeredMs() <= now) {
            agent = participant(participants, c, 3, "agent", c.answeredMs(), c.endMs(), now);
            agent.put("direction", "outbound");
            agent.putObject("user")
                    .put("id", ctx.catalog().userId(c.user()))
                    .put("selfUri", "/api/v2/users/" + ctx.catalog().userId(c.user()));
        }
        ArrayNode customerMessages = customer.putArray("messages");
        ArrayNode agentMessages = agent == null ? null : agent.putArray("messages");
        int total = messages.total(c);
        for (int slot = 0; slot < total; slot++) {
            Messages.Message m = messages.message(c, messages.listed(c, slot));
            if (m.timeMs() > now) {
                continue;
            }
            ArrayNode target = m.inbound() || agentMessages == null ? customerMessages : agentMessages;
            ObjectNode d = target.addObject();
            d.put("messageId", m.id());
            d.put("messageURI", BASE + "/" + c.id() + "/messages/" + m.id());
            d.put("messageStatus", m.inbound() ? "received" : "delivery-success");
            d.put("messageSegmentCount", 1);
            d.put("messageTime", Json.date(m.timeMs()));
        }
        body.put("selfUri", BASE + "/" + c.id());
        return ApiResponse.ok(body);
    }

    private ObjectNode participant(
            ArrayNode participants, Conversation c, int salt, String purpose, long start, long end, long now) {
        ObjectNode p = participants.addObject();
        p.put("id", ctx.renderer().subId(c.index(), salt));
        p.put(
                "name",
                "agent".equals(purpose)
                        ? ctx.catalog().userName(c.user())
                        : "acd".equals(purpose)
                                ? ctx.catalog().queueName(c.queue())
                                : "Customer " + (c.index() % 9973));
        p.put("startTime", Json.date(start));
        if (end <= now) {
            p.put("endTime", Json.date(end));
        }
        p.put("purpose", purpose);
        p.put("state", end <= now ? "disconnected" : "connected");
        p.put("type", "webmessaging");
        p.putObject("toAddress")
                .put("addressNormalized", "customer".equals(purpose) ? "deployment-1" : customerAddress(c));
        p.putObject("fromAddress")
                .put("addressNormalized", "customer".equals(purpose) ? customerAddress(c) : "deployment-1");
        return p;
    }

    private String customerAddress(Conversation c) {
        return ctx.renderer().ani(c);
    }

    private ApiResponse message(ApiRequest request) {
        long now = ctx.now();
        Conversation c = messageConversation(request.pathParam(1), now);
        Messages.Message m = find(c, request.pathParam(2), now, "messageId");
        return ApiResponse.ok(messageData(c, m, normalized(request)));
    }

    private ApiResponse bulk(ApiRequest request) {
        long now = ctx.now();
        Conversation c = messageConversation(request.pathParam(1), now);
        JsonNode ids;
        ids = Json.parse(request.body(), JsonNode.class);
        if (!ids.isArray()) {
            throw ApiError.badRequest("body", "The body must be a JSON array of message ids");
        }
        if (ids.size() > MAX_BULK) {
            throw ApiError.invalidValue("body", "At most " + MAX_BULK + " message ids per request, got " + ids.size());
        }
        boolean normalized = normalized(request);
        ObjectNode body = Json.object();
        ArrayNode entities = body.putArray("entities");
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isTextual()) {
                throw ApiError.badRequest("body[" + i + "]", "body[" + i + "] must be a message id string");
            }
            entities.add(messageData(c, find(c, ids.get(i).asText(), now, "body[" + i + "]"), normalized));
        }
        return ApiResponse.ok(body);
    }

    private static boolean normalized(ApiRequest request) {
        String v = request.query("useNormalizedMessage");
        if (v == null || v.isEmpty()) {
            return false;
        }
        if (!"true".equals(v) && !"false".equals(v)) {
            throw ApiError.invalidValue(
                    "useNormalizedMessage", "useNormalizedMessage must be true or false, got '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    private Messages.Message find(Conversation c, String messageId, long now, String field) {
        long[] parsed = messages.parse(messageId);
        if (parsed == null || parsed[0] != c.index() || parsed[1] >= messages.total(c)) {
            throw new ApiError(
                    404, "not.found", field + ": message " + messageId + " is not in conversation " + c.id(), field);
        }
        Messages.Message m = messages.message(c, (int) parsed[1]);
        if (m.timeMs() > now) {
            throw new ApiError(404, "not.found", field + ": message " + messageId + " does not exist yet", field);
        }
        return m;
    }

    private ObjectNode messageData(Conversation c, Messages.Message m, boolean normalizedOnly) {
        ObjectNode d = Json.object();
        d.put("id", m.id());
        d.put("providerMessageId", "prov-" + m.id().substring(0, 8));
        d.put("timestamp", Json.date(m.timeMs()));
        d.put("fromAddress", m.inbound() ? customerAddress(c) : "deployment-1");
        d.put("toAddress", m.inbound() ? "deployment-1" : customerAddress(c));
        d.put("direction", m.inbound() ? "inbound" : "outbound");
        d.put("messengerType", "webmessaging");
        d.put("status", m.inbound() ? "received" : "delivery-success");
        String text =
                m.structured() ? "Please see the attached file" : "Message " + (m.number() + 1) + " of conversation";
        int kind = (int) Long.remainderUnsigned(m.conversationIndex() * 31 + m.number(), ATTACHMENT_TYPES.length);
        String url = "https://files.example.invalid/messages/" + m.id() + "." + EXTENSIONS[kind];
        String filename = "attachment-" + (m.number() + 1) + "." + EXTENSIONS[kind];
        if (!normalizedOnly) {
            d.put("textBody", text);
            ArrayNode media = d.putArray("media");
            if (m.structured()) {
                media.addObject()
                        .put("url", url)
                        .put("mediaType", MIMES[kind])
                        .put("contentLengthBytes", 20480)
                        .put("name", filename)
                        .put("id", m.id());
            }
        }
        ObjectNode n = d.putObject("normalizedMessage");
        n.put("id", m.id());
        n.put("type", m.structured() ? "Structured" : "Text");
        n.put("text", text);
        ArrayNode content = n.putArray("content");
        if (m.structured()) {
            ObjectNode a = content.addObject().put("contentType", "Attachment").putObject("attachment");
            a.put("id", m.id())
                    .put("mediaType", ATTACHMENT_TYPES[kind])
                    .put("url", url)
                    .put("mime", MIMES[kind])
                    .put("filename", filename)
                    .put("contentSizeBytes", 20480L);
        }
        n.put("originatingEntity", m.inbound() ? "Human" : (m.number() % 7 == 0 ? "Bot" : "Human"));
        n.put("direction", m.inbound() ? "Inbound" : "Outbound");
        d.put("conversationId", c.id());
        d.put("selfUri", BASE + "/" + c.id() + "/messages/" + m.id());
        return d;
    }
}
