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
