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
package io.github.camelgenesys.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused job submission, a failed details query and a failed aggregates query each end with exactly one audit
 * event that says they failed (and why); before, they left no audit record at all.
 */
class AnalyticsAuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GenesysCloudSimulator sim;

    @TempDir
    Path tmp;

    private CamelContext context;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(200)
                .days(2)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(20))
                .liveRatePerMinute(0)
                .build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @AfterEach
    void stopContext() throws Exception {
        sim.faults().clear();
        if (context != null) {
            context.stop();
        }
    }

    private List<JsonNode> runOnePoll(String extra, Path audit) throws Exception {
        String base = sim.baseUrl();
        String uri = "genesys:analytics?apiUrl=" + base + "&loginUrl=" + base + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&rateLimitPerMinute=0&initialDelay=0&delay=600000"
                + "&maxRetries=0&auditFile=" + audit + extra;
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("audited").to("mock:out");
            }
        });
        context.start();
        Delivered.await(() -> Files.exists(audit) && !events(audit).isEmpty(), 15_000);
        context.stop();
        return events(audit);
    }

    private static List<JsonNode> events(Path audit) {
        try {
            if (!Files.exists(audit)) {
                return List.of();
            }
            return Files.readAllLines(audit).stream()
                    .filter(l -> !l.isBlank())
                    .map(l -> {
                        try {
                            return JSON.readTree(l);
                        } catch (Exception e) {
                            throw new IllegalStateException(l, e);
                        }
                    })
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String interval() {
        Instant from = sim.data().historyStart();
        return from + "/" + from.plus(Duration.ofHours(10));
    }

    @Test
    void aRefusedJobSubmissionIsAuditedAsAFailedJob() throws Exception {
        sim.faults().next(1).on("POST", DetailsJob.JOBS).status(400);
        Path audit = tmp.resolve("jobs.jsonl");

        List<JsonNode> events = runOnePoll(
                "&mode=details&startDate=" + sim.data().historyStart() + "&jobPollInterval=PT0.02S&maxJobResubmits=0",
                audit);

        // the next window's job is submitted at the same time (maxConcurrentDetailsJobs=2): either may meet the fault
        JsonNode first = events.stream()
                .filter(e -> "job.failed".equals(e.path("event").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no job.failed event: " + events));
        assertEquals(JobAudit.NOT_SUBMITTED, first.path("subject").asText());
        assertTrue(first.path("error").asText().contains("400"), first.toString());
        assertTrue(first.hasNonNull("queryHash"), first.toString());
    }

    /** The query's one audit event says it failed, with the API's 400 and the query's hash. */
    private static void assertOneFailure(String event, List<JsonNode> events) {
        assertEquals(1, events.size(), events.toString());
        assertEquals(event, events.get(0).path("event").asText());
        assertTrue(events.get(0).path("error").asText().contains("400"), events.toString());
        assertTrue(events.get(0).hasNonNull("queryHash"), events.toString());
    }

    @Test
    void aFailedDetailsQueryIsAuditedOnceAsFailed() throws Exception {
        sim.faults().next(1).on("POST", DetailsQueryConsumer.QUERY).status(400);

        assertOneFailure("query.failed", runOnePoll("&mode=query&interval=" + interval(), tmp.resolve("q.jsonl")));
    }

    @Test
    void aFailedAggregatesQueryIsAuditedOnceAsFailed() throws Exception {
        sim.faults().next(1).on("POST", AggregatesConsumer.QUERY).status(400);

        assertOneFailure(
                "aggregates.failed",
                runOnePoll("&mode=aggregates&metrics=nOffered&interval=" + interval(), tmp.resolve("a.jsonl")));
    }
}
