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
package io.github.camelgenesys.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kill and restart: the context is stopped at a point chosen by a fixed seed, then a new context runs on the same
 * file-backed state (FileStateRepository for analytics checkpoints, FileIdempotentRepository for archive). The union
 * of both runs is the full set and nothing happened twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SecretScan.class)
class KillAndRestartTest {

    @TempDir
    Path tmp;

    private SimulatedOrg org;

    @BeforeAll
    void startOrg() throws Exception {
        org = new SimulatedOrg(3_000, 4);
    }

    @AfterAll
    void stopOrg() {
        org.close();
    }

    private CamelContext start(RouteBuilder routes, String beanName, Object bean) throws Exception {
        return start(routes, java.util.Map.of(beanName, bean));
    }

    private CamelContext start(RouteBuilder routes, java.util.Map<String, Object> beans) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(20);
        beans.forEach(context.getRegistry()::bind);
        context.addRoutes(routes);
        context.start();
        return context;
    }

    private RouteBuilder analyticsExport(Outcome out) {
        String uri = org.uri(
                "analytics",
                "startDate=" + org.sim.data().historyStart().minus(Duration.ofHours(1))
                        + "&windowSize=12h&pageSize=200&jobPollInterval=20ms&delay=50&initialDelay=0"
                        + "&stateRepository=#checkpoints&stateKey=analytics-export");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri)
                        .routeId("analytics-export")
                        .process(e ->
                                out.deliver(e.getMessage().getHeader(GenesysConstants.CONVERSATION_ID, String.class)));
            }
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 42})
    void analyticsExportStoppedAtARandomPointAndRestartedOnItsCheckpointFileDeliversEachConversationOnce(long seed)
            throws Exception {
        Set<String> truth = org.sim
                .data()
                .conversationIds(Criteria.startedBetween(org.sim.data().historyStart(), org.clock.instant())
                        .completedOnly())
                .collect(Collectors.toSet());
        long stopAt = (long) (truth.size() * (0.1 + 0.8 * new Random(seed).nextDouble()));
        Path checkpoints = tmp.resolve("checkpoints-" + seed + ".dat");

        Outcome first = new Outcome();
        CamelContext run1 = start(
                analyticsExport(first), "checkpoints", FileStateRepository.fileStateRepository(checkpoints.toFile()));
        Outcome.await(() -> first.progress.get() >= stopAt, 30_000);
        run1.stop();
        assertTrue(first.progress.get() < truth.size(), "stopped mid-run at " + first.progress.get());

        Outcome second = new Outcome();
        CamelContext run2 = start(
                analyticsExport(second), "checkpoints", FileStateRepository.fileStateRepository(checkpoints.toFile()));
        try {
            Outcome.await(() -> first.keys().size() + second.keys().size() >= truth.size(), 30_000);
            Thread.sleep(200);
        } finally {
            run2.stop();
        }

        Set<String> union = new HashSet<>(first.keys());
        union.addAll(second.keys());
        assertEquals(truth, union, "the union of both runs is the full set");
        assertEquals(
                truth.size(),
                first.progress.get() + second.progress.get(),
                "each conversation delivered once (first run " + first.progress.get() + ", second "
                        + second.progress.get() + ", duplicates " + (first.duplicates() + second.duplicates()) + ")");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 17, 99})
    void archiveStoppedAtARandomPointAndRerunOnItsIdempotentFileArchivesEachRecordingOnce(long seed) throws Exception {
        List<String> voice = org.sim
                .data()
                .conversationIds(org.completedInInterval().mediaType("voice"))
                .limit(600)
                .collect(Collectors.toList());
        Set<String> truth = voice.stream()
                .flatMap(id -> org.sim.data().recordingIds(id).stream())
                .collect(Collectors.toSet());
        Path done = tmp.resolve("archived-" + seed + ".txt");
        Path journal = tmp.resolve("archive-jobs-" + seed + ".dat");
        org.sim.resetStats();
        String archive = org.uri(
                "archive",
                "idempotentRepository=#archived&archiveStateRepository=#journal"
                        + "&jobPollInterval=20ms&batchSize=50");
        RouteBuilder routes = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:batch").routeId("archive-pipeline").to(archive);
            }
        };
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < voice.size(); i += 50) {
            batches.add(voice.subList(i, Math.min(voice.size(), i + 50)));
        }

        CamelContext run1 = start(
                routes,
                java.util.Map.of(
                        "archived", FileIdempotentRepository.fileIdempotentRepository(done.toFile()),
                        "journal", FileStateRepository.fileStateRepository(journal.toFile())));
        ProducerTemplate template = run1.createProducerTemplate();
        // one batch after the other, as the pipeline's aggregator hands them on; the stop lands at a seeded batch,
        // while the next batch is in flight: the stop ends its wait at once, cancels its job if it is not processing
        // yet, or leaves it processing on the server (remembered in the journal); later batches never start.
        // Tied to progress, not to a clock, so a fast or slow machine stops at the same point.
        int stopAt = 1 + new Random(seed).nextInt(batches.size() - 3);
        for (int i = 0; i < stopAt; i++) {
            template.requestBody("direct:batch", batches.get(i));
        }
        CompletableFuture<Object> inFlight = template.asyncRequestBody("direct:batch", batches.get(stopAt));
        run1.stop();
        try {
            inFlight.join();
        } catch (RuntimeException refusedOrStopped) {
            // a batch cut by the stop is not recorded as done: the rerun follows its job or archives it
        }
        long firstArchived = org.sim.stats().recordingsArchived();
        assertTrue(
                firstArchived > 0 && firstArchived < truth.size(),
                "stopped mid-run after " + firstArchived + " recordings");

        CamelContext run2 = start(
                routes,
                java.util.Map.of(
                        "archived", FileIdempotentRepository.fileIdempotentRepository(done.toFile()),
                        "journal", FileStateRepository.fileStateRepository(journal.toFile())));
        try {
            run2.createProducerTemplate().requestBody("direct:batch", voice);
        } finally {
            run2.stop();
        }

        SimulatorStats stats = org.sim.stats();
        Set<String> archived = stats.recordings().entrySet().stream()
                .filter(r -> r.getValue().archived() > 0)
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertEquals(truth, archived, "every recording archived");
        assertEquals(0, stats.recordingsArchivedMoreThanOnce(), "no recording archived twice");
    }
}
