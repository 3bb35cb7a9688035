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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/** The simulator's own Jackson setup (not WireMock's shaded one) and the date format Genesys uses. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static String date(long epochMillis) {
        return DATE.format(Instant.ofEpochMilli(epochMillis));
    }

    /**
     * The bytes of a response body. This is the one place every JSON answer passes through, so it is where the
     * simulator drops {@code null}s: the real API omits an absent field (an SDK reading strictly rejects an explicit
     * null), and request records echoed back (a recording job's {@code conversationQuery}) carry a null for each
     * field the client did not send. Null object properties and null array elements are left out, at every depth.
     */
    public static byte[] bytes(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            writeWithoutNulls(generator, node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void writeWithoutNulls(JsonGenerator generator, JsonNode node) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!isAbsent(field.getValue())) {
                    generator.writeFieldName(field.getKey());
                    writeWithoutNulls(generator, field.getValue());
                }
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                if (!isAbsent(element)) {
                    writeWithoutNulls(generator, element);
                }
            }
            generator.writeEndArray();
        } else {
            MAPPER.writeTree(generator, node);
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** Parses a request body into a record; malformed JSON and unknown fields become a 400 naming the field. */
    public static <T> T parse(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiError.badRequest("body", "A request body is required");
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.badRequest(
                    path(e),
                    "Unrecognized field '" + e.getPropertyName() + "' at " + path(e) + "; known fields: "
                            + e.getKnownPropertyIds());
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
