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
package io.github.camelgenesys.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.model.AnalyticsConversation;
import io.github.camelgenesys.model.ConversationPage;
import io.github.camelgenesys.query.QueryInterval;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The hot paths of an extraction, on real pages served by the simulator: a details-job results page (1000
 * conversations) and a details-query page (100) to the {@link AnalyticsConversation} records a route receives. The
 * way the component reads them is {@link ConversationPage} (one streaming pass, {@code readJobPage*},
 * {@code readQueryPage}); the tree-then-map way it used before is measured in the same run ({@code *Before}, on the
 * mapper of then), and the tree-based steps search still uses ({@code parse*}, {@code map*}) on today's mapper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageParsingBenchmark {

    private final ObjectMapper mapper = GenesysJson.mapper();
    /** The component's mapper before the one-pass reader: jsr310's Instant reader, unknown fields ignored. */
    private final ObjectMapper mapperBefore = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private byte[] jobPage;
    private byte[] queryPage;
    private List<JsonNode> jobConversations;

    @Setup(Level.Trial)
    public void fetchPages() throws Exception {
        try (BenchOrg org = new BenchOrg(20_000, 2, 0, Duration.ofMillis(10))) {
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Bearer " + org.token();
            String interval = org.interval();
            queryPage = http.send(
                            HttpRequest.newBuilder(URI.create(
                                            org.sim.baseUrl() + "/api/v2/analytics/conversations/details/query"))
                                    .header("Authorization", auth)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"interval\":\"" + interval
                                            + "\",\"paging\":{\"pageSize\":100,\"pageNumber\":1}}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            String job = http.send(
                            HttpRequest.newBuilder(URI.create(
                                            org.sim.baseUrl() + "/api/v2/analytics/conversations/details/jobs"))
                                    .header("Authorization", auth)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"interval\":\"" + interval + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String jobId = mapper.readTree(job).path("jobId").asText();
            Thread.sleep(200);
            jobPage = http.send(
                            HttpRequest.newBuilder(URI.create(
                                            org.sim.baseUrl() + "/api/v2/analytics/conversations/details/jobs/" + jobId
                                                    + "/results?pageSize=1000"))
                                    .header("Authorization", auth)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        }
        jobConversations = new ArrayList<>();
        mapper.readTree(jobPage).path("conversations").forEach(jobConversations::add);
        if (jobConversations.size() != 1000) {
            throw new IllegalStateException("expected a page of 1000 conversations, got " + jobConversations.size());
        }
    }

    /** Parse a 1000-conversation job results page (≈ the client's work per page). */
    @Benchmark
    public JsonNode parseJobResultsPage() throws Exception {
        return mapper.readTree(jobPage);
    }

    /** Map the 1000 conversation nodes of a page to records (tree-based, today's mapper). */
    @Benchmark
    public int mapJobResultsPageToRecords() throws Exception {
        int n = 0;
        for (JsonNode node : jobConversations) {
            n += mapper.treeToValue(node, AnalyticsConversation.class).participants() == null ? 0 : 1;
        }
        return n;
    }

    /**
     * Before (commit ecb458d), in the same run: what DetailsJob and DetailsJobConsumer did with a 1000-conversation
     * page: the page to a tree, each conversation node to a record on the mapper of then (jsr310's Instant reader),
     * and its conversationStart/End parsed again to pick the window.
     */
    @Benchmark
    public int jobPageBefore() throws Exception {
        int n = 0;
        for (JsonNode node : mapperBefore.readTree(jobPage).path("conversations")) {
            windowInstantsBefore(node);
            n += mapperBefore.treeToValue(node, AnalyticsConversation.class).conversationId() == null ? 0 : 1;
        }
        return n;
    }

    /** Before, with rawPayload=true: the tree, each node written back to text, start/end parsed for the window. */
    @Benchmark
    public int jobPageKeepingRawJsonBefore() throws Exception {
        int n = 0;
        for (JsonNode node : mapperBefore.readTree(jobPage).path("conversations")) {
            windowInstantsBefore(node);
            n += node.toString().length() > 0 ? 1 : 0;
        }
        return n;
    }

    /** Before: a 100-conversation details query page to a tree, then each node to a record (search, mode=query). */
    @Benchmark
    public int queryPageBefore() throws Exception {
        int n = 0;
        for (JsonNode node : mapperBefore.readTree(queryPage).path("conversations")) {
            n += mapperBefore.treeToValue(node, AnalyticsConversation.class).conversationId() == null ? 0 : 1;
        }
        return n;
    }

    private static void windowInstantsBefore(JsonNode node) {
        QueryInterval.parseInstant(node.path("conversationStart").asText());
        if (node.hasNonNull("conversationEnd")) {
            QueryInterval.parseInstant(node.path("conversationEnd").asText());
        }
    }

    /** The component's way: the 1000-conversation job page to records in one streaming pass (what DetailsJob does). */
    @Benchmark
    public int readJobPage() throws Exception {
        return mapper.readValue(jobPage, ConversationPage.type(false))
                .conversations()
                .size();
    }

    /** The same with rawPayload=true: each conversation's JSON text is kept as well. */
    @Benchmark
    public int readJobPageKeepingRawJson() throws Exception {
        return mapper.readValue(jobPage, ConversationPage.type(true))
                .conversations()
                .size();
    }

    /** The component's way for a 100-conversation details query page. */
    @Benchmark
    public int readQueryPage() throws Exception {
        return mapper.readValue(queryPage, ConversationPage.type(false))
                .conversations()
                .size();
    }

    /** Parse and map a 100-conversation details query page (search today: tree-based, today's mapper). */
    @Benchmark
    public int parseAndMapQueryPage() throws Exception {
        int n = 0;
        for (JsonNode node : mapper.readTree(queryPage).path("conversations")) {
            n += mapper.treeToValue(node, AnalyticsConversation.class).conversationId() == null ? 0 : 1;
        }
        return n;
    }
}
