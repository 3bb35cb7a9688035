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
package io.github.camelgenesys.simulator.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.http.Json;
import java.util.Map;

/** Renders the Conversation shape of {@code GET /api/v2/conversations/{id}} from a timeline at a moment. */
public final class ConversationRenderer {
    private final Catalog catalog;
    private final DetailsRenderer details;

    public ConversationRenderer(Catalog catalog, DetailsRenderer details) {
        this.catalog = catalog;
        this.details = details;
    }

    /** Name of the participant's media list for a media type (calls, messages, ...). */
    static String mediaList(String mediaType) {
        return switch (mediaType) {
            case "voice" -> "calls";
            case "message" -> "messages";
            case "chat" -> "chats";
            case "email" -> "emails";
            case "callback" -> "callbacks";
            default -> "calls";
        };
    }

    public ObjectNode render(Timeline t, Map<String, String> customerAttributes, long now) {
        ObjectNode c = Json.object();
        c.put("id", t.id());
        c.put("startTime", Json.date(t.startMs()));
        boolean ended = t.ended(now);
        if (ended) {
            c.put("endTime", Json.date(t.endMs()));
        }
        c.put("state", ended ? "disconnected" : "connected");
        c.put("recordingState", "voice".equals(t.mediaType()) && !ended ? "ACTIVE" : "NONE");
        ArrayNode divisions = c.putArray("divisions");
        int division = catalog.queueDivision(t.queue());
        ObjectNode d = divisions.addObject().putObject("division");
        d.put("id", catalog.divisionId(division))
                .put("name", catalog.divisionName(division))
                .put("selfUri", "/api/v2/authorization/divisions/" + catalog.divisionId(division));
        ArrayNode participants = c.putArray("participants");

        ObjectNode customer = participant(participants, t, 1, t.startMs(), t.endMs(), now);
        customer.put("purpose", "customer");
        customer.put("name", "Customer " + (t.salt() % 9973));
        customer.put("participantType", "External");
        customerAttributes.forEach(customer.putObject("attributes")::put);
        media(customer, t, t.startMs(), t.endMs(), now);

        long acdEnd = Math.min(t.answeredMs(), t.endMs());
        ObjectNode acd = participant(participants, t, 2, t.startMs(), acdEnd, now);
        acd.put("purpose", "acd");
        acd.put("name", catalog.queueName(t.queue()));
        acd.put("queueId", catalog.queueId(t.queue()));
        acd.put("queueName", catalog.queueName(t.queue()));
        media(acd, t, t.startMs(), acdEnd, now);

        if (t.answeredMs() <= now && t.user() >= 0) {
            ObjectNode agent = participant(participants, t, 3, t.answeredMs(), t.endMs(), now);
            agent.put("connectedTime", Json.date(t.answeredMs()));
            agent.put("purpose", "agent");
            agent.put("name", catalog.userName(t.user()));
            agent.put("userId", catalog.userId(t.user()));
            agent.put("queueId", catalog.queueId(t.queue()));
            if (ended && t.wrapUp() >= 0) {
                agent.putObject("wrapup")
                        .put("code", catalog.wrapUpId(t.wrapUp()))
                        .put("name", "Wrap-up " + t.wrapUp());
            }
            media(agent, t, t.answeredMs(), t.endMs(), now);
        }
        c.put("selfUri", "/api/v2/conversations/" + t.id());
        return c;
    }

    private ObjectNode participant(ArrayNode participants, Timeline t, int salt, long start, long end, long now) {
        ObjectNode p = participants.addObject();
        p.put("id", details.subId(t.salt() ^ 0x5A5A_0000L, salt));
        p.put("startTime", Json.date(start));
        if (end <= now) {
            p.put("endTime", Json.date(end));
        }
        return p;
    }

    private void media(ObjectNode participant, Timeline t, long start, long end, long now) {
        ObjectNode m = participant.putArray(mediaList(t.mediaType())).addObject();
        boolean over = end <= now;
        m.put("state", over ? "disconnected" : "connected");
        m.put("id", details.subId(t.salt() ^ 0x3C3C_0000L, participant.get("purpose") == null ? 0 : 7));
        m.put("direction", t.direction());
        m.put("connectedTime", Json.date(start));
        if (over) {
            m.put("disconnectedTime", Json.date(end));
            m.put("disconnectType", "client");
        }
    }
}
