package io.github.camelgenesys.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.query.QueryInterval;

/** Where a backend's records keep the conversation id, start and end. */
enum SearchRecords {
    DETAILS("conversationId", "conversationStart", "conversationEnd"),
    ATTRIBUTES("conversationId", "startTime", "endTime");

    private final String idField;
    private final String startField;
    private final String endField;

    SearchRecords(String idField, String startField, String endField) {
        this.idField = idField;
        this.startField = startField;
        this.endField = endField;
    }

    String id(JsonNode record) {
        JsonNode id = record.get(idField);
        return id == null || id.isNull() ? null : id.asText();
    }

    Instant start(JsonNode record) {
        return instant(record.get(startField));
    }

    Instant end(JsonNode record) {
        return instant(record.get(endField));
    }

    private static Instant instant(JsonNode node) {
        if (node == null || node.isNull() || node.asText().isEmpty()) {
            return null;
        }
        try {
            return QueryInterval.parseInstant(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
