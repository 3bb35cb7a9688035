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

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.analytics.StopSignal;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One archive exchange: takes chunks one at a time, keeps up to {@code maxConcurrentJobs} recording jobs in flight
 * (create → remember in the journal → wait for READY → execute → poll to FULFILLED or FAILED, see
 * {@link JobLifecycle}), starts the next chunk as soon as a slot frees, and waits (instead of failing) when the
 * organization's job limit is reached. Only the chunks in flight and the one waiting for a slot are held in memory.
 * <p>
 * Every wait is bounded: a free job slot by {@code jobSlotTimeout}, each job by {@code archiveJobTimeout} (measured
 * with the client's {@link TimeSource}), and no thread waits at all: the run advances in steps on the producer's
 * scheduled executor ({@link Ticker}). A step polls the jobs whose poll is due ({@link PollTiming}: aimed at the
 * expected state change, at most {@code jobPollInterval} apart), executes a job the moment it is READY, and fills the
 * slots freed in the same step. When the producer stops ({@link StopSignal}) it wakes the run ({@link #wake()}) and
 * the next step, run at once, cancels the jobs not yet processing and ends the run. A conversation is recorded as
 * done only when a fulfilled job really acted on it (see {@link JobOutcomes#fulfilled}).
 */
final class ArchiveRun {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRun.class);

    /** A set of conversations for one job: the ids (empty for selection=query) and the job body. */
    record Chunk(List<String> ids, ObjectNode body) {}

    /** Supplies the chunks lazily; {@code next} returns null when there are no more. */
    interface ChunkSource {
        Chunk next(Set<String> idsInFlight);

        /** Ids skipped while building chunks (idempotent repository, repeats). */
        long skipped();
    }

    private final ArchiveOptions options;
    private final Semaphore slots;
    private final StopSignal stop;
    private final TimeSource time;
    private final PollTiming timing;
    private final JobOutcomes outcomes;
    private final JobLifecycle jobs;
    private final CompletableFuture<ArchiveSummary> result = new CompletableFuture<>();

    // the run's state: touched by one step at a time (steps never overlap; the executor orders them)
    private ChunkSource chunks;
    private Set<String> toFollow = Set.of();
    private Ticker ticker;
    private volatile boolean schedulerGone;
    private boolean firstStep = true;
    private long started;
    private final List<RunningJob> inFlight = new ArrayList<>();
    /** Ids in a job or a chunk of any exchange of the producer (shared, concurrent); claimed by the chunk source. */
    private final Set<String> idsInFlight;

    private Chunk pending;
    private boolean exhausted;
    private RuntimeException fatal;
    private boolean stopped;
    private long slotWaitSince;
    /** No create before this time (the organization's job limit refused the last one). */
    private long fillNotBefore = Long.MIN_VALUE;
    /** The time the next step was armed for: what is due by then is due when the step runs. */
    private long armedFor = Long.MIN_VALUE;

    ArchiveRun(
            GenesysClient client,
            ArchiveOptions options,
            Semaphore slots,
            Set<String> idsInFlight,
            AuditSink audit,
            StopSignal stop,
            JobJournal journal,
            PollTiming timing) {
        this.idsInFlight = idsInFlight;
        this.options = options;
        this.slots = slots;
        this.stop = stop;
        this.timing = timing;
        this.outcomes = new JobOutcomes(client, options, audit);
        this.jobs = new JobLifecycle(client, options, audit, journal, outcomes, timing);
        this.time = client.timeSource();
    }

    /**
     * Follows the remembered jobs {@code toFollow} (claimed from the journal: left running by an earlier crash or
     * stop), then runs every chunk to completion, one step at a time on {@code scheduler}: a step polls the jobs
     * whose poll is due and fills the free slots; the next step is armed for the next due poll. No thread waits
     * between steps. The future completes on a scheduler thread (or on the stopping thread when the scheduler was
     * shut down) with the summary, or exceptionally with
     * <ul>
     * <li>{@link ArchiveStoppedException} when the producer stopped first (nothing unfinished is recorded as done),</li>
     * <li>{@link ArchiveTimeoutException} when a bounded wait ran out,</li>
     * <li>{@link ArchiveException} when an error stopped the run (jobs already in flight are followed to the end),</li>
     * <li>any other exception a step did not expect (slots and journal are released first).</li>
     * </ul>
     */
    CompletableFuture<ArchiveSummary> start(
            ChunkSource chunks, Set<String> toFollow, ScheduledExecutorService scheduler) {
        this.chunks = chunks;
        this.toFollow = toFollow;
        this.started = time.nanoTime();
        this.ticker = new Ticker(scheduler, this::step, this::nextDelay, () -> schedulerGone = true);
        ticker.start();
        return result;
    }

    /** Runs the next step now: the producer stopped, the step ends the run. */
    void wake() {
        Ticker t = ticker;
        if (t != null) {
            t.wake();
        }
    }

    private boolean running() {
        return !schedulerGone && stop.isRunning();
    }

    /** One step; true when the run is over (the future is then completed). Never throws. */
    private boolean step() {
        try {
            if (firstStep) {
                firstStep = false;
                for (RunningJob job : jobs.follow(toFollow, slots::tryAcquire)) {
                    inFlight.add(job);
                    idsInFlight.addAll(job.ids);
                }
            } else {
                if (!running()) {
                    stopped = true;
                    finish();
                    return true;
                }
                pollDue();
            }
            if (due(fillNotBefore)) {
                fill();
            }
            boolean blocked = fatal != null || jobs.exceeded() != null;
            if (inFlight.isEmpty() && (blocked || (pending == null && exhausted))) {
                finish();
                return true;
            }
            return false;
        } catch (RuntimeException | Error e) {
            inFlight.forEach(this::release);
            releaseIds();
            inFlight.clear();
            jobs.releaseJournal();
            result.completeExceptionally(e);
            return true;
        }
    }

    /**
     * Due at {@code at}: the time has come, or the step was armed for it (a step never runs early on the system clock;
     * with a client clock that does not move, as in tests, the armed time is what counts).
     */
    private boolean due(long at) {
        return at <= Math.max(time.nanoTime(), armedFor);
    }

    /** The wait before the next step: until the next due poll, or one interval while waiting for a slot. */
    private Duration nextDelay() {
        if (!running()) {
            return Duration.ZERO;
        }
        long now = time.nanoTime();
        long next = Long.MAX_VALUE;
        for (RunningJob job : inFlight) {
            next = Math.min(next, job.nextPoll);
        }
        boolean moreChunks = pending != null || !exhausted;
        if (moreChunks && fatal == null && jobs.exceeded() == null) {
            // slots held by other exchanges or the organization's limit: try again one interval later
            next = Math.min(next, Math.max(fillNotBefore, timing.retryAt(now)));
        }
        if (next == Long.MAX_VALUE) {
            next = timing.retryAt(now);
        }
        armedFor = next;
        return Duration.ofNanos(Math.max(0, next - now));
    }

    /** Polls the jobs whose poll is due; a slot a finished job frees is filled at once, before the next poll. */
    private void pollDue() {
        for (RunningJob job : List.copyOf(inFlight)) {
            if (due(job.nextPoll) && jobs.poll(job)) {
                inFlight.remove(job);
                job.ids.forEach(idsInFlight::remove);
                release(job);
                if (due(fillNotBefore)) {
                    fill();
                }
            }
        }
    }

    /** Creates jobs for the next chunks while slots are free and nothing blocks. */
    private void fill() {
        boolean limitReached = false;
        while (fatal == null && jobs.exceeded() == null && !limitReached && running()) {
            // reserve the slot before reading ids, so only chunks that can run are held in memory
            if (exhausted && pending == null || !slots.tryAcquire()) {
                break;
            }
            if (pending == null) {
                try {
                    pending = chunks.next(idsInFlight);
                } catch (RuntimeException e) {
                    // e.g. an invalid id in the body: follow the jobs in flight to the end, then fail
                    slots.release();
                    fatal = e;
                    break;
                }
                if (pending == null) {
                    exhausted = true;
                    slots.release();
                    break;
                }
            }
            try {
                RunningJob job = jobs.create(pending);
                inFlight.add(job);
                idsInFlight.addAll(job.ids);
                pending = null;
                slotWaitSince = 0;
            } catch (GenesysException e) {
                slots.release();
                if (RecordingJobsApi.isJobLimit(e)) {
                    limitReached = true;
                    waitForSlot(e);
                } else if (GenesysException.CODE_NOT_REPLAYED.equals(e.getCode())) {
                    outcomes.failJob(null, "NOT_CREATED", e.getMessage(), pending.ids());
                    pending.ids().forEach(idsInFlight::remove);
                    pending = null;
                } else {
                    fatal = e;
                }
            }
        }
    }

    /** The organization's job limit refused a create: try again one interval later, for at most jobSlotTimeout. */
    private void waitForSlot(GenesysException refusal) {
        long now = time.nanoTime();
        slotWaitSince = slotWaitSince == 0 ? now : slotWaitSince;
        fillNotBefore = timing.retryAt(now);
        if (now - slotWaitSince > options.jobSlotTimeout().toNanos()) {
            jobs.exceed(new BoundedWait(
                    "a free recording job slot of the organization (last answer: HTTP " + refusal.getStatus() + " "
                            + refusal.getCode() + ")",
                    "jobSlotTimeout",
                    options.jobSlotTimeout(),
                    refusal));
        } else {
            LOG.info(
                    "Recording job limit of the organization reached ({}); retrying in {} ms",
                    refusal.getCode(),
                    options.pollInterval().toMillis());
        }
    }

    /** Gives the ids of this run's jobs and pending chunk back to the producer's shared set. */
    private void releaseIds() {
        inFlight.forEach(job -> job.ids.forEach(idsInFlight::remove));
        if (pending != null) {
            pending.ids().forEach(idsInFlight::remove);
        }
    }

    /** Ends the run: releases the slots, cancels what it can after a stop, completes the future. */
    private void finish() {
        inFlight.forEach(this::release);
        releaseIds();
        try {
            if (stopped) {
                inFlight.forEach(jobs::abandon);
            }
            inFlight.clear();
            if (pending != null) {
                outcomes.failJob(
                        null,
                        "NOT_CREATED",
                        stopped ? "not submitted: the route stopped" : "not submitted: the run stopped",
                        pending.ids());
            }
            ArchiveSummary summary = outcomes.summary(chunks.skipped(), (time.nanoTime() - started) / 1_000_000);
            LOG.info(
                    "Recording {} finished: {} job(s), {} conversation(s), {} recording(s) processed, {} skipped,"
                            + " {} failed, {} conversation id(s) skipped, {} not eligible yet, {} unknown, {} ms",
                    options.action(),
                    summary.jobs(),
                    summary.conversations(),
                    summary.recordingsProcessed(),
                    summary.recordingsSkipped(),
                    summary.recordingsFailed(),
                    summary.conversationsSkipped(),
                    summary.notEligible().size(),
                    summary.unknown().size(),
                    summary.durationMs());
            jobs.releaseJournal();
            if (stopped) {
                result.completeExceptionally(new ArchiveStoppedException(summary));
            } else if (jobs.exceeded() != null) {
                result.completeExceptionally(jobs.exceeded().toException(summary));
            } else if (fatal != null) {
                result.completeExceptionally(new ArchiveException(summary, fatal));
            } else {
                result.complete(summary);
            }
        } catch (RuntimeException | Error e) {
            jobs.releaseJournal();
            result.completeExceptionally(e);
        }
    }

    private void release(RunningJob job) {
        if (job.holdsSlot) {
            slots.release();
        }
    }
}
