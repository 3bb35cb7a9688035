package io.github.camelgenesys.analytics;

import java.util.Map;

import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;

/** Writes the audit events of details jobs: job.submitted, job.completed, job.failed, job.cancelled. */
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

    void query(String event, String queryHash, long latencyMs, Map<String, Long> counts, String error) {
        AuditEvent e = AuditEvent.of(OPERATION, event, null).withQueryHash(queryHash).withLatencyMs(latencyMs)
                .withCounts(counts);
        sink.write(error == null ? e : e.withError(error));
    }
}
