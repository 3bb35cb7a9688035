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
package io.github.camelgenesys.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

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
        return metric(name)
                .map(AggregateMetric::statsOrEmpty)
                .orElseGet(() -> new AggregateMetric(name, null, null).statsOrEmpty());
    }
}
