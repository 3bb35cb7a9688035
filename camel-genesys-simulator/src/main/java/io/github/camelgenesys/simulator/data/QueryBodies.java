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
package io.github.camelgenesys.simulator.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Request bodies of the analytics endpoints, as the API defines them (unknown fields are rejected). */
public final class QueryBodies {
    private QueryBodies() {}

    /** A predicate of a conversation or segment filter. */
    public record Predicate(
            String type,
            String dimension,
            String operator,
            String value,
            JsonNode range,
            String metric,
            String propertyType,
            String property) {}

    /** A filter ({@code type} and|or) or a clause. */
    public record Filter(String type, List<Filter> clauses, List<Predicate> predicates) {}

    public record Paging(Integer pageSize, Integer pageNumber) {}

    /** ConversationQuery: the body of the synchronous details query. */
    public record DetailsQuery(
            String interval,
            List<Filter> conversationFilters,
            List<Filter> segmentFilters,
            List<JsonNode> evaluationFilters,
            List<JsonNode> surveyFilters,
            List<JsonNode> resolutionFilters,
            String order,
            String orderBy,
            List<JsonNode> aggregations,
            Paging paging) {}

    /** AsyncConversationQuery: the body of details jobs and of a recording job's conversationQuery. */
    public record AsyncQuery(
            String interval,
            List<Filter> conversationFilters,
            List<Filter> segmentFilters,
            List<JsonNode> evaluationFilters,
            List<JsonNode> surveyFilters,
            List<JsonNode> resolutionFilters,
            String order,
            String orderBy,
            Integer limit,
            Boolean startOfDayIntervalMatching) {}

    /** ConversationAggregationQuery. */
    public record AggregatesQuery(
            String interval,
            String granularity,
            String timeZone,
            List<String> groupBy,
            Filter filter,
            List<String> metrics,
            Boolean flattenMultivaluedDimensions,
            List<JsonNode> views,
            String alternateTimeDimension,
            String queryType,
            String sortMetric,
            Integer limit) {}

    /** QueueObservationQuery. */
    public record ObservationsQuery(Filter filter, List<String> metrics, List<String> detailMetrics) {}
}
