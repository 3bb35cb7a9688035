package io.github.camelgenesys.analytics;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.client.GenesysResponse;
import io.github.camelgenesys.query.QueryHash;
import io.github.camelgenesys.query.QueryInterval;
import io.github.camelgenesys.query.SeenConversationIds;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mode=query: the synchronous details query for small windows, paged by pageNumber. Pages can shift while the
 * interval still receives data, so ids are deduplicated (the last deduplicationWindow ids, across polls), and the
 * results are cut to the exact interval (the API returns conversations started on any day the interval touches).
 */
final class DetailsQueryConsumer extends AnalyticsConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(DetailsQueryConsumer.class);
    static final String QUERY = "/api/v2/analytics/conversations/details/query";

    private final Clock clock;
    private final SeenConversationIds seen;

    DetailsQueryConsumer(GenesysEndpoint endpoint, Processor processor, AnalyticsOptions options, Clock clock) {
        super(endpoint, processor, options);
        this.clock = clock;
        this.seen = new SeenConversationIds(options.conf.getDeduplicationWindow());
    }

    /** One query; a failure is audited (query.failed) before the poll fails. */
    @Override
    protected int poll() throws Exception {
        long started = System.nanoTime();
        try {
            return query();
        } catch (Exception e) {
            audit.queryFailed("query.failed", QueryHash.of(options.detailFilters), started, e);
            throw e;
        }
    }

    private int query() throws Exception {
        QueryInterval interval = options.interval(clock);
        ObjectNode body = options.detailFilters.deepCopy();
        body.put("interval", interval.toIso());
        body.put("order", conf().getOrder());
        body.put("orderBy", conf().getOrderBy());
        ObjectNode paging = body.putObject("paging").put("pageSize", options.pageSize);
        String hash = QueryHash.of(options.detailFilters);
        long limit = pollLimit();
        long started = System.nanoTime();
        int delivered = 0;
        long duplicates = 0;
        long outside = 0;
        int pageNumber = 0;
        while (mayContinue() && delivered < limit) {
            paging.put("pageNumber", ++pageNumber);
            GenesysResponse<JsonNode> response = client.post(QUERY, body, JsonNode.class);
            JsonNode conversations = response.body() == null ? null : response.body().get("conversations");
            if (conversations == null || conversations.isEmpty()) {
                break;
            }
            long totalHits = response.body().path("totalHits").asLong(0);
            int index = 0;
            for (JsonNode node : conversations) {
                String id = node.path("conversationId").asText(null);
                JsonNode start = node.get("conversationStart");
                if (id == null || start == null || !interval.contains(QueryInterval.parseInstant(start.asText()))) {
                    outside++;
                    continue;
                }
                if (!seen.firstSighting(id)) {
                    duplicates++;
                    continue;
                }
                Map<String, Object> headers = new HashMap<>();
                headers.put(GenesysConstants.CONVERSATION_ID, id);
                headers.put(GenesysConstants.PAGE_NUMBER, pageNumber);
                headers.put(GenesysConstants.TOTAL_HITS, totalHits);
                headers.put(GenesysConstants.CORRELATION_ID, response.correlationId());
                headers.put(GenesysConstants.WINDOW_START, interval.start());
                headers.put(GenesysConstants.WINDOW_END, interval.end());
                send(conversationBody(node), headers, index++, conversations.size());
                delivered++;
                if (delivered >= limit || !mayContinue()) {
                    break;
                }
            }
            if ((long) pageNumber * options.pageSize >= totalHits) {
                break;
            }
        }
        long latency = (System.nanoTime() - started) / 1_000_000;
        audit.query("query.completed", hash, latency, Map.of("conversations", (long) delivered,
                "pages", (long) pageNumber, "duplicates", duplicates, "outsideInterval", outside));
        LOG.info("Details query {}: {} conversations in {} page(s), {} duplicates and {} outside the interval"
                + " skipped", interval, delivered, pageNumber, duplicates, outside);
        if (mayContinue()) {
            forceConsumerAsReady();
        }
        return delivered;
    }
}
