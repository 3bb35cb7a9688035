package io.github.camelgenesys.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import org.apache.curator.test.InstanceSpec;
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
        // tick 250 ms: sessions may be as short as 500 ms, so the test controls the takeover delay
        zookeeper = new TestingServer(new InstanceSpec(dir.resolve("zookeeper").toFile(), -1, -1, -1, true, -1, 250,
                -1), true);
        simulator = GenesysCloudSimulator.builder().conversations(CONVERSATIONS).days(DAYS).rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(50)).clock(CLOCK).build();
        election = new ElectionView(zookeeper.getConnectString());
        simulator.start();
        CLOCK.moveForward(Duration.ofHours(2));
        expected = simulator.data().conversationIds(Criteria.startedBetween(startDate(), CLOCK.instant())
                .completedOnly()).collect(Collectors.toSet());
        assertEquals(CONVERSATIONS, expected.size(), "every simulated conversation is final and available");
    }

    @AfterAll
    static void stopEngines() throws Exception {
        if (simulator != null) {
            simulator.stop();
        }
        if (election != null) {
            election.close();
        }
        if (zookeeper != null) {
            zookeeper.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Instant startDate() {
        return simulator.data().historyStart().minus(Duration.ofHours(1));
    }

    /** The seeds to run: {@code -Dcluster.seeds=7,42,99}; one by default to keep the build short. */
    static LongStream seeds() {
        return Arrays.stream(System.getProperty("cluster.seeds", "7").split(",")).mapToLong(Long::parseLong);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theStandbyFinishesTheExportFromTheSharedCheckpointAfterTheLeaderIsKilled(long seed) throws Exception {
        postgres.execute("DROP TABLE IF EXISTS genesys_conversation, genesys_state");
        Random random = new Random(seed);
        long[] killAt = {Math.round(CONVERSATIONS * (0.1 + 0.3 * random.nextDouble())),
                Math.round(CONVERSATIONS * (0.5 + 0.3 * random.nextDouble()))};
        List<NodeProcess> nodes = new ArrayList<>();
        List<String> report = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (String name : List.of("node-a", "node-b", "node-c")) {
                nodes.add(NodeProcess.start(name + "-" + seed, LOGS, nodeProperties(name + "-" + seed, seed),
                        Map.of("POSTGRES_PASSWORD", Postgres.PASSWORD, "GENESYS_CLIENT_SECRET",
                                simulator.clientSecret())));
            }
            for (long point : killAt) {
                await("the export passes " + point + " rows", nodes, () -> rows() >= point);
                String electionPath = "/camel-genesys/analytics-" + seed;
                await("ZooKeeper names a leader", nodes, () -> election.leader(electionPath).isPresent());
                String leaderId = election.leader(electionPath).orElseThrow();
                NodeProcess leader = nodes.stream().filter(n -> n.name().equals(leaderId)).findFirst()
                        .orElseThrow(() -> new AssertionError("no node is named " + leaderId));
                long beforeKill = System.nanoTime();
                leader.kill();
                long atKill = rows();
                await("another node takes the leadership", nodes, () -> leader(nodes) != null);
                long elected = System.nanoTime();
                await("the new leader writes", nodes, () -> rows() > atKill);
                long writing = System.nanoTime();
                report.add(String.format("seed %d, %d conversations: killed %s at %d rows; leadership after %d ms,"
                        + " first new row after %d ms (ZooKeeper session timeout %d ms)", seed, CONVERSATIONS,
                        leader.name(), atKill, millis(beforeKill, elected), millis(beforeKill, writing),
                        SESSION_TIMEOUT_MS));
            }
            await("every conversation is stored", nodes, () -> rows() >= CONVERSATIONS);
            // the last leader idles at the watermark now; nothing more may arrive
            Thread.sleep(500);

            int freshStarts = 0;
            for (NodeProcess node : nodes) {
                freshStarts += node.freshStarts();
            }
            assertEquals(1, freshStarts, "only the first leader found no checkpoint; every later one continued"
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
                assertTrue(rewrites <= killAt.length, "at most the conversation in flight is redelivered per kill,"
                        + " not a restart from the beginning: " + rewrites + " rewrites" + events);
            } else {
                // a live leader starved of CPU past its session timeout delivers on until it notices: more rewrites,
                // absorbed by the upsert, but never a restart from the beginning
                assertTrue(rewrites < killAt[0], rewrites + " rewrites after " + spuriousLosses
                        + " leadership losses" + events);
            }
            report.add(String.format("seed %d: %d rows, %d rewritten after a takeover, %d leadership losses of"
                    + " running nodes; %d s from the nodes' start to the last row, load average %s", seed, CONVERSATIONS,
                    rewrites, spuriousLosses,
                    millis(started, System.nanoTime()) / 1000, loadAverage()));
            record(report);
        } finally {
            for (NodeProcess node : nodes) {
                node.close();
            }
        }
    }

    private static Map<String, String> nodeProperties(String nodeId, long seed) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.main.name", nodeId);
        // a node left behind by a crashed test run ends by itself
        p.put("camel.main.duration-max-seconds", Long.toString(4 * EXPORT_BOUND.toSeconds()));
        p.put("camel.main.routes-include-pattern",
                "classpath:routes/analytics-to-postgres.yaml,classpath:cluster/zookeeper.yaml");
        p.put("cluster.node-id", nodeId);
        p.put("cluster.namespace", "analytics-" + seed);
        p.put("cluster.zookeeper.nodes", zookeeper.getConnectString());
        p.put("cluster.zookeeper.session-timeout", Integer.toString(SESSION_TIMEOUT_MS));
        p.put("postgres.url", postgres.url());
        p.put("postgres.user", Postgres.USER);
        // secrets as the deploy files give them: environment variables resolved by Camel
        p.put("postgres.password", "{{env:POSTGRES_PASSWORD}}");
        p.put("analytics.start-date", startDate().toString());
        p.put("analytics.window-size", "1d");
        p.put("analytics.job-poll-interval", "PT0.05S");
        p.put("analytics.delay", "200");
        p.put("camel.component.genesys.api-url", simulator.baseUrl());
        p.put("camel.component.genesys.login-url", simulator.baseUrl());
        p.put("camel.component.genesys.client-id", simulator.clientId());
        p.put("camel.component.genesys.client-secret", "{{env:GENESYS_CLIENT_SECRET}}");
        p.put("camel.component.genesys.rate-limit-per-minute", "0");
        return p;
    }

    /** The live node whose log says it holds the leadership (killed ones are not alive). */
    private static NodeProcess leader(List<NodeProcess> nodes) {
        for (NodeProcess node : nodes) {
            try {
                if (node.alive() && node.leads()) {
                    return node;
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static long rows() {
        try {
            // the table is created by the first node that starts
            return postgres.count("SELECT count(*) FROM pg_tables WHERE tablename = 'genesys_conversation'") == 0 ? 0
                    : postgres.count("SELECT count(*) FROM genesys_conversation");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> storedIds() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT conversation_id, details ->> 'conversationId'"
                     + " FROM genesys_conversation")) {
            while (rows.next()) {
                assertEquals(rows.getString(1), rows.getString(2), "the row's details are its conversation's");
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Waits, bounded, for a condition; on timeout fails with the nodes' logs. */
    private static void await(String what, List<NodeProcess> nodes, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + EXPORT_BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || nodes.stream().noneMatch(NodeProcess::alive)) {
                StringBuilder logs = new StringBuilder();
                for (NodeProcess node : nodes) {
                    String log = node.log();
                    logs.append("\n--- ").append(node.name()).append(node.alive() ? "" : " (killed)").append(" ---\n")
                            .append(log, Math.max(0, log.length() - 4_000), log.length());
                }
                throw new AssertionError("Gave up waiting until " + what + " (" + rows() + " rows)" + logs);
            }
            Thread.sleep(20);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
    }

    private static void record(List<String> lines) throws IOException {
        lines.forEach(System.out::println);
        Path file = Path.of("target", "cluster-failover.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

}
