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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, a JSON body (or none) and extra headers. */
public record ApiResponse(int status, byte[] body, String contentType, Map<String, String> headers) {

    public static ApiResponse json(int status, JsonNode node) {
        return new ApiResponse(status, Json.bytes(node), "application/json", new LinkedHashMap<>());
    }

    public static ApiResponse ok(JsonNode node) {
        return json(200, node);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, new byte[0], null, new LinkedHashMap<>());
    }

    public ApiResponse withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
