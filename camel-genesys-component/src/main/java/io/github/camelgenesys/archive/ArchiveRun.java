package io.github.camelgenesys.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.archive.RecordingJobsApi.FailedRecordingListing;
import io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob;
import io.github.camelgenesys.analytics.StopSignal;
import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.TimeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelgenesys.archive.RecordingJobsApi.JOBS;
import static io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob.n;

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
    private static final int FAILED_RECORDINGS_PAGE_SIZE = 100;
    private static final int MAX_FAILED_RECORDING_PAGES = 1000;

    /** A set of conversations for one job: the ids (empty for selection=query) and the job body. */
    record Chunk(List<String> ids, ObjectNode body) {
    }

    /** Supplies the chunks lazily; {@code next} returns null when there are no more. */
    interface ChunkSource {
        Chunk next(Set<String> idsInFlight);

        /** Ids skipped while building chunks (idempotent repository, repeats). */
        long skipped();
    }

    /** A bounded wait that ran out: what was waited for, the option that bounds it, its value. */
    private record Timeout(String waitedFor, String option, Duration limit, Throwable cause) {
    }

    private final class RunningJob {
        final String id;
        final List<String> ids;
        final boolean holdsSlot;
        boolean executed;
        int lastPercent = -1;
        String lastState;
        int pollFailures;
        long executeRefusedSince;
        final long createdNanos = time.nanoTime();

        RunningJob(String id, List<String> ids, boolean holdsSlot) {
            this.id = id;
            this.ids = ids;
            this.holdsSlot = holdsSlot;
        }
    }

    private final GenesysClient client;
    private final ArchiveOptions options;
    private final Semaphore slots;
    private final AuditSink audit;
    private final StopSignal stop;
    private final JobJournal journal;
    private final RecordingCheck check;
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
    private final Set<String> idsInFlight = new HashSet<>();
    private Chunk pending;
    private boolean exhausted;
    private RuntimeException fatal;
    private boolean stopped;
    private long slotWaitSince;

    private int jobs;
    private long submitted;
    private long conversations;
    private long recordings;
    private long processed;
    private long recordingsSkipped;
    private long recordingsFailed;
    private final List<ArchiveSummary.FailedJob> failedJobs = new ArrayList<>();
    private final List<ArchiveSummary.FailedRecording> failedRecordings = new ArrayList<>();
    private final List<String> notEligible = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<String> jobIds = new ArrayList<>();
    private Timeout timeout;

    ArchiveRun(GenesysClient client, ArchiveOptions options, Semaphore slots, AuditSink audit, StopSignal stop,
            JobJournal journal) {
        this.client = client;
        this.options = options;
        this.slots = slots;
        this.audit = audit;
        this.stop = stop;
        this.journal = journal;
        this.check = new RecordingCheck(client, options.action());
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
    CompletableFuture<ArchiveSummary> start(ChunkSource chunks, Set<String> toFollow,
            ScheduledExecutorService scheduler) {
        this.chunks = chunks;
        this.toFollow = toFollow;
        this.started = time.nanoTime();
        this.ticker = new Ticker(scheduler, this::step, () -> running() ? options.pollInterval() : Duration.ZERO,
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
                if (isJobLimit(e)) {
                    limitReached = true;
                    long now = time.nanoTime();
                    slotWaitSince = slotWaitSince == 0 ? now : slotWaitSince;
                    if (now - slotWaitSince > options.jobSlotTimeout().toNanos()) {
                        timeout = new Timeout("a free recording job slot of the organization (last answer: HTTP "
                                + e.getStatus() + " " + e.getCode() + ")", "jobSlotTimeout",
                                options.jobSlotTimeout(), e);
                    } else {
                        LOG.info("Recording job limit of the organization reached ({}); retrying in {} ms",
                                e.getCode(), options.pollInterval().toMillis());
                    }
                } else if (GenesysException.CODE_NOT_REPLAYED.equals(e.getCode())) {
                    failJob(null, "NOT_CREATED", e.getMessage(), pending.ids());
                    pending = null;
                } else {
                    fatal = e;
                }
            }
        }
    }

    /** Ends the run: releases the slots, cancels what it can after a stop, completes the future. */
    private void finish() {
        inFlight.forEach(this::release);
        try {
            if (stopped) {
                inFlight.forEach(this::abandon);
            }
            inFlight.clear();
            if (pending != null) {
                failJob(null, "NOT_CREATED", stopped ? "not submitted: the route stopped" : "not submitted: the run"
                        + " stopped", pending.ids());
            }
            ArchiveSummary summary = new ArchiveSummary(options.action(), jobs, submitted, conversations,
                    chunks.skipped(), recordings, processed, recordingsSkipped, recordingsFailed, failedJobs,
                    failedRecordings, notEligible, unknown, (time.nanoTime() - started) / 1_000_000);
            LOG.info("Recording {} finished: {} job(s), {} conversation(s), {} recording(s) processed, {} skipped,"
                    + " {} failed, {} conversation id(s) skipped, {} not eligible yet, {} unknown, {} ms",
                    options.action(), summary.jobs(), summary.conversations(), summary.recordingsProcessed(),
                    summary.recordingsSkipped(), summary.recordingsFailed(), summary.conversationsSkipped(),
                    notEligible.size(), unknown.size(), summary.durationMs());
            releaseJournal();
            if (stopped) {
                result.completeExceptionally(new ArchiveStoppedException(summary));
            } else if (timeout != null) {
                result.completeExceptionally(new ArchiveTimeoutException(timeout.waitedFor(), timeout.option(),
                        timeout.limit(), summary, timeout.cause()));
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
                status = client.get(JOBS + "/" + jobId, null, RecordingJob.class).body();
            } catch (GenesysException e) {
                if (e.getStatus() == 404) {
                    LOG.info("Remembered recording job {} no longer exists; forgotten", jobId);
                    journal.forget(jobId);
                } else {
                    LOG.warn("Remembered recording job {} not readable, kept for the next exchange: {}", jobId,
                            e.getMessage());
                }
                continue;
            }
            jobIds.add(jobId);
            RunningJob job = new RunningJob(jobId, List.copyOf(status.conversationIds()), slots.tryAcquire());
            job.lastState = status.state();
            job.executed = !status.isCancellable();
            jobs++;
            inFlight.add(job);
            idsInFlight.addAll(job.ids);
            LOG.info("Following recording job {} ({}, {} conversation(s)) remembered from an earlier run", jobId,
                    status.state(), job.ids.size());
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
                failJob(job.id, "CANCELLED", "cancelled: the route stopped", job.ids);
                return;
            } catch (GenesysException e) {
                LOG.warn("Recording job {} could not be cancelled: {}", job.id, e.getMessage());
            }
        }
        failJob(job.id, job.lastState, "left on the server: the route stopped"
                + (journal.isPersistent() ? "; the next exchange follows it" : ""), job.ids);
    }

    private RunningJob create(Chunk chunk) {
        RecordingJob created = client.postCreate(JOBS, chunk.body(), RecordingJob.class).body();
        if (created == null || created.id() == null) {
            throw GenesysException.builder(0, GenesysException.CODE_INVALID_RESPONSE,
                    "POST " + JOBS + " returned no job id").build();
        }
        // remembered before it is executed: after a crash the next run follows this job instead of creating another
        journal.remember(created.id());
        jobIds.add(created.id());
        jobs++;
        submitted += chunk.ids().size();
        LOG.info("Recording job {} created: {} of {} conversation(s), state {}", created.id(), options.action(),
                chunk.ids().isEmpty() ? "the query's" : String.valueOf(chunk.ids().size()), created.state());
        audit.write(AuditEvent.of(OPERATION, "job.created", created.id())
                .withCounts(Map.of("conversationIds", (long) chunk.ids().size())));
        RunningJob job = new RunningJob(created.id(), chunk.ids(), true);
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
                failJob(job.id, "UNKNOWN", "the job is gone (404)", job.ids);
                return true;
            }
            if (++job.pollFailures >= MAX_POLL_FAILURES) {
                // kept in the journal: the next exchange follows the job instead of creating another
                failJob(job.id, "UNKNOWN", "status not readable: " + e.getMessage(), job.ids);
                return true;
            }
            LOG.warn("Status of recording job {} not readable (attempt {}): {}", job.id, job.pollFailures,
                    e.getMessage());
            return false;
        }
        String state = status.state() == null ? "" : status.state();
        logProgress(job, status);
        switch (state) {
            case "FULFILLED":
                fulfilled(job, status);
                journal.forget(job.id);
                return true;
            case "FAILED", "CANCELLED":
                addTotals(status);
                readFailedRecordings(job, status);
                journal.forget(job.id);
                failJob(job.id, state, status.errorMessage() != null ? status.errorMessage() : "job " + state,
                        job.ids);
                return true;
            default:
                break;
        }
        if (time.nanoTime() - job.createdNanos > options.jobTimeout().toNanos()) {
            return giveUp(job, state, "the end of recording job " + job.id + " (still " + state + ")",
                    "archiveJobTimeout", options.jobTimeout(), null);
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
            if (isJobLimit(e)) {
                long now = time.nanoTime();
                job.executeRefusedSince = job.executeRefusedSince == 0 ? now : job.executeRefusedSince;
                if (now - job.executeRefusedSince > options.jobSlotTimeout().toNanos()) {
                    return giveUp(job, "READY", "a free recording job slot of the organization to execute job "
                            + job.id + " (last answer: HTTP " + e.getStatus() + " " + e.getCode() + ")",
                            "jobSlotTimeout", options.jobSlotTimeout(), e);
                }
                LOG.info("Recording job {} is READY but the organization's job limit is reached; retrying", job.id);
                return false;
            }
            if (e.getStatus() == 0) {
                // no answer: the job may be PROCESSING; it stays in the journal and the next exchange follows it
                failJob(job.id, "READY", "execution not confirmed: " + e.getMessage(), job.ids);
                return true;
            }
            journal.forget(job.id);
            failJob(job.id, "READY", "execution refused: " + e.getMessage(), job.ids);
            return true;
        }
    }

    /** A bounded wait ran out: cancel the job if it has not started processing, report it, end the run. */
    private boolean giveUp(RunningJob job, String state, String waitedFor, String option, Duration limit,
            Throwable cause) {
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
        failJob(job.id, state, "waited " + limit + " (" + option + ") for " + waitedFor + "; " + outcome, job.ids);
        if (timeout == null) {
            timeout = new Timeout(waitedFor, option, limit, cause);
        }
        return true;
    }

    /**
     * A FULFILLED job acted on the recordings it matched, and it matches only recordings the data lake already
     * holds (up to 48 h after they were made) inside its interval. An id is recorded as done only when the job
     * matched every conversation it was given (totalConversations), or, when it matched fewer, when the
     * conversation's recordings show the action or it has none ({@link RecordingCheck}: one request per id). The
     * others are reported as not eligible (retried by a later run) or unknown.
     */
    private void fulfilled(RunningJob job, RecordingJob status) {
        addTotals(status);
        Set<String> failedConversations = readFailedRecordings(job, status);
        int failed = n(status.totalFailedRecordings());
        boolean allIdentified = countFailedOf(job) >= failed;
        if (failed > 0 && !allIdentified) {
            failJob(job.id, "FULFILLED", failed + " recording(s) failed and the API did not list them all; the job's"
                    + " conversations are not recorded as done", job.ids);
        } else if (!job.ids.isEmpty()) {
            boolean matchedAll = n(status.totalConversations()) >= job.ids.size();
            int young = 0;
            int strangers = 0;
            for (String id : job.ids) {
                if (failedConversations.contains(id)) {
                    continue;
                }
                RecordingCheck.Outcome outcome = matchedAll ? RecordingCheck.Outcome.DONE : check.check(id);
                switch (outcome) {
                    case DONE, NO_RECORDINGS -> {
                        if (options.idempotentRepository() != null) {
                            options.idempotentRepository().add(options.idempotencyKey(id));
                        }
                    }
                    case NOT_ELIGIBLE -> {
                        notEligible.add(id);
                        young++;
                    }
                    case UNKNOWN -> {
                        unknown.add(id);
                        strangers++;
                    }
                }
            }
            if (young > 0 || strangers > 0) {
                LOG.warn("Recording job {} matched {} of {} conversation(s): {} not eligible yet (recording younger"
                        + " than the inclusion lag of up to 48 h, or outside the job interval), {} unknown; not"
                        + " recorded as done", job.id, n(status.totalConversations()), job.ids.size(), young,
                        strangers);
            }
        }
        audit.write(AuditEvent.of(OPERATION, "job.fulfilled", job.id)
                .withLatencyMs((time.nanoTime() - job.createdNanos) / 1_000_000)
                .withCounts(Map.of("conversations", (long) n(status.totalConversations()),
                        "recordingsProcessed", (long) n(status.totalProcessedRecordings()),
                        "recordingsSkipped", (long) n(status.totalSkippedRecordings()),
                        "recordingsFailed", (long) failed)));
    }

    private long countFailedOf(RunningJob job) {
        return failedRecordings.stream().filter(r -> job.id.equals(r.jobId())).count();
    }

    /** Reads {@code failedrecordings} when the job reports failures; returns their conversation ids. */
    private Set<String> readFailedRecordings(RunningJob job, RecordingJob status) {
        Set<String> conversationIds = new HashSet<>();
        if (n(status.totalFailedRecordings()) == 0) {
            return conversationIds;
        }
        String reason = status.errorMessage() != null ? status.errorMessage() : "failed in job " + job.id;
        try {
            for (int page = 1; page <= MAX_FAILED_RECORDING_PAGES; page++) {
                FailedRecordingListing listing = client.get(JOBS + "/" + job.id + "/failedrecordings",
                        Map.of("pageSize", FAILED_RECORDINGS_PAGE_SIZE, "pageNumber", page),
                        FailedRecordingListing.class).body();
                if (listing == null || listing.entities() == null || listing.entities().isEmpty()) {
                    break;
                }
                for (RecordingJobsApi.FailedRecording f : listing.entities()) {
                    String conversationId = f.conversation() == null ? null : f.conversation().id();
                    String recordingId = f.recording() == null ? null : f.recording().id();
                    failedRecordings.add(new ArchiveSummary.FailedRecording(job.id, conversationId, recordingId,
                            reason));
                    if (conversationId != null) {
                        conversationIds.add(conversationId);
                    }
                }
                if (listing.pageCount() != null && page >= listing.pageCount()) {
                    break;
                }
            }
        } catch (GenesysException e) {
            LOG.warn("Failed recordings of job {} not readable: {}", job.id, e.getMessage());
        }
        return conversationIds;
    }

    private void addTotals(RecordingJob status) {
        conversations += n(status.totalConversations());
        recordings += n(status.totalRecordings());
        processed += n(status.totalProcessedRecordings());
        recordingsSkipped += n(status.totalSkippedRecordings());
        recordingsFailed += n(status.totalFailedRecordings());
    }

    private void failJob(String jobId, String state, String reason, List<String> ids) {
        LOG.warn("Recording job {} did not complete ({}): {}; {} conversation id(s) to retry",
                jobId == null ? "(not created)" : jobId, state, reason, ids.size());
        failedJobs.add(new ArchiveSummary.FailedJob(jobId, state, reason, ids));
        audit.write(AuditEvent.of(OPERATION, "job.failed", jobId == null ? "(not created)" : jobId)
                .withCounts(Map.of("conversationIds", (long) ids.size())).withError(state + ": " + reason));
    }

    private void logProgress(RunningJob job, RecordingJob status) {
        int percent = n(status.percentProgress());
        if (!String.valueOf(status.state()).equals(job.lastState) || percent != job.lastPercent) {
            LOG.info("Recording job {}: {} {}% ({} recording(s) processed of {})", job.id, status.state(), percent,
                    n(status.totalProcessedRecordings()), n(status.totalRecordings()));
            job.lastState = status.state();
            job.lastPercent = percent;
        }
    }

    /**
     * The organization's limit of concurrent recording jobs: a 429, or a 400/409 whose code or message names the
     * limit (the simulator answers {@code recording.job.concurrency.limit.exceeded}; the exact real code is not
     * documented).
     */
    static boolean isJobLimit(GenesysException e) {
        if (e.getStatus() == 429) {
            return true;
        }
        if (e.getStatus() != 400 && e.getStatus() != 409) {
            return false;
        }
        String code = e.getCode() == null ? "" : e.getCode().toLowerCase(Locale.ROOT);
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return code.contains("concurren") || code.contains("limit") || message.contains("concurrent");
    }
}
