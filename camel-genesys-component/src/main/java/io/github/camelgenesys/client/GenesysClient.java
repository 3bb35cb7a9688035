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
import java.time.Duration;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Genesys Cloud Platform API for one set of {@link GenesysClientSettings}: bearer token from the shared
 * cache (refreshed before expiry, and once on a 401), proactive rate limiting, and the retry policy for 429, 502,
 * 503, 504 and connection errors. Thread-safe. Obtain instances from {@link GenesysClientFactory#client}.
 * <p>
 * Paths are relative to the API URL ({@code /api/v2/...}); a path may carry its own query string (e.g. a
 * {@code nextUri}). Errors are thrown as {@link GenesysException}.
 */
public final class GenesysClient {

    private static final Logger LOG = LoggerFactory.getLogger(GenesysClient.class);

    private final GenesysClientSettings settings;
    private final CloseableHttpClient http;
    private final TokenCache tokens;
    private final RateLimiter limiter;
    private final ClientMetrics metrics;
    private final TimeSource time;
    private final RetryPolicy retryPolicy;
    private final TokenRequest tokenRequest;
    private final RequestConfig requestConfig;
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
        this.http = http;
        this.tokens = tokens;
        this.limiter = limiter;
        this.metrics = metrics;
        this.time = time;
        this.retryPolicy = RetryPolicy.of(settings, jitter);
        this.requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .build();
        this.clientLabel = Redact.clientId(settings.clientId());
        this.tokenRequest = new TokenRequest(settings, http, requestConfig, time, metrics);
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
        try {
            tokens.get(tokenRequest::fetch);
        } catch (IOException e) {
            throw GenesysException.builder(
                            0,
                            GenesysException.CODE_CONNECTION_FAILED,
                            "Token request to " + settings.loginUrl() + " failed: "
                                    + e.getClass().getSimpleName()
                                    + (e.getMessage() != null ? ": " + e.getMessage() : ""))
                    .cause(e)
                    .build();
        } catch (InterruptedException e) {
            throw interrupted("token request");
        }
    }

    // ---- the general call ----

    /**
     * Sends one logical call with the full policy.
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
        Call call = new Call(method + " " + uri.getPath(), time.nanoTime());
        String request = call.request;
        while (true) {
            call.attempts++;
            AccessToken token;
            RawResponse response;
            try {
                waitForLimiter();
            } catch (InterruptedException e) {
                throw interrupted(request);
            }
            try {
                token = tokens.get(tokenRequest::fetch);
            } catch (IOException e) {
                limiter.onNoAnswer();
                // the API request was not sent: safe to retry even for non-idempotent calls
                RetryPolicy.Decision decision = call.decide(new RetryPolicy.TokenUnreachable());
                if (decision.fails()) {
                    throw connectionFailed(request, "token request failed", e, call.attempts);
                }
                call.retry("token request " + e.getClass().getSimpleName(), decision);
                continue;
            } catch (GenesysException e) {
                limiter.onNoAnswer();
                // the login host is busy or unavailable (429/5xx): retry like an API call; bad credentials are final
                RetryPolicy.Decision decision =
                        call.decide(new RetryPolicy.TokenRefused(e.getStatus(), e.getRetryAfter()));
                if (decision.fails()) {
                    throw e;
                }
                call.retry("token request HTTP " + e.getStatus(), decision);
                continue;
            } catch (InterruptedException e) {
                limiter.onNoAnswer();
                throw interrupted(request);
            }
            try {
                metrics.onRequest();
                response = send(method, uri, payload, token);
            } catch (IOException e) {
                limiter.onNoAnswer();
                RetryPolicy.Decision decision =
                        call.decide(new RetryPolicy.ConnectionFailed(mayHaveReachedServer(e), idempotent));
                if (decision.fails()) {
                    throw connectionFailed(call, decision, e);
                }
                call.retry(describe(e), decision);
                continue;
            } catch (InterruptedException e) {
                limiter.onNoAnswer();
                throw interrupted(request);
            } catch (RuntimeException e) {
                limiter.onNoAnswer();
                throw e;
            }
            int status = response.status();
            LOG.debug(
                    "{} -> {} (attempt {}, client {}, correlationId {})",
                    request,
                    status,
                    call.attempts,
                    clientLabel,
                    response.correlationId());
            adaptLimiter(response.headers());
            if (status >= 200 && status < 300) {
                return new GenesysResponse<>(
                        status, JsonBodies.read(response, type, request), response.correlationId(), response.headers());
            }
            answered(call, response, token);
        }
    }

    /** Acts on a non-2xx answer: returns to replay or retry, throws to fail. */
    private void answered(Call call, RawResponse response, AccessToken token) {
        int status = response.status();
        if (status == 429) {
            metrics.onRateLimited();
        }
        RetryPolicy.Decision decision = call.decide(new RetryPolicy.Answered(
                status, response.header("Retry-After"), response.header("inin-ratelimit-reset"), time.now()));
        if (decision.pausesLimiter()) {
            limiter.pause(decision.delay());
        }
        switch (decision.action()) {
            case REFRESH_TOKEN_AND_REPLAY -> {
                call.replayedAfter401 = true;
                tokens.invalidate(token);
                LOG.debug("{} -> 401: token invalidated, refreshing once and replaying", call.request);
            }
            case FAIL ->
                throw ErrorParser.parse(
                        call.request,
                        status,
                        response.correlationId(),
                        response.body(),
                        decision.delay(),
                        call.attempts,
                        failNote(call, decision));
            default -> call.retry(String.valueOf(status), decision);
        }
    }

    private String failNote(Call call, RetryPolicy.Decision decision) {
        return switch (decision.reason()) {
            case RETRY_AFTER_TOO_LONG ->
                "Retry-After " + decision.delay().toSeconds() + "s exceeds maxRetryAfter "
                        + retryPolicy.maxRetryAfter().toSeconds() + "s; not retried";
            case RETRIES_EXHAUSTED, RETRY_TIME_EXHAUSTED -> "gave up after " + call.attempts + " attempt(s)";
            default -> null;
        };
    }

    /** The state of one logical call across its attempts. */
    private final class Call {
        final String request;
        final long startNanos;
        int attempts;
        int retries;
        boolean replayedAfter401;

        Call(String request, long startNanos) {
            this.request = request;
            this.startNanos = startNanos;
        }

        RetryPolicy.Decision decide(RetryPolicy.Outcome outcome) {
            Duration elapsed = Duration.ofNanos(time.nanoTime() - startNanos);
            return retryPolicy.decide(new RetryPolicy.Attempt(retries, elapsed, replayedAfter401), outcome);
        }

        /** Counts, logs and sleeps one retry. */
        void retry(String reason, RetryPolicy.Decision decision) {
            metrics.onRetry();
            LOG.debug(
                    "{}: {} - retry {} of {} in {} ms",
                    request,
                    reason,
                    retries + 1,
                    retryPolicy.maxRetries(),
                    decision.delay().toMillis());
            try {
                time.sleep(decision.delay());
            } catch (InterruptedException e) {
                throw interrupted(request);
            }
            retries++;
        }
    }

    // ---- policy helpers ----

    private void waitForLimiter() throws InterruptedException {
        long waited = limiter.acquire();
        if (waited > 0) {
            metrics.onLimiterWait(waited);
        }
    }

    private void adaptLimiter(Map<String, String> headers) {
        Integer allowed = intHeader(headers, "inin-ratelimit-allowed");
        Integer count = intHeader(headers, "inin-ratelimit-count");
        Duration reset = RetryAfter.parseSeconds(headers.get("inin-ratelimit-reset"));
        // called for every answer, with or without the headers: the limiter counts the answers it waits for
        limiter.onServerBudget(allowed, count, reset == null ? null : reset.toSeconds());
    }

    private static Integer intHeader(Map<String, String> headers, String name) {
        String v = headers.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Connect-phase failures never reached the server; anything later (reset, read timeout) may have. */
    static boolean mayHaveReachedServer(IOException e) {
        return !(e instanceof ConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException);
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    }

    private static GenesysException connectionFailed(Call call, RetryPolicy.Decision decision, IOException e) {
        if (decision.reason() == RetryPolicy.FailReason.NOT_REPLAYED) {
            return GenesysException.builder(
                            0,
                            GenesysException.CODE_NOT_REPLAYED,
                            call.request + " failed after it may have reached the server (" + describe(e)
                                    + "); not replayed because it is not idempotent")
                    .cause(e)
                    .attempts(call.attempts)
                    .build();
        }
        return connectionFailed(call.request, "gave up after " + call.attempts + " attempt(s)", e, call.attempts);
    }

    private static GenesysException connectionFailed(String request, String note, IOException e, int attempts) {
        return GenesysException.builder(
                        0,
                        GenesysException.CODE_CONNECTION_FAILED,
                        request + " failed: " + describe(e) + " (" + note + ")")
                .cause(e)
                .attempts(attempts)
                .build();
    }

    private static GenesysException interrupted(String request) {
        Thread.currentThread().interrupt();
        return GenesysException.builder(0, GenesysException.CODE_INTERRUPTED, request + " interrupted")
                .build();
    }

    // ---- HTTP ----

    private RawResponse send(String method, URI uri, byte[] payload, AccessToken token)
            throws IOException, InterruptedException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        request.setConfig(requestConfig);
        request.setHeader(new SecretHeader("Authorization", "Bearer " + token.value()));
        request.setHeader("Accept", "application/json");
        if (payload != null) {
            request.setEntity(new ByteArrayEntity(payload, ContentType.APPLICATION_JSON));
        }
        return http.execute(request, RawResponse::of);
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
