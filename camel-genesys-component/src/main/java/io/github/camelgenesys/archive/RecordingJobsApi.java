package io.github.camelgenesys.archive;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the recording bulk-job API shapes the archive producer reads (unknown fields ignored). */
final class RecordingJobsApi {

    static final String JOBS = "/api/v2/recording/jobs";

    private RecordingJobsApi() {
    }

    /** {@code RecordingJob}; states PENDING, READY, PROCESSING, FULFILLED, CANCELLED, FAILED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordingJob(String id, String state, Integer totalConversations, Integer totalRecordings,
            Integer totalSkippedRecordings, Integer totalFailedRecordings, Integer totalProcessedRecordings,
            Integer percentProgress, String errorMessage) {

        boolean isFinished() {
            return "FULFILLED".equals(state) || "FAILED".equals(state) || "CANCELLED".equals(state);
        }

        static int n(Integer value) {
            return value == null ? 0 : value;
        }
    }

    /** {@code FailedRecordingEntityListing} of {@code GET /api/v2/recording/jobs/{id}/failedrecordings}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FailedRecordingListing(List<FailedRecording> entities, Integer pageCount, Integer pageNumber, String nextUri) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FailedRecording(EntityRef conversation, EntityRef recording) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityRef(String id) {
    }

    /** The body of {@code PUT /api/v2/recording/jobs/{id}} that executes a READY job. */
    record Execute(String state) {
        static final Execute PROCESSING = new Execute("PROCESSING");
    }
}
