package io.github.camelgenesys.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One metric of an aggregate bucket, e.g. {@code tTalk} with its stats. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggregateMetric(String metric, String qualifier, AggregateStats stats) {

    /** The stats, never null (empty stats when the API sent none). */
    public AggregateStats statsOrEmpty() {
        return stats == null ? new AggregateStats(null, null, null, null, null, null, null, null, null) : stats;
    }
}
