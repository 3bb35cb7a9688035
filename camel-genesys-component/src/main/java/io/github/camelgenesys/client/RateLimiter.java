package io.github.camelgenesys.client;

import java.time.Duration;

/**
 * Proactive limiter for one client id: requests are spaced evenly ({@code 60s / rateLimitPerMinute}) instead of
 * bursting, and the spacing adapts to the server's {@code inin-ratelimit-allowed/count/reset} headers and to 429s.
 * Callers reserve a slot under a short lock and sleep outside it, so waiting never blocks other callers' bookkeeping.
 * <p>
 * A sequential caller (a consumer paging) is often late for its slot because the previous response was slow; the
 * slots it missed would be lost for good. It may use up to {@value #CATCH_UP_SLOTS} missed slots at once, while a
 * sliding window over the last {@code rateLimitPerMinute} send times still keeps any 60 s at or under the limit.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    static final int CATCH_UP_SLOTS = 10;

    private final TimeSource time;
    private final int configuredPerMinute;
    private long intervalNanos;
    private long nextFreeNanos;
    /** Send times of the last {@code configuredPerMinute} requests (a ring; {@code sent} says how many are valid). */
    private final long[] sendTimes;
    private int oldest;
    private int sent;

    RateLimiter(TimeSource time, int ratePerMinute) {
        this.time = time;
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

    /** Blocks until the caller may send; returns the nanoseconds waited. */
    long acquire() throws InterruptedException {
        if (!enabled()) {
            return 0;
        }
        long waitNanos;
        synchronized (this) {
            long now = time.nanoTime();
            long slot = Math.max(now - CATCH_UP_SLOTS * intervalNanos, nextFreeNanos);
            nextFreeNanos = slot + intervalNanos;
            long sendAt = Math.max(slot, now);
            if (sent == sendTimes.length) {
                sendAt = Math.max(sendAt, sendTimes[oldest] + MINUTE_NANOS);
            }
            remember(sendAt);
            waitNanos = sendAt - now;
        }
        if (waitNanos > 0) {
            time.sleep(Duration.ofNanos(waitNanos));
        }
        return Math.max(0, waitNanos);
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

    /** Nobody gets a slot before {@code now + pause} (after a 429 or an exhausted budget). */
    synchronized void pause(Duration pause) {
        if (!enabled()) {
            return;
        }
        nextFreeNanos = Math.max(nextFreeNanos, time.nanoTime() + pause.toNanos());
    }

    /**
     * Adapts to the server's view: never faster than {@code allowed} per minute, and when only {@code remaining}
     * requests are left until the window resets, spread them over the time to the reset.
     */
    synchronized void onServerBudget(Integer allowed, Integer count, Long resetSeconds) {
        if (!enabled()) {
            return;
        }
        long base = MINUTE_NANOS / configuredPerMinute;
        if (allowed != null && allowed > 0 && allowed < configuredPerMinute) {
            base = Math.max(base, MINUTE_NANOS / allowed);
        }
        intervalNanos = base;
        if (allowed != null && count != null && resetSeconds != null && resetSeconds > 0) {
            long remaining = (long) allowed - count;
            long resetNanos = Duration.ofSeconds(resetSeconds).toNanos();
            if (remaining <= 0) {
                nextFreeNanos = Math.max(nextFreeNanos, time.nanoTime() + resetNanos);
            } else {
                long spread = resetNanos / remaining;
                if (spread > intervalNanos) {
                    intervalNanos = spread;
                }
            }
        }
    }

    /** The requests per minute the limiter lets through now (its setting, lowered by the server's budget); 0 = off. */
    synchronized int currentPerMinute() {
        return enabled() ? (int) Math.max(1, MINUTE_NANOS / intervalNanos) : 0;
    }

    synchronized Duration currentInterval() {
        return Duration.ofNanos(intervalNanos);
    }
}
