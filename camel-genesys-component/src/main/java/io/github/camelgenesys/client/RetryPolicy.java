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
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * What a call does after one attempt did not succeed: wait what the server said and retry, back off and retry,
 * refresh the token and replay, or fail. A pure function of the outcome and of where the call stands (no I/O, no
 * clock, no sleep); {@link GenesysClient} carries the decision out. The table it implements is the one in
 * {@code docs/design.md} ("Retry decision table"), which {@code RetryPolicyTest} reads row by row.
 */
final class RetryPolicy {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(3);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** Statuses that say the server did not act and may later: the only ones retried (besides the first 401). */
    private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);

    enum Action {
        RETRY_AFTER,
        BACKOFF,
        REFRESH_TOKEN_AND_REPLAY,
        FAIL
    }

    enum FailReason {
        NOT_RETRYABLE,
        RETRY_AFTER_TOO_LONG,
        RETRIES_EXHAUSTED,
        RETRY_TIME_EXHAUSTED,
        NOT_REPLAYED
    }

    /**
     * Where the call stands after a failed attempt.
     *
     * @param retries          retries already made (a 401 replay is not one)
     * @param elapsed          time since the call started
     * @param replayedAfter401 whether the call was already replayed once after a 401
     */
    record Attempt(int retries, Duration elapsed, boolean replayedAfter401) {}

    /** What went wrong in one attempt. */
    sealed interface Outcome permits TokenUnreachable, TokenRefused, ConnectionFailed, Answered {}

    /** The token request failed with an I/O error: the API request was not sent. */
    record TokenUnreachable() implements Outcome {}

    /** The login host answered the token request with an error status (0 = no usable answer). */
    record TokenRefused(int status, Duration retryAfter) implements Outcome {}

    /** The API request failed with an I/O error, possibly after it reached the server. */
    record ConnectionFailed(boolean mayHaveReachedServer, boolean idempotent) implements Outcome {}

    /** The API answered with a non-2xx status; the two headers are raw (null when absent). */
    record Answered(int status, String retryAfterHeader, String rateLimitResetHeader, Instant now) implements Outcome {}

    /**
     * @param action        what to do
     * @param delay         the wait before the next attempt; for {@code FAIL}, the server's wait to report on the
     *                      exception (null when it gave none)
     * @param reason        why the call fails ({@code FAIL} only)
     * @param pausesLimiter whether every caller of the client id holds back for {@code delay} (a 429 within
     *                      {@code maxRetryAfter}, even when this call gives up)
     */
    record Decision(Action action, Duration delay, FailReason reason, boolean pausesLimiter) {

        boolean fails() {
            return action == Action.FAIL;
        }
    }

    private final int maxRetries;
    private final Duration maxRetryTime;
    private final Duration maxRetryAfter;
    private final Duration retryInitialDelay;
    private final DoubleSupplier jitter;

    RetryPolicy(
            int maxRetries,
            Duration maxRetryTime,
            Duration maxRetryAfter,
            Duration retryInitialDelay,
            DoubleSupplier jitter) {
        this.maxRetries = maxRetries;
        this.maxRetryTime = Objects.requireNonNull(maxRetryTime);
        this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter);
        this.retryInitialDelay = Objects.requireNonNull(retryInitialDelay);
        this.jitter = Objects.requireNonNull(jitter);
    }

    static RetryPolicy of(GenesysClientSettings s, DoubleSupplier jitter) {
        return new RetryPolicy(s.maxRetries(), s.maxRetryTime(), s.maxRetryAfter(), s.retryInitialDelay(), jitter);
    }

    int maxRetries() {
        return maxRetries;
    }

    Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    Decision decide(Attempt attempt, Outcome outcome) {
        if (outcome instanceof TokenUnreachable) {
            return retryOrFail(attempt, Action.BACKOFF, backoff(attempt.retries()), null, false);
        }
        if (outcome instanceof TokenRefused refused) {
            return tokenRefused(attempt, refused);
        }
        if (outcome instanceof ConnectionFailed failed) {
            if (!failed.idempotent() && failed.mayHaveReachedServer()) {
                return fail(FailReason.NOT_REPLAYED, null, false);
            }
            return retryOrFail(attempt, Action.BACKOFF, backoff(attempt.retries()), null, false);
        }
        return answered(attempt, (Answered) outcome);
    }

    private Decision tokenRefused(Attempt attempt, TokenRefused refused) {
        if (!TRANSIENT.contains(refused.status())) {
            return fail(FailReason.NOT_RETRYABLE, refused.retryAfter(), false);
        }
        Duration delay = refused.retryAfter() != null ? refused.retryAfter() : backoff(attempt.retries());
        if (delay.compareTo(maxRetryAfter) > 0) {
            return fail(FailReason.RETRY_AFTER_TOO_LONG, delay, false);
        }
        Action action = refused.retryAfter() != null ? Action.RETRY_AFTER : Action.BACKOFF;
        return retryOrFail(attempt, action, delay, refused.retryAfter(), false);
    }

    private Decision answered(Attempt attempt, Answered answer) {
        int status = answer.status();
        if (status == 401 && !attempt.replayedAfter401()) {
            return new Decision(Action.REFRESH_TOKEN_AND_REPLAY, Duration.ZERO, null, false);
        }
        Duration retryAfter = RetryAfter.parseRetryAfter(answer.retryAfterHeader(), answer.now());
        if (status == 429) {
            // inin-ratelimit-reset is on every response: it is only a fallback for 429, never for 5xx
            Duration reset = RetryAfter.parseSeconds(answer.rateLimitResetHeader());
            Duration wait = retryAfter != null ? retryAfter : reset != null ? reset : DEFAULT_RETRY_AFTER;
            if (wait.compareTo(maxRetryAfter) > 0) {
                return fail(FailReason.RETRY_AFTER_TOO_LONG, wait, false);
            }
            return retryOrFail(attempt, Action.RETRY_AFTER, wait, wait, true);
        }
        if (TRANSIENT.contains(status)) {
            boolean serverWait = retryAfter != null && retryAfter.compareTo(maxRetryAfter) <= 0;
            return retryOrFail(
                    attempt,
                    serverWait ? Action.RETRY_AFTER : Action.BACKOFF,
                    serverWait ? retryAfter : backoff(attempt.retries()),
                    retryAfter,
                    false);
        }
        return fail(FailReason.NOT_RETRYABLE, retryAfter, false);
    }

    /** Retries after {@code delay} unless the attempts or the total time are used up. */
    private Decision retryOrFail(
            Attempt attempt, Action action, Duration delay, Duration reportedOnFail, boolean pausesLimiter) {
        if (attempt.retries() >= maxRetries) {
            return fail(FailReason.RETRIES_EXHAUSTED, reportedOnFail, pausesLimiter);
        }
        if (attempt.elapsed().plus(delay).compareTo(maxRetryTime) > 0) {
            return fail(FailReason.RETRY_TIME_EXHAUSTED, reportedOnFail, pausesLimiter);
        }
        return new Decision(action, delay, null, pausesLimiter);
    }

    private static Decision fail(FailReason reason, Duration retryAfter, boolean pausesLimiter) {
        return new Decision(Action.FAIL, retryAfter, reason, pausesLimiter);
    }

    /** Full jitter: a random delay in [0, min(1 min, retryInitialDelay * 2^retries)). */
    Duration backoff(int retries) {
        long initial = Math.max(1, retryInitialDelay.toMillis());
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), initial << Math.min(retries, 20));
        return Duration.ofMillis((long) (jitter.getAsDouble() * ceiling));
    }
}
