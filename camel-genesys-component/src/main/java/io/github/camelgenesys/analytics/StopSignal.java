package io.github.camelgenesys.analytics;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Lets the polling thread sleep between job status polls and wakes it at once when the consumer stops. */
final class StopSignal {

    private final BooleanSupplier running;

    StopSignal(BooleanSupplier running) {
        this.running = running;
    }

    boolean isRunning() {
        return running.getAsBoolean();
    }

    /** Sleeps up to {@code duration}; returns false (early) when the consumer stops. */
    synchronized boolean sleep(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        try {
            while (isRunning()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                wait(Math.max(1, Math.min(left / 1_000_000, 200)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    synchronized void wake() {
        notifyAll();
    }
}
