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
        sim = GenesysCloudSimulator.builder().clock(clock).conversations(2000).days(10).rateLimitPerMinute(0)
                .liveRatePerMinute(0).jobDelay(Duration.ofSeconds(2)).build();
        client = ApiClient.authorized(sim, sim.start());
        voiceIds = sim.data().conversationIds(ConversationData.Criteria.startedBetween(NOW.minus(3, ChronoUnit.DAYS),
                NOW.minus(2, ChronoUnit.DAYS)).mediaType("voice").completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty()).limit(5).toList();
    }

    @AfterEach
    void stop() {
        sim.stop();
    }

    private String jobBody(String action, List<String> ids) {
        String predicates = ids.stream().map(id -> "{\"dimension\":\"conversationId\",\"value\":\"" + id + "\"}")
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
        assertEquals(200, client.put(JOBS + "/" + id, "{\"state\":\"PROCESSING\"}").status());
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
            JsonNode recordings = client.get("/api/v2/conversations/" + conversationId + "/recordings").json();
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
        JsonNode rec = client.get("/api/v2/conversations/" + voiceIds.get(0) + "/recordings").json().get(0);
        assertEquals("DELETED", rec.get("fileState").asText());
        assertTrue(rec.has("exportedDate"));
    }

    @Test
    void thirdConcurrentJobGetsTheLimitErrorAndPeakIsTwo() {
        assertEquals(202, client.post(JOBS, jobBody("ARCHIVE", voiceIds)).status());
        assertEquals(202, client.post(JOBS, jobBody("ARCHIVE", voiceIds)).status());
        ApiClient.Reply third = client.post(JOBS, jobBody("ARCHIVE", voiceIds));
        assertEquals(400, third.status());
        assertEquals("recording.job.concurrency.limit.exceeded", third.json().get("code").asText());
        assertEquals(2, third.json().get("limit").get("value").asInt());
        clock.advance(Duration.ofSeconds(2)); // both READY now: no longer counted
        assertEquals(202, client.post(JOBS, jobBody("ARCHIVE", voiceIds)).status());
        assertEquals(2, sim.stats().maxConcurrentRecordingJobs());
    }

    @Test
    void failedAndCancelledJobsChangeNoRecording() {
        sim.failNextRecordingJobs(1);
        String failing = client.post(JOBS, jobBody("ARCHIVE", voiceIds)).json().get("id").asText();
        String cancelled = client.post(JOBS, jobBody("DELETE", voiceIds)).json().get("id").asText();
        assertEquals(204, client.delete(JOBS + "/" + cancelled).status());
        clock.advance(Duration.ofSeconds(2));
        client.put(JOBS + "/" + failing, "{\"state\":\"PROCESSING\"}");
        clock.advance(Duration.ofSeconds(2));
        JsonNode failed = client.get(JOBS + "/" + failing).json();
        assertEquals("FAILED", failed.get("state").asText());
        assertEquals("CANCELLED", client.get(JOBS + "/" + cancelled).json().get("state").asText());
        assertEquals(0, sim.stats().recordingsArchived());
        assertEquals(0, sim.stats().recordingsDeleted());
        assertEquals(0, client.get(JOBS + "/" + failing + "/failedrecordings").json().get("total").asInt());
    }

    @Test
    void invalidJobsAre400NamingTheField() {
        assertEquals("action", field(client.post(JOBS, "{\"action\":\"SHRED\",\"actionAge\":1,\"conversationQuery\":"
                + "{\"interval\":\"" + NOW.minus(1, ChronoUnit.DAYS) + "/" + NOW + "\"}}")));
        assertEquals("integrationId", field(client.post(JOBS, "{\"action\":\"EXPORT\",\"actionAge\":1,"
                + "\"conversationQuery\":{\"interval\":\"" + NOW.minus(1, ChronoUnit.DAYS) + "/" + NOW + "\"}}")));
        assertEquals("conversationQuery.interval", field(client.post(JOBS, "{\"action\":\"ARCHIVE\",\"actionAge\":1,"
                + "\"conversationQuery\":{\"interval\":\"" + NOW + "/" + NOW.minus(1, ChronoUnit.DAYS) + "\"}}")));
        String id = client.post(JOBS, jobBody("ARCHIVE", voiceIds)).json().get("id").asText();
        assertEquals("state", field(client.put(JOBS + "/" + id, "{\"state\":\"PROCESSING\"}")), "not READY yet");
    }

    private static String field(ApiClient.Reply reply) {
        assertEquals(400, reply.status(), reply.raw());
        return reply.json().get("details").get(0).get("fieldName").asText();
    }
}
