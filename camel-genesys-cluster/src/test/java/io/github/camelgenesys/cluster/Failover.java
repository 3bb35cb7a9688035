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

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;

/** What the failover tests share: bounded waits over the nodes, the leader by its log, the report file. */
final class Failover {

    private Failover() {}

    /** The seeds to run: {@code -Dcluster.seeds=7,42,99}; {@code fallback} by default to keep the build short. */
    static LongStream seeds(String fallback) {
        return Arrays.stream(System.getProperty("cluster.seeds", fallback).split(","))
                .mapToLong(Long::parseLong);
    }

    /** A real ZooKeeper server; tick 250 ms, so sessions may be as short as 500 ms and the test sets the takeover delay. */
    static TestingServer zookeeper(Path dir) throws Exception {
        return new TestingServer(new InstanceSpec(dir.toFile(), -1, -1, -1, true, -1, 250, -1), true);
    }

    /**
     * What every node gets: its name, the route file plus the ZooKeeper cluster service, the election, PostgreSQL and
     * the simulator. Secrets as the deploy files give them: environment variables resolved by Camel
     * ({@link #SECRETS}).
     */
    static Map<String, String> nodeProperties(
            String nodeId,
            String routeFile,
            String namespace,
            Duration bound,
            TestingServer zookeeper,
            int sessionTimeoutMs,
            Postgres postgres,
            GenesysCloudSimulator simulator) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("camel.main.name", nodeId);
        // a node left behind by a crashed test run ends by itself
        p.put("camel.main.duration-max-seconds", Long.toString(bound.toSeconds()));
        p.put(
                "camel.main.routes-include-pattern",
                "classpath:routes/" + routeFile + ",classpath:cluster/zookeeper.yaml");
        p.put("cluster.node-id", nodeId);
        p.put("cluster.namespace", namespace);
        p.put("cluster.zookeeper.nodes", zookeeper.getConnectString());
        p.put("cluster.zookeeper.session-timeout", Integer.toString(sessionTimeoutMs));
        p.put("postgres.url", postgres.url());
        p.put("postgres.user", Postgres.USER);
        p.put("postgres.password", "{{env:POSTGRES_PASSWORD}}");
        p.put("camel.component.genesys.api-url", simulator.baseUrl());
        p.put("camel.component.genesys.login-url", simulator.baseUrl());
        p.put("camel.component.genesys.client-id", simulator.clientId());
        p.put("camel.component.genesys.client-secret", "{{env:GENESYS_CLIENT_SECRET}}");
        p.put("camel.component.genesys.rate-limit-per-minute", "0");
        return p;
    }

    /** The environment of a node: the secrets {@link #nodeProperties} refers to. */
    static Map<String, String> secrets(GenesysCloudSimulator simulator) {
        return Map.of("POSTGRES_PASSWORD", Postgres.PASSWORD, "GENESYS_CLIENT_SECRET", simulator.clientSecret());
    }

    /** Waits, bounded, for a condition; on timeout (or when every node is gone) fails with the nodes' logs. */
    static void await(
            String what, Duration bound, List<NodeProcess> nodes, Supplier<String> status, BooleanSupplier condition)
            throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || nodes.stream().noneMatch(NodeProcess::alive)) {
                StringBuilder logs = new StringBuilder();
                for (NodeProcess node : nodes) {
                    String log = node.log();
                    logs.append("\n--- ")
                            .append(node.name())
                            .append(node.alive() ? "" : " (killed)")
                            .append(" ---\n")
                            .append(log, Math.max(0, log.length() - 4_000), log.length());
                }
                throw new AssertionError("Gave up waiting until " + what + " (" + status.get() + ")" + logs);
            }
            Thread.sleep(20);
        }
    }

    /** The live node whose log says it holds the leadership (killed ones are not alive). */
    static NodeProcess leader(List<NodeProcess> nodes) {
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

    /** The node ZooKeeper names as the leader of {@code electionPath}. */
    static NodeProcess electedNode(ElectionView election, String electionPath, List<NodeProcess> nodes) {
        String leaderId = election.leader(electionPath).orElseThrow();
        return nodes.stream()
                .filter(n -> n.name().equals(leaderId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node is named " + leaderId));
    }

    /** Stops the engines a test started, in this order; those it did not get to start are null. */
    static void stop(AutoCloseable... engines) throws Exception {
        for (AutoCloseable engine : engines) {
            if (engine != null) {
                engine.close();
            }
        }
    }

    static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
    }

    /** Prints the lines and appends them to {@code target/cluster-failover.txt} (measured, not asserted). */
    static void record(List<String> lines) throws IOException {
        lines.forEach(System.out::println);
        Path file = Path.of("target", "cluster-failover.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
