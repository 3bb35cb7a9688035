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
package io.github.camelgenesys.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * One audit record: what happened to which Genesys object, how long it took and what it counted.
 *
 * @param timestamp when the event happened
 * @param operation the endpoint operation, e.g. {@code analytics} or {@code messaging}
 * @param event     what happened, e.g. {@code job.submitted}, {@code sync.completed}, {@code sync.failed}
 * @param subject   the id of the job or conversation concerned
 * @param queryHash a hash of the query that was submitted, when there is one (never the query's credentials)
 * @param latencyMs the time the step took, when known
 * @param counts    counters, e.g. {@code conversations}, {@code messages}, {@code pages}
 * @param error     a short error description, for failures
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(
        Instant timestamp,
        String operation,
        String event,
        String subject,
        String queryHash,
        Long latencyMs,
        Map<String, Long> counts,
        String error) {

    public AuditEvent {
        counts = counts == null ? null : Map.copyOf(counts);
    }

    public static AuditEvent of(String operation, String event, String subject) {
        return new AuditEvent(Instant.now(), operation, event, subject, null, null, null, null);
    }

    public AuditEvent withQueryHash(String hash) {
        return new AuditEvent(timestamp, operation, event, subject, hash, latencyMs, counts, error);
    }

    public AuditEvent withLatencyMs(long latency) {
        return new AuditEvent(timestamp, operation, event, subject, queryHash, latency, counts, error);
    }

    public AuditEvent withCounts(Map<String, Long> newCounts) {
        return new AuditEvent(timestamp, operation, event, subject, queryHash, latencyMs, newCounts, error);
    }

    public AuditEvent withError(String message) {
        return new AuditEvent(timestamp, operation, event, subject, queryHash, latencyMs, counts, message);
    }
}
