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
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Sends the SDK's login-host requests to the simulator.
 *
 * <p>SDK 198.1.0 builds the token URL as {@code "https://login." + basePath.split("\\.", 2)[1] + "/oauth/token"}
 * ({@code ApiClient.buildUrl(..., isAuthRequest=true)}); it has no option for a separate login URL. With the base path
 * {@code http://127.0.0.1:PORT} that gives {@code https://login.0.0.1:PORT/oauth/token}. This connector, installed
 * through the SDK's supported {@code ApiClientConnectorProperty.CONNECTOR_PROVIDER} hook, keeps the path and query of
 * any {@code https://login.*} URL and replaces scheme, host and port with the simulator's base URL. Every other
 * request passes through untouched, so {@code authorizeClientCredentials} runs unmodified SDK code end to end
 * (Basic auth header, form body, {@code AuthResponse} parsing).
 */
final class LoginHostRedirect implements ApiClientConnector {

    private static final String LOGIN_PREFIX = "https://login.";

    private final ApiClientConnector delegate;
    private final String loginBaseUrl;

    LoginHostRedirect(ApiClientConnector delegate, String loginBaseUrl) {
        this.delegate = delegate;
        this.loginBaseUrl = loginBaseUrl;
    }

    @Override
    public ApiClientConnectorResponse invoke(ApiClientConnectorRequest request) throws IOException {
        return delegate.invoke(redirect(request));
    }

    @Override
    public Future<ApiClientConnectorResponse> invokeAsync(
            ApiClientConnectorRequest request, AsyncApiCallback<ApiClientConnectorResponse> callback) {
        return delegate.invokeAsync(redirect(request), callback);
    }

    @Override
    public void close() throws Exception {
        delegate.close();
    }

    private ApiClientConnectorRequest redirect(ApiClientConnectorRequest request) {
        String url = request.getUrl();
        if (!url.startsWith(LOGIN_PREFIX)) {
            return request;
        }
        int pathStart = url.indexOf('/', LOGIN_PREFIX.length());
        String target = loginBaseUrl + (pathStart < 0 ? "" : url.substring(pathStart));
        return new ApiClientConnectorRequest() {
            @Override
            public String getMethod() {
                return request.getMethod();
            }

            @Override
            public String getUrl() {
                return target;
            }

            @Override
            public Map<String, String> getHeaders() {
                return request.getHeaders();
            }

            @Override
            public boolean hasBody() {
                return request.hasBody();
            }

            @Override
            public String readBody() throws IOException {
                return request.readBody();
            }

            @Override
            public InputStream getBody() throws IOException {
                return request.getBody();
            }
        };
    }
}
