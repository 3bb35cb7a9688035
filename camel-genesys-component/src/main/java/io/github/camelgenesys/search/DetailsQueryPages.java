package io.github.camelgenesys.search;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysResponse;

/**
 * Pages of the synchronous details query, by {@code paging.pageNumber}. The API has no cursor: a page past the end
 * leaves out {@code conversations}, which ends the run; a short page that reaches {@code totalHits} ends it without
 * that extra request.
 */
final class DetailsQueryPages implements PageSource {

    static final String PATH = "/api/v2/analytics/conversations/details/query";

    private final GenesysClient client;
    private final ObjectNode query;
    private final int pageSize;
    private int pageNumber = 1;

    DetailsQueryPages(GenesysClient client, ObjectNode query, int pageSize) {
        this.client = client;
        this.query = query;
        this.pageSize = pageSize;
    }

    @Override
    public SearchPage next() {
        ObjectNode body = query.deepCopy();
        body.putObject("paging").put("pageSize", pageSize).put("pageNumber", pageNumber);
        GenesysResponse<JsonNode> response = client.post(PATH, body, JsonNode.class);
        JsonNode json = response.body();
        List<JsonNode> records = new ArrayList<>(pageSize);
        json.path("conversations").forEach(records::add);
        Long total = json.hasNonNull("totalHits") ? json.get("totalHits").asLong() : null;
        long seenSoFar = (long) (pageNumber - 1) * pageSize + records.size();
        boolean last = records.isEmpty()
                || records.size() < pageSize && total != null && seenSoFar >= total;
        SearchPage page = new SearchPage(records, pageNumber, total, response.correlationId(), last);
        pageNumber++;
        return page;
    }
}
