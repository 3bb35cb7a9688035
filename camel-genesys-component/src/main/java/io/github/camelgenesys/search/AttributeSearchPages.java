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
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of {@code POST /api/v2/conversations/participants/attributes/search}: the response's {@code cursor} is sent
 * back in the next request body; no cursor means the last page.
 */
final class AttributeSearchPages implements PageSource {

    static final String PATH = "/api/v2/conversations/participants/attributes/search";

    private final GenesysClient client;
    private final ObjectNode request;
    private String cursor;
    private int pageNumber = 1;

    AttributeSearchPages(GenesysClient client, ObjectNode request) {
        this.client = client;
        this.request = request;
    }

    @Override
    public SearchPage next() {
        ObjectNode body = request.deepCopy();
        if (cursor != null) {
            body.put("cursor", cursor);
        }
        GenesysResponse<JsonNode> response = client.post(PATH, body, JsonNode.class);
        JsonNode json = response.body();
        List<JsonNode> records = new ArrayList<>();
        json.path("results").forEach(records::add);
        String nextCursor =
                json.hasNonNull("cursor") && !json.get("cursor").asText().isEmpty()
                        ? json.get("cursor").asText()
                        : null;
        SearchPage page = new SearchPage(records, pageNumber, null, response.correlationId(), nextCursor == null);
        cursor = nextCursor;
        pageNumber++;
        return page;
    }
}
