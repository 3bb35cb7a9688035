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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.client.GenesysResponse;
import io.github.camelgenesys.model.ConversationKeys;
import io.github.camelgenesys.query.QueryInterval;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of {@code POST /api/v2/conversations/participants/attributes/search}: the response's {@code cursor} is sent
 * back in the next request body; no cursor means the last page. Each result becomes a {@link ConversationAttributes}
 * (or, with rawPayload, its JSON text) with its id, {@code startTime} and {@code endTime} read once.
 */
final class AttributeSearchPages implements PageSource {

    static final String PATH = "/api/v2/conversations/participants/attributes/search";

    /** One result of the attribute search. */
    record Result(String conversationId, Instant conversationStart, Instant conversationEnd, Object body)
            implements ConversationKeys {}

    private final GenesysClient client;
    private final ObjectNode request;
    private final boolean keepRaw;
    private String cursor;
    private int pageNumber = 1;

    AttributeSearchPages(GenesysClient client, ObjectNode request, boolean keepRaw) {
        this.client = client;
        this.request = request;
        this.keepRaw = keepRaw;
    }

    @Override
    public SearchPage next() {
        ObjectNode body = request.deepCopy();
        if (cursor != null) {
            body.put("cursor", cursor);
        }
        GenesysResponse<JsonNode> response = client.post(PATH, body, JsonNode.class);
        JsonNode json = response.body();
        List<Result> records = new ArrayList<>();
        json.path("results").forEach(result -> records.add(result(result)));
        String nextCursor =
                json.hasNonNull("cursor") && !json.get("cursor").asText().isEmpty()
                        ? json.get("cursor").asText()
                        : null;
        SearchPage page = new SearchPage(records, pageNumber, null, response.correlationId(), nextCursor == null);
        cursor = nextCursor;
        pageNumber++;
        return page;
    }

    private Result result(JsonNode node) {
        JsonNode id = node.get("conversationId");
        String conversationId = id == null || id.isNull() ? null : id.asText();
        Object body;
        if (keepRaw) {
            body = node.toString();
        } else {
            try {
                body = GenesysJson.mapper().treeToValue(node, ConversationAttributes.class);
            } catch (JsonProcessingException e) {
                throw GenesysException.builder(
                                0,
                                GenesysException.CODE_INVALID_RESPONSE,
                                "A result of the attribute search could not be read (conversation " + conversationId
                                        + "): " + e.getOriginalMessage())
                        .cause(e)
                        .build();
            }
        }
        return new Result(conversationId, instant(node.get("startTime")), instant(node.get("endTime")), body);
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
