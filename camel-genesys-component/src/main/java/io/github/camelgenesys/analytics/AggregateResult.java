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
import java.util.Map;

/** One result group of an aggregates query: its groupBy values and its buckets. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggregateResult(Map<String, String> group, List<AggregateData> data) {

    public Map<String, String> groupOrEmpty() {
        return group == null ? Map.of() : group;
    }

    public List<AggregateData> dataOrEmpty() {
        return data == null ? List.of() : data;
    }

    /** The count of a metric summed over all buckets (0 when absent). */
    public long count(String metric) {
        return dataOrEmpty().stream()
                .mapToLong(d -> d.stats(metric).countOrZero())
                .sum();
    }

    /** The sum of a metric over all buckets (0 when absent). */
    public double sum(String metric) {
        return dataOrEmpty().stream()
                .mapToDouble(d -> d.stats(metric).sumOrZero())
                .sum();
    }

    /** The largest max of a metric over all buckets, or null. */
    public Double max(String metric) {
        return dataOrEmpty().stream()
                .map(d -> d.stats(metric).max())
                .filter(v -> v != null)
                .max(Double::compare)
                .orElse(null);
    }

    /** The smallest min of a metric over all buckets, or null. */
    public Double min(String metric) {
        return dataOrEmpty().stream()
                .map(d -> d.stats(metric).min())
                .filter(v -> v != null)
                .min(Double::compare)
                .orElse(null);
    }

    /** sum / count over all buckets, or null when the count is 0. */
    public Double average(String metric) {
        long count = count(metric);
        return count == 0 ? null : sum(metric) / count;
    }
}
