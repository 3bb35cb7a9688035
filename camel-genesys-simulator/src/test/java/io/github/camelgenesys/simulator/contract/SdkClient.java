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

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProvider;
import com.mypurecloud.sdk.v2.connector.apache.ApacheHttpClientConnectorProvider;
import com.mypurecloud.sdk.v2.extensions.AuthResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An official Genesys Java SDK client pointed at a simulator: API calls go to the base path, login-host calls are
 * redirected by {@link LoginHostRedirect}, and every exchange is recorded by a {@link WireTap}.
 * The SDK's own logging is off so that tokens and secrets never reach the test output.
 */
final class SdkClient implements AutoCloseable {

    private final ApiClient api;
    private final WireTap wire;

    private SdkClient(ApiClient api, WireTap wire) {
        this.api = api;
        this.wire = wire;
    }

    /** A client without retries (the SDK default: {@code maxRetryTimeSec = 0}). */
    static SdkClient connect(String baseUrl) {
        return connect(baseUrl, null);
    }

    /** A client with the SDK's retry configuration; {@code retry == null} keeps the SDK default (no retries). */
    static SdkClient connect(String baseUrl, ApiClient.RetryConfiguration retry) {
        AtomicReference<WireTap> tap = new AtomicReference<>();
        ApiClientConnectorProvider provider = properties -> {
            WireTap wire = new WireTap(
                    new LoginHostRedirect(new ApacheHttpClientConnectorProvider().create(properties), baseUrl));
            tap.set(wire);
            return wire;
        };
        ApiClient.LoggingConfiguration quiet = new ApiClient.LoggingConfiguration();
        quiet.setLogLevel("none");
        quiet.setLogToConsole(false);
        ApiClient.Builder builder = ApiClient.Builder.standard()
                .withBasePath(baseUrl)
                .withLoggingConfiguration(quiet)
                .withProperty(ApiClientConnectorProperty.CONNECTOR_PROVIDER, provider);
        if (retry != null) {
            builder.withRetryConfiguration(retry);
        }
        ApiClient api = builder.build();
        return new SdkClient(api, tap.get());
    }

    /** Runs the SDK's client-credentials grant; on success the SDK uses the token for every later call. */
    ApiResponse<AuthResponse> authorize(String clientId, String clientSecret) throws IOException, ApiException {
        return api.authorizeClientCredentials(clientId, clientSecret);
    }

    ApiClient api() {
        return api;
    }

    WireTap wire() {
        return wire;
    }

    @Override
    public void close() throws Exception {
        api.close();
    }
}
