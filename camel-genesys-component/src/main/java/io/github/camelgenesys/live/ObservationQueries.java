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
package io.github.camelgenesys.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysJson;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v2/analytics/queues/observations/query} with {@code detailMetrics oWaiting, oInteracting}, for many
 * queues per request. A query holds at most {@link #MAX_PREDICATES} predicates (queueId and mediaType together), so
 * each request carries that many queues less the media type predicates. Genesys does not publish the number; 200 is
 * the cap an API error reported to a third-party connector (see docs/live.md).
 */
final class ObservationQueries {

    static final String PATH = "/api/v2/analytics/queues/observations/query";
    static final int MAX_PREDICATES = 200;
    private static final List<String> METRICS = List.of("oWaiting", "oInteracting");

    private final GenesysClient client;
    private final List<String> mediaTypes;
    private final int queuesPerQuery;

    ObservationQueries(GenesysClient client, List<String> mediaTypes) {
        if (mediaTypes.size() >= MAX_PREDICATES) {
            throw new IllegalArgumentException("mediaType lists " + mediaTypes.size() + " media types; an observation"
                    + " query holds at most " + MAX_PREDICATES + " predicates");
        }
        this.client = client;
        this.mediaTypes = mediaTypes;
        this.queuesPerQuery = MAX_PREDICATES - mediaTypes.size();
    }

    /** Queues one request carries: the predicate cap less the media type predicates. */
    int queuesPerQuery() {
        return queuesPerQuery;
    }

    ObservationSnapshot observe(List<String> queueIds) {
        Map<String, Observation> conversations = new LinkedHashMap<>();
        Set<String> truncated = new HashSet<>();
        int requests = 0;
        for (int from = 0; from < queueIds.size(); from += queuesPerQuery) {
            List<String> batch = queueIds.subList(from, Math.min(queueIds.size(), from + queuesPerQuery));
            JsonNode response = client.post(PATH, body(batch), JsonNode.class).body();
            requests++;
            for (JsonNode result : response.path("results")) {
                String queueId = result.path("group").path("queueId").asText(null);
                String mediaType = result.path("group").path("mediaType").asText(null);
                for (JsonNode data : result.path("data")) {
                    String metric = data.path("metric").asText();
                    if (data.path("truncated").asBoolean(false)) {
                        truncated.add(queueId);
                    }
                    for (JsonNode o : data.path("observations")) {
                        String id = o.path("conversationId").asText(null);
                        if (id == null) {
                            continue;
                        }
                        Observation observation = new Observation(
                                id, queueId, metric, o.path("userId").asText(null), mediaType);
                        // a conversation both waiting and interacting (e.g. during a transfer): interacting wins
                        conversations.merge(id, observation, (a, b) -> "oInteracting".equals(b.metric()) ? b : a);
                    }
                }
            }
        }
        return new ObservationSnapshot(conversations, truncated, requests);
    }

    private ObjectNode body(List<String> queueIds) {
        ObjectNode body = GenesysJson.mapper().createObjectNode();
        ObjectNode filter = body.putObject("filter");
        ArrayNode queuePredicates;
        if (mediaTypes.isEmpty()) {
            filter.put("type", "or");
            queuePredicates = filter.putArray("predicates");
        } else {
            filter.put("type", "and");
            ArrayNode clauses = filter.putArray("clauses");
            ObjectNode queues = clauses.addObject().put("type", "or");
            queuePredicates = queues.putArray("predicates");
            ObjectNode media = clauses.addObject().put("type", "or");
            ArrayNode mediaPredicates = media.putArray("predicates");
            mediaTypes.forEach(m ->
                    mediaPredicates.addObject().put("dimension", "mediaType").put("value", m));
        }
        queueIds.forEach(
                q -> queuePredicates.addObject().put("dimension", "queueId").put("value", q));
        ArrayNode metrics = body.putArray("metrics");
        METRICS.forEach(metrics::add);
        ArrayNode detail = body.putArray("detailMetrics");
        METRICS.forEach(detail::add);
        return body;
    }
}
