package io.github.camelgenesys.simulator.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Request bodies of the analytics endpoints, as the API defines them (unknown fields are rejected). */
public final class QueryBodies {
    private QueryBodies() {
    }

    /** A predicate of a conversation or segment filter. */
    public record Predicate(String type, String dimension, String operator, String value, JsonNode range,
            String metric, String propertyType, String property) {
    }

    /** A filter ({@code type} and|or) or a clause. */
    public record Filter(String type, List<Filter> clauses, List<Predicate> predicates) {
    }

    public record Paging(Integer pageSize, Integer pageNumber) {
    }

    /** ConversationQuery: the body of the synchronous details query. */
    public record DetailsQuery(String interval, List<Filter> conversationFilters, List<Filter> segmentFilters,
            List<JsonNode> evaluationFilters, List<JsonNode> surveyFilters, List<JsonNode> resolutionFilters,
            String order, String orderBy, List<JsonNode> aggregations, Paging paging) {
    }

    /** AsyncConversationQuery: the body of details jobs and of a recording job's conversationQuery. */
    public record AsyncQuery(String interval, List<Filter> conversationFilters, List<Filter> segmentFilters,
            List<JsonNode> evaluationFilters, List<JsonNode> surveyFilters, List<JsonNode> resolutionFilters,
            String order, String orderBy, Integer limit, Boolean startOfDayIntervalMatching) {
    }

    /** ConversationAggregationQuery. */
    public record AggregatesQuery(String interval, String granularity, String timeZone, List<String> groupBy,
            Filter filter, List<String> metrics, Boolean flattenMultivaluedDimensions, List<JsonNode> views,
            String alternateTimeDimension, String queryType, String sortMetric, Integer limit) {
    }

    /** QueueObservationQuery. */
    public record ObservationsQuery(Filter filter, List<String> metrics, List<String> detailMetrics) {
    }
}
