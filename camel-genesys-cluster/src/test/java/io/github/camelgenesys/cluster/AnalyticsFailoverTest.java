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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
 * routes/analytics-to-postgres.yaml on three nodes (separate JVMs running Camel Main) elected through a real
 * ZooKeeper server, writing into a real PostgreSQL, against one simulator. The leader is killed with SIGKILL twice,
 * at points drawn from the seed (the leader ZooKeeper names); the last node finishes. The table must hold every
 * conversation of the simulator exactly once, only the first leader may have started without a checkpoint, and at
 * most one row per kill may have been written twice (the conversation in flight): the node that takes over continues
 * from the shared checkpoint, not from the start.
 * <p>
 * {@code -Dcluster.conversations=50000 -Dcluster.seeds=11,23,42} runs the full-size variant; takeover times are
 * appended to {@code target/cluster-failover.txt} (measured, not asserted), the nodes' logs are in
 * {@code target/cluster-nodes}.
 */
class AnalyticsFailoverTest {

    private static final int CONVERSATIONS = Integer.getInteger("cluster.conversations", 1_500);
    private static final int DAYS = Math.max(3, CONVERSATIONS / 5_000);
    /** The node's ZooKeeper session timeout: how long a killed leader keeps its leadership. */
    private static final int SESSION_TIMEOUT_MS = 3_000;

    private static final Duration EXPORT_BOUND = Duration.ofSeconds(60 + CONVERSATIONS / 100);

    @TempDir
    static Path dir;
    /** The nodes' logs, kept after the run. */
    private static final Path LOGS = Path.of("target", "cluster-nodes");

    private static Postgres postgres;
    private static TestingServer zookeeper;
    private static GenesysCloudSimulator simulator;
    private static final LaterClock CLOCK = new LaterClock();
    private static Set<String> expected;
    private static ElectionView election;

