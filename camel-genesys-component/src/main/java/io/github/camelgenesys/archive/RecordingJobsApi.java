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

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parts of the recording bulk-job API shapes the archive producer reads (unknown fields ignored). */
final class RecordingJobsApi {

    static final String JOBS = "/api/v2/recording/jobs";

    private RecordingJobsApi() {}

    /** {@code RecordingJob}; states PENDING, READY, PROCESSING, FULFILLED, CANCELLED, FAILED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordingJob(
            String id,
            String state,
            Integer totalConversations,
            Integer totalRecordings,
            Integer totalSkippedRecordings,
            Integer totalFailedRecordings,
            Integer totalProcessedRecordings,
            Integer percentProgress,
            String errorMessage,
            JsonNode recordingJobsQuery) {

        /** The conversation ids of the job's conversationId predicates (how a remembered job is followed). */
        List<String> conversationIds() {
            List<String> ids = new ArrayList<>();
            if (recordingJobsQuery != null) {
                for (JsonNode filter :
                        recordingJobsQuery.path("conversationQuery").path("conversationFilters")) {
                    for (JsonNode predicate : filter.path("predicates")) {
                        if ("conversationId".equals(predicate.path("dimension").asText())
                                && predicate.hasNonNull("value")) {
                            ids.add(predicate.get("value").asText());
                        }
                    }
                }
            }
            return ids;
        }

        /** The API allows cancelling (DELETE) a job that has not started processing. */
        boolean isCancellable() {
            return "PENDING".equals(state) || "READY".equals(state);
        }

        boolean isFinished() {
            return "FULFILLED".equals(state) || "FAILED".equals(state) || "CANCELLED".equals(state);
        }

        static int n(Integer value) {
            return value == null ? 0 : value;
        }
    }

    /** {@code FailedRecordingEntityListing} of {@code GET /api/v2/recording/jobs/{id}/failedrecordings}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FailedRecordingListing(
            List<FailedRecording> entities, Integer pageCount, Integer pageNumber, String nextUri) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FailedRecording(EntityRef conversation, EntityRef recording) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntityRef(String id) {}

    /** One {@code Recording} of {@code GET /api/v2/conversations/{id}/recordings}: the dates a job sets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Recording(
            String id,
            String fileState,
            String archiveDate,
            String deleteDate,
            String exportDate,
            String exportedDate) {

        /** Whether the recording shows the result of the action (its date is set, or its state says so). */
        boolean shows(String action) {
            return switch (action) {
                case "ARCHIVE" -> archiveDate != null || "ARCHIVED".equals(fileState);
                case "DELETE" -> deleteDate != null || "DELETED".equals(fileState);
                case "EXPORT" -> exportDate != null || exportedDate != null;
                default -> false;
            };
        }
    }

    /** The body of {@code PUT /api/v2/recording/jobs/{id}} that executes a READY job. */
    record Execute(String state) {
        static final Execute PROCESSING = new Execute("PROCESSING");
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
