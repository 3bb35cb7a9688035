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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where one logical call stands across its attempts, and the waits between them. */
final class ClientCall {

    /** The client's logger, so one log setting still covers every call and token line. */
    private static final Logger LOG = LoggerFactory.getLogger(GenesysClient.class);

    private final String request;
    private final RetryPolicy policy;
    private final TimeSource time;
    private final ClientMetrics metrics;
    private final long startNanos;
    private int attempts;
    private int retries;
    private boolean replayedAfter401;

    ClientCall(String request, RetryPolicy policy, TimeSource time, ClientMetrics metrics) {
        this.request = request;
        this.policy = policy;
        this.time = time;
        this.metrics = metrics;
        this.startNanos = time.nanoTime();
    }

    /** {@code METHOD /path}, as logs and errors name the call. */
    String request() {
        return request;
    }

    int attempts() {
        return attempts;
    }

    RetryPolicy policy() {
        return policy;
    }

    void startAttempt() {
        attempts++;
    }

    RetryPolicy.Decision decide(RetryPolicy.Outcome outcome) {
        Duration elapsed = Duration.ofNanos(time.nanoTime() - startNanos);
        return policy.decide(new RetryPolicy.Attempt(retries, elapsed, replayedAfter401), outcome);
    }

    void replayAfter401() {
        replayedAfter401 = true;
        LOG.debug("{} -> 401: token invalidated, refreshing once and replaying", request);
    }

    /** Counts, logs and sleeps one retry. */
    void retry(String reason, RetryPolicy.Decision decision) {
        metrics.onRetry();
        LOG.debug(
                "{}: {} - retry {} of {} in {} ms",
                request,
                reason,
                retries + 1,
                policy.maxRetries(),
                decision.delay().toMillis());
        try {
            time.sleep(decision.delay());
        } catch (InterruptedException e) {
            throw FailedAttempt.interrupted(request);
        }
        retries++;
    }
}
