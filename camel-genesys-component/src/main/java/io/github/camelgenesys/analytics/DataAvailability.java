package io.github.camelgenesys.analytics;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /api/v2/analytics/conversations/details/jobs/availability}: the data lake watermark. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DataAvailability(Instant dataAvailabilityDate) {
}
