package io.github.camelgenesys.analytics;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code AsyncQueryStatus}: QUEUED, PENDING, FAILED, CANCELLED, FULFILLED or EXPIRED. */
@JsonIgnoreProperties(ignoreUnknown = true)
record JobStatus(String state, String errorMessage, Instant submissionDate, Instant completionDate,
                 Instant expirationDate) {

    boolean isRunning() {
        return "QUEUED".equals(state) || "PENDING".equals(state);
    }

    boolean isFulfilled() {
        return "FULFILLED".equals(state);
    }
}
