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

import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.TimeSource;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The details jobs of the next windows, submitted while the route still receives the current window's
 * conversations: at most {@code maxOpen} jobs are open at once (the current one included), each submitted on a thread
 * of {@code executor} in window order. A job submitted ahead is not polled until its window's turn comes (then its
 * first status poll is immediate, and usually finds it FULFILLED), so running ahead costs one request per job. The
 * consumer still reads one window after the other, on its poll thread, so delivery order and checkpoints do not
 * change; only the waiting overlaps.
 * <p>
 * A job is open from its submission until its results were read to the end or it was cancelled. The API counts only
 * jobs that are QUEUED or PENDING against its limit, so open jobs never exceed it when {@code maxOpen} does not.
 * A submission the API refuses with 429 (too many jobs in the org, e.g. from another client) waits and is tried
 * again, for at most {@code jobTimeout}.
 * <p>
 * Nothing of it is persisted: like the current window's job, a job submitted ahead is cancelled when the consumer
 * stops and submitted again after a restart (the API cannot list details jobs, see docs/analytics.md).
 */
final class JobPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(JobPipeline.class);
    private static final long WAIT_SLICE_MS = 200;

    private record Open(QueryInterval window, DetailsJob job, Future<Boolean> submitted) {

        /**
         * Whether its submission ended without a job: it was cancelled, the consumer stopped meanwhile, or it failed
         * (then its window's turn submits the window again, and a failure then fails that poll).
         */
        boolean unusable() {
            if (!submitted.isDone()) {
                return false;
            }
            try {
                return !submitted.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            } catch (ExecutionException e) {
                return true;
            }
        }
    }

    private final ExecutorService executor;
    private final int maxOpen;
    private final Function<QueryInterval, DetailsJob> newJob;
    private final JobSettings settings;
    private final StopSignal stop;
    private final TimeSource time;
    private final Deque<Open> ahead = new ArrayDeque<>();
    /** The window's job whose preparation the poll thread awaits (a stop cancels it too). */
    private Open awaited;

    JobPipeline(
            ExecutorService executor,
            int maxOpen,
            Function<QueryInterval, DetailsJob> newJob,
            JobSettings settings,
            StopSignal stop,
            TimeSource time) {
        this.executor = Objects.requireNonNull(executor);
        this.maxOpen = maxOpen;
        this.newJob = newJob;
        this.settings = settings;
        this.stop = stop;
        this.time = time;
    }

    int maxOpen() {
        return maxOpen;
    }

    /**
     * The job of {@code window}, FULFILLED and ready to be paged (awaited on the calling thread); null when the
     * consumer stops first. The jobs of the windows after it (as {@code planner} cuts them up to {@code watermark})
     * are submitted so that up to {@code maxOpen} jobs are open. Jobs submitted ahead for other windows (the watermark moved, or the window is
     * read again after an ended poll) are cancelled.
     *
     * @throws GenesysException when the window's job failed (more often than maxJobResubmits), timed out, or an API
     *                          call failed
     */
    DetailsJob take(QueryInterval window, WindowPlanner planner, Instant watermark) {
        Open current;
        Deque<Open> stale;
        synchronized (this) {
            Open head = ahead.peekFirst();
            if (head != null && head.window.equals(window) && !head.unusable()) {
                current = ahead.removeFirst();
            } else {
                current = submit(window);
            }
            stale = keepOnlyTheWindowsAfter(current.window, planner, watermark);
            awaited = current;
        }
        // outside the lock (a cancel waits for the job's status wait in progress), and before more are submitted (the
        // cancelled ones must not count against the API's limit together with the new ones)
        stale.forEach(open -> {
            LOG.debug("Cancelling the details job for {}: no longer a window after {}", open.window, window);
            open.job.cancel();
        });
        synchronized (this) {
            QueryInterval last = ahead.isEmpty() ? current.window : ahead.peekLast().window;
            while (ahead.size() + 1 < maxOpen && stop.isRunning()) {
                QueryInterval next = planner.next(last.end(), watermark);
                if (next == null) {
                    break;
                }
                ahead.addLast(submit(next));
                last = next;
            }
        }
        DetailsJob ready = null;
        try {
            if (awaitSubmission(current) && waitingOutRefusals(current.job::prepare)) {
                ready = current.job;
            }
            return ready;
        } finally {
            synchronized (this) {
                awaited = null;
            }
            if (ready == null) {
                current.job.cancel();
            }
        }
    }

    /** Cancels every job submitted ahead and the one being awaited (DELETE each one that was submitted). */
    void cancelAll() {
        Deque<Open> cancelled;
        synchronized (this) {
            cancelled = new ArrayDeque<>(ahead);
            if (awaited != null) {
                cancelled.addFirst(awaited);
            }
            ahead.clear();
        }
        cancelled.forEach(open -> open.job.cancel());
    }

    /** Keeps the jobs ahead that continue {@code window} as planned now; returns the others (to be cancelled). */
    private Deque<Open> keepOnlyTheWindowsAfter(QueryInterval window, WindowPlanner planner, Instant watermark) {
        Deque<Open> keep = new ArrayDeque<>();
        Deque<Open> stale = new ArrayDeque<>();
        QueryInterval expected = planner.next(window.end(), watermark);
        for (Open open : ahead) {
            if (stale.isEmpty() && expected != null && open.window.equals(expected) && !open.unusable()) {
                keep.addLast(open);
                expected = planner.next(open.window.end(), watermark);
            } else {
                stale.addLast(open);
            }
        }
        ahead.clear();
        ahead.addAll(keep);
        return stale;
    }

    private Open submit(QueryInterval window) {
        DetailsJob job = newJob.apply(window);
        Future<Boolean> submitted;
        try {
            submitted = executor.submit(() -> waitingOutRefusals(job::submitAhead));
        } catch (RejectedExecutionException e) {
            // the executor is shut down: the consumer is stopping
            submitted = CompletableFuture.completedFuture(false);
        }
        return new Open(window, job, submitted);
    }

    /** Runs a step that submits a job; a 429 to the submission is waited out, up to jobTimeout. */
    private boolean waitingOutRefusals(BooleanSupplier step) {
        long deadline = time.nanoTime() + settings.timeout().toNanos();
        Duration delay = settings.pollInterval();
        while (true) {
            try {
                return step.getAsBoolean();
            } catch (GenesysException e) {
                if (e.getStatus() != 429) {
                    throw e;
                }
                Duration wait =
                        e.getRetryAfter() != null && e.getRetryAfter().compareTo(delay) > 0 ? e.getRetryAfter() : delay;
                if (time.nanoTime() + wait.toNanos() - deadline > 0) {
                    throw GenesysException.builder(
                                    429,
                                    DetailsJob.CODE_JOB_TIMEOUT,
                                    "The API refused to start another details job (429: too many jobs in the org) for"
                                            + " longer than jobTimeout " + settings.timeout()
                                            + "; lower maxConcurrentDetailsJobs (now " + maxOpen
                                            + ") or run fewer jobs in the org at once")
                            .cause(e)
                            .build();
                }
                LOG.info("The API refused a details job (429, too many jobs in the org): trying again in {}", wait);
                if (!stop.sleep(wait, time)) {
                    return false;
                }
                delay = settings.nextPollDelay(delay);
            }
        }
    }

    /** Waits until the job's submission (on the executor) ended; false when it did not submit or a stop came first. */
    private boolean awaitSubmission(Open open) {
        while (true) {
            try {
                return open.submitted.get(WAIT_SLICE_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!stop.isRunning()) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
