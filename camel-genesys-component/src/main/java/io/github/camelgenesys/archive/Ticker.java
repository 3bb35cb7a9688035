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
package io.github.camelgenesys.archive;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs a step on a scheduled executor, again and again, until the step says it is done: no thread waits between
 * steps. Steps never overlap: the next one is armed only when the previous one returned. {@link #wake()} runs the next
 * step now instead of after its delay (how a stop reaches a waiting archive exchange).
 * <p>
 * When the executor refuses a step (it was shut down: the producer stopped), the remaining steps run on the calling
 * thread, after {@code onRejected} told the owner, whose steps then end the work at once.
 */
final class Ticker {

    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier step;
    private final Supplier<Duration> delay;
    private final Runnable onRejected;

    private long armedSeq;
    private ScheduledFuture<?> armed;
    private boolean stepping;
    private boolean done;

    /**
     * @param step       one step of the work; true when the work is done (it must not throw)
     * @param delay      the wait before the next step, asked after each step that was not the last
     * @param onRejected told (once per refusal) that the executor refused a step
     */
    Ticker(ScheduledExecutorService scheduler, BooleanSupplier step, Supplier<Duration> delay, Runnable onRejected) {
        this.scheduler = scheduler;
        this.step = step;
        this.delay = delay;
        this.onRejected = onRejected;
    }

    /** Runs the first step as soon as the executor can. */
    void start() {
        boolean armedNow;
        synchronized (this) {
            armedNow = arm(Duration.ZERO);
        }
        if (!armedNow) {
            runHere();
        }
    }

    /** Runs the next step now, unless one is running (that one asks {@code delay} after it). */
    void wake() {
        boolean armedNow = true;
        synchronized (this) {
            if (!stepping && !done) {
                if (armed != null) {
                    armed.cancel(false);
                }
                armedNow = arm(Duration.ZERO);
            }
        }
        if (!armedNow) {
            runHere();
        }
    }

    private void tick(long seq) {
        synchronized (this) {
            // a step armed before a wake re-armed it is stale
            if (seq != armedSeq || done || stepping) {
                return;
            }
            stepping = true;
            armed = null;
        }
        boolean finished = step.getAsBoolean();
        boolean armedNow = true;
        synchronized (this) {
            stepping = false;
            done = finished;
            if (!finished) {
                armedNow = arm(delay.get());
            }
        }
        if (!armedNow) {
            runHere();
        }
    }

    /** Arms the next step (holding the lock); false when the executor refused it. */
    private boolean arm(Duration after) {
        long seq = ++armedSeq;
        try {
            armed = scheduler.schedule(() -> tick(seq), Math.max(0, after.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            armed = null;
            return false;
        }
    }

    private void runHere() {
        onRejected.run();
        synchronized (this) {
            if (stepping || done) {
                return;
            }
            stepping = true;
            armedSeq++;
        }
        boolean finished = false;
        while (!finished) {
            finished = step.getAsBoolean();
        }
        synchronized (this) {
            stepping = false;
            done = true;
        }
    }
}
