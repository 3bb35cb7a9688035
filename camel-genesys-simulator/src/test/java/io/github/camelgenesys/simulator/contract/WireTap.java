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

import com.mypurecloud.sdk.v2.AsyncApiCallback;
import com.mypurecloud.sdk.v2.connector.ApiClientConnector;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorRequest;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

/**
 * Remembers every HTTP exchange as the SDK's connector layer saw it, including retried attempts the SDK hides.
 * The headers are the connector's own map, whose keys are case-sensitive: that is the map the SDK's retry logic
 * queries with {@code containsKey("Retry-After")}.
 */
final class WireTap implements ApiClientConnector {

    /** One request/response pair; {@code headers} exactly as the SDK's retry logic sees them. */
    record Exchange(String method, String url, int status, Map<String, String> headers) {}

    private final ApiClientConnector delegate;
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    WireTap(ApiClientConnector delegate) {
        this.delegate = delegate;
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    void clear() {
        exchanges.clear();
    }

    @Override
    public ApiClientConnectorResponse invoke(ApiClientConnectorRequest request) throws IOException {
        ApiClientConnectorResponse response = delegate.invoke(request);
        exchanges.add(new Exchange(
                request.getMethod(), request.getUrl(), response.getStatusCode(), Map.copyOf(response.getHeaders())));
        return response;
    }

    @Override
    public Future<ApiClientConnectorResponse> invokeAsync(
            ApiClientConnectorRequest request, AsyncApiCallback<ApiClientConnectorResponse> callback) {
        throw new UnsupportedOperationException("the contract tests use the SDK's synchronous calls only");
    }

    @Override
    public void close() throws Exception {
        delegate.close();
    }
}
