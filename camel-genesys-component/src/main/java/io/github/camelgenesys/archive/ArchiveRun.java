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

import static io.github.camelgenesys.archive.RecordingJobsApi.JOBS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.analytics.StopSignal;
import io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob;
import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One archive exchange: takes chunks one at a time, keeps up to {@code maxConcurrentJobs} recording jobs in flight
 * (create → remember in the journal → wait for READY → execute → poll to FULFILLED or FAILED), starts the next chunk
 * as soon as a slot frees, and waits (instead of failing) when the organization's job limit is reached. Only the
 * chunks in flight and the one waiting for a slot are held in memory.
 * <p>
 * Every wait is bounded: a free job slot by {@code jobSlotTimeout}, each job by {@code archiveJobTimeout} (measured
 * with the client's {@link TimeSource}), and no thread waits at all: the run advances in steps on the producer's
 * scheduled executor ({@link Ticker}). When the producer stops ({@link StopSignal}) it wakes the run ({@link #wake()})
 * and the next step, run at once, cancels the jobs not yet processing and ends the run. A conversation is recorded as done only when a fulfilled job really acted on it (see
 * {@link #fulfilled}).
 */
final class ArchiveRun {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRun.class);
    private static final String OPERATION = "archive";
    private static final int MAX_POLL_FAILURES = 5;

    /** A set of conversations for one job: the ids (empty for selection=query) and the job body. */
    record Chunk(List<String> ids, ObjectNode body) {}

    /** Supplies the chunks lazily; {@code next} returns null when there are no more. */
    interface ChunkSource {
        Chunk next(Set<String> idsInFlight);

        /** Ids skipped while building chunks (idempotent repository, repeats). */
        long skipped();
    }

    /** A bounded wait that ran out: what was waited for, the option that bounds it, its value. */
    private record Timeout(String waitedFor, String option, Duration limit, Throwable cause) {}

    private final GenesysClient client;
    private final ArchiveOptions options;
    private final Semaphore slots;
    private final AuditSink audit;
    private final StopSignal stop;
    private final JobJournal journal;
    private final TimeSource time;
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

    private final JobOutcomes outcomes;
    private final List<String> jobIds = new ArrayList<>();
    private Timeout timeout;

    ArchiveRun(
            GenesysClient client,
            ArchiveOptions options,
            Semaphore slots,
            Set<String> idsInFlight,
            AuditSink audit,
            StopSignal stop,
            JobJournal journal) {
        this.client = client;
        this.idsInFlight = idsInFlight;
        this.options = options;
        this.slots = slots;
        this.audit = audit;
        this.stop = stop;
        this.journal = journal;
        this.outcomes = new JobOutcomes(client, options, audit);
        this.time = client.timeSource();
    }

    /**
     * Follows the remembered jobs {@code toFollow} (claimed from the journal: left running by an earlier crash or
     * stop), then runs every chunk to completion, one step at a time on {@code scheduler}: a step polls the jobs in
     * flight and fills the free slots; the next step is armed one poll interval later. No thread waits between steps.
     * The future completes on a scheduler thread (or on the stopping thread when the scheduler was shut down) with
     * the summary, or exceptionally with
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
        this.ticker = new Ticker(
                scheduler,
                this::step,
                () -> running() ? options.pollInterval() : Duration.ZERO,
                () -> schedulerGone = true);
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
                follow(toFollow, inFlight, idsInFlight);
            } else {
                if (!running()) {
                    stopped = true;
                    finish();
                    return true;
                }
                pollInFlight();
            }
            fill();
            boolean blocked = fatal != null || timeout != null;
            if (inFlight.isEmpty() && (blocked || (pending == null && exhausted))) {
                finish();
                return true;
            }
            return false;
        } catch (RuntimeException | Error e) {
            inFlight.forEach(this::release);
            releaseIds();
            inFlight.clear();
            releaseJournal();
            result.completeExceptionally(e);
            return true;
        }
    }

    private void pollInFlight() {
        Iterator<RunningJob> it = inFlight.iterator();
        while (it.hasNext()) {
            RunningJob job = it.next();
            if (poll(job)) {
                it.remove();
                job.ids.forEach(idsInFlight::remove);
                release(job);
            }
        }
    }

    /** Creates jobs for the next chunks while slots are free and nothing blocks. */
    private void fill() {
        boolean limitReached = false;
        while (fatal == null && timeout == null && !limitReached && running()) {
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
                RunningJob job = create(pending);
                inFlight.add(job);
                idsInFlight.addAll(job.ids);
                pending = null;
                slotWaitSince = 0;
            } catch (GenesysException e) {
                slots.release();
                if (RecordingJobsApi.isJobLimit(e)) {
                    limitReached = true;
                    long now = time.nanoTime();
                    slotWaitSince = slotWaitSince == 0 ? now : slotWaitSince;
                    if (now - slotWaitSince > options.jobSlotTimeout().toNanos()) {
                        timeout = new Timeout(
                                "a free recording job slot of the organization (last answer: HTTP " + e.getStatus()
                                        + " " + e.getCode() + ")",
                                "jobSlotTimeout",
                                options.jobSlotTimeout(),
                                e);
                    } else {
                        LOG.info(
                                "Recording job limit of the organization reached ({}); retrying in {} ms",
                                e.getCode(),
                                options.pollInterval().toMillis());
                    }
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
                inFlight.forEach(this::abandon);
            }
            inFlight.clear();
            if (pending != null) {
                outcomes.failJob(
                        null,
                        "NOT_CREATED",
                        stopped ? "not submitted: the route stopped" : "not submitted: the run" + " stopped",
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
            releaseJournal();
            if (stopped) {
                result.completeExceptionally(new ArchiveStoppedException(summary));
            } else if (timeout != null) {
                result.completeExceptionally(new ArchiveTimeoutException(
                        timeout.waitedFor(), timeout.option(), timeout.limit(), summary, timeout.cause()));
            } else if (fatal != null) {
                result.completeExceptionally(new ArchiveException(summary, fatal));
            } else {
                result.complete(summary);
            }
        } catch (RuntimeException | Error e) {
            releaseJournal();
            result.completeExceptionally(e);
        }
    }

    /** Other exchanges may follow what this one leaves behind in the journal. */
    private void releaseJournal() {
        journal.release(jobIds);
        journal.release(toFollow);
    }

    private void release(RunningJob job) {
        if (job.holdsSlot) {
            slots.release();
        }
    }

    /** Jobs remembered by the journal: followed like the ones this run creates, without a new job. */
    private void follow(Set<String> jobIds, List<RunningJob> inFlight, Set<String> idsInFlight) {
        for (String jobId : jobIds) {
            RecordingJob status;
            try {
                status =
                        client.get(JOBS + "/" + jobId, null, RecordingJob.class).body();
            } catch (GenesysException e) {
                if (e.getStatus() == 404) {
                    LOG.info("Remembered recording job {} no longer exists; forgotten", jobId);
                    journal.forget(jobId);
                } else {
                    LOG.warn(
                            "Remembered recording job {} not readable, kept for the next exchange: {}",
                            jobId,
                            e.getMessage());
                }
                continue;
            }
            jobIds.add(jobId);
            RunningJob job =
                    new RunningJob(jobId, List.copyOf(status.conversationIds()), slots.tryAcquire(), time.nanoTime());
            job.lastState = status.state();
            job.executed = !status.isCancellable();
            outcomes.followed();
            inFlight.add(job);
            idsInFlight.addAll(job.ids);
            LOG.info(
                    "Following recording job {} ({}, {} conversation(s)) remembered from an earlier run",
                    jobId,
                    status.state(),
                    job.ids.size());
            audit.write(AuditEvent.of(OPERATION, "job.followed", jobId)
                    .withCounts(Map.of("conversationIds", (long) job.ids.size())));
        }
    }

    /** The producer stopped: cancel a job that has not started processing; leave a processing one to the server. */
    private void abandon(RunningJob job) {
        if (!job.executed) {
            try {
                client.delete(JOBS + "/" + job.id, Void.class);
                journal.forget(job.id);
                outcomes.failJob(job.id, "CANCELLED", "cancelled: the route stopped", job.ids);
                return;
            } catch (GenesysException e) {
                LOG.warn("Recording job {} could not be cancelled: {}", job.id, e.getMessage());
            }
        }
        outcomes.failJob(
                job.id,
                job.lastState,
                "left on the server: the route stopped"
                        + (journal.isPersistent() ? "; the next exchange follows it" : ""),
                job.ids);
    }

    private RunningJob create(Chunk chunk) {
        RecordingJob created =
                client.postCreate(JOBS, chunk.body(), RecordingJob.class).body();
        if (created == null || created.id() == null) {
            throw GenesysException.builder(
                            0, GenesysException.CODE_INVALID_RESPONSE, "POST " + JOBS + " returned no job id")
                    .build();
        }
        // remembered before it is executed: after a crash the next run follows this job instead of creating another
        journal.remember(created.id());
        jobIds.add(created.id());
        outcomes.created(chunk.ids().size());
        LOG.info(
                "Recording job {} created: {} of {} conversation(s), state {}",
                created.id(),
                options.action(),
                chunk.ids().isEmpty()
                        ? "the query's"
                        : String.valueOf(chunk.ids().size()),
                created.state());
        audit.write(AuditEvent.of(OPERATION, "job.created", created.id())
                .withCounts(Map.of("conversationIds", (long) chunk.ids().size())));
        RunningJob job = new RunningJob(created.id(), chunk.ids(), true, time.nanoTime());
        job.lastState = created.state();
        return job;
    }

    /** Polls one job and moves it on; true when it is finished (successfully or not) or given up. */
    private boolean poll(RunningJob job) {
        RecordingJob status;
        try {
            status = client.get(JOBS + "/" + job.id, null, RecordingJob.class).body();
            job.pollFailures = 0;
        } catch (GenesysException e) {
            if (e.getStatus() == 404) {
                journal.forget(job.id);
                outcomes.failJob(job.id, "UNKNOWN", "the job is gone (404)", job.ids);
                return true;
            }
            if (++job.pollFailures >= MAX_POLL_FAILURES) {
                // kept in the journal: the next exchange follows the job instead of creating another
                outcomes.failJob(job.id, "UNKNOWN", "status not readable: " + e.getMessage(), job.ids);
                return true;
            }
            LOG.warn(
                    "Status of recording job {} not readable (attempt {}): {}",
                    job.id,
                    job.pollFailures,
                    e.getMessage());
            return false;
        }
        String state = status.state() == null ? "" : status.state();
        job.logProgress(status);
        switch (state) {
            case "FULFILLED":
                outcomes.fulfilled(job.id, job.ids, job.createdNanos, status);
                journal.forget(job.id);
                return true;
            case "FAILED", "CANCELLED":
                outcomes.ended(job.id, job.ids, state, status);
                journal.forget(job.id);
                return true;
            default:
                break;
        }
        if (time.nanoTime() - job.createdNanos > options.jobTimeout().toNanos()) {
            return giveUp(
                    job,
                    state,
                    "the end of recording job " + job.id + " (still " + state + ")",
                    "archiveJobTimeout",
                    options.jobTimeout(),
                    null);
        }
        if ("READY".equals(state) && !job.executed) {
            return execute(job);
        }
        return false;
    }

    /** PUT state PROCESSING; true when the job had to be given up. */
    private boolean execute(RunningJob job) {
        try {
            client.put(JOBS + "/" + job.id, RecordingJobsApi.Execute.PROCESSING, Void.class);
            job.executed = true;
            job.lastState = "PROCESSING";
            LOG.info("Recording job {} executing", job.id);
            return false;
        } catch (GenesysException e) {
            if (RecordingJobsApi.isJobLimit(e)) {
                long now = time.nanoTime();
                job.executeRefusedSince = job.executeRefusedSince == 0 ? now : job.executeRefusedSince;
                if (now - job.executeRefusedSince > options.jobSlotTimeout().toNanos()) {
                    return giveUp(
                            job,
                            "READY",
                            "a free recording job slot of the organization to execute job " + job.id
                                    + " (last answer: HTTP " + e.getStatus() + " " + e.getCode() + ")",
                            "jobSlotTimeout",
                            options.jobSlotTimeout(),
                            e);
                }
                LOG.info("Recording job {} is READY but the organization's job limit is reached; retrying", job.id);
                return false;
            }
            if (e.getStatus() == 0) {
                // no answer: the job may be PROCESSING; it stays in the journal and the next exchange follows it
                outcomes.failJob(job.id, "READY", "execution not confirmed: " + e.getMessage(), job.ids);
                return true;
            }
            journal.forget(job.id);
            outcomes.failJob(job.id, "READY", "execution refused: " + e.getMessage(), job.ids);
            return true;
        }
    }

    /** A bounded wait ran out: cancel the job if it has not started processing, report it, end the run. */
    private boolean giveUp(
            RunningJob job, String state, String waitedFor, String option, Duration limit, Throwable cause) {
        String outcome = "left running on the server";
        if (!job.executed || !"PROCESSING".equals(state)) {
            try {
                client.delete(JOBS + "/" + job.id, Void.class);
                journal.forget(job.id);
                outcome = "cancelled";
            } catch (GenesysException e) {
                LOG.warn("Recording job {} could not be cancelled: {}", job.id, e.getMessage());
            }
        }
        outcomes.failJob(
                job.id, state, "waited " + limit + " (" + option + ") for " + waitedFor + "; " + outcome, job.ids);
        if (timeout == null) {
            timeout = new Timeout(waitedFor, option, limit, cause);
        }
        return true;
    }
}
