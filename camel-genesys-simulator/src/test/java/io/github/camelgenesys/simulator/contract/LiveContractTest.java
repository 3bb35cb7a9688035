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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueuesRequest;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.Conversation;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.ObservationMetricData;
import com.mypurecloud.sdk.v2.model.ObservationValue;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import com.mypurecloud.sdk.v2.model.Participant;
import com.mypurecloud.sdk.v2.model.Queue;
import com.mypurecloud.sdk.v2.model.QueueEntityListing;
import com.mypurecloud.sdk.v2.model.QueueObservationDataContainer;
import com.mypurecloud.sdk.v2.model.QueueObservationQuery;
import com.mypurecloud.sdk.v2.model.QueueObservationQueryFilter;
import com.mypurecloud.sdk.v2.model.QueueObservationQueryPredicate;
import com.mypurecloud.sdk.v2.model.QueueObservationQueryResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live view: routing queues, queue observations with live conversation ids, and GET conversation by id. */
class LiveContractTest extends ContractTestBase {

    private RoutingApi routing;
    private AnalyticsApi analytics;
    private ConversationsApi conversations;

    @BeforeAll
    void apis() {
        routing = new RoutingApi(sdk.api());
        analytics = new AnalyticsApi(sdk.api());
        conversations = new ConversationsApi(sdk.api());
    }

    private List<Queue> allQueues() throws Exception {
        List<Queue> queues = new ArrayList<>();
        int pageNumber = 1;
        QueueEntityListing page;
        do {
            page = ok(
                    routing.getRoutingQueues(GetRoutingQueuesRequest.builder()
                            .withPageSize(4)
                            .withPageNumber(pageNumber)
                            .build()
                            .withHttpInfo()),
                    QueueEntityListing.class);
            assertEquals(4, page.getPageSize(), "pageSize echoed");
            assertEquals(pageNumber, page.getPageNumber(), "pageNumber echoed");
            queues.addAll(page.getEntities());
            pageNumber++;
            assertTrue(pageNumber < 50, "queue paging does not end");
        } while (page.getPageCount() != null && pageNumber <= page.getPageCount());
        assertEquals(10L, page.getTotal(), "total");
        assertEquals(3, page.getPageCount(), "pageCount for 10 queues by 4");
        return queues;
    }

    @Test
    void routingQueuesPageThroughAllTenQueuesWithIdsAndNames() throws Exception {
        List<Queue> queues = allQueues();

        assertEquals(10, queues.size(), "10 queues configured");
        Set<String> ids = new LinkedHashSet<>();
        for (Queue q : queues) {
            assertNotNull(q.getId(), "id");
            assertNotNull(q.getName(), "name");
            assertTrue(ids.add(q.getId()), "duplicate queue " + q.getId());
        }
    }

    private QueueObservationQueryResponse observe(List<Queue> queues) throws Exception {
        List<QueueObservationQueryPredicate> byQueue = queues.stream()
                .map(q -> new QueueObservationQueryPredicate()
                        .type(QueueObservationQueryPredicate.TypeEnum.DIMENSION)
                        .dimension(QueueObservationQueryPredicate.DimensionEnum.QUEUEID)
                        .value(q.getId()))
                .toList();
        QueueObservationQuery query = new QueueObservationQuery()
                .filter(new QueueObservationQueryFilter()
                        .type(QueueObservationQueryFilter.TypeEnum.OR)
                        .predicates(byQueue))
                .metrics(List.of(
                        QueueObservationQuery.MetricsEnum.OWAITING, QueueObservationQuery.MetricsEnum.OINTERACTING))
                .detailMetrics(List.of(
                        QueueObservationQuery.DetailMetricsEnum.OWAITING,
                        QueueObservationQuery.DetailMetricsEnum.OINTERACTING));

        return ok(
                analytics.postAnalyticsQueuesObservationsQueryWithHttpInfo(query), QueueObservationQueryResponse.class);
    }

