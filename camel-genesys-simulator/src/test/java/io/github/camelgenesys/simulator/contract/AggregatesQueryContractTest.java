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
package io.github.camelgenesys.simulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.model.AggregateMetricData;
import com.mypurecloud.sdk.v2.model.ConversationAggregateDataContainer;
import com.mypurecloud.sdk.v2.model.ConversationAggregateQueryFilter;
import com.mypurecloud.sdk.v2.model.ConversationAggregateQueryPredicate;
import com.mypurecloud.sdk.v2.model.ConversationAggregateQueryResponse;
import com.mypurecloud.sdk.v2.model.ConversationAggregationQuery;
import com.mypurecloud.sdk.v2.model.ConversationAggregationQuery.GroupByEnum;
import com.mypurecloud.sdk.v2.model.ConversationAggregationQuery.MetricsEnum;
import com.mypurecloud.sdk.v2.model.StatisticalResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v2/analytics/conversations/aggregates/query} read through {@code AnalyticsApi}. */
class AggregatesQueryContractTest extends ContractTestBase {

    private static final List<MetricsEnum> METRICS = List.of(
            MetricsEnum.NOFFERED,
            MetricsEnum.NCONNECTED,
            MetricsEnum.NTRANSFERRED,
            MetricsEnum.THANDLE,
            MetricsEnum.TTALK,
            MetricsEnum.TACW,
            MetricsEnum.TWAIT,
            MetricsEnum.TABANDON);

    private AnalyticsApi analytics;

    @BeforeAll
    void analyticsApi() {
        analytics = new AnalyticsApi(sdk.api());
    }

    private ConversationAggregateQueryResponse query(ConversationAggregationQuery query) throws Exception {
        return ok(
                analytics.postAnalyticsConversationsAggregatesQueryWithHttpInfo(query),
                ConversationAggregateQueryResponse.class);
    }

    @Test
    void groupedByQueueAndMediaTypeWithDailyGranularityReturnsTypedStats() throws Exception {
        String interval = pastDays(5, 2);
        ConversationAggregateQueryResponse response = query(new ConversationAggregationQuery()
                .interval(interval)
                .granularity("P1D")
                .groupBy(List.of(GroupByEnum.QUEUEID, GroupByEnum.MEDIATYPE))
                .metrics(METRICS));

        List<ConversationAggregateDataContainer> results = response.getResults();
        assertFalse(results == null || results.isEmpty(), "results");
        Set<String> requested = METRICS.stream().map(MetricsEnum::toString).collect(Collectors.toSet());
        boolean offered = false;
        boolean handled = false;
        for (ConversationAggregateDataContainer result : results) {
            assertNotNull(result.getGroup(), "group");
            assertTrue(
                    result.getGroup().containsKey("queueId")
                            || result.getGroup().containsKey("mediaType"),
                    "group keyed by the groupBy dimensions: " + result.getGroup());
            assertFalse(result.getData() == null || result.getData().isEmpty(), "data of " + result.getGroup());
            for (StatisticalResponse bucket : result.getData()) {
                assertNotNull(bucket.getInterval(), "data[].interval");
                assertTrue(bucket.getInterval().matches("\\S+/\\S+"), "ISO interval: " + bucket.getInterval());
                assertFalse(bucket.getMetrics() == null || bucket.getMetrics().isEmpty(), "data[].metrics");
                for (AggregateMetricData metric : bucket.getMetrics()) {
                    assertTrue(requested.contains(metric.getMetric()), "metric name requested: " + metric.getMetric());
                    assertNotNull(metric.getStats(), "stats of " + metric.getMetric());
                    if (metric.getMetric().equals("nOffered")) {
                        assertNotNull(metric.getStats().getCount(), "nOffered.stats.count");
                        offered |= metric.getStats().getCount() > 0;
                    }
                    if (metric.getMetric().equals("tHandle")) {
                        assertNotNull(metric.getStats().getCount(), "tHandle.stats.count");
                        assertNotNull(metric.getStats().getSum(), "tHandle.stats.sum (milliseconds)");
                        assertNotNull(metric.getStats().getMax(), "tHandle.stats.max");
                        handled |= metric.getStats().getCount() > 0;
                    }
                }
            }
        }
        assertTrue(offered, "some nOffered count > 0");
        assertTrue(handled, "some tHandle count > 0");
        assertTrue(results.stream().anyMatch(r -> r.getGroup().containsKey("queueId")), "groups by queueId");
    }

    @Test
    void filterOnMediaTypeKeepsOnlyThatMediaType() throws Exception {
        ConversationAggregateQueryResponse response = query(new ConversationAggregationQuery()
                .interval(pastDays(5, 2))
                .groupBy(List.of(GroupByEnum.MEDIATYPE))
                .metrics(List.of(MetricsEnum.NOFFERED))
                .filter(new ConversationAggregateQueryFilter()
                        .type(ConversationAggregateQueryFilter.TypeEnum.AND)
                        .predicates(List.of(new ConversationAggregateQueryPredicate()
                                .type(ConversationAggregateQueryPredicate.TypeEnum.DIMENSION)
                                .dimension(ConversationAggregateQueryPredicate.DimensionEnum.MEDIATYPE)
                                .value("voice")))));

        assertFalse(response.getResults() == null || response.getResults().isEmpty(), "results");
        for (ConversationAggregateDataContainer result : response.getResults()) {
            assertEquals("voice", result.getGroup().get("mediaType"), "group " + result.getGroup());
        }
    }
}
