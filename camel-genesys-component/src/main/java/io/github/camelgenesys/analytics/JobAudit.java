package io.github.camelgenesys.analytics;

import java.util.Map;

import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;

/**
 * Writes the analytics audit events: job.submitted, job.completed, job.failed, job.cancelled for details jobs;
 * query.completed and aggregates.completed for the synchronous queries.
 */
final class JobAudit {

    private static final String OPERATION = "analytics";

    private final AuditSink sink;

    JobAudit(AuditSink sink) {
        this.sink = sink;
    }

    void submitted(String jobId, String queryHash, long submission) {
        sink.write(AuditEvent.of(OPERATION, "job.submitted", jobId).withQueryHash(queryHash)
                .withCounts(Map.of("submission", submission)));
    }

    void completed(String jobId, String queryHash, long latencyMs, Map<String, Long> counts) {
        sink.write(AuditEvent.of(OPERATION, "job.completed", jobId).withQueryHash(queryHash).withLatencyMs(latencyMs)
                .withCounts(counts));
    }

    void failed(String jobId, String queryHash, long latencyMs, String error) {
        sink.write(AuditEvent.of(OPERATION, "job.failed", jobId).withQueryHash(queryHash).withLatencyMs(latencyMs)
                .withError(error));
    }

    void cancelled(String jobId, String queryHash, long latencyMs) {
        sink.write(AuditEvent.of(OPERATION, "job.cancelled", jobId).withQueryHash(queryHash)
                .withLatencyMs(latencyMs));
    }

    /** A synchronous query finished (mode=query or aggregates). */
    void query(String event, String queryHash, long latencyMs, Map<String, Long> counts) {
        sink.write(AuditEvent.of(OPERATION, event, null).withQueryHash(queryHash).withLatencyMs(latencyMs)
                .withCounts(counts));
    }
}
