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

/**
 * What the server's {@code inin-ratelimit-allowed/count/reset} headers say about one client's allowance, and when
 * the next request may go. Model-agnostic: it never assumes how the server counts, it only reads what the headers
 * show and learns two rates from successive headers: how fast the count falls by itself (a bucket refilling, old
 * requests leaving a sliding window; zero for a fixed window) and how fast others using the same count (other
 * instances on the same OAuth client) raise it. Not thread-safe: {@link RateLimiter} guards it.
 */
final class ServerBudget {

    private static final long SECOND_NANOS = 1_000_000_000L;
    /** Two headers closer than this give too coarse a rate (the count is an integer). */
    private static final long RATE_BASELINE_NANOS = SECOND_NANOS;
    /** Send a little slower than the learned refill; what is left over shows up as free requests later. */
    private static final double REFILL_MARGIN = 0.95;

    private final int allowed;
    private long remaining;
    private long observedAt;
    private long windowEnd;
    private long lastGrantAt = Long.MIN_VALUE;
    /** Requests other clients on the same count sent between this caller's last two headers. */
    private long others;
    /** The last window end freed only a few requests (a sliding window), not the allowance. */
    private boolean trickles;
    /** Learned fall of the count per nanosecond (0 for a fixed window). */
    private double refillPerNano;

    private long longestResetNanos;
    // the reference header the refill rate is measured from
    private long refAt;
    private long refCount;
    private long refWindowEnd;
    private long grantsSinceRef;
    // the previous header, for the others' rate
    private long prevCount;
    private long prevWindowEnd;
    private long grantsSincePrev;

    private ServerBudget(int allowed) {
        this.allowed = allowed;
    }

    /** The first header of a window of this size. */
    static ServerBudget first(long now, int allowed, int count, long resetNanos, int unansweredOthers) {
        ServerBudget budget = new ServerBudget(allowed);
        budget.apply(now, count, resetNanos, unansweredOthers);
        budget.startReference(now, count, budget.windowEnd);
        budget.prevCount = count;
        budget.prevWindowEnd = budget.windowEnd;
        return budget;
    }

    int allowed() {
        return allowed;
    }

    /** Whether the window the last header described is over: its count no longer tells anything. */
    boolean expired(long now) {
        return now >= windowEnd;
    }

    /**
     * Earliest time of a probe once the window is over. Where the end of a window frees the allowance, at once. Where
     * it frees only a few requests (a sliding window: the oldest ones leave) and others share the count, every
     * instance probing at each end would collide on the same freed request; then each takes its share of the
     * average rate ({@code allowed} per longest reset seen), spread at random so the instances do not stay in step.
     */
    long probeAt(long now, double random) {
        if (!trickles || others == 0 || lastGrantAt == Long.MIN_VALUE) {
            return now;
        }
        double shareInterval = (double) Math.max(SECOND_NANOS, longestResetNanos) / allowed * (others + 1);
        return Math.max(now, lastGrantAt + (long) (shareInterval * (0.5 + random)));
    }

    /**
     * A newer header. {@code unansweredOthers} = this caller's requests still waiting for their answer: the server
     * may not have counted them yet, so they are taken from the free requests.
     */
    void observe(long now, int count, long resetNanos, int unansweredOthers) {
        if (now >= windowEnd) {
            // the answer to a probe after the window ended: did the end free the allowance, or only a few requests?
            trickles = count > allowed / 2;
        }
        long newWindowEnd = now + resetNanos;
        longestResetNanos = Math.max(longestResetNanos, resetNanos);
        boolean sameWindow = newWindowEnd - prevWindowEnd < longestResetNanos / 2;
        if (sameWindow) {
            others = Math.max(0, count - prevCount - grantsSincePrev);
        }
        if (!sameWindow || newWindowEnd - refWindowEnd >= longestResetNanos / 2) {
            startReference(now, count, newWindowEnd); // a new window: a falling count says nothing about a refill
        } else if (now - refAt >= RATE_BASELINE_NANOS) {
            double freed = Math.max(0, refCount + grantsSinceRef - count);
            double rate = Math.min(freed / (now - refAt), (double) allowed / Math.max(SECOND_NANOS, longestResetNanos));
            refillPerNano = refillPerNano == 0 ? rate : (refillPerNano + rate) / 2;
            startReference(now, count, newWindowEnd);
        }
        prevCount = count;
        prevWindowEnd = newWindowEnd;
        grantsSincePrev = 0;
        apply(now, count, resetNanos, unansweredOthers);
    }

    private void apply(long now, int count, long resetNanos, int unansweredOthers) {
        longestResetNanos = Math.max(longestResetNanos, resetNanos);
        remaining = (long) allowed - count - Math.max(0, unansweredOthers);
        observedAt = now;
        long end = now + resetNanos;
        // reset is whole seconds rounded up, read after the server counted: now + reset is never before the true
        // end. Successive headers of the same end narrow it down to the earliest of them.
        boolean sameEnd = windowEnd > now && Math.abs(end - windowEnd) < SECOND_NANOS;
        windowEnd = sameEnd ? Math.min(windowEnd, end) : end;
    }

    private void startReference(long now, long count, long referenceWindowEnd) {
        refAt = now;
        refCount = count;
        refWindowEnd = referenceWindowEnd;
        grantsSinceRef = 0;
    }

    /**
     * Earliest time the next request may go. While more is free than others are likely to take before this caller's
     * next header, at once; the last few free requests are spread over the time left (plus what the learned refill
     * adds); with nothing free, when the refill has freed one, else when the window ends.
     */
    long sendAt(long now) {
        // with others on the same count, the last free request is left to whoever sees it first: two callers that
        // both read "1 left" from headers a few milliseconds apart would otherwise both send
        long free = remaining - others - (others > 0 ? 1 : 0);
        if (free > reserve()) {
            return now;
        }
        long left = Math.max(0, windowEnd - now);
        if (free >= 1) {
            double slots = free + refillPerNano * left;
            long spread = (long) (left / slots);
            return lastGrantAt == Long.MIN_VALUE ? now : Math.max(now, lastGrantAt + spread);
        }
        if (refillPerNano > 0 && !(trickles && others > 0)) {
            long deficit = 1 - remaining;
            long at = observedAt + (long) (deficit / (refillPerNano * REFILL_MARGIN));
            return Math.min(at, windowEnd);
        }
        return windowEnd;
    }

    /** Below this many free requests, pace instead of sending at once: room for requests racing this one. */
    private long reserve() {
        return Math.max(2, allowed / 20);
    }

    /** A probe for a fresh header was let go at {@code now} (the last header no longer counts it). */
    void probed(long now) {
        lastGrantAt = now;
    }

    /** One request was let go at {@code now}. */
    void granted(long now) {
        remaining--;
        lastGrantAt = now;
        grantsSinceRef++;
        grantsSincePrev++;
    }

    /** A 429 arrived: whatever refill was learned promised more than the server had; learn it again. */
    void overshot() {
        refillPerNano = 0;
    }

    long remaining() {
        return remaining;
    }

    double refillPerSecond() {
        return refillPerNano * SECOND_NANOS;
    }
}
