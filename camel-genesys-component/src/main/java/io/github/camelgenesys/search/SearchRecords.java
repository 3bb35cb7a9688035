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
package io.github.camelgenesys.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Instant;
import java.time.format.DateTimeParseException;

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