    @BeforeAll
    static void startEngines() throws Exception {
        Files.createDirectories(LOGS);
        postgres = Postgres.start();
        zookeeper = Failover.zookeeper(dir.resolve("zookeeper"));
        simulator = GenesysCloudSimulator.builder()
                .conversations(CONVERSATIONS)
                .days(DAYS)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(50))
                .clock(CLOCK)
                .build();
        election = new ElectionView(zookeeper.getConnectString());
        simulator.start();
        CLOCK.moveForward(Duration.ofHours(2));
        expected = simulator
                .data()
                .conversationIds(
                        Criteria.startedBetween(startDate(), CLOCK.instant()).completedOnly())
                .collect(Collectors.toSet());
        assertEquals(CONVERSATIONS, expected.size(), "every simulated conversation is final and available");
    }

    @AfterAll
    static void stopEngines() throws Exception {
        Failover.stop(simulator, election, zookeeper, postgres);
    }

    private static Instant startDate() {
        return simulator.data().historyStart().minus(Duration.ofHours(1));
    }

    /** The seeds to run: {@code -Dcluster.seeds=7,42,99}; one by default to keep the build short. */
    static LongStream seeds() {
        return Failover.seeds("7");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theStandbyFinishesTheExportFromTheSharedCheckpointAfterTheLeaderIsKilled(long seed) throws Exception {
        postgres.execute("DROP TABLE IF EXISTS genesys_conversation, genesys_state");
        Random random = new Random(seed);
        long[] killAt = {
            Math.round(CONVERSATIONS * (0.1 + 0.3 * random.nextDouble())),
            Math.round(CONVERSATIONS * (0.5 + 0.3 * random.nextDouble()))
        };
        List<NodeProcess> nodes = new ArrayList<>();
        List<String> report = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (String name : List.of("node-a", "node-b", "node-c")) {
                nodes.add(NodeProcess.start(
                        name + "-" + seed, LOGS, nodeProperties(name + "-" + seed, seed), Failover.secrets(simulator)));
            }
            for (long point : killAt) {
                await("the export passes " + point + " rows", nodes, () -> rows() >= point);
                String electionPath = "/camel-genesys/analytics-" + seed;
                await(
                        "ZooKeeper names a leader",
                        nodes,
                        () -> election.leader(electionPath).isPresent());
                NodeProcess leader = Failover.electedNode(election, electionPath, nodes);
                long beforeKill = System.nanoTime();
                leader.kill();
                long atKill = rows();
                await("another node takes the leadership", nodes, () -> Failover.leader(nodes) != null);
                long elected = System.nanoTime();
                await("the new leader writes", nodes, () -> rows() > atKill);
                long writing = System.nanoTime();
                report.add(String.format(
                        "seed %d, %d conversations: killed %s at %d rows; leadership after %d ms,"
                                + " first new row after %d ms (ZooKeeper session timeout %d ms)",
                        seed,
                        CONVERSATIONS,
                        leader.name(),
                        atKill,
                        Failover.millis(beforeKill, elected),
                        Failover.millis(beforeKill, writing),
                        SESSION_TIMEOUT_MS));
            }
            await("every conversation is stored", nodes, () -> rows() >= CONVERSATIONS);
            // the last leader idles at the watermark now; nothing more may arrive
            Thread.sleep(500);

            int freshStarts = 0;
            for (NodeProcess node : nodes) {
                freshStarts += node.freshStarts();
            }
            assertEquals(
                    1,
                    freshStarts,
                    "only the first leader found no checkpoint; every later one continued"
                            + " from the shared checkpoint");
            Set<String> stored = storedIds();
            assertEquals(CONVERSATIONS, rows(), "one row per conversation");
            assertEquals(expected, stored, "exactly the simulator's conversations");
            long rewrites = postgres.count("SELECT coalesce(sum(writes - 1), 0) FROM genesys_conversation");
            int spuriousLosses = 0;
            StringBuilder events = new StringBuilder();
            for (NodeProcess node : nodes) {
                spuriousLosses += node.leadershipsLost();
                events.append("\n").append(node.name()).append(": ").append(node.leadershipEvents());
            }
            if (spuriousLosses == 0) {
                assertTrue(
                        rewrites <= killAt.length,
                        "at most the conversation in flight is redelivered per kill,"
                                + " not a restart from the beginning: " + rewrites + " rewrites" + events);
            } else {
                // a live leader starved of CPU past its session timeout delivers on until it notices: more rewrites,
                // absorbed by the upsert, but never a restart from the beginning
                assertTrue(
                        rewrites < killAt[0],
                        rewrites + " rewrites after " + spuriousLosses + " leadership losses" + events);
            }
            report.add(String.format(
                    "seed %d: %d rows, %d rewritten after a takeover, %d leadership losses of"
                            + " running nodes; %d s from the nodes' start to the last row, load average %s",
                    seed,
                    CONVERSATIONS,
                    rewrites,
                    spuriousLosses,
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
                "analytics-to-postgres.yaml",
                "analytics-" + seed,
                EXPORT_BOUND.multipliedBy(4),
                zookeeper,
                SESSION_TIMEOUT_MS,
                postgres,
                simulator);
        p.put("analytics.start-date", startDate().toString());
        p.put("analytics.window-size", "1d");
        p.put("analytics.job-poll-interval", "PT0.05S");
        p.put("analytics.delay", "200");
        return p;
    }

    private static long rows() {
        try {
            // the table is created by the first node that starts
            return postgres.count("SELECT count(*) FROM pg_tables WHERE tablename = 'genesys_conversation'") == 0
                    ? 0
                    : postgres.count("SELECT count(*) FROM genesys_conversation");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> storedIds() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = postgres.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT conversation_id, details ->> 'conversationId'" + " FROM genesys_conversation")) {
            while (rows.next()) {
                assertEquals(rows.getString(1), rows.getString(2), "the row's details are its conversation's");
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static void await(String what, List<NodeProcess> nodes, BooleanSupplier condition) throws Exception {
        Failover.await(what, EXPORT_BOUND, nodes, () -> rows() + " rows", condition);
    }
}
