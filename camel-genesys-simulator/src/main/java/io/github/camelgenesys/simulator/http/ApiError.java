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

/** An error the simulator answers with the Genesys ErrorBody shape. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final String fieldName;
    private String limitKey;
    private String limitNamespace;
    private long limitValue;

    public ApiError(int status, String code, String message, String fieldName) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldName = fieldName;
    }

    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, "bad.request", message, field);
    }

    public static ApiError invalidValue(String field, String message) {
        return new ApiError(400, "invalid.value", message, field);
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "not.found", "The requested resource was not found: " + what, null);
    }

    /** Marks this as a limit error: the ErrorBody carries {@code limit {key, namespace, value}}. */
    public ApiError withLimit(String key, String namespace, long value) {
        this.limitKey = key;
        this.limitNamespace = namespace;
        this.limitValue = value;
        return this;
    }

    public String limitKey() {
        return limitKey;
    }

    public String limitNamespace() {
        return limitNamespace;
    }

    public long limitValue() {
        return limitValue;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String fieldName() {
        return fieldName;
    }
}
