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
package io.github.camelgenesys.benchmarks;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AsyncConversationQuery;
import com.mypurecloud.sdk.v2.model.AsyncQueryStatus;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryPredicate;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The peer: a plain loop over the official Genesys Java SDK (platform-client-v2) doing the same extractions as our
 * consumers, on the same simulator — no retries, no rate limiting, no checkpoints, nothing but the paging.
 */
final class SdkPeer {

    private static final Set<AsyncQueryStatus.StateEnum> DONE = EnumSet.of(
            AsyncQueryStatus.StateEnum.FULFILLED,
            AsyncQueryStatus.StateEnum.FAILED,
            AsyncQueryStatus.StateEnum.CANCELLED,
            AsyncQueryStatus.StateEnum.EXPIRED);

    private final AnalyticsApi analytics;

    SdkPeer(String baseUrl, String token) {
        ApiClient.LoggingConfiguration quiet = new ApiClient.LoggingConfiguration();
        quiet.setLogLevel("none");
        quiet.setLogToConsole(false);
        ApiClient client = ApiClient.Builder.standard()
                .withBasePath(baseUrl)
                .withAccessToken(token)
                .withLoggingConfiguration(quiet)
                .build();
        analytics = new AnalyticsApi(client);
    }

    private static List<ConversationDetailQueryFilter> ended() {
        return List.of(new ConversationDetailQueryFilter()
                .type(ConversationDetailQueryFilter.TypeEnum.AND)
                .predicates(List.of(new ConversationDetailQueryPredicate()
                        .type(ConversationDetailQueryPredicate.TypeEnum.DIMENSION)
                        .dimension(ConversationDetailQueryPredicate.DimensionEnum.CONVERSATIONEND)
                        .operator(ConversationDetailQueryPredicate.OperatorEnum.EXISTS))));
    }

    /**
     * Details query pages (100 per page), completed conversations only, one UTC day at a time until a short page: a
     * plain loop must read a day at a time too, as the API refuses to page past 100,000 results of one query.
     */
    long search(String interval, Consumer<String> sink) throws Exception {
        Instant end = Instant.parse(interval.substring(interval.indexOf('/') + 1));
        long n = 0;
        for (Instant day = Instant.parse(interval.substring(0, interval.indexOf('/')));
                day.isBefore(end);
                day = day.plus(Duration.ofDays(1))) {
            for (int page = 1; ; page++) {
                AnalyticsConversationQueryResponse response =
                        analytics.postAnalyticsConversationsDetailsQuery(new ConversationQuery()
                                .interval(day + "/" + day.plus(Duration.ofDays(1)))
                                .order(ConversationQuery.OrderEnum.ASC)
                                .orderBy(ConversationQuery.OrderByEnum.CONVERSATIONSTART)
                                .conversationFilters(ended())
                                .paging(new PagingSpec().pageSize(100).pageNumber(page)));
                List<AnalyticsConversationWithoutAttributes> conversations = response.getConversations();
                if (conversations == null) {
                    break;
                }
                for (AnalyticsConversationWithoutAttributes c : conversations) {
                    sink.accept(c.getConversationId());
                    n++;
                }
                if (conversations.size() < 100) {
                    break;
                }
            }
        }
        return n;
    }

    /**
     * Details jobs window by window (1000 per results page); a conversation counts in the window it started in, as
     * a job returns every conversation with activity in its interval.
     */
    long jobs(Instant from, Instant to, Duration window, Duration pollInterval, Consumer<String> sink)
            throws Exception {
        long n = 0;
        for (Instant start = from; start.isBefore(to); start = start.plus(window)) {
            Instant end = start.plus(window).isAfter(to) ? to : start.plus(window);
            String jobId = analytics
                    .postAnalyticsConversationsDetailsJobs(new AsyncConversationQuery()
                            .interval(start + "/" + end)
                            .order(AsyncConversationQuery.OrderEnum.ASC)
                            .orderBy(AsyncConversationQuery.OrderByEnum.CONVERSATIONSTART)
                            .conversationFilters(ended()))
                    .getJobId();
            AsyncQueryStatus status = analytics.getAnalyticsConversationsDetailsJob(jobId);
            while (!DONE.contains(status.getState())) {
                Thread.sleep(pollInterval.toMillis());
                status = analytics.getAnalyticsConversationsDetailsJob(jobId);
            }
            String cursor = null;
            do {
                AnalyticsConversationAsyncQueryResponse page =
                        analytics.getAnalyticsConversationsDetailsJobResults(jobId, cursor, 1000);
                if (page.getConversations() != null) {
                    for (AnalyticsConversation c : page.getConversations()) {
                        Instant started = c.getConversationStart().toInstant();
                        if (!started.isBefore(start) && started.isBefore(end)) {
                            sink.accept(c.getConversationId());
                            n++;
                        }
                    }
                }
                cursor = page.getCursor();
            } while (cursor != null);
        }
        return n;
    }
}
