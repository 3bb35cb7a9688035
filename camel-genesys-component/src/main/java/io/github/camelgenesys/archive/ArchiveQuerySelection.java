package io.github.camelgenesys.archive;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConfiguration;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.query.FilterSource;
import io.github.camelgenesys.query.QueryInterval;
import io.github.camelgenesys.query.QueryValidator;
import io.github.camelgenesys.query.SimpleFilters;

/**
 * selection=query: the AsyncConversationQuery of the one job of an exchange, from the shared query options (interval,
 * simple filters, filter, completedOnly). The filters are read and validated once; a relative interval (P1D) is
 * evaluated for each exchange.
 */
final class ArchiveQuerySelection {

    private ArchiveQuerySelection() {
    }

    static Supplier<ObjectNode> create(GenesysConfiguration c, Clock clock, ClassLoader classLoader) {
        if (c.getInterval() == null || c.getInterval().isBlank()) {
            throw new IllegalArgumentException("interval is required with selection=query: the recordings of the"
                    + " conversations with activity in it are processed by one job (e.g. 2024-05-01T00:00:00Z/P1D, or"
                    + " P1D for the last day)");
        }
        if (c.getIdempotentRepository() != null) {
            throw new IllegalArgumentException("idempotentRepository cannot be used with selection=query: the job"
                    + " selects conversations on the server, so there are no ids to record; use selection=ids");
        }
        QueryInterval.parse("interval", c.getInterval(), clock, c.getIntervalLag());
        SimpleFilters.split(c.getDirection()).forEach(
                d -> QueryValidator.requireKnown("direction", Set.of(d), Set.of("inbound", "outbound")));
        ObjectNode filters = GenesysJson.mapper().createObjectNode();
        if (c.getFilter() != null && !c.getFilter().isBlank()) {
            JsonNode filter = FilterSource.read("filter", c.getFilter(), classLoader);
            QueryValidator.withDefaults().validateDetailFilters("filter", filter);
            Iterator<Map.Entry<String, JsonNode>> fields = filter.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                filters.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        SimpleFilters.builder().mediaType(c.getMediaType()).queueId(c.getQueueId()).direction(c.getDirection())
                .divisionId(c.getDivisionId()).userId(c.getUserId()).wrapUpCode(c.getWrapUpCode())
                .conversationId(c.getConversationId()).completedOnly(c.isCompletedOnly()).build().applyTo(filters);
        String interval = c.getInterval();
        java.time.Duration lag = c.getIntervalLag();
        return () -> {
            ObjectNode query = GenesysJson.mapper().createObjectNode();
            query.put("interval", QueryInterval.parse("interval", interval, clock, lag).toIso());
            query.put("order", "asc").put("orderBy", "conversationStart");
            query.setAll(filters.deepCopy());
            return query;
        };
    }

    /** selection=ids takes its conversations from the body: the query options would be silently ignored. */
    static void rejectQueryOptions(GenesysConfiguration c) {
        if (c.getInterval() != null && !c.getInterval().isBlank()) {
            throw new IllegalArgumentException("interval is only used with selection=query; with selection=ids"
                    + " the body names the conversations (archiveLookback sets the job interval)");
        }
        if (c.getFilter() != null && !c.getFilter().isBlank()) {
            throw new IllegalArgumentException("filter is only used with selection=query; with selection=ids the"
                    + " body names the conversations");
        }
    }
}
