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
package io.github.camelgenesys.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Genesys ErrorBody JSON: {message, code, status, contextId, details[{errorCode, fieldName}], errors[]}. */
public final class ErrorBodies {
    private ErrorBodies() {}

    public static ObjectNode of(int status, String code, String message, String fieldName, String correlationId) {
        ObjectNode body = Json.object();
        body.put("message", message);
        body.put("code", code);
        body.put("status", status);
        body.put("contextId", correlationId);
        var details = body.putArray("details");
        if (fieldName != null) {
            details.addObject().put("errorCode", code).put("fieldName", fieldName);
        }
        body.putArray("errors");
        return body;
    }

    public static ObjectNode tooManyRequests(int retryAfterSeconds, String correlationId) {
        return of(429, "too.many.requests.retry.after", rateLimitMessage(retryAfterSeconds), null, correlationId);
    }

    /** The normalized 429 message; the number is the Retry-After header's value. */
    public static String rateLimitMessage(int retryAfterSeconds) {
        return "Rate limit exceeded the maximum. Retry the request in [" + retryAfterSeconds + "] seconds";
    }

    public static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "bad.request";
            case 401 -> "authentication.required";
            case 403 -> "not.authorized";
            case 404 -> "not.found";
            case 408 -> "request.timeout";
            case 409 -> "conflict";
            case 429 -> "too.many.requests.retry.after";
            case 500 -> "internal.server.error";
            case 502 -> "bad.gateway";
            case 503 -> "service.unavailable";
            case 504 -> "request.timeout";
            default -> "error";
        };
    }

    /** Retry-After of a 429 that is not from the token bucket (scripted faults, handler limits). */
    public static final int DEFAULT_RETRY_AFTER_SECONDS = 1;

    public static String defaultMessage(int status) {
        return switch (status) {
            case 429 -> rateLimitMessage(DEFAULT_RETRY_AFTER_SECONDS);
            case 400 -> "The request could not be understood by the server due to malformed syntax.";
            case 401 -> "No authentication bearer token specified in authorization header.";
            case 403 -> "You are not authorized to perform the requested action.";
            case 404 -> "The requested resource was not found.";
            case 500 ->
                "The server encountered an unexpected condition which prevented it from fulfilling the request.";
            case 503 ->
                "Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).";
            case 504 -> "The request timed out.";
            default -> "Simulated error " + status;
        };
    }
}
