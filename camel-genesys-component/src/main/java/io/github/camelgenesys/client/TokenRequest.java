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
package io.github.camelgenesys.client;

import io.github.camelgenesys.client.model.TokenResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth client-credentials request of one client: {@code POST {loginUrl}/oauth/token} with Basic credentials.
 * The refresh deadline is the lifetime minus {@code tokenRefreshMargin}, the margin capped at half the lifetime.
 */
final class TokenRequest {

    /** The client's logger, so one log setting still covers every call and token line. */
    private static final Logger LOG = LoggerFactory.getLogger(GenesysClient.class);

    private final GenesysClientSettings settings;
    private final CloseableHttpClient http;
    private final RequestConfig requestConfig;
    private final TimeSource time;
    private final ClientMetrics metrics;
    private final String clientLabel;

    TokenRequest(
            GenesysClientSettings settings,
            CloseableHttpClient http,
            RequestConfig requestConfig,
            TimeSource time,
            ClientMetrics metrics) {
        this.settings = settings;
        this.http = http;
        this.requestConfig = requestConfig;
        this.time = time;
        this.metrics = metrics;
        this.clientLabel = Redact.clientId(settings.clientId());
    }

    /**
     * @throws GenesysException {@code client.token.failed} when the login host refuses (never echoing its body)
     */
    AccessToken fetch() throws IOException, InterruptedException {
        try {
            return request();
        } catch (GenesysException e) {
            metrics.onTokenFailure(time.now(), e.getStatus(), e.getCode(), e.getMessage());
            throw e;
        } catch (IOException e) {
            metrics.onTokenFailure(
                    time.now(),
                    0,
                    GenesysException.CODE_CONNECTION_FAILED,
                    "Token request to " + settings.loginUrl() + " failed: "
                            + e.getClass().getSimpleName());
            throw e;
        }
    }

    private AccessToken request() throws IOException, InterruptedException {
        HttpUriRequestBase request = new HttpUriRequestBase("POST", URI.create(settings.loginUrl() + "/oauth/token"));
        request.setConfig(requestConfig);
        String basic = Base64.getEncoder()
                .encodeToString((settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8));
        request.setHeader(new SecretHeader("Authorization", "Basic " + basic));
        request.setHeader("Accept", "application/json");
        request.setEntity(new ByteArrayEntity(
                "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII),
                ContentType.APPLICATION_FORM_URLENCODED));
        long sentAt = time.nanoTime();
        RawResponse response = http.execute(request, RawResponse::of);
        TokenResponse parsed = null;
        try {
            parsed = GenesysJson.mapper().readValue(response.body(), TokenResponse.class);
        } catch (Exception ignored) {
            // reported below without echoing the body: it could contain a token
        }
        if (response.status() != 200 || parsed == null || parsed.accessToken() == null) {
            String reason = parsed == null
                    ? "unreadable response"
                    : "error=" + parsed.error()
                            + (parsed.description() != null
                                    ? ", " + parsed.description()
                                    : parsed.errorDescription() != null ? ", " + parsed.errorDescription() : "");
            throw GenesysException.builder(
                            response.status(),
                            GenesysException.CODE_TOKEN_FAILED,
                            "Token request to " + settings.loginUrl() + "/oauth/token for client " + clientLabel
                                    + " failed with HTTP " + response.status() + " (" + reason
                                    + "). Check clientId/clientSecret and the region/loginUrl.")
                    .correlationId(response.correlationId())
                    .retryAfter(RetryAfter.parseRetryAfter(response.header("Retry-After"), time.now()))
                    .build();
        }
        long expiresIn = parsed.expiresIn() == null ? 0 : parsed.expiresIn();
        Duration lifetime = Duration.ofSeconds(Math.max(1, expiresIn));
        // a margin larger than half the lifetime would make every call refresh: cap it
        Duration margin = settings.tokenRefreshMargin();
        if (margin.compareTo(lifetime.dividedBy(2)) > 0) {
            margin = lifetime.dividedBy(2);
        }
        metrics.onTokenRefresh();
        metrics.onTokenObtained(time.now().plus(lifetime));
        LOG.debug("Obtained a token for client {} from {}, valid {}s", clientLabel, settings.loginUrl(), expiresIn);
        return new AccessToken(
                parsed.accessToken(), sentAt + lifetime.minus(margin).toNanos());
    }
}
