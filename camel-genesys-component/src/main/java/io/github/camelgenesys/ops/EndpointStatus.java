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
package io.github.camelgenesys.ops;

import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import io.github.camelgenesys.client.GenesysException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one endpoint did, for health checks, the dev console and meters: records delivered, failures (and how many in
 * a row), the last error, and the async jobs (recording bulk jobs, analytics details jobs) it is following now.
 * Consumers and producers update it with one call where a record is delivered, an error is caught or a job starts
 * or ends; it never sends a request. Thread-safe. Holds no secret: error texts come from exception messages, which
 * this component never writes secrets into (the health check and console also mask the endpoint's secret).
 */
public final class EndpointStatus {

    /** An error an endpoint met: when, and its description (type, HTTP status and code when known, message). */
    public record LastError(Instant at, String text) {}

    private final LongAdder delivered = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final Set<String> jobsInFlight = ConcurrentHashMap.newKeySet();
    private volatile LastError lastError;
    private volatile Instant lastSuccess;

    /**
     * A poll or an exchange succeeded and delivered {@code records} (a consumer's messages; 1 for a producer's
     * exchange); resets the failures in a row.
     */
    public void delivered(long records) {
        if (records > 0) {
            delivered.add(records);
        }
        lastSuccess = Instant.now();
        consecutiveFailures.set(0);
    }

    /** A poll or an exchange failed with {@code error}. */
    public void failed(Throwable error) {
        failed(describe(error));
    }

    private void failed(String text) {
        noted(text);
        consecutiveFailures.incrementAndGet();
    }

    /**
     * An error that did not fail the poll or exchange by itself (a job that failed and is submitted again): counted
     * and kept as the last error, without adding to the failures in a row.
     */
    private void noted(String text) {
        failures.increment();
        lastError = new LastError(Instant.now(), text);
    }

    /** A producer's exchange ended: with {@code failure} (null = completed). */
    public void exchangeDone(Throwable failure) {
        if (failure == null) {
            delivered(1);
        } else {
            failed(failure);
        }
    }

    /** An async job was created (or followed again after a restart). */
    public void jobStarted(String jobId) {
        if (jobId != null) {
            jobsInFlight.add(jobId);
        }
    }

    /** An async job ended (completed, failed or cancelled). */
    public void jobEnded(String jobId) {
        if (jobId != null) {
            jobsInFlight.remove(jobId);
        }
    }

    /** Forgets the jobs in flight (the endpoint stopped: its jobs were ended or are followed again on restart). */
    public void stopped() {
        jobsInFlight.clear();
    }

    /**
     * The sink that also tells this status about the job and sync events written to {@code audit} (job created,
     * followed, submitted, completed, fulfilled, failed, cancelled; sync completed or failed), so that the operations
     * that audit their jobs need no other call.
     */
    public AuditSink observe(AuditSink audit) {
        return new AuditSink() {
            @Override
            public void write(AuditEvent event) {
                onAudit(event);
                audit.write(event);
            }

            @Override
            public void close() {
                audit.close();
            }
        };
    }

    void onAudit(AuditEvent event) {
        String name = event.event() == null ? "" : event.event();
        switch (name) {
            case "job.created", "job.followed", "job.submitted" -> jobStarted(event.subject());
            case "job.completed", "job.fulfilled", "job.cancelled" -> jobEnded(event.subject());
            case "job.failed" -> {
                jobEnded(event.subject());
                noted(event.operation() + " " + name + " " + event.subject() + ": " + event.error());
            }
            // messaging audits each exchange: its outcome is the exchange's
            case "sync.completed" -> delivered(1);
            case "sync.failed" -> failed(event.operation() + " " + name + " " + event.subject() + ": " + event.error());
            default -> {
                // other events (sync.started, query.completed, ...) carry nothing the status keeps
            }
        }
    }

    public long delivered() {
        return delivered.sum();
    }

    public long failures() {
        return failures.sum();
    }

    /** Failures since the last success (0 after a success). */
    public int consecutiveFailures() {
        return consecutiveFailures.get();
    }

    /** The last error, or null when none happened. It stays after a success, with its time. */
    public LastError lastError() {
        return lastError;
    }

    /** When a poll or exchange last succeeded, or null. */
    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** Ids of the async jobs in flight, sorted. */
    public List<String> jobsInFlight() {
        return jobsInFlight.stream().sorted().toList();
    }

    /** The description of an error shown in health checks and the dev console. */
    public static String describe(Throwable error) {
        if (error instanceof GenesysException g) {
            return (g.getStatus() > 0 ? "HTTP " + g.getStatus() + " " : "") + g.getCode() + ": " + g.getMessage();
        }
        return error.getClass().getSimpleName() + (error.getMessage() != null ? ": " + error.getMessage() : "");
    }

    @Override
    public String toString() {
        return "EndpointStatus[delivered=" + delivered() + ", failures=" + failures() + ", consecutiveFailures="
                + consecutiveFailures() + ", jobsInFlight=" + jobsInFlight.size() + "]";
    }
}
