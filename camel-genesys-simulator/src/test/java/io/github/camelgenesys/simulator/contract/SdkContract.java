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
package io.github.camelgenesys.simulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Assertions every simulator response must pass when read by the official SDK. */
final class SdkContract {

    private SdkContract() {}

    /**
     * Asserts a 2xx answer that carries the correlation and rate-limit headers and whose body conforms exactly to
     * the SDK model (see {@link SdkModelCheck}); returns the SDK-typed body.
     */
    static <T> T ok(ObjectMapper sdkMapper, ApiResponse<T> response, Class<?> model) {
        if (response.getException() != null || response.getStatusCode() < 200 || response.getStatusCode() > 299) {
            fail("expected 2xx, got HTTP " + response.getStatusCode() + " body=" + response.getRawBody()
                    + (response.getException() == null ? "" : " exception=" + response.getException()));
        }
        assertCommonHeaders(response);
        assertConforms(sdkMapper, response.getRawBody(), model);
        return response.getBody();
    }

    /** Asserts an error answer with this status whose body is a conforming ErrorBody; returns it. */
    static ErrorBody error(ObjectMapper sdkMapper, ApiResponse<?> response, int status) {
        assertEquals(status, response.getStatusCode(), () -> "status; body=" + response.getRawBody());
        assertNotNull(response.getException(), "the SDK reports a non-2xx answer as ApiException");
        assertCommonHeaders(response);
        assertConforms(sdkMapper, response.getRawBody(), ErrorBody.class);
        ErrorBody body = read(sdkMapper, response.getRawBody(), ErrorBody.class);
        assertEquals(status, body.getStatus(), "ErrorBody.status");
        assertNotNull(body.getCode(), "ErrorBody.code");
        assertNotNull(body.getMessage(), "ErrorBody.message");
        assertEquals(response.getCorrelationId(), body.getContextId(), "ErrorBody.contextId = ININ-Correlation-Id");
        return body;
    }

    static void assertConforms(ObjectMapper sdkMapper, String rawBody, Class<?> model) {
        if (rawBody == null || rawBody.isEmpty()) {
            return;
        }
        List<String> problems = SdkModelCheck.problems(sdkMapper, read(sdkMapper, rawBody, JsonNode.class), model);
        assertTrue(
                problems.isEmpty(),
                () -> "body does not match SDK model " + model.getSimpleName() + ":\n  "
                        + String.join("\n  ", problems));
    }

    static <T> T read(ObjectMapper sdkMapper, String raw, Class<T> type) {
        try {
            return sdkMapper.readValue(raw, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from " + raw, e);
        }
    }

    private static void assertCommonHeaders(ApiResponse<?> response) {
        String correlationId = response.getCorrelationId();
        assertTrue(
                correlationId != null && !correlationId.isBlank(),
                "ApiResponse.getCorrelationId() (ININ-Correlation-Id)");
        for (String header : List.of("inin-ratelimit-count", "inin-ratelimit-allowed", "inin-ratelimit-reset")) {
            String value = response.getHeader(header);
            assertNotNull(value, header + " header");
            assertFalse(value.isBlank(), header + " header");
        }
        assertNull(response.getHeader("Matched-Stub-Id"), "no WireMock header (the real API does not send it)");
    }
}
