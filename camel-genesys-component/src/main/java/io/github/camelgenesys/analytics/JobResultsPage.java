package io.github.camelgenesys.analytics;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** A page of {@code GET /api/v2/analytics/conversations/details/jobs/{jobId}/results}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record JobResultsPage(List<JsonNode> conversations, String cursor, Instant dataAvailabilityDate) {

    List<JsonNode> conversationsOrEmpty() {
        return conversations == null ? List.of() : conversations;
    }
}
