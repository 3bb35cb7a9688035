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
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Limiter for one client id, shared by every caller using it. Two modes:
 * <ul>
 * <li><b>Server budget</b> (as soon as a response carries {@code inin-ratelimit-allowed/count/reset}): the server's
 * count is the truth, shared with every other instance on the same client. Requests the headers show as free in
 * the current window go at once; only what the window cannot hold is paced ({@link ServerBudget}). When the window
 * a header described is over, one request at a time probes for a fresh header.</li>
 * <li><b>Proactive pacing</b> (no headers yet, or a server that sends none): requests are spaced evenly
 * ({@code 60s / rateLimitPerMinute}); a sequential caller that was late for its slot (a slow response) may use up to
 * {@value #CATCH_UP_SLOTS} missed slots at once, while a sliding window over the last {@code rateLimitPerMinute}
 * send times keeps any 60 s at or under the limit.</li>
 * </ul>
 * Every wait goes through the {@link TimeSource} (interruptible) in steps of at most {@link #RECHECK} so that a
 * fresher header from another caller is taken into account, and ends at the latest when the window or the
 * {@code Retry-After} pause ends.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    static final int CATCH_UP_SLOTS = 10;
    static final Duration RECHECK = Duration.ofMillis(250);
    /** A probe whose answer takes longer than this no longer holds the other callers back. */
    private static final long PROBE_PATIENCE_NANOS = Duration.ofSeconds(1).toNanos();

    private final TimeSource time;
    private final DoubleSupplier jitter;
    private final int configuredPerMinute;
    // proactive pacing
    private final long intervalNanos;
    private long nextFreeNanos;
    /** Send times of the last {@code configuredPerMinute} requests (a ring; {@code sent} says how many are valid). */
    private final long[] sendTimes;

    private int oldest;
    private int sent;
    // server budget
    private ServerBudget budget;
    private int unanswered;
    private long probeSentAt = Long.MIN_VALUE;
    private long probeAt = Long.MIN_VALUE;
    private long pausedUntil = Long.MIN_VALUE;

    RateLimiter(TimeSource time, int ratePerMinute) {
        this(time, ratePerMinute, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param jitter random numbers in [0, 1) that keep instances sharing a count out of step */
    RateLimiter(TimeSource time, int ratePerMinute, DoubleSupplier jitter) {
        this.time = time;
        this.jitter = jitter;
        this.configuredPerMinute = ratePerMinute;
        this.intervalNanos = ratePerMinute > 0 ? MINUTE_NANOS / ratePerMinute : 0;
        this.nextFreeNanos = time.nanoTime();
        this.sendTimes = new long[Math.max(ratePerMinute, 0)];
    }

    int perMinute() {
        return configuredPerMinute;
    }

    boolean enabled() {
        return configuredPerMinute > 0;
    }

    /**
     * Blocks until the caller may send; returns the nanoseconds waited. Every granted request must be followed by
     * {@link #onServerBudget} (an answer arrived) or {@link #onNoAnswer} (it was not sent or got no answer).
     */
    long acquire() throws InterruptedException {
        if (!enabled()) {
            return 0;
        }
        long waited = 0;
        while (true) {
            long waitNanos;
            boolean reserved = false;
            synchronized (this) {
                long now = time.nanoTime();
                if (now < pausedUntil) {
                    waitNanos = pausedUntil - now;
                } else if (budget == null) {
                    unanswered++;
                    waitNanos = paceSlot(now);
                    reserved = true;
                } else if (budget.expired(now)) {
                    if (probeAt == Long.MIN_VALUE) {
                        probeAt = budget.probeAt(now, jitter.getAsDouble());
                    }
                    boolean probeFree = probeSentAt == Long.MIN_VALUE || now - probeSentAt >= PROBE_PATIENCE_NANOS;
                    if (probeFree && now >= probeAt) {
                        probeSentAt = now;
                        probeAt = Long.MIN_VALUE;
                        budget.probed(now);
                        unanswered++;
                        return waited;
                    }
                    waitNanos = probeFree
                            ? probeAt - now
                            : Math.min(RECHECK.toNanos() / 5, probeSentAt + PROBE_PATIENCE_NANOS - now);
                } else {
                    long at = budget.sendAt(now);
                    if (at <= now) {
                        budget.granted(now);
                        unanswered++;
                        return waited;
                    }
                    waitNanos = at - now;
                }
            }
            if (reserved) {
                // proactive pacing reserved a slot: sleep until it, outside the lock
                if (waitNanos > 0) {
                    time.sleep(Duration.ofNanos(waitNanos));
                }
                return waited + Math.max(0, waitNanos);
            }
            long step = Math.min(waitNanos, RECHECK.toNanos());
            time.sleep(Duration.ofNanos(step));
            waited += step;
        }
    }

    /** Proactive pacing: reserves the next slot; returns how long to wait for it. */
    private long paceSlot(long now) {
        long slot = Math.max(now - CATCH_UP_SLOTS * intervalNanos, nextFreeNanos);
        nextFreeNanos = slot + intervalNanos;
        long sendAt = Math.max(slot, now);
        if (sent == sendTimes.length) {
            sendAt = Math.max(sendAt, sendTimes[oldest] + MINUTE_NANOS);
        }
        remember(sendAt);
        return sendAt - now;
    }

    private void remember(long sendAt) {
        if (sent < sendTimes.length) {
            sendTimes[(oldest + sent) % sendTimes.length] = sendAt;
            sent++;
        } else {
            sendTimes[oldest] = sendAt;
            oldest = (oldest + 1) % sendTimes.length;
        }
    }

    /** Nobody gets a slot before {@code now + pause} (after a 429). */
    synchronized void pause(Duration pause) {
        if (!enabled()) {
            return;
        }
        long until = time.nanoTime() + pause.toNanos();
        pausedUntil = Math.max(pausedUntil, until);
        if (budget != null) {
            budget.overshot();
        }
        nextFreeNanos = Math.max(nextFreeNanos, until);
    }

    /**
     * The answer to a granted request arrived, with the server's view of the allowance (any of them null when the
     * header is absent). {@code allowed} is capped at {@code rateLimitPerMinute}: a lower configured rate keeps
     * room for other applications.
     */
    synchronized void onServerBudget(Integer allowed, Integer count, Long resetSeconds) {
        if (!enabled()) {
            return;
        }
        answered();
        long now = time.nanoTime();
        if (allowed == null || allowed <= 0 || count == null || resetSeconds == null || resetSeconds < 0) {
            if (budget != null && budget.expired(now)) {
                budget = null; // the server stopped sending the headers: back to proactive pacing
                nextFreeNanos = Math.max(nextFreeNanos, now);
            }
            return;
        }
        int cap = Math.min(allowed, configuredPerMinute);
        long resetNanos = Duration.ofSeconds(resetSeconds).toNanos();
        if (budget == null || budget.allowed() != cap) {
            budget = ServerBudget.first(now, cap, count, resetNanos, unanswered);
        } else {
            budget.observe(now, count, resetNanos, unanswered);
        }
        probeSentAt = Long.MIN_VALUE;
        probeAt = Long.MIN_VALUE;
    }

    /** A granted request was not sent, or got no answer (a connection error). */
    synchronized void onNoAnswer() {
        if (!enabled()) {
            return;
        }
        answered();
        probeSentAt = Long.MIN_VALUE;
    }

    private void answered() {
        if (unanswered > 0) {
            unanswered--;
        }
    }

    /**
     * The requests per minute the limiter lets through now; 0 = off. In pacing mode its setting; once the server's
     * headers are known, the server's allowance when that is lower (the server's count is shared with every other
     * user of the client id).
     */
    synchronized int currentPerMinute() {
        if (!enabled()) {
            return 0;
        }
        return budget == null ? configuredPerMinute : Math.max(1, Math.min(configuredPerMinute, budget.allowed()));
    }

    /** Free requests the server's last header leaves for this client (minus those sent since), or null in pacing mode. */
    synchronized Long serverRemaining() {
        return budget == null ? null : budget.remaining();
    }

    /** The interval of proactive pacing. */
    Duration pacingInterval() {
        return Duration.ofNanos(intervalNanos);
    }
}
