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

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one attempt of a call: waits for the rate limiter, takes a token from the shared cache, sends the request
 * and feeds the answer's {@code inin-ratelimit-*} budget back to the limiter. Whether to try again is not its
 * business: it reports the 2xx answer or the {@link FailedAttempt}, and throws only when interrupted.
 */
final class AttemptSender {

    /** The client's logger, so one log setting still covers every call and token line. */
    private static final Logger LOG = LoggerFactory.getLogger(GenesysClient.class);

    /** The 2xx answer of an attempt, or what went wrong (exactly one is set). */
    record Result(RawResponse answer, FailedAttempt failure) {}

    private final GenesysClientSettings settings;
    private final CloseableHttpClient http;
    private final TokenCache tokens;
    private final TokenRequest tokenRequest;
    private final RateLimiter limiter;
    private final ClientMetrics metrics;
    private final TimeSource time;
    private final RequestConfig requestConfig;
    private final String clientLabel;

    AttemptSender(
            GenesysClientSettings settings,
            CloseableHttpClient http,
            TokenCache tokens,
            RateLimiter limiter,
            ClientMetrics metrics,
            TimeSource time,
            RequestConfig requestConfig) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
        this.limiter = limiter;
        this.metrics = metrics;
        this.time = time;
        this.requestConfig = requestConfig;
        this.clientLabel = Redact.clientId(settings.clientId());
        this.tokenRequest = new TokenRequest(settings, http, requestConfig, time, metrics);
    }

    Result send(ClientCall call, String method, URI uri, byte[] payload, boolean idempotent) {
        call.startAttempt();
        try {
            long waited = limiter.acquire();
            if (waited > 0) {
                metrics.onLimiterWait(waited);
            }
        } catch (InterruptedException e) {
            throw FailedAttempt.interrupted(call.request());
        }
        AccessToken token;
        RawResponse response;
        try {
            token = tokens.get(tokenRequest::fetch);
        } catch (IOException e) {
            limiter.onNoAnswer();
            return failed(FailedAttempt.tokenUnreachable(e));
        } catch (GenesysException e) {
            limiter.onNoAnswer();
            return failed(FailedAttempt.tokenRefused(e));
        } catch (InterruptedException e) {
            limiter.onNoAnswer();
            throw FailedAttempt.interrupted(call.request());
        }
        try {
            metrics.onRequest();
            response = http.execute(request(method, uri, payload, token), RawResponse::of);
        } catch (IOException e) {
            limiter.onNoAnswer();
            return failed(FailedAttempt.connectionFailed(e, idempotent, token));
        } catch (RuntimeException e) {
            limiter.onNoAnswer();
            throw e;
        }
        int status = response.status();
        LOG.debug(
                "{} -> {} (attempt {}, client {}, correlationId {})",
                call.request(),
                status,
                call.attempts(),
                clientLabel,
                response.correlationId());
        adaptLimiter(response.headers());
        if (status >= 200 && status < 300) {
            return new Result(response, null);
        }
        if (status == 429) {
            metrics.onRateLimited();
        }
        return failed(FailedAttempt.answered(response, token, time.now()));
    }

    /** Forgets a token the API refused, so the next attempt fetches a new one. */
    void invalidate(AccessToken token) {
        tokens.invalidate(token);
    }

    /**
     * Proves a token can be obtained (readiness). Uses the cached token when it is still valid.
     *
     * @throws GenesysException when the login host refuses or cannot be reached
     */
    void verifyToken() {
        try {
            tokens.get(tokenRequest::fetch);
        } catch (IOException e) {
            throw GenesysException.builder(
                            0,
                            GenesysException.CODE_CONNECTION_FAILED,
                            "Token request to " + settings.loginUrl() + " failed: " + FailedAttempt.describe(e))
                    .cause(e)
                    .build();
        } catch (InterruptedException e) {
            throw FailedAttempt.interrupted("token request");
        }
    }

    private static Result failed(FailedAttempt failure) {
        return new Result(null, failure);
    }

    private HttpUriRequestBase request(String method, URI uri, byte[] payload, AccessToken token) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        request.setConfig(requestConfig);
        request.setHeader(new SecretHeader("Authorization", "Bearer " + token.value()));
        request.setHeader("Accept", "application/json");
        if (payload != null) {
            request.setEntity(new ByteArrayEntity(payload, ContentType.APPLICATION_JSON));
        }
        return request;
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
}
