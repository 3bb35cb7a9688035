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
import java.util.concurrent.atomic.LongAdder;

/** Counters of one OAuth client id, shared by every endpoint using it. Thread-safe. */
public final class ClientMetrics {

    private final String clientLabel;
    private final String clientTag;
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder tokenRefreshes = new LongAdder();
    private final LongAdder limiterWaitNanos = new LongAdder();

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
