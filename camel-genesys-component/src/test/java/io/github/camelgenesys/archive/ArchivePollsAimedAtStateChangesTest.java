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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.simulator.ConversationData;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A recording job is executed once Genesys has counted it (READY), and its slot refilled once it is done, without
 * waiting out a whole {@code jobPollInterval}: with a 10-minute interval and 200 ms job steps, three jobs run to the
 * end (a fixed 10-minute poll would take an hour), each executed exactly once, with a handful of status polls each.
 * The timeout is only a safety net; the assertions are on what the simulator served.
 */
class ArchivePollsAimedAtStateChangesTest {

    private static final String JOBS = "/api/v2/recording/jobs";
    private static final Duration SAFETY_NET = Duration.ofMinutes(3);

    private GenesysCloudSimulator sim;
    private CamelContext context;

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.stop();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    @Test
    void readyJobsAreExecutedAndFinishedJobsReplacedWithoutWaitingOutTheTenMinutePollInterval() throws Exception {
        sim = GenesysCloudSimulator.builder()
                .conversations(2_000)
                .days(10)
                .seed(7L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofMillis(200))
                .build();
        String baseUrl = sim.start();
        List<String> ids = sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), Instant.now().minus(Duration.ofDays(4)))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .limit(30)
                .toList();
        long recordings =
                ids.stream().mapToLong(id -> sim.data().recordingIds(id).size()).sum();
        context = new DefaultCamelContext();
        context.start();
        String uri = "genesys:archive?apiUrl=" + baseUrl + "&loginUrl=" + baseUrl + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&rateLimitPerMinute=0"
                + "&jobPollInterval=10m&batchSize=10&maxConcurrentJobs=2";

        Exchange done = assertTimeoutPreemptively(
                SAFETY_NET,
                () -> context.createProducerTemplate()
                        .request(uri, x -> x.getMessage().setBody(ids)));

        assertNull(done.getException());
        ArchiveSummary summary = done.getMessage().getBody(ArchiveSummary.class);
        assertEquals(3, summary.jobs());
        assertEquals(ids.size(), summary.conversations());
        SimulatorStats stats = sim.stats();
        assertEquals(3, stats.requestCount("POST " + JOBS, 202));
        assertEquals(3, stats.recordingJobsByState().get("FULFILLED"));
        assertEquals(recordings, stats.recordingsArchived());
        assertEquals(0, stats.recordingsArchivedMoreThanOnce());
        // each job executed once, and only when READY (the simulator answers 400 to an early execute)
        assertEquals(
                3,
                stats.requestCount("PUT " + JOBS + "/{jobId}", 200),
                stats.requests().toString());
        assertEquals(
                3,
                stats.requestCount("PUT " + JOBS + "/{jobId}"),
                stats.requests().toString());
        long polls = stats.requestCount("GET " + JOBS + "/{jobId}");
        assertTrue(polls >= 6, "at least one poll per wait: " + polls);
        assertTrue(polls <= 3 * 8, "a handful of status polls per job, not a poll storm: " + polls);
    }
}
