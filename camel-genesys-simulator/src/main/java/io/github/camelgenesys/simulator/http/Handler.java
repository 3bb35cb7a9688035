package io.github.camelgenesys.simulator.http;

/** Serves one endpoint. Throw {@link ApiError} for an error response. */
@FunctionalInterface
public interface Handler {
    ApiResponse handle(ApiRequest request);
}
