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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.client.GenesysResponse;
import io.github.camelgenesys.query.QueryHash;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mode=aggregates: one aggregates query per poll (typically on a Quartz cron), one exchange per result group or one
 * for the whole response.
 */
final class AggregatesConsumer extends AnalyticsConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(AggregatesConsumer.class);
    static final String QUERY = "/api/v2/analytics/conversations/aggregates/query";

    private final Clock clock;

    AggregatesConsumer(GenesysEndpoint endpoint, Processor processor, AnalyticsOptions options, Clock clock) {
        super(endpoint, processor, options);
        this.clock = clock;
    }

    ObjectNode query(QueryInterval interval) {
        ObjectNode body = GenesysJson.mapper().createObjectNode();
        body.put("interval", interval.toIso());
        if (options.granularity != null) {
            body.put("granularity", options.granularity);
        }
        body.put("timeZone", options.timeZone);
        if (!options.groupBy.isEmpty()) {
            ArrayNode groupBy = body.putArray("groupBy");
            options.groupBy.forEach(groupBy::add);
        }
        if (options.aggregateFilter != null) {
            body.set("filter", options.aggregateFilter.deepCopy());
        }
        ArrayNode metrics = body.putArray("metrics");
        options.metrics.forEach(metrics::add);
        return body;
    }

    /** One query; a failure is audited (aggregates.failed) before the poll fails. */
    @Override
    protected int poll() throws Exception {
        long started = System.nanoTime();
        try {
            return aggregates();
        } catch (Exception e) {
            audit.queryFailed("aggregates.failed", hashOrNull(), started, e);
            throw e;
        }
    }

    private String hashOrNull() {
        try {
            return QueryHash.of(query(options.interval(clock)).put("interval", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private int aggregates() throws Exception {
        QueryInterval interval = options.interval(clock);
        ObjectNode body = query(interval);
        String hash = QueryHash.of(body.deepCopy().put("interval", ""));
        long started = System.nanoTime();
        GenesysResponse<JsonNode> response = client.post(QUERY, body, JsonNode.class);
        JsonNode json = response.body() == null ? GenesysJson.mapper().createObjectNode() : response.body();
        AggregateResponse parsed = GenesysJson.mapper().treeToValue(json, AggregateResponse.class);
        List<AggregateResult> results = parsed.resultsOrEmpty();
        audit.query("aggregates.completed", hash, (System.nanoTime() - started) / 1_000_000, Map.of("groups", (long)
                results.size()));
        LOG.info("Aggregates query {}: {} result group(s)", interval, results.size());
        Map<String, Object> headers = new HashMap<>();
        headers.put(GenesysConstants.CORRELATION_ID, response.correlationId());
        headers.put(GenesysConstants.WINDOW_START, interval.start());
        headers.put(GenesysConstants.WINDOW_END, interval.end());
        int delivered = 0;
        if (options.groupOutput()) {
            JsonNode rawResults = json.path("results");
            for (int i = 0; i < results.size() && mayContinue(); i++) {
                Object groupBody =
                        options.consumer.rawPayload() ? rawResults.get(i).toString() : results.get(i);
                send(groupBody, headers, i, results.size());
                delivered++;
            }
        } else {
            send(options.consumer.rawPayload() ? json.toString() : parsed, headers, 0, 1);
            delivered = 1;
        }
        if (mayContinue()) {
            forceConsumerAsReady();
        }
        return delivered;
    }
}
