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
import java.util.ArrayList;
import java.util.List;

/**
 * What an archive exchange did. The counters are also set as headers ({@code CamelGenesysArchive*}).
 *
 * @param action                 ARCHIVE, DELETE or EXPORT
 * @param jobs                   recording jobs created
 * @param conversationsSubmitted conversation ids sent in job queries
 * @param conversations          conversations the jobs covered, as the API counted them (totalConversations)
 * @param conversationsSkipped   ids skipped: already in the idempotent repository, or repeated in the input
 * @param recordings             recordings the jobs covered (totalRecordings)
 * @param recordingsProcessed    recordings processed (totalProcessedRecordings)
 * @param recordingsSkipped      recordings the API skipped (totalSkippedRecordings)
 * @param recordingsFailed       recordings that failed (totalFailedRecordings)
 * @param failedJobs             jobs that ended FAILED or CANCELLED, or could not be created or followed
 * @param failedRecordings       recordings listed by {@code failedrecordings} of the jobs
 * @param notEligible            conversation ids a fulfilled job did not act on (the recording is younger than the
 *                               job query's inclusion lag, up to 48 h, or outside the job interval): not recorded as
 *                               done, a later run retries them
 * @param unknown                conversation ids the API does not know (404): not recorded as done
 * @param durationMs             wall time of the exchange
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchiveSummary(
        String action,
        int jobs,
        long conversationsSubmitted,
        long conversations,
        long conversationsSkipped,
        long recordings,
        long recordingsProcessed,
        long recordingsSkipped,
        long recordingsFailed,
        List<FailedJob> failedJobs,
        List<FailedRecording> failedRecordings,
        List<String> notEligible,
        List<String> unknown,
        long durationMs) {

    public ArchiveSummary {
        failedJobs = List.copyOf(failedJobs);
        failedRecordings = List.copyOf(failedRecordings);
        notEligible = List.copyOf(notEligible);
        unknown = List.copyOf(unknown);
    }

    /** A job that did not complete, with the conversation ids it carried (empty for selection=query). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FailedJob(String jobId, String state, String reason, List<String> conversationIds) {
        public FailedJob {
            conversationIds = List.copyOf(conversationIds);
        }
    }

    /** A recording a job failed on; {@code reason} is the job's error message when the API gave one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FailedRecording(String jobId, String conversationId, String recordingId, String reason) {}

    /** True when every job completed and no recording failed. */
    public boolean isComplete() {
        return failedJobs.isEmpty() && failedRecordings.isEmpty() && recordingsFailed == 0;
    }

    /** Every conversation id of a failed job or a failed recording, without repeats, in order. */
    public List<String> failedConversationIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        failedJobs.forEach(j -> ids.addAll(j.conversationIds()));
        failedRecordings.forEach(r -> {
            if (r.conversationId() != null) {
                ids.add(r.conversationId());
            }
        });
        return List.copyOf(ids);
    }

    /** Adds two summaries (e.g. the exchanges of a streaming split); the durations add up. */
    public ArchiveSummary plus(ArchiveSummary other) {
        if (other == null) {
            return this;
        }
        List<FailedJob> jobsFailed = new ArrayList<>(failedJobs);
        jobsFailed.addAll(other.failedJobs);
        List<FailedRecording> recs = new ArrayList<>(failedRecordings);
        recs.addAll(other.failedRecordings);
        List<String> young = new ArrayList<>(notEligible);
        young.addAll(other.notEligible);
        List<String> unknownIds = new ArrayList<>(unknown);
        unknownIds.addAll(other.unknown);
        return new ArchiveSummary(
                action,
                jobs + other.jobs,
                conversationsSubmitted + other.conversationsSubmitted,
                conversations + other.conversations,
                conversationsSkipped + other.conversationsSkipped,
                recordings + other.recordings,
                recordingsProcessed + other.recordingsProcessed,
                recordingsSkipped + other.recordingsSkipped,
                recordingsFailed + other.recordingsFailed,
                jobsFailed,
                recs,
                young,
                unknownIds,
                durationMs + other.durationMs);
    }
}