    @Test
    void queueObservationsListLiveConversationIdsPerQueue() throws Exception {
        List<Queue> queues = allQueues();

        QueueObservationQueryResponse response = observe(queues);

        assertFalse(response.getResults() == null || response.getResults().isEmpty(), "results");
        Set<String> queueIds =
                new LinkedHashSet<>(queues.stream().map(Queue::getId).toList());
        long observed = 0;
        for (QueueObservationDataContainer result : response.getResults()) {
            String queueId = result.getGroup().get("queueId");
            assertTrue(queueIds.contains(queueId), "group.queueId is a configured queue: " + result.getGroup());
            assertFalse(result.getData() == null || result.getData().isEmpty(), "data of " + queueId);
            for (ObservationMetricData data : result.getData()) {
                assertTrue(
                        data.getMetric().equals("oWaiting") || data.getMetric().equals("oInteracting"),
                        "metric requested: " + data.getMetric());
                assertNotNull(data.getStats(), "stats");
                assertNotNull(data.getStats().getCount(), "stats.count");
                int listed = data.getObservations() == null
                        ? 0
                        : data.getObservations().size();
                if (!Boolean.TRUE.equals(data.getTruncated())) {
                    assertEquals(
                            data.getStats().getCount().longValue(),
                            listed,
                            "detailMetrics list one observation" + " per counted conversation (" + queueId + " "
                                    + data.getMetric() + ")");
                }
                if (data.getObservations() != null) {
                    for (ObservationValue o : data.getObservations()) {
                        assertNotNull(o.getConversationId(), "observations[].conversationId");
                        assertNotNull(o.getObservationDate(), "observations[].observationDate");
                        observed++;
                    }
                }
            }
        }
        assertTrue(observed > 0, "some live conversation is waiting or interacting");
    }

    @Test
    void conversationByIdReturnsTypedConversationWithParticipants() throws Exception {
        AnalyticsConversationQueryResponse recent = ok(
                analytics.postAnalyticsConversationsDetailsQueryWithHttpInfo(new ConversationQuery()
                        .interval(pastDays(2, 1))
                        .paging(new PagingSpec().pageSize(5).pageNumber(1))),
                AnalyticsConversationQueryResponse.class);
        String id = recent.getConversations().get(0).getConversationId();

        Conversation conversation = ok(conversations.getConversationWithHttpInfo(id), Conversation.class);

        assertEquals(id, conversation.getId(), "id");
        assertNotNull(conversation.getStartTime(), "startTime");
        assertFalse(
                conversation.getParticipants() == null
                        || conversation.getParticipants().isEmpty(),
                "participants");
        for (Participant p : conversation.getParticipants()) {
            assertNotNull(p.getId(), "participants[].id");
            assertNotNull(p.getPurpose(), "participants[].purpose");
        }
    }

    @Test
    void liveConversationFromTheObservationsIsServedOngoingByGetConversation() throws Exception {
        String liveId = observe(allQueues()).getResults().stream()
                .flatMap(r -> r.getData().stream())
                .filter(d -> d.getObservations() != null)
                .flatMap(d -> d.getObservations().stream())
                .map(ObservationValue::getConversationId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no live conversation observed"));

        Conversation conversation = ok(conversations.getConversationWithHttpInfo(liveId), Conversation.class);

        assertEquals(liveId, conversation.getId(), "id");
        assertNotNull(conversation.getStartTime(), "startTime");
        assertNull(conversation.getEndTime(), "a conversation waiting or interacting has not ended");
        assertFalse(
                conversation.getParticipants() == null
                        || conversation.getParticipants().isEmpty(),
                "participants");
    }

    @Test
    void unknownConversationIdIs404ErrorBody() throws Exception {
        ApiResponse<Conversation> response =
                conversations.getConversationWithHttpInfo("00000000-0000-0000-0000-000000000000");

        SdkContract.error(sdkJson, response, 404);
    }
}
