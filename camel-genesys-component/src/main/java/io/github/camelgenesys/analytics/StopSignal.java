package io.github.camelgenesys.analytics;

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

    /** Sleeps up to {@code duration}; returns false (early) when the consumer or producer stops. */
    public synchronized boolean sleep(Duration duration) {
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

    public synchronized void wake() {
        notifyAll();
    }
}
