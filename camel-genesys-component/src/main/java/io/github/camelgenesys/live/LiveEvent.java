package io.github.camelgenesys.live;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

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
record LiveEvent(String type, String conversationId, String queueId, String mediaType, JsonNode body,
        String correlationId, Instant observedAt) {

    static final String STARTED = "STARTED";
    static final String UPDATED = "UPDATED";
    static final String ENDED = "ENDED";
    static final String SNAPSHOT = "SNAPSHOT";

    /** Participant media session lists of a conversation and the analytics media type each one means. */
    private static final Map<String, String> MEDIA_LISTS = Map.of("calls", "voice", "callbacks", "callback",
            "chats", "chat", "cobrowsesessions", "cobrowse", "emails", "email", "messages", "message",
            "screenshares", "screenshare", "videos", "video");

    static LiveEvent of(String type, Observation observation, JsonNode body, String correlationId, Instant observedAt) {
        String mediaType = observation.mediaType() != null ? observation.mediaType() : mediaTypeOf(body);
        return new LiveEvent(type, observation.conversationId(), observation.queueId(), mediaType, body,
                correlationId, observedAt);
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
                if (media != null && participant.get(name).isArray() && !participant.get(name).isEmpty()) {
                    return media;
                }
            }
        }
        return null;
    }
}
