package io.github.camelgenesys.search;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysResponse;

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
        String nextCursor = json.hasNonNull("cursor") && !json.get("cursor").asText().isEmpty()
                ? json.get("cursor").asText() : null;
        SearchPage page = new SearchPage(records, pageNumber, null, response.correlationId(), nextCursor == null);
        cursor = nextCursor;
        pageNumber++;
        return page;
    }
}
