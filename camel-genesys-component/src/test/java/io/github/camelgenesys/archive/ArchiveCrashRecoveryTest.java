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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.simulator.ConversationData;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crash mid-job: the first application dies (its network stops answering, its context is abandoned without a
 * graceful stop) at a seeded point, when the k-th job is READY or right after it was executed (PROCESSING); a new
 * application on the same files (FileIdempotentRepository, FileStateRepository journal) archives the same ids.
 * Every recording is archived exactly once: the remembered jobs are followed, not created again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveCrashRecoveryTest {

    private static final int IDS = 100;
    private static final int BATCH = 20;

    @TempDir
    Path tmp;

    private GenesysCloudSimulator sim;
    private List<String> ids;
    private Set<String> truth;

    @BeforeAll
    void startSimulator() {
        sim = GenesysCloudSimulator.builder()
                .conversations(3_000)
                .days(10)
                .seed(21L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofMillis(60))
                .build();
        sim.start();
    }

    @AfterAll
    void stopSimulator() {
        sim.stop();
    }

    private List<String> nextIds(long seed) {
        // each seed its own slice of old, recorded voice conversations, so "archived once" stays provable
        return sim.data()
                .conversationIds(ConversationData.Criteria.startedBetween(
                                sim.data().historyStart(), Instant.now().minus(Duration.ofDays(3)))
                        .mediaType("voice")
                        .completedOnly())
                .filter(id -> !sim.data().recordingIds(id).isEmpty())
                .skip(seed % 10 * IDS)
                .limit(IDS)
                .toList();
    }

    @BeforeEach
    void reset() {
        sim.resetStats();
    }

    private CamelContext application(String apiUrl, Path done, Path journal) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(20);
        context.getRegistry().bind("done", FileIdempotentRepository.fileIdempotentRepository(done.toFile()));
        context.getRegistry().bind("journal", FileStateRepository.fileStateRepository(journal.toFile()));
        String uri = "genesys:archive?apiUrl=" + apiUrl + "&loginUrl=" + sim.baseUrl() + "&clientId=" + sim.clientId()
                + "&clientSecret=RAW(" + sim.clientSecret() + ")&rateLimitPerMinute=0&jobPollInterval=20ms"
                + "&batchSize=" + BATCH + "&maxRetries=1&retryInitialDelay=10ms&responseTimeout=2s"
                + "&idempotentRepository=#done&archiveStateRepository=#journal";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:archive").routeId("archive").to(uri);
            }
        });
        context.start();
        return context;
    }

    /** The seeded kill point: the k-th job seen READY, or the k-th execution (the job is then PROCESSING). */
    private static Predicate<DyingRelay.Call> killPoint(long seed) {
        Random random = new Random(seed);
        int k = 1 + random.nextInt(3);
        boolean atReady = random.nextBoolean();
        AtomicInteger seen = new AtomicInteger();
        Set<String> readyJobs = new java.util.HashSet<>();
        return call -> {
            boolean jobCall = call.path().matches("/api/v2/recording/jobs/[^/]+");
            if (atReady && jobCall && "GET".equals(call.method()) && call.body().contains("\"state\":\"READY\"")) {
                return readyJobs.add(call.path()) && readyJobs.size() == k;
            }
            return !atReady && jobCall && "PUT".equals(call.method()) && seen.incrementAndGet() == k;
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 8, 13, 21})
    void killedDuringReadyOrProcessingAndRestartedArchivesEachRecordingOnce(long seed) throws Exception {
        ids = nextIds(seed);
        truth = ids.stream().flatMap(id -> sim.data().recordingIds(id).stream()).collect(Collectors.toSet());
        Path done = tmp.resolve("done-" + seed + ".txt");
        Path journal = tmp.resolve("journal-" + seed + ".dat");

        CamelContext first;
        try (DyingRelay network = new DyingRelay(sim.baseUrl(), killPoint(seed))) {
            first = application(network.baseUrl(), done, journal);
            Future<Exchange> running = first.createProducerTemplate()
                    .asyncSend("direct:archive", e -> e.getMessage().setBody(ids));
            // the dead application can no longer reach the API; wait until its thread gave up, so nothing of it
            // runs beside the second one (a killed process runs nothing)
            running.get(60, TimeUnit.SECONDS);
            assertTrue(network.isDead(), "the kill point was reached");
        }
        long firstArchived = sim.stats().recordingsArchived();
        assertTrue(firstArchived < truth.size(), "killed mid-run after " + firstArchived + " recordings");

        CamelContext second = application(sim.baseUrl(), done, journal);
        Exchange rerun;
        try {
            rerun = second.createProducerTemplate()
                    .request("direct:archive", e -> e.getMessage().setBody(ids));
        } finally {
            second.stop();
            first.stop();
        }

        assertNull(rerun.getException());
        SimulatorStats stats = sim.stats();
        Set<String> archived = stats.recordings().entrySet().stream()
                .filter(r -> r.getValue().archived() > 0)
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertTrue(archived.containsAll(truth), "every recording archived");
        assertEquals(0, stats.recordingsArchivedMoreThanOnce(), "no recording archived twice: " + stats.requests());
        assertEquals(
                IDS / BATCH,
                stats.requestCount("POST /api/v2/recording/jobs", 202),
                "one job per batch: the remembered jobs were followed, not created again");
    }
}
