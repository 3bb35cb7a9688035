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

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters and last known state of one OAuth client id, shared by every endpoint using it: what health checks, the
 * dev console and meters read without ever sending a request. Thread-safe. Holds no token and no secret.
 */
public final class ClientMetrics {

    /** A token request that failed: when, the HTTP status (0 = no answer), the error code and message. */
    public record TokenFailure(Instant at, int status, String code, String message) {}

    private final String clientLabel;
    private final String clientTag;
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder tokenRefreshes = new LongAdder();
    private final LongAdder limiterWaitNanos = new LongAdder();
    private final AtomicInteger consecutiveTokenFailures = new AtomicInteger();
    private volatile Instant tokenExpiresAt;
    private volatile TokenFailure lastTokenFailure;
    private volatile RateLimiter limiter;

    ClientMetrics(String clientId) {
        this.clientLabel = Redact.clientId(clientId);
        this.clientTag = Redact.clientTag(clientId);
    }

    /** The client id, shortened for display (logs, JMX, meter tags): the first 4 characters then {@code ***}. */
    public String clientLabel() {
        return clientLabel;
    }

    /**
     * Tells this client id apart from another with the same label without showing it (a short hash, see
     * {@link Redact#clientTag}); meters carry it as the {@code clientHash} tag.
     */
    public String clientTag() {
        return clientTag;
    }

    /** API requests sent (every attempt counts; token requests do not). */
    public long requests() {
        return requests.sum();
    }

    /** Attempts that were retries (after 429, 5xx or a connection error). */
    public long retries() {
        return retries.sum();
    }

    /** 429 responses received. */
    public long rateLimited() {
        return rateLimited.sum();
    }

    /** Tokens obtained from the login host. */
    public long tokenRefreshes() {
        return tokenRefreshes.sum();
    }

    /** Total time callers waited on the proactive rate limiter. */
    public Duration limiterWait() {
        return Duration.ofNanos(limiterWaitNanos.sum());
    }

    /** When the token last obtained expires (the server's {@code expires_in}); null before the first token. */
    public Instant tokenExpiresAt() {
        return tokenExpiresAt;
    }

    /** The last token request that failed, or null when none failed since the last token was obtained. */
    public TokenFailure lastTokenFailure() {
        return lastTokenFailure;
    }

    /** Token requests that failed in a row (0 once a token is obtained). */
    public int consecutiveTokenFailures() {
        return consecutiveTokenFailures.get();
    }

    /** The rate limiter's pace now, in requests per minute (see {@link GenesysClient#rateLimitPerMinute()}). */
    public int rateLimitPerMinute() {
        RateLimiter l = limiter;
        return l == null ? 0 : l.currentPerMinute();
    }

    /** The configured {@code rateLimitPerMinute} of this client id (the first endpoint's); 0 = off. */
    public int configuredRateLimitPerMinute() {
        RateLimiter l = limiter;
        return l == null ? 0 : l.perMinute();
    }

    /**
     * Requests the server's last {@code inin-ratelimit-*} headers still allow in the current window, or null while
     * the limiter only paces (no header seen yet).
     */
    public Long serverRemaining() {
        RateLimiter l = limiter;
        return l == null ? null : l.serverRemaining();
    }

    void watch(RateLimiter rateLimiter) {
        this.limiter = rateLimiter;
    }

    void onTokenObtained(Instant expiresAt) {
        tokenExpiresAt = expiresAt;
        lastTokenFailure = null;
        consecutiveTokenFailures.set(0);
    }

    void onTokenFailure(Instant at, int status, String code, String message) {
        lastTokenFailure = new TokenFailure(at, status, code, message);
        consecutiveTokenFailures.incrementAndGet();
    }

    void onRequest() {
        requests.increment();
    }

    void onRetry() {
        retries.increment();
    }

    void onRateLimited() {
        rateLimited.increment();
    }

    void onTokenRefresh() {
        tokenRefreshes.increment();
    }

    void onLimiterWait(long nanos) {
        limiterWaitNanos.add(nanos);
    }

    @Override
    public String toString() {
        return "ClientMetrics[client=" + clientLabel + " #" + clientTag + ", requests=" + requests() + ", retries="
                + retries()
                + ", rateLimited=" + rateLimited() + ", tokenRefreshes=" + tokenRefreshes()
                + ", limiterWait=" + limiterWait() + "]";
    }
}
