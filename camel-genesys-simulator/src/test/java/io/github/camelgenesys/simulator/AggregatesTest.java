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
package io.github.camelgenesys.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AggregatesTest {
    private static final String AGG = "/api/v2/analytics/conversations/aggregates/query";
    private static final String DETAILS = "/api/v2/analytics/conversations/details/query";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant FROM = NOW.truncatedTo(ChronoUnit.DAYS).minus(2, ChronoUnit.DAYS);
    private static final Instant TO = FROM.plus(1, ChronoUnit.DAYS);
    private static GenesysCloudSimulator sim;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        sim = GenesysCloudSimulator.builder()
                .clock(new MutableClock(NOW))
                .conversations(4000)
                .days(10)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .queues(5)
                .build();
        client = ApiClient.authorized(sim, sim.start());
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    /** Sums session metrics of every conversation the details query returns for the same day. */
    private static Map<String, Long> detailSums() {
        Map<String, Long> sums = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode body = client.post(
                            DETAILS,
                            "{\"interval\":\"" + FROM + "/" + TO + "\",\"paging\":{\"pageSize\":100,"
                                    + "\"pageNumber\":" + page + "}}")
                    .json();
            if (!body.has("conversations")) {
                return sums;
            }
            for (JsonNode c : body.get("conversations")) {
                for (JsonNode p : c.get("participants")) {
                    for (JsonNode s : p.get("sessions")) {
                        for (JsonNode m : s.get("metrics")) {
                            sums.merge(m.get("name").asText(), m.get("value").asLong(), Long::sum);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aggregateSumsEqualTheDetailsOfTheSameInterval() {
        JsonNode body = client.post(
                        AGG,
                        "{\"interval\":\"" + FROM + "/" + TO + "\",\"groupBy\":[\"queueId\"],"
                                + "\"metrics\":[\"nOffered\",\"nConnected\",\"nTransferred\",\"tHandle\",\"tTalk\",\"tAcw\",\"tWait\","
                                + "\"tAbandon\"]}")
                .json();
        Map<String, Long> agg = new HashMap<>();
        for (JsonNode result : body.get("results")) {
            assertTrue(result.get("group").has("queueId"));
            for (JsonNode data : result.get("data")) {
                for (JsonNode m : data.get("metrics")) {
                    JsonNode stats = m.get("stats");
                    long v = m.get("metric").asText().startsWith("t")
                            ? stats.get("sum").asLong()
                            : stats.get("count").asLong();
                    agg.merge(m.get("metric").asText(), v, Long::sum);
                }
            }
        }
        Map<String, Long> details = detailSums();
        for (String metric :
                new String[] {"nOffered", "nConnected", "nTransferred", "tHandle", "tTalk", "tAcw", "tWait", "tAbandon"
                }) {
            assertEquals(details.get(metric), agg.get(metric), metric);
        }
        assertEquals(sim.data().count(ConversationData.Criteria.startedBetween(FROM, TO)), agg.get("nOffered"));
    }

    @Test
    void granularityMakesBucketsAndFilterNarrows() {
        JsonNode body = client.post(
                        AGG,
                        "{\"interval\":\"" + FROM + "/" + TO + "\",\"granularity\":\"PT6H\","
                                + "\"groupBy\":[\"mediaType\"],\"filter\":{\"type\":\"and\",\"predicates\":[{\"dimension\":\"mediaType\","
                                + "\"value\":\"voice\"}]},\"metrics\":[\"nOffered\"]}")
                .json();
        assertEquals(1, body.get("results").size());
        JsonNode result = body.get("results").get(0);
        assertEquals("voice", result.get("group").get("mediaType").asText());
        assertEquals(4, result.get("data").size());
        assertEquals(
                FROM + "/" + FROM.plus(6, ChronoUnit.HOURS),
                result.get("data").get(0).get("interval").asText().replace(".000Z", "Z"));
        long total = 0;
        for (JsonNode d : result.get("data")) {
            total += d.get("metrics").get(0).get("stats").get("count").asLong();
        }
        assertEquals(
                sim.data()
                        .count(ConversationData.Criteria.startedBetween(FROM, TO)
                                .mediaType("voice")),
                total);
    }

    @Test
    void unknownMetricOrGroupByOrGranularityIs400() {
        String iv = "\"interval\":\"" + FROM + "/" + TO + "\"";
        assertEquals("metrics[1]", field(client.post(AGG, "{" + iv + ",\"metrics\":[\"nOffered\",\"nBogus\"]}")));
        assertEquals(
                "groupBy[0]",
                field(client.post(AGG, "{" + iv + ",\"groupBy\":[\"color\"],\"metrics\":[\"nOffered\"]}")));
        assertEquals(
                "granularity",
                field(client.post(AGG, "{" + iv + ",\"granularity\":\"often\",\"metrics\":[\"nOffered\"]}")));
    }

    private static String field(ApiClient.Reply reply) {
        assertEquals(400, reply.status());
        return reply.json().get("details").get(0).get("fieldName").asText();
    }
}
