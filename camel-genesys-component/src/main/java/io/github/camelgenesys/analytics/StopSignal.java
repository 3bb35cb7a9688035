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
package io.github.camelgenesys.analytics;

import io.github.camelgenesys.client.TimeSource;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Lets a thread wait between job status polls and wakes it at once when its consumer or producer stops (analytics
 * details jobs, archive recording jobs). Every wait is bounded; none sleeps through a stop.
 */
public final class StopSignal {

    private final BooleanSupplier running;

    public StopSignal(BooleanSupplier running) {
        this.running = running;
    }

    public boolean isRunning() {
        return running.getAsBoolean();
    }

    /** Sleeps up to {@code duration} of system time; returns false (early) when the consumer or producer stops. */
    public boolean sleep(Duration duration) {
        return sleep(duration, TimeSource.SYSTEM);
    }

    /**
     * Sleeps up to {@code duration} as measured by {@code time} (the client's); returns false (early) when the
     * consumer or producer stops: {@link #wake()} ends the wait at once, and the running state is re-checked at least
     * every 200 ms in case a stop did not wake it.
     */
    public synchronized boolean sleep(Duration duration, TimeSource time) {
        long deadline = time.nanoTime() + duration.toNanos();
        try {
            while (isRunning()) {
                long left = deadline - time.nanoTime();
                if (left <= 0) {
                    return true;
                }
                time.waitOn(this, Duration.ofNanos(Math.min(left, MAX_UNCHECKED_NANOS)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static final long MAX_UNCHECKED_NANOS = Duration.ofMillis(200).toNanos();

    public synchronized void wake() {
        notifyAll();
    }
}
