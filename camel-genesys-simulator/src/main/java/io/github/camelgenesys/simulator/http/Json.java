package io.github.camelgenesys.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** The simulator's own Jackson setup (not WireMock's shaded one) and the date format Genesys uses. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static String date(long epochMillis) {
        return DATE.format(Instant.ofEpochMilli(epochMillis));
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a request body into a record; malformed JSON and unknown fields become a 400 naming the field. */
    public static <T> T parse(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiError.badRequest("body", "A request body is required");
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.badRequest(path(e), "Unrecognized field '" + e.getPropertyName() + "' at " + path(e)
                    + "; known fields: " + e.getKnownPropertyIds());
        } catch (InvalidFormatException e) {
            throw ApiError.badRequest(path(e), "Invalid value " + e.getValue() + " for field " + path(e));
        } catch (MismatchedInputException e) {
            throw ApiError.badRequest(path(e), "Wrong type of value for field " + path(e));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("body", "Malformed JSON in the request body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("body", "Unreadable body: " + e.getMessage());
        }
    }

    private static String path(MismatchedInputException e) {
        String p = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return p.isEmpty() ? "body" : p.replace(".[", "[");
    }
}
