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
package io.github.camelgenesys.analytics;

import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import java.util.Map;

/**
 * Writes the analytics audit events: job.submitted, job.completed, job.failed, job.cancelled for details jobs (a
 * submission the API refused is a job.failed with subject {@value #NOT_SUBMITTED}); query.completed / query.failed and
 * aggregates.completed / aggregates.failed for the synchronous queries. Each job and query ends with exactly one of
 * them.
 */
final class JobAudit {

    private static final String OPERATION = "analytics";
    static final String NOT_SUBMITTED = "(not submitted)";

    private final AuditSink sink;

    JobAudit(AuditSink sink) {
        this.sink = sink;
    }

    void submitted(String jobId, String queryHash, long submission) {
        sink.write(AuditEvent.of(OPERATION, "job.submitted", jobId)
                .withQueryHash(queryHash)
                .withCounts(Map.of("submission", submission)));
    }

    void completed(String jobId, String queryHash, long latencyMs, Map<String, Long> counts) {
        sink.write(AuditEvent.of(OPERATION, "job.completed", jobId)
                .withQueryHash(queryHash)
                .withLatencyMs(latencyMs)
                .withCounts(counts));
    }

    void failed(String jobId, String queryHash, long latencyMs, String error) {
        sink.write(AuditEvent.of(OPERATION, "job.failed", jobId)
                .withQueryHash(queryHash)
                .withLatencyMs(latencyMs)
                .withError(error));
    }

    /** The API refused the job's submission (or its answer had no job id): the job never existed. */
    void submissionFailed(String queryHash, long latencyMs, String error) {
        failed(NOT_SUBMITTED, queryHash, latencyMs, error);
    }

    void cancelled(String jobId, String queryHash, long latencyMs) {
        sink.write(AuditEvent.of(OPERATION, "job.cancelled", jobId)
                .withQueryHash(queryHash)
                .withLatencyMs(latencyMs));
    }

    /** A synchronous query finished (mode=query or aggregates): query.completed, aggregates.completed. */
    void query(String event, String queryHash, long latencyMs, Map<String, Long> counts) {
        sink.write(AuditEvent.of(OPERATION, event, null)
                .withQueryHash(queryHash)
                .withLatencyMs(latencyMs)
                .withCounts(counts));
    }

    /** A synchronous query failed: query.failed, aggregates.failed. */
    void queryFailed(String event, String queryHash, long startNanos, Exception error) {
        sink.write(AuditEvent.of(OPERATION, event, null)
                .withQueryHash(queryHash)
                .withLatencyMs((System.nanoTime() - startNanos) / 1_000_000)
                .withError(describe(error)));
    }

    static String describe(Exception error) {
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }
}
