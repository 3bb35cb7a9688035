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
package io.github.camelgenesys.client;

import java.io.IOException;
import java.time.Instant;

/**
 * One attempt that did not succeed: the outcome the {@link RetryPolicy} decides on, the reason a retry logs, the
 * token the attempt used (null when it got none), and the exception the call throws if the decision is to fail.
 */
record FailedAttempt(RetryPolicy.Outcome outcome, String reason, AccessToken token, Error error) {

    /** Builds the exception of a call that fails after this attempt. */
    @FunctionalInterface
    interface Error {
        GenesysException of(ClientCall call, RetryPolicy.Decision decision);
    }

    /** The token request failed with an I/O error: the API request was not sent, so any call may retry. */
    static FailedAttempt tokenUnreachable(IOException e) {
        return new FailedAttempt(
                new RetryPolicy.TokenUnreachable(),
                "token request " + e.getClass().getSimpleName(),
                null,
                (call, decision) -> connectionFailed(call.request(), "token request failed", e, call.attempts()));
    }

    /** The login host refused the token: busy (429/5xx, retried like an API call) or bad credentials (final). */
    static FailedAttempt tokenRefused(GenesysException e) {
        return new FailedAttempt(
                new RetryPolicy.TokenRefused(e.getStatus(), e.getRetryAfter()),
                "token request HTTP " + e.getStatus(),
                null,
                (call, decision) -> e);
    }

    /** The API request failed with an I/O error, possibly after it reached the server. */
    static FailedAttempt connectionFailed(IOException e, boolean idempotent, AccessToken token) {
        return new FailedAttempt(
                new RetryPolicy.ConnectionFailed(GenesysClient.mayHaveReachedServer(e), idempotent),
                describe(e),
                token,
                (call, decision) -> decision.reason() == RetryPolicy.FailReason.NOT_REPLAYED
                        ? notReplayed(call, e)
                        : connectionFailed(
                                call.request(),
                                "gave up after " + call.attempts() + " attempt(s)",
                                e,
                                call.attempts()));
    }

    /** The API answered with a non-2xx status. */
    static FailedAttempt answered(RawResponse response, AccessToken token, Instant now) {
        int status = response.status();
        return new FailedAttempt(
                new RetryPolicy.Answered(
                        status, response.header("Retry-After"), response.header("inin-ratelimit-reset"), now),
                String.valueOf(status),
                token,
                (call, decision) -> ErrorParser.parse(
                        call.request(),
                        status,
                        response.correlationId(),
                        response.body(),
                        decision.delay(),
                        call.attempts(),
                        failNote(call, decision)));
    }

    private static String failNote(ClientCall call, RetryPolicy.Decision decision) {
        return switch (decision.reason()) {
            case RETRY_AFTER_TOO_LONG ->
                "Retry-After " + decision.delay().toSeconds() + "s exceeds maxRetryAfter "
                        + call.policy().maxRetryAfter().toSeconds() + "s; not retried";
            case RETRIES_EXHAUSTED, RETRY_TIME_EXHAUSTED -> "gave up after " + call.attempts() + " attempt(s)";
            default -> null;
        };
    }

    private static GenesysException notReplayed(ClientCall call, IOException e) {
        return GenesysException.builder(
                        0,
                        GenesysException.CODE_NOT_REPLAYED,
                        call.request() + " failed after it may have reached the server (" + describe(e)
                                + "); not replayed because it is not idempotent")
                .cause(e)
                .attempts(call.attempts())
                .build();
    }

    static GenesysException connectionFailed(String request, String note, IOException e, int attempts) {
        return GenesysException.builder(
                        0,
                        GenesysException.CODE_CONNECTION_FAILED,
                        request + " failed: " + describe(e) + " (" + note + ")")
                .cause(e)
                .attempts(attempts)
                .build();
    }

    static GenesysException interrupted(String request) {
        Thread.currentThread().interrupt();
        return GenesysException.builder(0, GenesysException.CODE_INTERRUPTED, request + " interrupted")
                .build();
    }

    static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    }
}
