package io.github.camelgenesys.client;

import java.time.Duration;
import java.time.Instant;

/**
 * Clock and sleeper used by the retry policy, the token cache and the rate limiter. Tests inject a fake one so
 * that waiting for a {@code Retry-After} of minutes takes no real time.
 */
public interface TimeSource {

    /** Monotonic time in nanoseconds (as {@link System#nanoTime()}). */
    long nanoTime();

    /** Wall-clock time, used to interpret HTTP-date {@code Retry-After} values. */
    Instant now();

    /** Sleeps for the given duration; may be interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }
    };
}
