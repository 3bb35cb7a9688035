package io.github.camelgenesys.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.archive.RecordingJobsApi.FailedRecordingListing;
import io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob;
import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelgenesys.archive.RecordingJobsApi.JOBS;
import static io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob.n;

/**
 * One archive exchange: takes chunks one at a time, keeps up to {@code maxConcurrentJobs} recording jobs in flight
 * (create → wait for READY → execute → poll to FULFILLED or FAILED), starts the next chunk as soon as a slot frees,
 * and waits (instead of failing) when the organization's job limit is reached. Only the chunks in flight and the one
 * waiting for a slot are held in memory.
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

    private final class RunningJob {
        final String id;
        final List<String> ids;
        boolean executed;
        int lastPercent = -1;
        String lastState;
        int pollFailures;
        final long createdNanos = System.nanoTime();

        RunningJob(String id, List<String> ids) {
            this.id = id;
            this.ids = ids;
        }
    }

    private final GenesysClient client;
    private final ArchiveOptions options;
    private final Semaphore slots;
    private final AuditSink audit;

    private int jobs;
    private long submitted;
    private long conversations;
    private long recordings;
    private long processed;
    private long recordingsSkipped;
    private long recordingsFailed;
    private final List<ArchiveSummary.FailedJob> failedJobs = new ArrayList<>();
    private final List<ArchiveSummary.FailedRecording> failedRecordings = new ArrayList<>();

    ArchiveRun(GenesysClient client, ArchiveOptions options, Semaphore slots, AuditSink audit) {
        this.client = client;
        this.options = options;
        this.slots = slots;
        this.audit = audit;
    }

    /**
     * Runs every chunk to completion.
     *
     * @throws ArchiveException     when an error stopped the run (jobs already in flight are followed to the end)
     * @throws InterruptedException when the thread was interrupted while waiting
     */
    ArchiveSummary run(ChunkSource chunks) throws InterruptedException {
        long started = System.nanoTime();
        List<RunningJob> inFlight = new ArrayList<>();
        Set<String> idsInFlight = new HashSet<>();
        Chunk pending = null;
        boolean exhausted = false;
        RuntimeException fatal = null;
        try {
            while (true) {
                boolean limitReached = false;
                while (fatal == null && !limitReached) {
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
                    } catch (GenesysException e) {
                        slots.release();
                        if (isJobLimit(e)) {
                            limitReached = true;
                            LOG.info("Recording job limit of the organization reached ({}); retrying in {} ms",
                                    e.getCode(), options.pollInterval().toMillis());
                        } else if (GenesysException.CODE_NOT_REPLAYED.equals(e.getCode())) {
                            failJob(null, "NOT_CREATED", e.getMessage(), pending.ids());
                            pending = null;
                        } else {
                            fatal = e;
                        }
                    }
                }
                if (inFlight.isEmpty() && (fatal != null || (pending == null && exhausted))) {
                    break;
                }
                Thread.sleep(options.pollInterval().toMillis());
                Iterator<RunningJob> it = inFlight.iterator();
                while (it.hasNext()) {
                    RunningJob job = it.next();
                    if (poll(job)) {
                        it.remove();
                        job.ids.forEach(idsInFlight::remove);
                        slots.release();
                    }
                }
            }
        } finally {
            // interrupted: the jobs keep running on the server, but this exchange no longer holds their slots
            slots.release(inFlight.size());
        }
        if (fatal != null && pending != null) {
            failJob(null, "NOT_CREATED", "not submitted: the run stopped", pending.ids());
        }
        ArchiveSummary summary = new ArchiveSummary(options.action(), jobs, submitted, conversations,
                chunks.skipped(), recordings, processed, recordingsSkipped, recordingsFailed, failedJobs,
                failedRecordings, (System.nanoTime() - started) / 1_000_000);
        LOG.info("Recording {} finished: {} job(s), {} conversation(s), {} recording(s) processed, {} skipped,"
                + " {} failed, {} conversation id(s) skipped, {} ms", options.action(), summary.jobs(),
                summary.conversations(), summary.recordingsProcessed(), summary.recordingsSkipped(),
                summary.recordingsFailed(), summary.conversationsSkipped(), summary.durationMs());
        if (fatal != null) {
            throw new ArchiveException(summary, fatal);
        }
        return summary;
    }

    private RunningJob create(Chunk chunk) {
        RecordingJob created = client.postCreate(JOBS, chunk.body(), RecordingJob.class).body();
        if (created == null || created.id() == null) {
            throw GenesysException.builder(0, GenesysException.CODE_INVALID_RESPONSE,
                    "POST " + JOBS + " returned no job id").build();
        }
        jobs++;
        submitted += chunk.ids().size();
        LOG.info("Recording job {} created: {} of {} conversation(s), state {}", created.id(), options.action(),
                chunk.ids().isEmpty() ? "the query's" : String.valueOf(chunk.ids().size()), created.state());
        audit.write(AuditEvent.of(OPERATION, "job.created", created.id())
                .withCounts(Map.of("conversationIds", (long) chunk.ids().size())));
        RunningJob job = new RunningJob(created.id(), chunk.ids());
        job.lastState = created.state();
        return job;
    }

    /** Polls one job and moves it on; true when it is finished (successfully or not). */
    private boolean poll(RunningJob job) {
        RecordingJob status;
        try {
            status = client.get(JOBS + "/" + job.id, null, RecordingJob.class).body();
            job.pollFailures = 0;
        } catch (GenesysException e) {
            if (e.getStatus() == 404 || ++job.pollFailures >= MAX_POLL_FAILURES) {
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
            case "READY":
                return !job.executed && !execute(job);
            case "FULFILLED":
                fulfilled(job, status);
                return true;
            case "FAILED", "CANCELLED":
                addTotals(status);
                readFailedRecordings(job, status);
                failJob(job.id, state, status.errorMessage() != null ? status.errorMessage() : "job " + state,
                        job.ids);
                return true;
            default:
                return false;
        }
    }

    /** PUT state PROCESSING; false when the job had to be given up. */
    private boolean execute(RunningJob job) {
        try {
            client.put(JOBS + "/" + job.id, RecordingJobsApi.Execute.PROCESSING, Void.class);
            job.executed = true;
            LOG.info("Recording job {} executing", job.id);
            return true;
        } catch (GenesysException e) {
            if (isJobLimit(e)) {
                LOG.info("Recording job {} is READY but the organization's job limit is reached; retrying", job.id);
                return true;
            }
            failJob(job.id, "READY", "execution refused: " + e.getMessage(), job.ids);
            return false;
        }
    }

    private void fulfilled(RunningJob job, RecordingJob status) {
        addTotals(status);
        Set<String> failedConversations = readFailedRecordings(job, status);
        int failed = n(status.totalFailedRecordings());
        boolean allIdentified = countFailedOf(job) >= failed;
        if (failed > 0 && !allIdentified) {
            failJob(job.id, "FULFILLED", failed + " recording(s) failed and the API did not list them all; the job's"
                    + " conversations are not recorded as done", job.ids);
        } else if (options.idempotentRepository() != null) {
            for (String id : job.ids) {
                if (!failedConversations.contains(id)) {
                    options.idempotentRepository().add(options.idempotencyKey(id));
                }
            }
        }
        audit.write(AuditEvent.of(OPERATION, "job.fulfilled", job.id)
                .withLatencyMs((System.nanoTime() - job.createdNanos) / 1_000_000)
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
