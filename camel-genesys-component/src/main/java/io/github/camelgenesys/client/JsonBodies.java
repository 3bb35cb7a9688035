package io.github.camelgenesys.client;

import com.fasterxml.jackson.databind.JavaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Request bodies to bytes and response bytes to the caller's type. */
final class JsonBodies {

    private JsonBodies() {
    }

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
            throw new IllegalArgumentException("Cannot write request body of type " + body.getClass().getName()
                    + " as JSON: " + e.getMessage(), e);
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
            throw GenesysException.builder(response.status(), GenesysException.CODE_INVALID_RESPONSE,
                            request + " returned a body that is not a " + type + ": " + jsonProblem(e))
                    .correlationId(response.correlationId()).bodySnippet(ErrorParser.snippet(body)).cause(e).build();
        }
    }

    private static String jsonProblem(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                : e.getMessage();
    }
}
