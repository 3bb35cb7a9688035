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
package io.github.camelgenesys.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetailsJobsTest {
    private static final String JOBS = "/api/v2/analytics/conversations/details/jobs";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private GenesysCloudSimulator sim;
    private ApiClient client;

    @BeforeEach
    void start() {
        sim = GenesysCloudSimulator.builder()
                .clock(clock)
                .conversations(3000)
                .days(5)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofSeconds(4))
                .dataLag(Duration.ofMinutes(10))
                .jobResultsMaxPageSize(200)
                .build();
        client = ApiClient.authorized(sim, sim.start());
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    private String submit(String body) {
        ApiClient.Reply reply = client.post(JOBS, body);
        assertEquals(202, reply.status(), reply.raw());
        return reply.json().get("jobId").asText();
    }

    private String state(String jobId) {
        return client.get(JOBS + "/" + jobId).json().get("state").asText();
    }

    @Test
    void jobGoesQueuedPendingFulfilledAndResultsPageWithCursorToTheEnd() {
        Instant from = NOW.minus(2, ChronoUnit.DAYS);
        Instant to = NOW;
        String jobId = submit("{\"interval\":\"" + from + "/" + to + "\"}");
        assertEquals("QUEUED", state(jobId));
        assertEquals(400, client.get(JOBS + "/" + jobId + "/results").status());
        clock.advance(Duration.ofSeconds(2));
        assertEquals("PENDING", state(jobId));
        clock.advance(Duration.ofSeconds(2));
        assertEquals("FULFILLED", state(jobId));

        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        Instant availability = NOW.minus(10, ChronoUnit.MINUTES);
        do {
            JsonNode page = client.get(
                            JOBS + "/" + jobId + "/results?pageSize=200" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            assertEquals(
                    availability, Instant.parse(page.get("dataAvailabilityDate").asText()));
            page.get("conversations").forEach(c -> {
                ids.add(c.get("conversationId").asText());
                assertTrue(Instant.parse(c.get("conversationEnd").asText()).compareTo(availability) <= 0);
            });
            cursor = page.has("cursor") ? page.get("cursor").asText() : null;
            pages++;
        } while (cursor != null);
        assertTrue(pages > 1);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no duplicates");
        // activity during the interval, complete by the availability date
        long truth = sim.data()
                .conversationIds(
                        ConversationData.Criteria.startedBetween(from.minus(30, ChronoUnit.MINUTES), availability))
                .count();
        assertTrue(ids.size() <= truth && ids.size() > truth - 40, ids.size() + " vs " + truth);
        assertFalse(ids.isEmpty());
    }

    @Test
    void conversationsAfterTheAvailabilityDateAreNotInResults() {
        Instant from = NOW.minus(5, ChronoUnit.MINUTES);
        String jobId = submit("{\"interval\":\"" + from + "/" + NOW + "\"}");
        clock.advance(Duration.ofSeconds(5));
        JsonNode page = client.get(JOBS + "/" + jobId + "/results").json();
        assertEquals(0, page.get("conversations").size());
        assertNull(page.get("cursor"));
    }

    @Test
    void availabilityIsNowMinusDataLag() {
        JsonNode body = client.get(JOBS + "/availability").json();
        assertEquals(
                NOW.minus(10, ChronoUnit.MINUTES),
                Instant.parse(body.get("dataAvailabilityDate").asText()));
    }

    @Test
    void injectedFailureExpiryAndCancel() {
        String body = "{\"interval\":\"" + NOW.minus(1, ChronoUnit.DAYS) + "/" + NOW + "\"}";
        // cancelled first: a cancelled job no longer counts against the 2 jobs QUEUED or PENDING allowed
        String cancelled = submit(body);
        assertEquals(204, client.delete(JOBS + "/" + cancelled).status());
        sim.failNextDetailsJobs(1);
        String failed = submit(body);
        sim.expireNextDetailsJobs(1);
        String expired = submit(body);
        clock.advance(Duration.ofSeconds(5));
        assertEquals("FAILED", state(failed));
        assertEquals("EXPIRED", state(expired));
        assertEquals("CANCELLED", state(cancelled));
        assertEquals(404, client.get(JOBS + "/" + expired + "/results").status());
        assertEquals(404, client.get(JOBS + "/nope").status());
        assertEquals(1L, sim.stats().detailJobsByState().get("FAILED"));
        assertEquals(1L, sim.stats().detailJobsByState().get("CANCELLED"));
    }

    @Test
    void limitCapsResultsAndPageSizeOverMaxIs400() {
        String jobId = submit("{\"interval\":\"" + NOW.minus(2, ChronoUnit.DAYS) + "/" + NOW + "\",\"limit\":7}");
        clock.advance(Duration.ofSeconds(5));
        JsonNode page = client.get(JOBS + "/" + jobId + "/results?pageSize=5").json();
        assertEquals(5, page.get("conversations").size());
        JsonNode last = client.get(JOBS + "/" + jobId + "/results?pageSize=5&cursor="
                        + page.get("cursor").asText())
                .json();
        assertEquals(2, last.get("conversations").size());
        assertNull(last.get("cursor"));
        ApiClient.Reply tooBig = client.get(JOBS + "/" + jobId + "/results?pageSize=201");
        assertEquals(400, tooBig.status());
        assertEquals(
                "pageSize", tooBig.json().get("details").get(0).get("fieldName").asText());
        ApiClient.Reply paging = client.post(
                JOBS,
                "{\"interval\":\"" + NOW.minus(1, ChronoUnit.DAYS) + "/" + NOW + "\",\"paging\":{\"pageSize\":10}}");
        assertEquals(400, paging.status(), "AsyncConversationQuery has no paging");
    }

    @Test
    void aThirdJobQueuedOrPendingIsRefusedWith429NamingTheLimitUntilOneFinishes() {
        String body = "{\"interval\":\"" + NOW.minus(1, ChronoUnit.DAYS) + "/" + NOW + "\"}";
        String first = submit(body);
        String second = submit(body);

        ApiClient.Reply refused = client.post(JOBS, body);
        assertEquals(429, refused.status(), refused.raw());
        assertEquals("1", refused.header("Retry-After"));
        assertEquals("too.many.requests.retry.after", refused.json().get("code").asText());
        JsonNode limit = refused.json().get("limit");
        assertEquals("details.jobs.concurrent.access.max", limit.get("key").asText());
        assertEquals("analytics", limit.get("namespace").asText());
        assertEquals(2, limit.get("value").asInt());

        // a cancelled job frees its place; so does a FULFILLED one (it no longer runs, its results stay readable)
        assertEquals(204, client.delete(JOBS + "/" + first).status());
        String third = submit(body);
        assertEquals(429, client.post(JOBS, body).status());
        clock.advance(Duration.ofSeconds(4));
        assertEquals("FULFILLED", state(second));
        submit(body);
        submit(body);
        assertEquals(200, client.get(JOBS + "/" + third + "/results").status());

        assertEquals(2, sim.peakConcurrentDetailsJobs());
        assertEquals(
                List.of(
                        "SUBMITTED",
                        "SUBMITTED",
                        "REFUSED",
                        "CANCELLED",
                        "SUBMITTED",
                        "REFUSED",
                        "SUBMITTED",
                        "SUBMITTED"),
                sim.detailsJobJournal().stream().map(e -> e.type().name()).toList());
    }

    @Test
    void theLimitIsConfigurableAndReportedInTheAnalyticsLimitsNamespace() {
        sim.stop();
        sim = GenesysCloudSimulator.builder()
                .clock(clock)
                .conversations(100)
                .days(1)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .maxConcurrentDetailsJobs(3)
                .build();
        client = ApiClient.authorized(sim, sim.start());
        JsonNode limits =
                client.get("/api/v2/organizations/limits/namespaces/analytics").json();
        assertEquals(
                "details.jobs.concurrent.access.max",
                limits.get("entities").get(0).get("key").asText());
        assertEquals(3, limits.get("entities").get(0).get("value").asInt());
        String body = "{\"interval\":\"" + NOW.minus(1, ChronoUnit.DAYS) + "/" + NOW + "\"}";
        submit(body);
        submit(body);
        submit(body);
        assertEquals(429, client.post(JOBS, body).status());
    }
}
