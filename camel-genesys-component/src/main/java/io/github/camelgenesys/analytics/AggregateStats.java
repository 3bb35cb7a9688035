package io.github.camelgenesys.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The stats of one aggregate metric. Every field may be absent ("n" metrics carry only count; "t" metrics count, sum,
 * min and max): the accessors with defaults never throw.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggregateStats(Double max, Double min, Long count, Double sum, Double current, Double ratio,
                             Double numerator, Double denominator, Double target) {

    public long countOrZero() {
        return count == null ? 0L : count;
    }

    public double sumOrZero() {
        return sum == null ? 0.0 : sum;
    }

    /** sum / count, or null when either is missing or count is 0. */
    public Double average() {
        return sum == null || count == null || count == 0 ? null : sum / count;
    }
}
