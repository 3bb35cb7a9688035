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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingJobsTest {
    private static final String JOBS = "/api/v2/recording/jobs";
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private GenesysCloudSimulator sim;
    private ApiClient client;
    private List<String> voiceIds;

    @BeforeEach
    void start() {
        sim = GenesysCloudSimulator.builder()
                .clock(clock)
                .conversations(2000)
                .days(10)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofSeconds(2))
                .build();
        client = ApiClient.authorized(sim, sim.start());
        voiceIds = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                NOW.minus(3, ChronoUnit.DAYS), NOW.minus(2, ChronoUnit.DAYS))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .limit(5)
                .toList();
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    private String jobBody(String action, List<String> ids) {
        String predicates = ids.stream()
                .map(id -> "{\"dimension\":\"conversationId\",\"value\":\"" + id + "\"}")
                .collect(Collectors.joining(","));
        return "{\"action\":\"" + action + "\",\"actionDate\":\"" + NOW.minus(1, ChronoUnit.MINUTES) + "\","
                + ("EXPORT".equals(action) ? "\"integrationId\":\"s3-integration\"," : "")
                + "\"conversationQuery\":{\"interval\":\"" + NOW.minus(4, ChronoUnit.DAYS) + "/" + NOW + "\","
                + "\"conversationFilters\":[{\"type\":\"or\",\"predicates\":[" + predicates + "]}]}}";
    }

    private String runJob(String action, List<String> ids) {
        ApiClient.Reply created = client.post(JOBS, jobBody(action, ids));
        assertEquals(202, created.status(), created.raw());
        String id = created.json().get("id").asText();
        assertEquals("PENDING", created.json().get("state").asText());
        clock.advance(Duration.ofSeconds(2));
        JsonNode ready = client.get(JOBS + "/" + id).json();
        assertEquals("READY", ready.get("state").asText());
        assertEquals(ids.size(), ready.get("totalConversations").asInt());
        assertEquals(ids.size(), ready.get("totalRecordings").asInt());
        assertEquals(
                200, client.put(JOBS + "/" + id, "{\"state\":\"PROCESSING\"}").status());
        clock.advance(Duration.ofSeconds(1));
        JsonNode processing = client.get(JOBS + "/" + id).json();
        assertEquals("PROCESSING", processing.get("state").asText());
        assertEquals(50, processing.get("percentProgress").asInt());
        clock.advance(Duration.ofSeconds(1));
        JsonNode done = client.get(JOBS + "/" + id).json();
        assertEquals("FULFILLED", done.get("state").asText());
        assertEquals(100, done.get("percentProgress").asInt());
        assertEquals(ids.size(), done.get("totalProcessedRecordings").asInt());
        return id;
    }

    @Test
    void archiveJobArchivesEachRecordingOnceAndRecordingsShowIt() {
        runJob("ARCHIVE", voiceIds);
        for (String conversationId : voiceIds) {
            JsonNode recordings = client.get("/api/v2/conversations/" + conversationId + "/recordings")
                    .json();
            assertEquals(1, recordings.size());
            assertEquals("ARCHIVED", recordings.get(0).get("fileState").asText());
            assertTrue(recordings.get(0).has("archiveDate"));
        }
        SimulatorStats stats = sim.stats();
        assertEquals(voiceIds.size(), stats.recordingsArchived());
        assertEquals(0, stats.recordingsArchivedMoreThanOnce());
        runJob("ARCHIVE", voiceIds.subList(0, 2));
        assertEquals(2, sim.stats().recordingsArchivedMoreThanOnce());
        assertEquals(2L, sim.stats().recordingJobsByState().get("FULFILLED"));
    }

    @Test
    void exportAndDeleteAreCountedSeparately() {
        runJob("EXPORT", voiceIds.subList(0, 3));
        runJob("DELETE", voiceIds.subList(0, 1));
        SimulatorStats stats = sim.stats();
        assertEquals(3, stats.recordingsExported());
        assertEquals(1, stats.recordingsDeleted());
        JsonNode rec = client.get("/api/v2/conversations/" + voiceIds.get(0) + "/recordings")
                .json()
                .get(0);
        assertEquals("DELETED", rec.get("fileState").asText());
        assertTrue(rec.has("exportedDate"));
    }

    @Test
    void thirdConcurrentJobGetsTheLimitErrorAndPeakIsTwo() {
        assertEquals(202, client.post(JOBS, jobBody("ARCHIVE", voiceIds)).status());
        assertEquals(202, client.post(JOBS, jobBody("ARCHIVE", voiceIds)).status());
        ApiClient.Reply third = client.post(JOBS, jobBody("ARCHIVE", voiceIds));
        assertEquals(400, third.status());
        assertEquals(
                "recording.job.concurrency.limit.exceeded",
                third.json().get("code").asText());
        assertEquals(2, third.json().get("limit").get("value").asInt());
        clock.advance(Duration.ofSeconds(2)); // both READY now: no longer counted
        assertEquals(202, client.post(JOBS, jobBody("ARCHIVE", voiceIds)).status());
        assertEquals(2, sim.stats().maxConcurrentRecordingJobs());
    }

    @Test
    void failedAndCancelledJobsChangeNoRecordingAndTheFailedJobListsEveryRecordingAsFailed() {
        sim.failNextRecordingJobs(1);
        String failing =
                client.post(JOBS, jobBody("ARCHIVE", voiceIds)).json().get("id").asText();
        String cancelled =
                client.post(JOBS, jobBody("DELETE", voiceIds)).json().get("id").asText();
        assertEquals(204, client.delete(JOBS + "/" + cancelled).status());
        clock.advance(Duration.ofSeconds(2));
        client.put(JOBS + "/" + failing, "{\"state\":\"PROCESSING\"}");
        clock.advance(Duration.ofSeconds(2));
        JsonNode failed = client.get(JOBS + "/" + failing).json();
        assertEquals("FAILED", failed.get("state").asText());
        assertEquals(
                "CANCELLED",
                client.get(JOBS + "/" + cancelled).json().get("state").asText());
        assertEquals(0, sim.stats().recordingsArchived());
        assertEquals(0, sim.stats().recordingsDeleted());
        List<String> expected = voiceIds.stream()
                .flatMap(id -> sim.data().recordingIds(id).stream())
                .sorted()
                .toList();
        assertEquals(expected.size(), failed.get("totalFailedRecordings").asInt());
        List<String> listed = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) { // pageSize 2 over 5 recordings: 3 pages
            JsonNode listing = client.get(JOBS + "/" + failing + "/failedrecordings?pageSize=2&pageNumber=" + page)
                    .json();
            assertEquals(expected.size(), listing.get("total").asInt());
            assertEquals(3, listing.get("pageCount").asInt());
            listing.get("entities").forEach(f -> {
                String conversationId = f.get("conversation").get("id").asText();
                assertEquals(
                        sim.data().recordingIds(conversationId),
                        List.of(f.get("recording").get("id").asText()));
                assertEquals(
                        "/api/v2/conversations/" + conversationId,
                        f.get("conversation").get("selfUri").asText());
                listed.add(f.get("recording").get("id").asText());
            });
        }
        assertEquals(expected, listed.stream().sorted().toList());
        assertEquals(
                0,
                client.get(JOBS + "/" + cancelled + "/failedrecordings")
                        .json()
                        .get("total")
                        .asInt());
    }

    @Test
    void recordingsYoungerThanTheInclusionLagAreNotMatchedAndTheTotalsSaySo() {
        sim.stop();
        sim = GenesysCloudSimulator.builder()
                .clock(clock)
                .conversations(2000)
                .days(10)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofSeconds(2))
                .recordingInclusionLag(Duration.ofDays(4))
                .build();
        client = ApiClient.authorized(sim, sim.start());
        List<String> old = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                NOW.minus(7, ChronoUnit.DAYS), NOW.minus(5, ChronoUnit.DAYS))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .limit(3)
                .toList();
        List<String> ids = new java.util.ArrayList<>(old);
        ids.addAll(voiceIds); // 2-3 days old: younger than the 4-day lag
        String body = jobBody("ARCHIVE", ids)
                .replace(NOW.minus(4, ChronoUnit.DAYS) + "/", NOW.minus(8, ChronoUnit.DAYS) + "/");
        String id = client.post(JOBS, body).json().get("id").asText();
        clock.advance(Duration.ofSeconds(2));
        JsonNode ready = client.get(JOBS + "/" + id).json();
        assertEquals(old.size(), ready.get("totalConversations").asInt(), ready.toString());
        assertEquals(old.size(), ready.get("totalRecordings").asInt());
        client.put(JOBS + "/" + id, "{\"state\":\"PROCESSING\"}");
        clock.advance(Duration.ofSeconds(2));
        JsonNode done = client.get(JOBS + "/" + id).json();
        assertEquals("FULFILLED", done.get("state").asText());
        assertEquals(old.size(), done.get("totalProcessedRecordings").asInt());
        assertEquals(old.size(), sim.stats().recordingsArchived(), "only the recordings the data lake holds");
        for (String young : voiceIds) {
            JsonNode recordings =
                    client.get("/api/v2/conversations/" + young + "/recordings").json();
            assertTrue(!recordings.get(0).has("archiveDate"), "a young recording is not archived");
        }
    }

    @Test
    void jobsAreListedByStateAndTypeWithACursorWhenNoTotalIsAsked() {
        String first = client.post(JOBS, jobBody("ARCHIVE", voiceIds.subList(0, 2)))
                .json()
                .get("id")
                .asText();
        String second = client.post(JOBS, jobBody("DELETE", voiceIds.subList(2, 4)))
                .json()
                .get("id")
                .asText();
        JsonNode pending = client.get(JOBS + "?state=PENDING&showOnlyMyJobs=true&jobType=ARCHIVE&sortBy=dateCreated"
                        + "&includeTotal=false")
                .json();
        assertEquals(1, pending.get("entities").size());
        assertEquals(first, pending.get("entities").get(0).get("id").asText());
        assertTrue(!pending.has("total"), "no total when includeTotal=false");
        JsonNode page1 = client.get(JOBS + "?pageSize=1&sortBy=dateCreated&includeTotal=false")
                .json();
        assertEquals(first, page1.get("entities").get(0).get("id").asText());
        String next = page1.get("nextUri").asText();
        JsonNode page2 = client.get(next).json();
        assertEquals(second, page2.get("entities").get(0).get("id").asText());
        assertTrue(!page2.has("nextUri"), page2.toString());
        assertEquals(400, client.get(JOBS + "?state=RUNNING").status());
        assertEquals(400, client.get(JOBS + "?jobType=COPY").status());
    }

    @Test
    void invalidJobsAre400NamingTheField() {
        assertEquals(
                "action",
                field(client.post(
                        JOBS,
                        "{\"action\":\"SHRED\",\"actionAge\":1,\"conversationQuery\":" + "{\"interval\":\""
                                + NOW.minus(1, ChronoUnit.DAYS) + "/" + NOW + "\"}}")));
        assertEquals(
                "integrationId",
                field(client.post(
                        JOBS,
                        "{\"action\":\"EXPORT\",\"actionAge\":1," + "\"conversationQuery\":{\"interval\":\""
                                + NOW.minus(1, ChronoUnit.DAYS) + "/" + NOW + "\"}}")));
        assertEquals(
                "conversationQuery.interval",
                field(client.post(
                        JOBS,
                        "{\"action\":\"ARCHIVE\",\"actionAge\":1," + "\"conversationQuery\":{\"interval\":\"" + NOW
                                + "/" + NOW.minus(1, ChronoUnit.DAYS) + "\"}}")));
        String id =
                client.post(JOBS, jobBody("ARCHIVE", voiceIds)).json().get("id").asText();
        assertEquals("state", field(client.put(JOBS + "/" + id, "{\"state\":\"PROCESSING\"}")), "not READY yet");
    }

    private static String field(ApiClient.Reply reply) {
        assertEquals(400, reply.status(), reply.raw());
        return reply.json().get("details").get(0).get("fieldName").asText();
    }
}
