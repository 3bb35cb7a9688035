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
package io.github.camelgenesys.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * routes/archive-to-postgres.yaml on three nodes (separate JVMs running Camel Main) elected through a real ZooKeeper
 * server, with the archived ids (camel-sql's JdbcMessageIdRepository) and the journal of recording jobs
 * (JdbcStateRepository) in a real PostgreSQL, against one simulator. The leader is killed with SIGKILL twice, while
 * a recording job is READY or PROCESSING (the job and the state drawn from the seed); the node that takes over follows
 * the remembered job. The simulator's stats must show every recording of the conversations searched archived exactly
 * once.
 * <p>
 * {@code -Dcluster.seeds=3,8,13} runs more seeds; takeover times are appended to {@code target/cluster-failover.txt}
 * (measured, not asserted), the nodes' logs are in {@code target/cluster-nodes}.
 */
class ArchiveFailoverTest {

    private static final int BATCH = 20;
    /** The node's ZooKeeper session timeout: how long a killed leader keeps its leadership. */
    private static final int SESSION_TIMEOUT_MS = 3_000;

    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final String JOBS = "/api/v2/recording/jobs";

    @TempDir
    static Path dir;

    private static final Path LOGS = Path.of("target", "cluster-nodes");

    private static Postgres postgres;
    private static TestingServer zookeeper;
    private static GenesysCloudSimulator simulator;
    private static ElectionView election;
    private static Instant from;
    private static Instant to;
    private static Set<String> expected;

    @BeforeAll
    static void startEngines() throws Exception {
        Files.createDirectories(LOGS);
        postgres = Postgres.start();
        zookeeper = Failover.zookeeper(dir.resolve("zookeeper"));
        simulator = GenesysCloudSimulator.builder()
                .conversations(500)
                .days(3)
                .seed(16L)
                .rateLimitPerMinute(0)
                .liveRatePerMinute(0)
                .jobDelay(Duration.ofMillis(700))
                .dataLag(Duration.ofMinutes(1))
                .recordingInclusionLag(Duration.ofMinutes(1))
                .build();
        election = new ElectionView(zookeeper.getConnectString());
        simulator.start();
        from = simulator.data().historyStart().minus(Duration.ofHours(1));
        to = Instant.now().minus(Duration.ofHours(2));
        expected = simulator
                .data()
                .conversationIds(
                        Criteria.startedBetween(from, to).mediaType("voice").completedOnly())
                .flatMap(id -> simulator.data().recordingIds(id).stream())
                .collect(Collectors.toSet());
        assertTrue(expected.size() > 6 * BATCH, "enough recordings for several jobs: " + expected.size());
    }

    @AfterAll
    static void stopEngines() throws Exception {
        Failover.stop(simulator, election, zookeeper, postgres);
    }

    static LongStream seeds() {
        return Failover.seeds("3");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theStandbyFollowsTheRememberedJobAndNoRecordingIsArchivedTwiceOrMissed(long seed) throws Exception {
        postgres.execute("DROP TABLE IF EXISTS genesys_state, CAMEL_MESSAGEPROCESSED");
        simulator.resetStats();
        Random random = new Random(seed);
        // the first kill while a job is READY or PROCESSING (drawn from the seed), the second in the other state;
        // each once 0 or 1 more jobs of this seed than at the previous kill are FULFILLED
        String first = random.nextBoolean() ? "READY" : "PROCESSING";
        String[] killState = {first, "READY".equals(first) ? "PROCESSING" : "READY"};
        List<NodeProcess> nodes = new ArrayList<>();
        List<String> report = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (String name : List.of("node-a", "node-b", "node-c")) {
                String id = "archive-" + name + "-" + seed;
                nodes.add(NodeProcess.start(id, LOGS, nodeProperties(id, seed), Failover.secrets(simulator)));
            }
            // the simulator keeps the jobs of earlier seeds
            long fulfilledAtKill = jobs("FULFILLED") - 1;
            for (String state : killState) {
                long after = fulfilledAtKill + 1 + random.nextInt(2);
                await(
                        "a job is " + state + " after " + after + " fulfilled",
                        nodes,
                        () -> jobs("FULFILLED") >= after && jobs(state) > 0);
                NodeProcess leader = Failover.electedNode(election, "/camel-genesys/archive-" + seed, nodes);
                long beforeKill = System.nanoTime();
                leader.kill();
                SimulatorStats atKill = simulator.stats();
                fulfilledAtKill = atKill.recordingJobsByState().getOrDefault("FULFILLED", 0L);
                long requestsAtKill = jobRequests(atKill);
                await("another node takes the leadership", nodes, () -> Failover.leader(nodes) != null);
                long elected = System.nanoTime();
                await(
                        "the new leader calls the recording jobs API",
                        nodes,
                        () -> jobRequests(simulator.stats()) > requestsAtKill);
                long calling = System.nanoTime();
                report.add(String.format(
                        "archive seed %d: killed %s with a job %s (jobs by state %s); leadership"
                                + " after %d ms, first recording-jobs request of the new leader after %d ms (ZooKeeper session"
                                + " timeout %d ms)",
                        seed,
                        leader.name(),
                        state,
                        atKill.recordingJobsByState(),
                        Failover.millis(beforeKill, elected),
                        Failover.millis(beforeKill, calling),
                        SESSION_TIMEOUT_MS));
            }
            await(
                    "every recording is archived and no job is left",
                    nodes,
                    () -> simulator.stats().recordingsArchived() >= expected.size()
                            && jobs("PENDING") == 0
                            && jobs("READY") == 0
                            && jobs("PROCESSING") == 0);
            // the last leader idles until its next search; nothing more may happen
            Thread.sleep(500);

            SimulatorStats stats = simulator.stats();
            Set<String> archived = stats.recordings().entrySet().stream()
                    .filter(r -> r.getValue().archived() > 0)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertEquals(
                    0,
                    stats.recordingsArchivedMoreThanOnce(),
                    "no recording archived twice: " + stats.recordingJobsByState());
            assertEquals(expected, archived, "every recording of the conversations searched, none missed");
            assertEquals(0L, stats.recordingJobsByState().getOrDefault("CANCELLED", 0L), "no job abandoned");
            int followed = 0;
            for (NodeProcess node : nodes) {
                followed += node.log().split("remembered from an earlier run", -1).length - 1;
            }
            assertTrue(followed >= killState.length, "each takeover followed the job its leader left: " + followed);
            report.add(String.format(
                    "archive seed %d: %d recordings archived once in %d jobs, %d remembered jobs"
                            + " followed after takeovers; %d s from the nodes' start to the last job, load average %s",
                    seed,
                    archived.size(),
                    stats.requestCount("POST " + JOBS, 202),
                    followed,
                    Failover.millis(started, System.nanoTime()) / 1000,
                    Failover.loadAverage()));
            Failover.record(report);
        } finally {
            Failover.stop(nodes.toArray(new AutoCloseable[0]));
        }
    }

    private static Map<String, String> nodeProperties(String nodeId, long seed) {
        Map<String, String> p = Failover.nodeProperties(
                nodeId,
                "archive-to-postgres.yaml",
                "archive-" + seed,
                BOUND.multipliedBy(2),
                zookeeper,
                SESSION_TIMEOUT_MS,
                postgres,
                simulator);
        p.put("archive.interval", from + "/" + to);
        p.put("archive.media-type", "voice");
        // one search per leadership: the next leader searches again and skips what was archived
        p.put("archive.delay", "3600000");
        p.put("archive.group-size", Integer.toString(2 * BATCH));
        p.put("archive.group-timeout", "500");
        p.put("archive.batch-size", Integer.toString(BATCH));
        p.put("archive.action", "ARCHIVE");
        p.put("archive.job-poll-interval", "200ms");
        return p;
    }

    private static long jobs(String state) {
        return simulator.stats().recordingJobsByState().getOrDefault(state, 0L);
    }

    private static long jobRequests(SimulatorStats stats) {
        return stats.requests().entrySet().stream()
                .filter(e -> e.getKey().contains(JOBS))
                .mapToLong(e -> e.getValue().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .sum();
    }

    private static void await(String what, List<NodeProcess> nodes, BooleanSupplier condition) throws Exception {
        Failover.await(
                what,
                BOUND,
                nodes,
                () -> simulator.stats().recordingJobsByState() + ", "
                        + simulator.stats().recordingsArchived() + " recordings archived",
                condition);
    }
}
