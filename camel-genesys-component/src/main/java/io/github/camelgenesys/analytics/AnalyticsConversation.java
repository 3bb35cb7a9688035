package io.github.camelgenesys.analytics;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One conversation of the analytics details API (details query or details job results). Participants keep the
 * API's shape (sessions, segments, metrics) as JSON trees, so nothing the API sends is lost.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalyticsConversation(
        String conversationId,
        Instant conversationStart,
        Instant conversationEnd,
        String originatingDirection,
        List<String> divisionIds,
        String externalTag,
        Double mediaStatsMinConversationMos,
        List<JsonNode> participants) {

    /** True when the conversation has ended (its record is final). */
    public boolean isCompleted() {
        return conversationEnd != null;
    }
}
