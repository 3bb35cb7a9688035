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

/**
 * The stats of one aggregate metric. Every field may be absent ("n" metrics carry only count; "t" metrics count, sum,
 * min and max): the accessors with defaults never throw.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggregateStats(
        Double max,
        Double min,
        Long count,
        Double sum,
        Double current,
        Double ratio,
        Double numerator,
        Double denominator,
        Double target) {

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
