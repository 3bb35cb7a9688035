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

import io.github.camelgenesys.client.model.ErrorBody;
import java.time.Duration;
import java.util.List;

/**
 * A failed Genesys Cloud call: an error response from the API or login host, or a transport failure after the
 * retry policy gave up. It is a plain {@link RuntimeException} (no Camel types), so routes match it by class:
 * {@code onException(GenesysException.class)}.
 * <p>
 * {@link #getStatus()} is the HTTP status, or {@code 0} when no response was received. {@link #getCode()} is the
 * Genesys error code (e.g. {@code too.many.requests.retry.after}) or one of the {@code client.*} codes below.
 * Messages never contain credentials or tokens.
 */
public class GenesysException extends RuntimeException {

    /** No HTTP response: connection refused/reset, timeout, DNS failure; retries exhausted or not allowed. */
    public static final String CODE_CONNECTION_FAILED = "client.connection.failed";
    /** A non-idempotent request (job creation) failed after it may have reached the server; it was not replayed. */
    public static final String CODE_NOT_REPLAYED = "client.request.not.replayed";
    /** The login host refused to issue a token (bad client id/secret, disabled client...). */
    public static final String CODE_TOKEN_FAILED = "client.token.failed";
    /** A 2xx response body could not be read as the expected type. */
    public static final String CODE_INVALID_RESPONSE = "client.invalid.response";
    /** The calling thread was interrupted while waiting (limiter, retry delay or token refresh). */
    public static final String CODE_INTERRUPTED = "client.interrupted";
    /** An error response whose body was not a Genesys ErrorBody (e.g. an HTML page from a proxy). */
    public static final String CODE_UNPARSEABLE_ERROR = "client.unparseable.error";

    private final int status;
    private final String code;
    private final String correlationId;
    private final Duration retryAfter;
    private final List<ErrorBody.ErrorDetail> details;
    private final List<String> missingPermissions;
    private final String bodySnippet;
    private final int attempts;

    /** For subclasses that carry more context (e.g. the archive summary); build the common part with {@link #builder}. */
    protected GenesysException(Builder b) {
        super(b.message, b.cause);
        this.status = b.status;
        this.code = b.code;
        this.correlationId = b.correlationId;
        this.retryAfter = b.retryAfter;
        this.details = b.details == null ? List.of() : List.copyOf(b.details);
        this.missingPermissions = b.missingPermissions == null ? List.of() : List.copyOf(b.missingPermissions);
        this.bodySnippet = b.bodySnippet;
        this.attempts = b.attempts;
    }

    public static Builder builder(int status, String code, String message) {
        return new Builder(status, code, message);
    }

    /** HTTP status of the final response, or 0 when no response was received. */
    public int getStatus() {
        return status;
    }

    /** Genesys error code or a {@code client.*} code of this class; may be null for error bodies without a code. */
    public String getCode() {
        return code;
    }

    /** {@code ININ-Correlation-Id} of the failed response (quote it to Genesys support); may be null. */
    public String getCorrelationId() {
        return correlationId;
    }

    /** The wait the server asked for (429/503), or null. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    public List<ErrorBody.ErrorDetail> getDetails() {
        return details;
    }

    /** For 403 responses: the permissions the OAuth client lacks, as far as the error body names them. */
    public List<String> getMissingPermissions() {
        return missingPermissions;
    }

    /** The first characters of a non-JSON error body (e.g. a proxy's HTML page), or null. */
    public String getBodySnippet() {
        return bodySnippet;
    }

    /** How many attempts were made (1 = no retry). */
    public int getAttempts() {
        return attempts;
    }

    /** True for statuses a later attempt may fix: 429, 502, 503, 504 and transport failures (0). */
    public boolean isTransient() {
        return status == 0 || status == 429 || status == 502 || status == 503 || status == 504;
    }

    public static final class Builder {
        private final int status;
        private final String code;
        private final String message;
        private String correlationId;
        private Duration retryAfter;
        private List<ErrorBody.ErrorDetail> details;
        private List<String> missingPermissions;
        private String bodySnippet;
        private Throwable cause;
        private int attempts = 1;

        private Builder(int status, String code, String message) {
            this.status = status;
            this.code = code;
            this.message = message;
        }

        public Builder correlationId(String v) {
            this.correlationId = v;
            return this;
        }

        public Builder retryAfter(Duration v) {
            this.retryAfter = v;
            return this;
        }

        public Builder details(List<ErrorBody.ErrorDetail> v) {
            this.details = v;
            return this;
        }

        public Builder missingPermissions(List<String> v) {
            this.missingPermissions = v;
            return this;
        }

        public Builder bodySnippet(String v) {
            this.bodySnippet = v;
            return this;
        }

        public Builder cause(Throwable v) {
            this.cause = v;
            return this;
        }

        public Builder attempts(int v) {
            this.attempts = v;
            return this;
        }

        public GenesysException build() {
            return new GenesysException(this);
        }
    }
}
