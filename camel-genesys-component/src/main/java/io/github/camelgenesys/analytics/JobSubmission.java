package io.github.camelgenesys.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code AsyncQueryResponse}: the id of a submitted job. */
@JsonIgnoreProperties(ignoreUnknown = true)
record JobSubmission(String jobId) {
}
