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
package io.github.camelgenesys.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One change to report.
 *
 * @param type           STARTED, UPDATED, ENDED or SNAPSHOT
 * @param mediaType      from the observation group, else from the conversation's media sessions (null if neither)
 * @param body           the conversation as fetched ({@code GET /api/v2/conversations/{id}}); for ENDED, fetched once
 *                       after it left the observations (or the last known body when that fetch found nothing)
 * @param correlationId  of the response the body came from (null when the body is from an earlier poll)
 * @param observedAt     when the poll read the observations that showed the change
 */
record LiveEvent(
        String type,
        String conversationId,
        String queueId,
        String mediaType,
        JsonNode body,
        String correlationId,
        Instant observedAt) {

    static final String STARTED = "STARTED";
    static final String UPDATED = "UPDATED";
    static final String ENDED = "ENDED";
    static final String SNAPSHOT = "SNAPSHOT";

    /** Participant media session lists of a conversation and the analytics media type each one means. */
    private static final Map<String, String> MEDIA_LISTS = Map.of(
            "calls",
            "voice",
            "callbacks",
            "callback",
            "chats",
            "chat",
            "cobrowsesessions",
            "cobrowse",
            "emails",
            "email",
            "messages",
            "message",
            "screenshares",
            "screenshare",
            "videos",
            "video");

    static LiveEvent of(String type, Observation observation, JsonNode body, String correlationId, Instant observedAt) {
        String mediaType = observation.mediaType() != null ? observation.mediaType() : mediaTypeOf(body);
        return new LiveEvent(
                type, observation.conversationId(), observation.queueId(), mediaType, body, correlationId, observedAt);
    }

    /** For ENDED: whether the body shows the conversation ended (it has an endTime). */
    boolean finalState() {
        return body.hasNonNull("endTime");
    }

    /** The media type of the first participant with a media session list (calls, chats, messages, ...). */
    static String mediaTypeOf(JsonNode conversation) {
        for (JsonNode participant : conversation.path("participants")) {
            var names = participant.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String media = MEDIA_LISTS.get(name);
                if (media != null
                        && participant.get(name).isArray()
                        && !participant.get(name).isEmpty()) {
                    return media;
                }
            }
        }
        return null;
    }
}
