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
import java.util.concurrent.TimeUnit;

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

    /**
     * A sleep another thread can end early: waits on {@code monitor}, whose lock the caller holds, for up to
     * {@code duration} or until the monitor is notified. May return early; callers re-check their deadline with
     * {@link #nanoTime()}. A fake time source moves its clock instead.
     */
    default void waitOn(Object monitor, Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            TimeUnit.NANOSECONDS.timedWait(monitor, duration.toNanos());
        }
    }

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
