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
package io.github.camelgenesys.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysClientFactory;
import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-pass page binding gives exactly what the tree-then-map binding gave: the same records field by field, the
 * same JSON text with rawPayload, the same page fields, on real simulator pages (a details-job results page of 1000
 * and a details-query page of 100).
 */
class ConversationPageReaderTest {

    /** The component's mapper as it was before the one-pass reader (no fast Instant reader). */
    private static final ObjectMapper BEFORE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final String JOBS = "/api/v2/analytics/conversations/details/jobs";

    private static GenesysCloudSimulator sim;
    private static GenesysClientFactory factory;
    private static byte[] jobPage;
    private static byte[] queryPage;

    @BeforeAll
    static void fetchPages() throws Exception {
        sim = GenesysCloudSimulator.builder()
                .conversations(3_000)
                .days(2)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(20))
                .build();
        String base = sim.start();
        factory = new GenesysClientFactory();
        GenesysClient client = factory.client(GenesysClientSettings.builder()
                .apiUrl(base)
                .loginUrl(base)
                .clientId(sim.clientId())
                .clientSecret(sim.clientSecret())
                .build());
        String interval =
                sim.data().historyStart() + "/" + sim.data().historyStart().plus(Duration.ofDays(2));
        String jobId = client.postCreate(JOBS, Map.of("interval", interval), JsonNode.class)
                .body()
                .path("jobId")
                .asText();
        while (!"FULFILLED"
                .equals(client.get(JOBS + "/" + jobId, null, JsonNode.class)
                        .body()
                        .path("state")
                        .asText())) {
            Thread.sleep(20);
        }
        jobPage = client.get(JOBS + "/" + jobId + "/results", Map.of("pageSize", 1000), byte[].class)
                .body();
        queryPage = client.post(
                        "/api/v2/analytics/conversations/details/query",
                        Map.of("interval", interval, "paging", Map.of("pageSize", 100, "pageNumber", 1)),
                        byte[].class)
                .body();
    }

    @AfterAll
    static void stop() {
        if (factory != null) {
            factory.close();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    @Test
    void aJobResultsPageBindsToTheSameRecordsAsTreeThenMap() throws Exception {
        ConversationPage page = GenesysJson.mapper().readValue(jobPage, ConversationPage.type(false));
        JsonNode tree = BEFORE.readTree(jobPage);
        assertEquals(1000, page.conversations().size());
        assertEquals(recordsTheOldWay(tree), records(page));
        assertTrue(page.conversations().stream()
                .allMatch(c -> c.rawJson() == null
                        && c.body() == c.record()
                        && c.conversationId().equals(c.record().conversationId())
                        && c.conversationStart().equals(c.record().conversationStart())
                        && java.util.Objects.equals(
                                c.conversationEnd(), c.record().conversationEnd())));
        assertEquals(tree.get("cursor").asText(), page.cursor());
        assertEquals(BEFORE.treeToValue(tree.get("dataAvailabilityDate"), Instant.class), page.dataAvailabilityDate());
        assertNull(page.totalHits());
    }

    @Test
    void withRawPayloadEachConversationKeepsTheSameJsonTextAsBefore() throws Exception {
        ConversationPage page = GenesysJson.mapper().readValue(jobPage, ConversationPage.type(true));
        JsonNode tree = BEFORE.readTree(jobPage);
        List<String> before = new ArrayList<>();
        tree.get("conversations").forEach(n -> before.add(n.toString()));
        List<String> after = new ArrayList<>();
        page.conversations().forEach(c -> after.add((String) c.body()));
        assertEquals(before, after);
        List<AnalyticsConversation> records = recordsTheOldWay(tree);
        for (int i = 0; i < records.size(); i++) {
            PagedConversation c = page.conversations().get(i);
            assertEquals(records.get(i).conversationId(), c.conversationId());
            assertEquals(records.get(i).conversationStart(), c.conversationStart());
            assertEquals(records.get(i).conversationEnd(), c.conversationEnd());
            assertNull(c.record(), "no record is built for rawPayload");
        }
    }

    @Test
    void aDetailsQueryPageBindsToTheSameRecordsAndTotalHits() throws Exception {
        ConversationPage page = GenesysJson.mapper().readValue(queryPage, ConversationPage.class);
        JsonNode tree = BEFORE.readTree(queryPage);
        assertEquals(100, page.conversations().size());
        assertEquals(recordsTheOldWay(tree), records(page));
        assertEquals(tree.get("totalHits").asLong(), page.totalHits());
        assertNull(page.cursor());
    }

    @Test
    void unknownFieldsAreSkippedAndNullOrMissingConversationsGiveAnEmptyPage() throws Exception {
        String json = "{\"aggregations\":[{\"x\":[1,{\"y\":2}]}],\"conversations\":[null,{\"conversationId\":\"c1\","
                + "\"conversationStart\":\"2024-05-01T10:00:00.123Z\",\"unknown\":{\"a\":[1]}}],\"extra\":true}";
        ConversationPage page = GenesysJson.mapper().readValue(json, ConversationPage.class);
        assertEquals(1, page.conversations().size());
        AnalyticsConversation c = page.conversations().get(0).record();
        assertEquals("c1", c.conversationId());
        assertEquals(Instant.parse("2024-05-01T10:00:00.123Z"), c.conversationStart());
        assertEquals(
                List.of(),
                GenesysJson.mapper().readValue("{}", ConversationPage.class).conversations());
        assertEquals(
                List.of(),
                GenesysJson.mapper()
                        .readValue("{\"conversations\":null,\"cursor\":null}", ConversationPage.class)
                        .conversations());
    }

    private static List<AnalyticsConversation> recordsTheOldWay(JsonNode page) throws Exception {
        List<AnalyticsConversation> records = new ArrayList<>();
        for (JsonNode node : page.get("conversations")) {
            records.add(BEFORE.treeToValue(node, AnalyticsConversation.class));
        }
        return records;
    }

    private static List<AnalyticsConversation> records(ConversationPage page) {
        return page.conversations().stream().map(PagedConversation::record).toList();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
