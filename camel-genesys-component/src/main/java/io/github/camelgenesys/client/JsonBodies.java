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

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Request bodies to bytes and response bytes to the caller's type. */
final class JsonBodies {

    private JsonBodies() {}

    /** A {@code String} is sent as is (JSON), {@code byte[]} too, anything else is written by Jackson. */
    static byte[] serialize(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return GenesysJson.mapper().writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    "Cannot write request body of type " + body.getClass().getName() + " as JSON: " + e.getMessage(),
                    e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T read(RawResponse response, JavaType type, String request) {
        byte[] body = response.body();
        Class<?> raw = type.getRawClass();
        if (raw == Void.class || body == null || body.length == 0) {
            return null;
        }
        if (raw == String.class) {
            return (T) new String(body, StandardCharsets.UTF_8);
        }
        if (raw == byte[].class) {
            return (T) body;
        }
        try {
            return GenesysJson.mapper().readValue(body, type);
        } catch (IOException e) {
            throw GenesysException.builder(
                            response.status(),
                            GenesysException.CODE_INVALID_RESPONSE,
                            request + " returned a body that is not a " + type + ": " + jsonProblem(e))
                    .correlationId(response.correlationId())
                    .bodySnippet(ErrorParser.snippet(body))
                    .cause(e)
                    .build();
        }
    }

    private static String jsonProblem(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                ? j.getOriginalMessage()
                : e.getMessage();
    }
}
