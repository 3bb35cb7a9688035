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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.extensions.AuthResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** OAuth client credentials through {@code ApiClient.authorizeClientCredentials}, and the bearer check. */
class OAuthContractTest extends ContractTestBase {

    private static ConversationQuery smallQuery() {
        return new ConversationQuery()
                .interval(pastDays(2, 1))
                .paging(new PagingSpec().pageSize(1).pageNumber(1));
    }

    @Test
    void clientCredentialsGrantReturnsBearerTokenTheSdkThenUses() throws Exception {
        try (SdkClient client = SdkClient.connect(baseUrl)) {
            ApiResponse<AuthResponse> auth = client.authorize(sim.clientId(), sim.clientSecret());

            assertEquals(200, auth.getStatusCode());
            SdkContract.assertConforms(sdkJson, auth.getRawBody(), AuthResponse.class);
            AuthResponse token = auth.getBody();
            assertNotNull(token.getAccess_token(), "access_token");
            assertFalse(token.getAccess_token().isBlank(), "access_token");
            assertTrue("bearer".equalsIgnoreCase(token.getToken_type()), "token_type: " + token.getToken_type());
            assertTrue(token.getExpires_in() > 0, "expires_in: " + token.getExpires_in());
            assertEquals(null, token.getError(), "error");

            WireTap.Exchange login = client.wire().exchanges().get(0);
            assertEquals("POST", login.method());
            assertEquals("/oauth/token", URI.create(login.url()).getPath(), "the SDK's login path");

            AnalyticsConversationQueryResponse page = ok(
                    new AnalyticsApi(client.api()).postAnalyticsConversationsDetailsQueryWithHttpInfo(smallQuery()),
                    AnalyticsConversationQueryResponse.class);
            assertNotNull(page.getConversations(), "an API call with the SDK-held token succeeds");
        }
    }

    @Test
    void wrongSecretIsRejectedWithOAuthError() throws Exception {
        try (SdkClient client = SdkClient.connect(baseUrl)) {
            // by default the SDK answers a 401 from the login host with a refresh_token grant; look at the 401 itself
            client.api().setShouldRefreshAccessToken(false);
            ApiException rejected = assertThrows(
                    ApiException.class, () -> client.authorize(sim.clientId(), sim.clientSecret() + "-wrong"));

            assertEquals(401, rejected.getStatusCode(), () -> "body=" + rejected.getRawBody());
            AuthResponse body = SdkContract.read(sdkJson, rejected.getRawBody(), AuthResponse.class);
            assertNotNull(body.getError(), "OAuth error field; body=" + rejected.getRawBody());
            assertEquals(null, body.getAccess_token(), "no token on a rejected grant");
        }
    }

    @Test
    void apiCallWithUnknownTokenGetsErrorBody401() throws Exception {
        try (SdkClient client = SdkClient.connect(baseUrl)) {
            client.api().setShouldRefreshAccessToken(false); // client credentials have no refresh
            client.api().setAccessToken("not-a-token-the-simulator-issued");

            ApiResponse<AnalyticsConversationQueryResponse> response =
                    new AnalyticsApi(client.api()).postAnalyticsConversationsDetailsQueryWithHttpInfo(smallQuery());

            ErrorBody error = SdkContract.error(sdkJson, response, 401);
            assertTrue(
                    error.getCode().startsWith("bad.credentials")
                            || error.getCode().startsWith("authentication"),
                    "ErrorBody.code: " + error.getCode());
        }
    }

    @Test
    void clientWithoutThePermissionGets403MissingPermissions() throws Exception {
        sim.addClient("contract-no-analytics", "contract-secret", Set.of("routing:queue:view"));
        try (SdkClient client = SdkClient.connect(baseUrl)) {
            client.authorize("contract-no-analytics", "contract-secret");

            ApiResponse<AnalyticsConversationQueryResponse> response =
                    new AnalyticsApi(client.api()).postAnalyticsConversationsDetailsQueryWithHttpInfo(smallQuery());

            ErrorBody error = SdkContract.error(sdkJson, response, 403);
            assertEquals("missing.permissions", error.getCode(), "ErrorBody.code");
            assertTrue(
                    error.getMessage().contains("analytics:conversationDetail:view"),
                    "message names the missing permission: " + error.getMessage());
        }
    }

    @Test
    void revokedTokenGets401AndANewClientCredentialsGrantRecovers() throws Exception {
        try (SdkClient client = SdkClient.connect(baseUrl)) {
            client.authorize(sim.clientId(), sim.clientSecret());
            AnalyticsApi analytics = new AnalyticsApi(client.api());
            sim.revokeAllTokens();

            ErrorBody error = SdkContract.error(
                    sdkJson, analytics.postAnalyticsConversationsDetailsQueryWithHttpInfo(smallQuery()), 401);
            assertTrue(
                    error.getCode().startsWith("bad.credentials")
                            || error.getCode().startsWith("credentials.expired"),
                    "ErrorBody.code: " + error.getCode());

            client.authorize(sim.clientId(), sim.clientSecret());
            assertNotNull(
                    ok(
                                    analytics.postAnalyticsConversationsDetailsQueryWithHttpInfo(smallQuery()),
                                    AnalyticsConversationQueryResponse.class)
                            .getConversations(),
                    "works again with the new token");
        }
    }
}
