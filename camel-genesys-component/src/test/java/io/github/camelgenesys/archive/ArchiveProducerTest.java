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
package io.github.camelgenesys.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.simulator.ConversationData;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArchiveProducerTest extends CamelTestSupport {

    private static final String JOBS = "POST /api/v2/recording/jobs";
    private static GenesysCloudSimulator sim;
    private static String baseUrl;
    /** Voice conversations with a recording; each test uses its own slice so "archived once" stays provable. */
    private static List<String> recorded;

    private static int nextSlice;

    @BeforeAll
    static void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(24_000)
                .days(20)
                .seed(11L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofMillis(40))
                .dataLag(Duration.ofMinutes(1))
                .recordingInclusionLag(Duration.ofHours(1))
                .build();
        baseUrl = sim.start();
        recorded = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), Instant.now().minus(Duration.ofHours(2)))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .limit(7_500)
                .toList();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @BeforeEach
    void resetStats() {
        sim.resetStats();
    }

    private static synchronized List<String> ids(int n) {
        assertTrue(nextSlice + n <= recorded.size(), "the simulator has too few recorded conversations");
        List<String> slice = recorded.subList(nextSlice, nextSlice + n);
        nextSlice += n;
        return slice;
    }

    static String uri(String extra) {
        return "genesys:archive?apiUrl=" + baseUrl + "&loginUrl=" + baseUrl + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&rateLimitPerMinute=0&jobPollInterval=15ms" + extra;
    }

    private Exchange archive(String extra, Object body) {
        return template.request(uri(extra), e -> e.getMessage().setBody(body));
    }

    private static long jobsFulfilled() {
        return sim.stats().recordingJobsByState().getOrDefault("FULFILLED", 0L);
    }

    /**
     * Two exchanges in flight at once on one endpoint with the same ids (a takeover's remembered jobs and a new search
     * finding the same conversations): an id is in at most one job of the producer at a time, so nothing is archived
     * twice, whichever exchange gets it.
     */
    @Test
    void twoExchangesWithTheSameIdsAtOnceArchiveEachRecordingOnce() throws Exception {
        List<String> ids = ids(16);
        long expected =
                ids.stream().mapToLong(id -> sim.data().recordingIds(id).size()).sum();
        long archivedBefore = sim.stats().recordingsArchived();
        long twiceBefore = sim.stats().recordingsArchivedMoreThanOnce();
        context.getRegistry().bind("archivedOnce", MemoryIdempotentRepository.memoryIdempotentRepository(1_000));
        String endpoint = uri("&batchSize=4&idempotentRepository=#archivedOnce");

        CompletableFuture<Exchange> first =
                template.asyncSend(endpoint, e -> e.getMessage().setBody(new ArrayList<>(ids)));
        CompletableFuture<Exchange> second =
                template.asyncSend(endpoint, e -> e.getMessage().setBody(new ArrayList<>(ids)));

        assertNull(first.get(60, TimeUnit.SECONDS).getException());
        assertNull(second.get(60, TimeUnit.SECONDS).getException());
        assertEquals(0, sim.stats().recordingsArchivedMoreThanOnce() - twiceBefore, "no recording archived twice");
        assertEquals(expected, sim.stats().recordingsArchived() - archivedBefore, "every recording archived");
    }

    @Test
    void fiveThousandIdsAreArchivedExactlyOnceWithAtMostTwoJobsInFlight() {
        List<String> ids = ids(5_000);
        long fulfilledBefore = jobsFulfilled();
        AtomicLong consumed = new AtomicLong();
        AtomicLong maxHeld = new AtomicLong();
        Iterator<String> lazy = new Iterator<>() {
            private final Iterator<String> it = ids.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            private long fulfilled;

            @Override
            public String next() {
                long n = consumed.incrementAndGet();
                if (n % 100 == 1) {
                    // sampled when a chunk starts: a lower bound of the jobs done while this chunk is read
                    fulfilled = jobsFulfilled() - fulfilledBefore;
                }
                maxHeld.accumulateAndGet(n - fulfilled * 100, Math::max);
                return it.next();
            }
        };
        Exchange e = archive("", lazy);
        assertNull(e.getException());
        ArchiveSummary s = e.getMessage().getBody(ArchiveSummary.class);

        assertEquals(50, s.jobs());
        assertEquals(5_000, s.conversationsSubmitted());
        assertEquals(5_000, s.conversations());
        assertEquals(5_000, s.recordingsProcessed());
        assertEquals(0, s.recordingsFailed());
        assertTrue(s.isComplete());
        assertEquals(50, e.getMessage().getHeader(GenesysConstants.ARCHIVE_JOBS));
        assertEquals(5_000L, e.getMessage().getHeader(GenesysConstants.ARCHIVE_RECORDINGS_PROCESSED));

        SimulatorStats stats = sim.stats();
        assertEquals(5_000, stats.recordingsArchived());
        assertEquals(0, stats.recordingsArchivedMoreThanOnce());
        for (String id : ids) {
            assertEquals(
                    1,
                    stats.recordings().get(sim.data().recordingIds(id).get(0)).archived());
        }
        assertEquals(2, stats.maxConcurrentRecordingJobs(), "both job slots used, never more");
        assertEquals(50, stats.requestCount(JOBS, 202));
        assertEquals(0, stats.requestCount(JOBS, 400), "the component itself never hits the org limit");
        assertTrue(maxHeld.get() <= 2 * 100, "ids held before their job finished: " + maxHeld.get());
    }

    @Test
    void rerunWithTheSameIdempotentRepositoryCreatesNoJob() {
        MemoryIdempotentRepository repo =
                (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        context.getRegistry().bind("archiveRepo", repo);
        List<String> ids = ids(300);
        Exchange first = archive("&idempotentRepository=#archiveRepo", String.join(",", ids));
        assertEquals(3, first.getMessage().getBody(ArchiveSummary.class).jobs());
        assertTrue(repo.contains(ids.get(0) + ":ARCHIVE"));
        sim.resetStats();

        Exchange again = archive("&idempotentRepository=#archiveRepo", "[\"" + String.join("\",\"", ids) + "\"]");
        ArchiveSummary s = again.getMessage().getBody(ArchiveSummary.class);
        assertEquals(0, s.jobs());
        assertEquals(300, s.conversationsSkipped());
        assertEquals(300L, again.getMessage().getHeader(GenesysConstants.ARCHIVE_CONVERSATIONS_SKIPPED));
        assertEquals(0, sim.stats().requestCount(JOBS));
        assertEquals(0, sim.stats().recordingsArchived());
    }

    @Test
    void aFailedJobSurfacesItsIdsInTheExceptionAndTheyAreNotRecordedAsDone() {
        MemoryIdempotentRepository repo =
                (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        context.getRegistry().bind("failRepo", repo);
        List<String> ids = ids(200);
        sim.failNextRecordingJobs(1);
        Exchange e = archive("&idempotentRepository=#failRepo", ids.toArray(new String[0]));

        ArchiveException failure = assertInstanceOf(ArchiveException.class, e.getException());
        assertEquals(ArchiveException.CODE_PARTIAL_FAILURE, failure.getCode());
        ArchiveSummary s = failure.getSummary();
        assertEquals(2, s.jobs());
        assertEquals(1, s.failedJobs().size());
        assertEquals("FAILED", s.failedJobs().get(0).state());
        assertEquals(new HashSet<>(ids.subList(0, 100)), new HashSet<>(failure.getFailedConversationIds()));
        assertEquals(100, s.recordingsProcessed());
        assertEquals(100, s.recordingsFailed());
        assertEquals(100, sim.stats().recordingsArchived());
        for (String id : ids.subList(0, 100)) {
            assertTrue(!repo.contains(id + ":ARCHIVE"), "a failed id must not be recorded as done");
        }
        for (String id : ids.subList(100, 200)) {
            assertTrue(repo.contains(id + ":ARCHIVE"));
        }
        assertEquals(
                s, e.getMessage().getBody(ArchiveSummary.class), "the summary is the body for a dead-letter route");
    }

    @Test
    void exportWithoutIntegrationIdFailsBeforeAnyCall() throws Exception {
        GenesysEndpoint endpoint = context.getEndpoint(uri("&action=EXPORT"), GenesysEndpoint.class);
        endpoint.start();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, endpoint.createProducer()::start);
        assertTrue(e.getMessage().contains("integrationId") && e.getMessage().contains("EXPORT"), e.getMessage());
        // the endpoint's start obtained a token (verifyCredentialsOnStartup); no API call was made
        assertTrue(
                sim.stats().requests().keySet().stream().noneMatch(k -> k.contains("/api/")),
                "the simulator saw: " + sim.stats().requests());
    }

    @Test
    void exportWithIntegrationIdSendsTheFlagsAndExportsOnce() {
        List<String> ids = ids(120);
        Exchange e =
                archive("&action=EXPORT&integrationId=s3-bulk&includeScreenRecordings=false&actionAge=3", ids.stream());
        assertNull(e.getException());
        assertEquals(2, e.getMessage().getBody(ArchiveSummary.class).jobs());
        assertEquals(120, sim.stats().recordingsExported());
        assertEquals(0, sim.stats().recordingsExportedMoreThanOnce());
    }

    @Test
    void invalidOptionsAreStartupErrorsNamingTheOption() throws Exception {
        for (String[] c : new String[][] {
            {"&action=ARCHIV", "action"}, {"&batchSize=501", "batchSize"},
            {"&actionDate=yesterday", "actionDate"}, {"&actionDate=2024-01-01T00:00:00Z&actionAge=3", "actionAge"},
            {"&maxConcurrentJobs=0", "maxConcurrentJobs"}, {"&selection=all", "selection"}
        }) {
            GenesysEndpoint endpoint = context.getEndpoint(uri(c[0]), GenesysEndpoint.class);
            endpoint.start();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, endpoint.createProducer()::start);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void splitStreamingWithTheSummaryAggregatorArchivesEveryIdOnce() throws Exception {
        List<String> ids = ids(1_000);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split")
                        .split(body().tokenize(",", 250, false), new ArchiveSummaryAggregationStrategy())
                        .streaming()
                        .to(uri(""))
                        .end();
            }
        });
        Exchange e = template.request("direct:split", x -> x.getMessage().setBody(String.join(",", ids)));
        assertNull(e.getException());
        ArchiveSummary total = e.getMessage().getBody(ArchiveSummary.class);
        assertEquals(12, total.jobs());
        assertEquals(1_000, total.conversations());
        assertEquals(1_000, total.recordingsProcessed());
        assertEquals(1_000L, e.getMessage().getHeader(GenesysConstants.ARCHIVE_RECORDINGS_PROCESSED));
        assertEquals(1_000, sim.stats().recordingsArchived());
        assertEquals(0, sim.stats().recordingsArchivedMoreThanOnce());
    }

    @Test
    void splitWithAFailedPartCarriesOnAndFailsWithTheTotalSummary() throws Exception {
        List<String> ids = ids(400);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:splitFail")
                        .split(body().tokenize(",", 200, false), new ArchiveSummaryAggregationStrategy())
                        .streaming()
                        .to(uri(""))
                        .end();
            }
        });
        sim.failNextRecordingJobs(1);
        Exchange e = template.request("direct:splitFail", x -> x.getMessage().setBody(String.join(",", ids)));
        ArchiveException failure = assertInstanceOf(ArchiveException.class, e.getException());
        assertEquals(4, failure.getSummary().jobs());
        assertEquals(new HashSet<>(ids.subList(0, 100)), new HashSet<>(failure.getFailedConversationIds()));
        assertEquals(300, sim.stats().recordingsArchived());
    }

    /** The org reports 1 recording job at a time (limits API): the producer keeps to it and is never refused. */
    @Test
    void theOrgsReportedJobLimitCapsTheJobSlots() {
        SimulatorStats stats = archiveSixtyUnderAnOrgLimitOfOneJob(false);
        assertEquals(0, refusals(stats), "never refused: " + stats.requests());
    }

    /** The limits API cannot be read: the producer assumes 2 jobs, the org refuses the second, it waits and retries. */
    @Test
    void theOrganizationJobLimitMeansWaitAndRetry() {
        SimulatorStats stats = archiveSixtyUnderAnOrgLimitOfOneJob(true);
        assertTrue(refusals(stats) > 0, "the limit was hit and waited out: " + stats.requests());
    }

    private static long refusals(SimulatorStats stats) {
        return stats.requestCount(JOBS, 400) + stats.requestCount("PUT /api/v2/recording/jobs/{jobId}", 400);
    }

    private SimulatorStats archiveSixtyUnderAnOrgLimitOfOneJob(boolean limitsUnreadable) {
        GenesysCloudSimulator strict = GenesysCloudSimulator.builder()
                .conversations(2_000)
                .days(5)
                .seed(3L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofMillis(40))
                .dataLag(Duration.ofMinutes(1))
                .recordingInclusionLag(Duration.ofHours(1))
                .maxConcurrentRecordingJobs(1)
                .build();
        String url = strict.start();
        try {
            if (limitsUnreadable) {
                strict.faults()
                        .next(3)
                        .on("GET", "/api/v2/organizations/limits/namespaces/*")
                        .status(503);
            }
            List<String> few = strict.data()
                    .conversationIds(ConversationData.Criteria.startedBetween(
                                    strict.data().historyStart(), Instant.now().minus(Duration.ofHours(2)))
                            .mediaType("voice")
                            .completedOnly())
                    .filter(id -> !strict.data().recordingIds(id).isEmpty())
                    .limit(60)
                    .toList();
            Exchange e = template.request(
                    "genesys:archive?apiUrl=" + url + "&loginUrl=" + url + "&clientId="
                            + strict.clientId() + "&clientSecret=RAW(" + strict.clientSecret()
                            + ")&rateLimitPerMinute=0"
                            + "&jobPollInterval=15ms&batchSize=10",
                    x -> x.getMessage().setBody(new ArrayList<>(few)));
            assertNull(e.getException());
            assertEquals(6, e.getMessage().getBody(ArchiveSummary.class).jobs());
            SimulatorStats stats = strict.stats();
            assertEquals(few.size(), stats.recordingsArchived());
            assertEquals(0, stats.recordingsArchivedMoreThanOnce());
            assertEquals(1, stats.maxConcurrentRecordingJobs());
            return stats;
        } finally {
            strict.stop();
        }
    }

    @Test
    void querySelectionRunsOneJobForTheIntervalAndFilters() {
        Instant from = Instant.now().minus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Instant to = from.plus(Duration.ofHours(1));
        long startedInside = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(from, to)
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .count();
        long startedFromADayBefore = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(from.minus(Duration.ofDays(1)), to)
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .count();

        Exchange e =
                archive("&selection=query&action=DELETE&interval=" + from + "/" + to + "&mediaType=voice", "ignored");
        assertNull(e.getException());
        ArchiveSummary s = e.getMessage().getBody(ArchiveSummary.class);
        assertEquals(1, s.jobs());
        assertEquals(0, s.conversationsSubmitted());
        long deleted = sim.stats().recordingsDeleted();
        assertEquals(deleted, s.recordingsProcessed());
        assertTrue(
                deleted >= startedInside && deleted <= startedFromADayBefore,
                deleted + " not within [" + startedInside + ", " + startedFromADayBefore + "]");
        assertEquals(0, sim.stats().recordingsDeletedMoreThanOnce());
    }

    @Test
    void queryOptionsWithoutQuerySelectionAreRejected() throws Exception {
        for (String[] c :
                new String[][] {{"&interval=P1D", "selection=query"}, {"&selection=query", "interval is required"}}) {
            GenesysEndpoint endpoint = context.getEndpoint(uri(c[0]), GenesysEndpoint.class);
            endpoint.start();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, endpoint.createProducer()::start);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void parallelExchangesOnOneEndpointShareTheJobSlotsAndAreAudited() throws Exception {
        java.nio.file.Path audit =
                java.nio.file.Files.createTempDirectory("archive-audit").resolve("archive.jsonl");
        List<String> first = ids(150);
        List<String> second = ids(150);
        String endpoint = uri("&auditFile=" + audit);
        var a = template.asyncRequestBody(endpoint, first);
        var b = template.asyncRequestBody(endpoint, second);
        assertEquals(2, ((ArchiveSummary) a.get(60, java.util.concurrent.TimeUnit.SECONDS)).jobs());
        assertEquals(2, ((ArchiveSummary) b.get(60, java.util.concurrent.TimeUnit.SECONDS)).jobs());

        SimulatorStats stats = sim.stats();
        assertEquals(300, stats.recordingsArchived());
        assertEquals(0, stats.recordingsArchivedMoreThanOnce());
        assertEquals(0, stats.requestCount(JOBS, 400), "two exchanges never hold more than the 2 slots");
        assertTrue(stats.maxConcurrentRecordingJobs() <= 2);
        List<String> events = java.nio.file.Files.readAllLines(audit).stream()
                .map(l -> l.replaceAll(".*\"event\":\"([^\"]+)\".*", "$1"))
                .toList();
        assertEquals(4, events.stream().filter("job.created"::equals).count());
        assertEquals(4, events.stream().filter("job.fulfilled"::equals).count());
    }

    @Test
    void anInvalidIdStopsTheRunAfterTheJobsInFlightFinish() {
        List<String> ids = new ArrayList<>(ids(150));
        ids.add(120, "not a conversation id");
        Exchange e = archive("", ids);
        ArchiveException failure = assertInstanceOf(ArchiveException.class, e.getException());
        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        assertTrue(failure.getMessage().contains("not a conversation id"), failure.getMessage());
        assertEquals(1, failure.getSummary().jobs(), "the first 100 ids were submitted and followed to the end");
        assertEquals(100, failure.getSummary().recordingsProcessed());
        assertEquals(100, sim.stats().recordingsArchived());
    }

    @Test
    void durationOptionsAcceptDayUnits() {
        GenesysEndpoint endpoint = context.getEndpoint(uri("&archiveLookback=30d"), GenesysEndpoint.class);
        assertEquals(Duration.ofDays(30), endpoint.getConfiguration().getArchiveLookback());
        assertEquals(Duration.ofMillis(15), endpoint.getConfiguration().getJobPollInterval());
    }

    @Test
    void noIdsMeansNoJob() {
        Exchange e = archive("", " ");
        assertNull(e.getException());
        assertEquals(0, e.getMessage().getBody(ArchiveSummary.class).jobs());
        assertEquals(0, sim.stats().requestCount(JOBS));
    }
}
