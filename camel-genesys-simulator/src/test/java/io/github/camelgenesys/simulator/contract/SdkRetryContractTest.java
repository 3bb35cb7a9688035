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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The normalized 429 and a 503 as the SDK sees them, and the SDK's own retry ({@code ApiClient.RetryConfiguration}). */
class SdkRetryContractTest extends ContractTestBase {

    private static final String DETAILS_QUERY = "/api/v2/analytics/conversations/details/query";

    private static ConversationQuery query() {
        return new ConversationQuery()
                .interval(pastDays(3, 2))
                .paging(new PagingSpec().pageSize(10).pageNumber(1));
    }

    private static List<WireTap.Exchange> detailsQueries(SdkClient client) {
        return client.wire().exchanges().stream()
                .filter(e -> URI.create(e.url()).getPath().equals(DETAILS_QUERY))
                .toList();
    }

    @Test
    void withoutRetryThe429IsAnApiExceptionWithTheNormalizedBodyAndAnIntegerRetryAfter() throws Exception {
        sdk.wire().clear();
        sim.faults().next(1).on("POST", DETAILS_QUERY).status(429);

        ApiResponse<AnalyticsConversationQueryResponse> response =
                new AnalyticsApi(sdk.api()).postAnalyticsConversationsDetailsQueryWithHttpInfo(query());

        ErrorBody error = SdkContract.error(sdkJson, response, 429);
        assertEquals("too.many.requests.retry.after", error.getCode(), "ErrorBody.code");
        WireTap.Exchange exchange = detailsQueries(sdk).get(0);
        // the SDK's Retry looks the header up case-sensitively and parses it with Integer.parseInt
        String retryAfter = exchange.headers().get("Retry-After");
        assertNotNull(
                retryAfter,
                "header named exactly 'Retry-After' (the SDK's lookup); got "
                        + exchange.headers().keySet());
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 0 && seconds <= 180, "Retry-After seconds within the SDK's retry range: " + seconds);
        assertTrue(
                error.getMessage().contains("[" + seconds + "]"),
                "message 'Retry the request in [" + seconds + "] seconds': " + error.getMessage());
    }

    @Test
    void withRetryConfigurationTheSdkWaitsRetryAfterAndTheRetrySucceeds() throws Exception {
        ApiClient.RetryConfiguration retry = new ApiClient.RetryConfiguration();
        retry.setMaxRetryTimeSec(30);
        retry.setRetryMax(3);
        try (SdkClient client = SdkClient.connect(baseUrl, retry)) {
            client.authorize(sim.clientId(), sim.clientSecret());
            long served429Before = sim.stats().requestCount("POST " + DETAILS_QUERY, 429);
            sim.faults().next(1).on("POST", DETAILS_QUERY).status(429);

            AnalyticsConversationQueryResponse page = ok(
                    new AnalyticsApi(client.api()).postAnalyticsConversationsDetailsQueryWithHttpInfo(query()),
                    AnalyticsConversationQueryResponse.class);

            assertNotNull(page.getConversations(), "the retried call returns the page");
            assertEquals(
                    List.of(429, 200),
                    detailsQueries(client).stream()
                            .map(WireTap.Exchange::status)
                            .toList(),
                    "the SDK sent the query twice: 429, then 200");
            assertEquals(
                    served429Before + 1,
                    sim.stats().requestCount("POST " + DETAILS_QUERY, 429),
                    "the simulator served exactly one 429");
        }
    }

    @Test
    void withRetryConfigurationA503IsRetriedAndTheRetrySucceeds() throws Exception {
        ApiClient.RetryConfiguration retry = new ApiClient.RetryConfiguration();
        retry.setMaxRetryTimeSec(30);
        retry.setRetryMax(3);
        retry.setRetryAfterDefaultMs(100); // used when a 5xx has no Retry-After
        try (SdkClient client = SdkClient.connect(baseUrl, retry)) {
            client.authorize(sim.clientId(), sim.clientSecret());
            sim.faults().next(1).on("POST", DETAILS_QUERY).status(503);

            AnalyticsConversationQueryResponse page = ok(
                    new AnalyticsApi(client.api()).postAnalyticsConversationsDetailsQueryWithHttpInfo(query()),
                    AnalyticsConversationQueryResponse.class);

            assertNotNull(page.getConversations(), "the retried call returns the page");
            assertEquals(
                    List.of(503, 200),
                    detailsQueries(client).stream()
                            .map(WireTap.Exchange::status)
                            .toList(),
                    "the SDK sent the query twice: 503, then 200");
        }
    }

    @Test
    void withoutRetryA503IsAnApiExceptionWithAnErrorBody() throws Exception {
        sim.faults().next(1).on("POST", DETAILS_QUERY).status(503);

        ErrorBody error = SdkContract.error(
                sdkJson, new AnalyticsApi(sdk.api()).postAnalyticsConversationsDetailsQueryWithHttpInfo(query()), 503);

        assertEquals("service.unavailable", error.getCode(), "ErrorBody.code");
    }
}
