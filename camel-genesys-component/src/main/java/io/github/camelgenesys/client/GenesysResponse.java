package io.github.camelgenesys.client;

import java.util.Map;

/**
 * A successful API response.
 *
 * @param status        HTTP status (2xx)
 * @param body          the deserialized body, {@code null} for an empty body (e.g. 204)
 * @param correlationId the {@code ININ-Correlation-Id} response header, may be null
 * @param headers       response headers (case-insensitive keys; the last value wins for repeated headers)
 */
public record GenesysResponse<T>(int status, T body, String correlationId, Map<String, String> headers) {
}
