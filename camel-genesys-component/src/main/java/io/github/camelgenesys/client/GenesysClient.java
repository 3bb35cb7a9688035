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

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.util.Timeout;

/**
 * Calls the Genesys Cloud Platform API for one set of {@link GenesysClientSettings}: bearer token from the shared
 * cache (refreshed before expiry, and once on a 401), proactive rate limiting, and the retry policy for 429, 502,
 * 503, 504 and connection errors. Thread-safe. Obtain instances from {@link GenesysClientFactory#client}.
 * <p>
 * Paths are relative to the API URL ({@code /api/v2/...}); a path may carry its own query string (e.g. a
 * {@code nextUri}). Errors are thrown as {@link GenesysException}.
 */
public final class GenesysClient {

    private final GenesysClientSettings settings;
    private final RateLimiter limiter;
    private final ClientMetrics metrics;
    private final TimeSource time;
    private final RetryPolicy retryPolicy;
    private final AttemptSender sender;
    private final String clientLabel;

    GenesysClient(
            GenesysClientSettings settings,
            CloseableHttpClient http,
            TokenCache tokens,
            RateLimiter limiter,
            ClientMetrics metrics,
            TimeSource time,
            DoubleSupplier jitter) {
        this.settings = settings;
        this.limiter = limiter;
        this.metrics = metrics;
        this.time = time;
        this.retryPolicy = RetryPolicy.of(settings, jitter);
        RequestConfig requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .build();
        this.sender = new AttemptSender(settings, http, tokens, limiter, metrics, time, requestConfig);
        this.clientLabel = Redact.clientId(settings.clientId());
    }

    public GenesysClientSettings settings() {
        return settings;
    }

    /**
     * The requests per minute this client's rate limiter lets through now; 0 when it is off. The limiter belongs to
     * the client id (every endpoint of the id shares the one configured first) and slows down to the server's
     * {@code inin-ratelimit-*} budget, so this can be lower than an endpoint's {@code rateLimitPerMinute}.
     */
    public int rateLimitPerMinute() {
        return limiter.currentPerMinute();
    }

    public ClientMetrics metrics() {
        return metrics;
    }

    /** The clock and sleeper of this client: deadlines and delays of the jobs that use it follow it too. */
    public TimeSource timeSource() {
        return time;
    }

    // ---- typed convenience methods ----

    public <T> GenesysResponse<T> get(String path, Map<String, ?> query, Class<T> type) {
        return execute("GET", path, query, null, true, javaType(type));
    }

    public <T> GenesysResponse<T> get(String path, Map<String, ?> query, JavaType type) {
        return execute("GET", path, query, null, true, type);
    }

    public <T> GenesysResponse<T> get(String path, Map<String, ?> query, TypeReference<T> type) {
        return execute("GET", path, query, null, true, javaType(type));
    }

    /** An idempotent POST (a query): replayed after connection errors like a GET. */
    public <T> GenesysResponse<T> post(String path, Object body, Class<T> type) {
        return execute("POST", path, null, body, true, javaType(type));
    }

    public <T> GenesysResponse<T> post(String path, Object body, JavaType type) {
        return execute("POST", path, null, body, true, type);
    }

    public <T> GenesysResponse<T> post(String path, Object body, TypeReference<T> type) {
        return execute("POST", path, null, body, true, javaType(type));
    }

    /**
     * A non-idempotent POST (job creation). 429 and 5xx responses are retried (the server did not act), but after
     * a connection error that may have reached the server the call fails with
     * {@link GenesysException#CODE_NOT_REPLAYED} instead of risking a duplicate.
     */
    public <T> GenesysResponse<T> postCreate(String path, Object body, Class<T> type) {
        return execute("POST", path, null, body, false, javaType(type));
    }

    public <T> GenesysResponse<T> postCreate(String path, Object body, JavaType type) {
        return execute("POST", path, null, body, false, type);
    }

    public <T> GenesysResponse<T> postCreate(String path, Object body, TypeReference<T> type) {
        return execute("POST", path, null, body, false, javaType(type));
    }

    public <T> GenesysResponse<T> put(String path, Object body, Class<T> type) {
        return execute("PUT", path, null, body, true, javaType(type));
    }

    public <T> GenesysResponse<T> put(String path, Object body, JavaType type) {
        return execute("PUT", path, null, body, true, type);
    }

    public <T> GenesysResponse<T> delete(String path, Class<T> type) {
        return execute("DELETE", path, null, null, true, javaType(type));
    }

    public <T> GenesysResponse<T> delete(String path, JavaType type) {
        return execute("DELETE", path, null, null, true, type);
    }

    /**
     * Proves a token can be obtained (readiness). Uses the cached token when it is still valid.
     *
     * @throws GenesysException when the login host refuses or cannot be reached
     */
    public void verifyToken() {
        sender.verifyToken();
    }

    // ---- the general call ----

    /**
     * Sends one logical call with the full policy: each attempt that fails is handed to the {@link RetryPolicy},
     * and its decision is carried out (wait and retry, refresh the token and replay, or throw).
     *
     * @param method     HTTP method
     * @param path       path below the API URL (may include a query string), or an absolute URL on the API host
     * @param query      extra query parameters; a value that is an {@link Iterable} repeats the parameter
     * @param body       request body: a {@code String} (sent as is, JSON), {@code byte[]}, or an object Jackson writes
     * @param idempotent whether the call may be replayed after a connection error that may have reached the server
     * @param type       response type; {@code String} gives the raw text, {@code Void} discards the body
     */
    public <T> GenesysResponse<T> execute(
            String method, String path, Map<String, ?> query, Object body, boolean idempotent, JavaType type) {
        URI uri = ApiUri.of(settings.apiUrl(), path, query);
        byte[] payload = JsonBodies.serialize(body);
        ClientCall call = new ClientCall(method + " " + uri.getPath(), retryPolicy, time, metrics);
        while (true) {
            AttemptSender.Result result = sender.send(call, method, uri, payload, idempotent);
            RawResponse answer = result.answer();
            if (answer != null) {
                return new GenesysResponse<>(
                        answer.status(),
                        JsonBodies.read(answer, type, call.request()),
                        answer.correlationId(),
                        answer.headers());
            }
            FailedAttempt failed = result.failure();
            RetryPolicy.Decision decision = call.decide(failed.outcome());
            if (decision.pausesLimiter()) {
                limiter.pause(decision.delay());
            }
            switch (decision.action()) {
                case FAIL -> throw failed.error().of(call, decision);
                case REFRESH_TOKEN_AND_REPLAY -> {
                    sender.invalidate(failed.token());
                    call.replayAfter401();
                }
                default -> call.retry(failed.reason(), decision);
            }
        }
    }

    /** Connect-phase failures never reached the server; anything later (reset, read timeout) may have. */
    static boolean mayHaveReachedServer(IOException e) {
        return !(e instanceof ConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException);
    }

    private static JavaType javaType(Class<?> type) {
        return GenesysJson.mapper().getTypeFactory().constructType(type);
    }

    private static JavaType javaType(TypeReference<?> type) {
        return GenesysJson.mapper().getTypeFactory().constructType(type);
    }

    @Override
    public String toString() {
        return "GenesysClient[" + settings.apiUrl() + ", client " + clientLabel + "]";
    }
}
