package io.github.camelgenesys.analytics;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One granularity bucket of an aggregate group: its interval and metrics. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggregateData(String interval, List<AggregateMetric> metrics) {

    public List<AggregateMetric> metricsOrEmpty() {
        return metrics == null ? List.of() : metrics;
    }

    /** The first metric of that name (without qualifier preference). */
    public Optional<AggregateMetric> metric(String name) {
        return metricsOrEmpty().stream().filter(m -> name.equals(m.metric())).findFirst();
    }

    /** The stats of a metric, empty stats when the bucket does not have it. */
    public AggregateStats stats(String name) {
        return metric(name).map(AggregateMetric::statsOrEmpty)
                .orElseGet(() -> new AggregateMetric(name, null, null).statsOrEmpty());
    }
}
