package io.github.camelgenesys.analytics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The response of {@code POST /api/v2/analytics/conversations/aggregates/query}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggregateResponse(List<AggregateResult> results) {

    public List<AggregateResult> resultsOrEmpty() {
        return results == null ? List.of() : results;
    }
}
