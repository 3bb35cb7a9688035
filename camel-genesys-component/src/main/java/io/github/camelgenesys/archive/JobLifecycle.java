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

import io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob;
import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the recording jobs of one archive run along their life through the API: creates a job (remembered in the
 * journal before it runs), takes up a job remembered from an earlier run, reads a job's status when its poll is due
 * ({@link PollTiming}) and executes it as soon as it is READY, cancels what can be cancelled when the run stops or a
 * bounded wait runs out, and hands every ending to {@link JobOutcomes}. Used by one step of the run at a time.
 */
final class JobLifecycle {

    // the run's logger: the progress of a run is logged under one name (docs/archive.md)
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRun.class);
    private static final String OPERATION = "archive";
    private static final int MAX_POLL_FAILURES = 5;

    private final GenesysClient client;
    private final ArchiveOptions options;
    private final AuditSink audit;
    private final JobJournal journal;
    private final JobOutcomes outcomes;
    private final PollTiming timing;
    private final TimeSource time;
    /** Jobs of the journal this run created or claimed: given back when the run ends. */
    private final Set<String> claimed = new LinkedHashSet<>();

    private BoundedWait exceeded;

    JobLifecycle(
            GenesysClient client,
            ArchiveOptions options,
            AuditSink audit,
            JobJournal journal,
            JobOutcomes outcomes,
            PollTiming timing) {
        this.client = client;
        this.options = options;
        this.audit = audit;
        this.journal = journal;
        this.outcomes = outcomes;
        this.timing = timing;
        this.time = client.timeSource();
    }

    /** The first bounded wait that ran out, or null. */
    BoundedWait exceeded() {
        return exceeded;
    }

    /** Records a bounded wait that ran out (the first one is the one reported). */
    void exceed(BoundedWait wait) {
        if (exceeded == null) {
            exceeded = wait;
        }
    }

    /** Other exchanges may follow what this run leaves behind in the journal. */
    void releaseJournal() {
        journal.release(claimed);
    }

    /** Creates the job of a chunk: sent once, remembered before it is executed. */
    RunningJob create(ArchiveRun.Chunk chunk) {
        long sent = time.nanoTime();
        RecordingJob created =
                client.postCreate(JOBS, chunk.body(), RecordingJob.class).body();
        if (created == null || created.id() == null) {
            throw GenesysException.builder(
                            0, GenesysException.CODE_INVALID_RESPONSE, "POST " + JOBS + " returned no job id")
                    .build();
        }
        // remembered before it is executed: after a crash the next run follows this job instead of creating another
        journal.remember(created.id());
        claimed.add(created.id());
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
        RunningJob job = new RunningJob(created.id(), chunk.ids(), true, sent);
        job.lastState = created.state();
        timing.begin(job, PollTiming.Phase.PENDING, sent, true);
        return job;
    }

    /**
     * Jobs remembered by the journal (claimed by this run): followed like the ones the run creates, without a new job.
     * A job gets a slot when {@code takeSlot} gives one.
     */
    List<RunningJob> follow(Set<String> jobIds, BooleanSupplier takeSlot) {
        claimed.addAll(jobIds);
        List<RunningJob> followed = new ArrayList<>();
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
            long now = time.nanoTime();
            RunningJob job = new RunningJob(jobId, List.copyOf(status.conversationIds()), takeSlot.getAsBoolean(), now);
            job.lastState = status.state();
            job.executed = !status.isCancellable();
            // taken up mid-wait: polled from now on, without teaching the forecast
            timing.begin(job, job.executed ? PollTiming.Phase.PROCESSING : PollTiming.Phase.PENDING, now, false);
            if ("READY".equals(status.state())) {
                job.nextPoll = now;
            }
            outcomes.followed();
            followed.add(job);
            LOG.info(
                    "Following recording job {} ({}, {} conversation(s)) remembered from an earlier run",
                    jobId,
                    status.state(),
                    job.ids.size());
            audit.write(AuditEvent.of(OPERATION, "job.followed", jobId)
                    .withCounts(Map.of("conversationIds", (long) job.ids.size())));
        }
        return followed;
    }

    /** Reads one job's status and moves it on; true when it is finished (successfully or not) or given up. */
    boolean poll(RunningJob job) {
        RecordingJob status;
        long sent = time.nanoTime();
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
            timing.later(job, time.nanoTime());
            return false;
        }
        long answered = time.nanoTime();
        String state = status.state() == null ? "" : status.state();
        job.logProgress(status);
        switch (state) {
            case "FULFILLED":
                timing.changed(job, sent);
                outcomes.fulfilled(job.id, job.ids, job.createdNanos, status);
                journal.forget(job.id);
                return true;
            case "FAILED", "CANCELLED":
                timing.changed(job, sent);
                outcomes.ended(job.id, job.ids, state, status);
                journal.forget(job.id);
                return true;
            default:
                break;
        }
        if (answered - job.createdNanos > options.jobTimeout().toNanos()) {
            return giveUp(
                    job,
                    state,
                    "the end of recording job " + job.id + " (still " + state + ")",
                    "archiveJobTimeout",
                    options.jobTimeout(),
                    null);
        }
        if ("READY".equals(state) && !job.executed) {
            timing.changed(job, sent);
            return execute(job);
        }
        timing.unchanged(job, sent, answered);
        return false;
    }

    /** PUT state PROCESSING; true when the job had to be given up. */
    private boolean execute(RunningJob job) {
        long sent = time.nanoTime();
        try {
            client.put(JOBS + "/" + job.id, RecordingJobsApi.Execute.PROCESSING, Void.class);
            job.executed = true;
            job.lastState = "PROCESSING";
            timing.begin(job, PollTiming.Phase.PROCESSING, sent, true);
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
                // no state change to wait for (the time until a slot frees teaches nothing): one interval later
                job.phaseMeasured = false;
                timing.later(job, now);
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
        exceed(new BoundedWait(waitedFor, option, limit, cause));
        return true;
    }

    /** The producer stopped: cancel a job that has not started processing; leave a processing one to the server. */
    void abandon(RunningJob job) {
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
}
