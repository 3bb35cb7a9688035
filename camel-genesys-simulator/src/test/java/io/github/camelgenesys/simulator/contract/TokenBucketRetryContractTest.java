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
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.auth.RateLimiter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-token rate limit (not a scripted fault) met by the SDK with its retry configuration on. */
class TokenBucketRetryContractTest extends ContractTestBase {

    private static final int PER_MINUTE = 60;
    /** The bucket refills one request per second, so a burst this long meets the limit even on a slow machine. */
    private static final int MAX_CALLS = 3 * PER_MINUTE;

    @Override
    GenesysCloudSimulator.Builder configure(GenesysCloudSimulator.Builder builder) {
        // the bucket model (not the default fixed window, whose Retry-After would be up to a minute) keeps this fast
        return builder.rateLimitPerMinute(PER_MINUTE).rateLimitModel(RateLimiter.Model.TOKEN_BUCKET);
    }

    @Test
    void burstOverTheBudgetIsThrottledWith429AndEveryCallSucceedsThroughSdkRetries() throws Exception {
        ApiClient.RetryConfiguration retry = new ApiClient.RetryConfiguration();
        retry.setMaxRetryTimeSec(60);
        retry.setRetryMax(10);
        try (SdkClient client = SdkClient.connect(baseUrl, retry)) {
            client.authorize(sim.clientId(), sim.clientSecret());
            AnalyticsApi analytics = new AnalyticsApi(client.api());
            ConversationQuery query = new ConversationQuery()
                    .interval(pastDays(2, 1))
                    .paging(new PagingSpec().pageSize(1).pageNumber(1));

            // call until the budget is exhausted (a 429 seen on the wire), then twice more; bounded for slow machines
            int calls = 0;
            int afterFirst429 = -1;
            while (afterFirst429 < 2 && calls < MAX_CALLS) {
                ApiResponse<AnalyticsConversationQueryResponse> response =
                        analytics.postAnalyticsConversationsDetailsQueryWithHttpInfo(query);
                assertNotNull(
                        ok(response, AnalyticsConversationQueryResponse.class).getConversations(), "call " + calls);
                assertEquals(
                        String.valueOf(PER_MINUTE),
                        response.getHeader("inin-ratelimit-allowed"),
                        "inin-ratelimit-allowed");
                calls++;
                if (afterFirst429 >= 0 || client.wire().exchanges().stream().anyMatch(e -> e.status() == 429)) {
                    afterFirst429++;
                }
            }

            List<WireTap.Exchange> apiCalls = client.wire().exchanges().stream()
                    .filter(e -> e.url().contains("/api/v2/"))
                    .toList();
            long throttled = apiCalls.stream().filter(e -> e.status() == 429).count();
            assertTrue(throttled > 0, "the burst exceeded the budget and met 429s");
            assertEquals(
                    calls, apiCalls.stream().filter(e -> e.status() == 200).count(), "every call finally succeeded");
            apiCalls.stream()
                    .filter(e -> e.status() == 429)
                    .forEach(e -> assertNotNull(
                            e.headers().get("Retry-After"),
                            "each 429 carries 'Retry-After' (exact name the SDK looks up): "
                                    + e.headers().keySet()));
            assertTrue(sim.stats().rateLimited429() >= throttled, "simulator counted its 429s");
        }
    }

    @Test
    void withoutRetryTheBudgetOverrunIsTheNormalized429() throws Exception {
        try (SdkClient client = SdkClient.connect(baseUrl)) {
            client.authorize(sim.clientId(), sim.clientSecret());
            AnalyticsApi analytics = new AnalyticsApi(client.api());
            ConversationQuery query = new ConversationQuery()
                    .interval(pastDays(2, 1))
                    .paging(new PagingSpec().pageSize(1).pageNumber(1));

            ApiResponse<AnalyticsConversationQueryResponse> response = null;
            for (int i = 0; i < MAX_CALLS && (response == null || response.getStatusCode() == 200); i++) {
                response = analytics.postAnalyticsConversationsDetailsQueryWithHttpInfo(query);
            }

            ErrorBody error = SdkContract.error(sdkJson, response, 429);
            assertEquals("too.many.requests.retry.after", error.getCode(), "ErrorBody.code");
            WireTap.Exchange last =
                    client.wire().exchanges().get(client.wire().exchanges().size() - 1);
            int seconds = Integer.parseInt(last.headers().get("Retry-After"));
            assertEquals(
                    "Rate limit exceeded the maximum. Retry the request in [" + seconds + "] seconds",
                    error.getMessage(),
                    "normalized 429 message");
        }
    }
}
