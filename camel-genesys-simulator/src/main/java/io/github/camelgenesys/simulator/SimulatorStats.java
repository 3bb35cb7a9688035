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
package io.github.camelgenesys.simulator;

import java.util.Map;

/**
 * A snapshot of what the simulator served; the same data as {@code GET /__admin/genesys/stats}.
 *
 * @param requests             per endpoint ({@code "POST /api/v2/analytics/conversations/details/query"}), per HTTP status
 * @param rateLimited429       429 answers sent by the per-token rate limit (and by scripted 429 faults)
 * @param tokensIssued         access tokens issued by {@code POST /oauth/token}
 * @param detailJobsByState    async details jobs by current state
 * @param recordingJobsByState recording bulk jobs by current state
 * @param maxConcurrentRecordingJobs peak number of recording jobs in PENDING or PROCESSING at the same time
 * @param recordings           per recording id, how often it was archived, deleted and exported by a job
 */
public record SimulatorStats(
        Map<String, Map<Integer, Long>> requests,
        long rateLimited429,
        long tokensIssued,
        Map<String, Long> detailJobsByState,
        Map<String, Long> recordingJobsByState,
        int maxConcurrentRecordingJobs,
        Map<String, RecordingActions> recordings,
        long recordingsArchived,
        long recordingsArchivedMoreThanOnce,
        long recordingsDeleted,
        long recordingsDeletedMoreThanOnce,
        long recordingsExported,
        long recordingsExportedMoreThanOnce) {

    /** How often one recording was acted on by recording jobs. */
    public record RecordingActions(int archived, int deleted, int exported) {}

    static SimulatorStats of(
            Map<String, Map<Integer, Long>> requests,
            long rateLimited,
            long tokens,
            Map<String, Long> detailJobs,
            Map<String, Long> recordingJobs,
            int maxConcurrent,
            Map<String, RecordingActions> recordings) {
        return new SimulatorStats(
                requests,
                rateLimited,
                tokens,
                detailJobs,
                recordingJobs,
                maxConcurrent,
                recordings,
                recordings.values().stream().filter(r -> r.archived() > 0).count(),
                recordings.values().stream().filter(r -> r.archived() > 1).count(),
                recordings.values().stream().filter(r -> r.deleted() > 0).count(),
                recordings.values().stream().filter(r -> r.deleted() > 1).count(),
                recordings.values().stream().filter(r -> r.exported() > 0).count(),
                recordings.values().stream().filter(r -> r.exported() > 1).count());
    }

    /** Requests served on an endpoint (e.g. {@code "POST /oauth/token"}) with any status. */
    public long requestCount(String endpoint) {
        return requests.getOrDefault(endpoint, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Requests served on an endpoint with this status. */
    public long requestCount(String endpoint, int status) {
        return requests.getOrDefault(endpoint, Map.of()).getOrDefault(status, 0L);
    }
}
