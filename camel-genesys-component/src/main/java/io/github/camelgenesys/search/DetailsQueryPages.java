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
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.client.GenesysResponse;
import io.github.camelgenesys.query.DetailsQueryPager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of one details query sorted by conversationEnd ascending (incremental search), by
 * {@code paging.pageNumber}. The run ends on an empty or short page (never on the approximate {@code totalHits}).
 * <p>
 * The API returns every conversation that started on a UTC day the interval touches, so the records an incremental
 * run wants (ended after the watermark) sit at the end of one or two whole days. Instead of paging through that
 * prefix, the first call searches for the first page that holds a record ending at or after the watermark: a page
 * whose last record ends before it holds only records the run would skip (the order is ascending). The search probes
 * pages by doubling and then bisecting, so it costs about 2 log2(pages) requests instead of all the pages. It never
 * probes past the pagination cap; a run whose records lie beyond it fails with an error naming maxPagedResults.
 */
final class DetailsQueryPages implements PageSource {

    static final String PATH = DetailsQueryPager.PATH;

    private record Probe(List<JsonNode> records, Long totalHits, String correlationId) {}

    private final GenesysClient client;
    private final ObjectNode query;
    private final int pageSize;
    private final long maxPagedResults;
    private final Instant seekTo;
    private int pageNumber = 1;
    private Probe ready;
    private boolean sought;
    private int requests;

    /**
     * @param seekTo the first conversationEnd the run wants; null to start at page 1
     */
    DetailsQueryPages(GenesysClient client, ObjectNode query, int pageSize, long maxPagedResults, Instant seekTo) {
        this.client = client;
        this.query = query;
        this.pageSize = pageSize;
        this.maxPagedResults = maxPagedResults;
        this.seekTo = seekTo;
        this.sought = seekTo == null;
    }

    /** Requests sent so far, probes included. */
    int requests() {
        return requests;
    }

    @Override
    public SearchPage next() {
        if (!sought) {
            seek();
            sought = true;
        }
        Probe page = ready != null ? ready : fetch(pageNumber);
        ready = null;
        SearchPage result = new SearchPage(
                page.records(),
                pageNumber,
                page.totalHits(),
                page.correlationId(),
                page.records().size() < pageSize);
        pageNumber++;
        return result;
    }

    private void seek() {
        long lastPage = maxPagedResults / pageSize;
        Probe first = fetch(1);
        if (!skippable(first)) {
            ready = first;
            return;
        }
        int lo = 1;
        long guess = first.totalHits() == null ? 2 : (first.totalHits() + pageSize - 1) / pageSize;
        long hi = Math.max(2, Math.min(guess, lastPage));
        Probe atHi;
        while (true) {
            if (hi > lastPage) {
                throw beyondCap();
            }
            atHi = fetch((int) hi);
            if (!skippable(atHi)) {
                break;
            }
            lo = (int) hi;
            if (hi == lastPage) {
                throw beyondCap();
            }
            hi = Math.min(hi * 2, lastPage);
        }
        while (hi - lo > 1) {
            int mid = (int) ((lo + hi) / 2);
            Probe probe = fetch(mid);
            if (skippable(probe)) {
                lo = mid;
            } else {
                hi = mid;
                atHi = probe;
            }
        }
        pageNumber = (int) hi;
        ready = atHi;
    }

    /** A full page whose last record ended before {@code seekTo}: every record on it comes before the watermark. */
    private boolean skippable(Probe page) {
        if (page.records().size() < pageSize) {
            return false;
        }
        Instant end =
                SearchRecords.DETAILS.end(page.records().get(page.records().size() - 1));
        return end != null && end.isBefore(seekTo);
    }

    private Probe fetch(int number) {
        if ((long) number * pageSize > maxPagedResults) {
            throw beyondCap();
        }
        ObjectNode body = query.deepCopy();
        body.putObject("paging").put("pageSize", pageSize).put("pageNumber", number);
        GenesysResponse<JsonNode> response = client.post(PATH, body, JsonNode.class);
        requests++;
        JsonNode json = response.body();
        List<JsonNode> records = new ArrayList<>(pageSize);
        if (json != null) {
            json.path("conversations").forEach(records::add);
        }
        Long total = json != null && json.hasNonNull("totalHits")
                ? json.get("totalHits").asLong()
                : null;
        return new Probe(records, total, response.correlationId());
    }

    private GenesysException beyondCap() {
        return GenesysException.builder(
                        0,
                        "client.pagination.cap",
                        "The incremental search's next records lie past"
                                + " the details query's pagination cap (maxPagedResults=" + maxPagedResults
                                + " results of "
                                + query.path("interval").asText()
                                + " sorted by conversationEnd): the API refuses those pages. Shorten"
                                + " the lookback (interval), narrow the filters, or poll more often")
                .build();
    }
}
