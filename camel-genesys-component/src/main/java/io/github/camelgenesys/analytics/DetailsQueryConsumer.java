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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.model.PagedConversation;
import io.github.camelgenesys.query.DetailsQueryPager;
import io.github.camelgenesys.query.QueryHash;
import io.github.camelgenesys.query.QueryInterval;
import io.github.camelgenesys.query.SeenConversationIds;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mode=query: the synchronous details query, paged by pageNumber, one UTC day at a time and never past the pagination
 * cap ({@link DetailsQueryPager}). Pages can shift while the interval still receives data, so ids are deduplicated
 * (the last deduplicationWindow ids, across polls), and the results are cut to the exact interval (the API returns
 * conversations started on any day the interval touches).
 */
final class DetailsQueryConsumer extends AnalyticsConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(DetailsQueryConsumer.class);
    static final String QUERY = DetailsQueryPager.PATH;

    private final Clock clock;
    private final SeenConversationIds seen;

    DetailsQueryConsumer(GenesysEndpoint endpoint, Processor processor, AnalyticsOptions options, Clock clock) {
        super(endpoint, processor, options);
        this.clock = clock;
        this.seen = new SeenConversationIds(options.deduplicationWindow);
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
        body.put("order", options.order.name());
        body.put("orderBy", options.orderBy.name());
        DetailsQueryPager pager = new DetailsQueryPager(
                client, body, interval, options.pageSize, options.maxPagedResults, options.consumer.rawPayload());
        String hash = QueryHash.of(options.detailFilters);
        long limit = pollLimit();
        long started = System.nanoTime();
        int delivered = 0;
        long duplicates = 0;
        long outside = 0;
        while (mayContinue() && delivered < limit) {
            DetailsQueryPager.Page page = pager.next();
            if (page == null) {
                break;
            }
            int index = 0;
            for (PagedConversation conversation : page.records()) {
                String id = conversation.conversationId();
                Instant start = conversation.conversationStart();
                if (id == null || start == null || !interval.contains(start)) {
                    outside++;
                    continue;
                }
                if (!seen.firstSighting(id)) {
                    duplicates++;
                    continue;
                }
                Map<String, Object> headers = new HashMap<>();
                headers.put(GenesysConstants.CONVERSATION_ID, id);
                headers.put(GenesysConstants.PAGE_NUMBER, page.number());
                headers.put(GenesysConstants.TOTAL_HITS, page.totalHits());
                headers.put(GenesysConstants.CORRELATION_ID, page.correlationId());
                headers.put(GenesysConstants.WINDOW_START, interval.start());
                headers.put(GenesysConstants.WINDOW_END, interval.end());
                send(conversation.body(), headers, index++, page.records().size());
                delivered++;
                if (delivered >= limit || !mayContinue()) {
                    break;
                }
            }
        }
        long latency = (System.nanoTime() - started) / 1_000_000;
        audit.query(
                "query.completed",
                hash,
                latency,
                Map.of(
                        "conversations",
                        (long) delivered,
                        "pages",
                        (long) pager.requests(),
                        "duplicates",
                        duplicates,
                        "outsideInterval",
                        outside));
        LOG.info(
                "Details query {}: {} conversations in {} page(s), {} duplicates and {} outside the interval"
                        + " skipped",
                interval,
                delivered,
                pager.requests(),
                duplicates,
                outside);
        if (mayContinue()) {
            forceConsumerAsReady();
        }
        return delivered;
    }
}
