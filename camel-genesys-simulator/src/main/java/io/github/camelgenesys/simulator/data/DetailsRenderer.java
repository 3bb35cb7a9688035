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
import java.util.List;

/** Renders a conversation as AnalyticsConversation JSON (participants → sessions → segments and metrics). */
public final class DetailsRenderer {
    private final Catalog catalog;
    private final Ids ids;
    private final long seed;

    public DetailsRenderer(Catalog catalog, Ids ids, long seed) {
        this.catalog = catalog;
        this.ids = ids;
        this.seed = seed;
    }

    /** A stable UUID-shaped id for a participant or session of a conversation. */
    public String subId(long conversationIndex, int salt) {
        long h = Hash.mix(seed, 100 + salt, conversationIndex);
        long l = Hash.mix(seed, 200 + salt, conversationIndex);
        return String.format(
                "%08x-%04x-4%03x-%04x-%012x",
                (h >>> 32) & 0xFFFF_FFFFL,
                (h >>> 16) & 0xFFFF,
                h & 0xFFF,
                0x8000 | (l >>> 48) & 0x3FFF,
                l & 0xFFFF_FFFF_FFFFL);
    }

    public String ani(Conversation c) {
        return "message".equals(c.mediaType())
                ? "webmessaging-" + subId(c.index(), 9)
                : String.format("tel:+1555%07d", Hash.below(seed, 12, c.index(), 10_000_000));
    }

    public ObjectNode render(Conversation c, long nowMs) {
        ObjectNode node = Json.object();
        node.put("conversationId", c.id());
        node.put("conversationStart", Json.date(c.startMs()));
        boolean ended = c.endedBy(nowMs);
        if (ended) {
            node.put("conversationEnd", Json.date(c.endMs()));
        }
        node.put("originatingDirection", c.direction());
        node.putArray("divisionIds").add(catalog.divisionId(c.division()));
        if ("voice".equals(c.mediaType()) && ended) {
            node.put("mediaStatsMinConversationMos", 3.5 + Hash.below(seed, 13, c.index(), 150) / 100.0);
        }
        List<MetricEvent> metrics = MetricEvent.of(c, nowMs);
        ArrayNode participants = node.putArray("participants");
        ObjectNode customer = participants.addObject();
        customer.put("participantId", subId(c.index(), 1));
        customer.put("participantName", "Customer " + (c.index() % 9973));
        customer.put("purpose", "customer");
        ObjectNode customerSession = session(customer, c, 4);
        segment(customerSession, c.startMs(), c.endMs(), nowMs, "interact", null, null);
        customerSession.putArray("metrics");

        ObjectNode acd = participants.addObject();
        acd.put("participantId", subId(c.index(), 2));
        acd.put("participantName", catalog.queueName(c.queue()));
        acd.put("purpose", "acd");
        ObjectNode acdSession = session(acd, c, 5);
        ObjectNode acdSegment =
                segment(acdSession, c.startMs(), c.answeredMs(), nowMs, "interact", catalog.queueId(c.queue()), null);
        if (acdSegment.has("segmentEnd")) {
            acdSegment.put("disconnectType", c.abandoned() ? "peer" : "transfer");
        }
        metrics(acdSession, metrics, "acd");

        if (c.user() >= 0 && c.answeredMs() <= nowMs) {
            ObjectNode agent = participants.addObject();
            agent.put("participantId", subId(c.index(), 3));
            agent.put("participantName", catalog.userName(c.user()));
            agent.put("userId", catalog.userId(c.user()));
            agent.put("purpose", "agent");
            ObjectNode agentSession = session(agent, c, 6);
            if ("voice".equals(c.mediaType())) {
                agentSession.put("recording", true);
            }
            long talkEnd = c.answeredMs() + c.talkMs();
            segment(agentSession, c.answeredMs(), talkEnd, nowMs, "interact", catalog.queueId(c.queue()), null);
            if (talkEnd <= nowMs) {
                segment(
                        agentSession,
                        talkEnd,
                        c.endMs(),
                        nowMs,
                        "wrapup",
                        catalog.queueId(c.queue()),
                        ended ? catalog.wrapUpId(c.wrapUp()) : null);
            }
            metrics(agentSession, metrics, "agent");
        }
        return node;
    }

    private ObjectNode session(ObjectNode participant, Conversation c, int salt) {
        ObjectNode s = participant.putArray("sessions").addObject();
        s.put("mediaType", c.mediaType());
        s.put("sessionId", subId(c.index(), salt));
        s.put("direction", c.direction());
        if ("voice".equals(c.mediaType()) || "callback".equals(c.mediaType())) {
            s.put("ani", ani(c));
            s.put("dnis", "tel:+18005550100");
        }
        if ("message".equals(c.mediaType())) {
            s.put("messageType", "webmessaging");
        }
        return s;
    }

    private static ObjectNode segment(
            ObjectNode session, long start, long end, long nowMs, String type, String queueId, String wrapUp) {
        ArrayNode segments =
                session.has("segments") ? (ArrayNode) session.get("segments") : session.putArray("segments");
        ObjectNode seg = segments.addObject();
        seg.put("segmentStart", Json.date(start));
        if (end <= nowMs) {
            seg.put("segmentEnd", Json.date(end));
        }
        seg.put("segmentType", type);
        if (queueId != null) {
            seg.put("queueId", queueId);
        }
        if (wrapUp != null) {
            seg.put("wrapUpCode", wrapUp);
        }
        return seg;
    }

    private static void metrics(ObjectNode session, List<MetricEvent> events, String purpose) {
        ArrayNode out = session.putArray("metrics");
        for (MetricEvent e : events) {
            if (e.purpose().equals(purpose)) {
                out.addObject().put("name", e.name()).put("value", e.value()).put("emitDate", Json.date(e.emitMs()));
            }
        }
    }
}
