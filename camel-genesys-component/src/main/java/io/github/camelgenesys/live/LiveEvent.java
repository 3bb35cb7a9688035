package io.github.camelgenesys.live;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change to report.
 *
 * @param type           STARTED, UPDATED, ENDED or SNAPSHOT
 * @param body           the conversation as last fetched ({@code GET /api/v2/conversations/{id}})
 * @param correlationId  of the response the body came from (null when the body is from an earlier poll)
 */
record LiveEvent(String type, String conversationId, String queueId, JsonNode body, String correlationId) {

    static final String STARTED = "STARTED";
    static final String UPDATED = "UPDATED";
    static final String ENDED = "ENDED";
    static final String SNAPSHOT = "SNAPSHOT";
}
