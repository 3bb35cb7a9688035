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
import static io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob.n;

import io.github.camelgenesys.archive.RecordingJobsApi.FailedRecordingListing;
import io.github.camelgenesys.archive.RecordingJobsApi.RecordingJob;
import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.TimeSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the recording jobs of one archive exchange came to: the totals of their final status, the jobs and
 * recordings that failed, the conversations not eligible yet or unknown. Records the conversations of a FULFILLED job
 * as done when the job really acted on them, and builds the {@link ArchiveSummary}. Used by one step of the run at a
 * time (not thread-safe).
 */
final class JobOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(JobOutcomes.class);
    private static final String OPERATION = "archive";
    private static final int FAILED_RECORDINGS_PAGE_SIZE = 100;
    private static final int MAX_FAILED_RECORDING_PAGES = 1000;

    private final GenesysClient client;
    private final ArchiveOptions options;
    private final AuditSink audit;
    private final RecordingCheck check;
    private final TimeSource time;

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

    JobOutcomes(GenesysClient client, ArchiveOptions options, AuditSink audit) {
        this.client = client;
        this.options = options;
        this.audit = audit;
        this.check = new RecordingCheck(client, options.action());
        this.time = client.timeSource();
    }

    /** A job was created for {@code conversationIds} ids. */
    void created(int conversationIds) {
        jobs++;
        submitted += conversationIds;
    }

    /** A job remembered from an earlier run is followed. */
    void followed() {
        jobs++;
    }

    /** A job ended FAILED or CANCELLED on the server. */
    void ended(String jobId, List<String> ids, String state, RecordingJob status) {
        addTotals(status);
        readFailedRecordings(jobId, status);
        failJob(jobId, state, status.errorMessage() != null ? status.errorMessage() : "job " + state, ids);
    }

    ArchiveSummary summary(long conversationsSkipped, long durationMs) {
        return new ArchiveSummary(
                options.action(),
                jobs,
                submitted,
                conversations,
                conversationsSkipped,
                recordings,
                processed,
                recordingsSkipped,
                recordingsFailed,
                failedJobs,
                failedRecordings,
                notEligible,
                unknown,
                durationMs);
    }

    /**
     * A FULFILLED job acted on the recordings it matched, and it matches only recordings the data lake already
     * holds (up to 48 h after they were made) inside its interval. An id is recorded as done only when the job
     * matched every conversation it was given (totalConversations), or, when it matched fewer, when the
     * conversation's recordings show the action or it has none ({@link RecordingCheck}: one request per id). The
     * others are reported as not eligible (retried by a later run) or unknown.
     */
    void fulfilled(String jobId, List<String> ids, long createdNanos, RecordingJob status) {
        addTotals(status);
        Set<String> failedConversations = readFailedRecordings(jobId, status);
        int failed = n(status.totalFailedRecordings());
        boolean allIdentified = countFailedOf(jobId) >= failed;
        if (failed > 0 && !allIdentified) {
            failJob(
                    jobId,
                    "FULFILLED",
                    failed + " recording(s) failed and the API did not list them all; the job's"
                            + " conversations are not recorded as done",
                    ids);
        } else if (!ids.isEmpty()) {
            boolean matchedAll = n(status.totalConversations()) >= ids.size();
            int young = 0;
            int strangers = 0;
            for (String id : ids) {
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
                LOG.warn(
                        "Recording job {} matched {} of {} conversation(s): {} not eligible yet (recording younger"
                                + " than the inclusion lag of up to 48 h, or outside the job interval), {} unknown; not"
                                + " recorded as done",
                        jobId,
                        n(status.totalConversations()),
                        ids.size(),
                        young,
                        strangers);
            }
        }
        audit.write(AuditEvent.of(OPERATION, "job.fulfilled", jobId)
                .withLatencyMs((time.nanoTime() - createdNanos) / 1_000_000)
                .withCounts(Map.of(
                        "conversations",
                        (long) n(status.totalConversations()),
                        "recordingsProcessed",
                        (long) n(status.totalProcessedRecordings()),
                        "recordingsSkipped",
                        (long) n(status.totalSkippedRecordings()),
                        "recordingsFailed",
                        (long) failed)));
    }

    private long countFailedOf(String jobId) {
        return failedRecordings.stream().filter(r -> jobId.equals(r.jobId())).count();
    }

    /** Reads {@code failedrecordings} when the job reports failures; returns their conversation ids. */
    private Set<String> readFailedRecordings(String jobId, RecordingJob status) {
        Set<String> conversationIds = new HashSet<>();
        if (n(status.totalFailedRecordings()) == 0) {
            return conversationIds;
        }
        String reason = status.errorMessage() != null ? status.errorMessage() : "failed in job " + jobId;
        try {
            for (int page = 1; page <= MAX_FAILED_RECORDING_PAGES; page++) {
                FailedRecordingListing listing = client.get(
                                JOBS + "/" + jobId + "/failedrecordings",
                                Map.of("pageSize", FAILED_RECORDINGS_PAGE_SIZE, "pageNumber", page),
                                FailedRecordingListing.class)
                        .body();
                if (listing == null
                        || listing.entities() == null
                        || listing.entities().isEmpty()) {
                    break;
                }
                for (RecordingJobsApi.FailedRecording f : listing.entities()) {
                    String conversationId =
                            f.conversation() == null ? null : f.conversation().id();
                    String recordingId =
                            f.recording() == null ? null : f.recording().id();
                    failedRecordings.add(
                            new ArchiveSummary.FailedRecording(jobId, conversationId, recordingId, reason));
                    if (conversationId != null) {
                        conversationIds.add(conversationId);
                    }
                }
                if (listing.pageCount() != null && page >= listing.pageCount()) {
                    break;
                }
            }
        } catch (GenesysException e) {
            LOG.warn("Failed recordings of job {} not readable: {}", jobId, e.getMessage());
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

    void failJob(String jobId, String state, String reason, List<String> ids) {
        LOG.warn(
                "Recording job {} did not complete ({}): {}; {} conversation id(s) to retry",
                jobId == null ? "(not created)" : jobId,
                state,
                reason,
                ids.size());
        failedJobs.add(new ArchiveSummary.FailedJob(jobId, state, reason, ids));
        audit.write(AuditEvent.of(OPERATION, "job.failed", jobId == null ? "(not created)" : jobId)
                .withCounts(Map.of("conversationIds", (long) ids.size()))
                .withError(state + ": " + reason));
    }
}
