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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One cluster node: a separate JVM running Camel Main ({@code org.apache.camel.main.Main}) on this module's test
 * classpath with the given properties, as a deployment would. {@link #kill()} is SIGKILL (kill -9): no shutdown hook,
 * no graceful stop, no ZooKeeper session close; open transactions are rolled back by PostgreSQL.
 */
final class NodeProcess implements AutoCloseable {

    private static final String TAKEN = "Leadership taken";
    private static final String LOST = "Leadership lost. Stopping consumer";

    private final String name;
    private final Path log;
    private final Process process;

    private NodeProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    static NodeProcess start(String name, Path dir, Map<String, String> properties, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("org.apache.camel.main.Main");
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(dir.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new NodeProcess(name, log, process);
    }

    String name() {
        return name;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Whether the node's log says it holds the leadership (Camel's master consumer logs when it takes or loses it). */
    boolean leads() throws IOException {
        String text = log();
        return text.lastIndexOf(TAKEN) > text.lastIndexOf(LOST);
    }

    /** How often the node lost the leadership while it was running (a session expired without a crash). */
    int leadershipsLost() throws IOException {
        return log().split(LOST, -1).length - 1;
    }

    /** How often the node's consumer found no checkpoint and started at startDate (DetailsJobConsumer logs it). */
    int freshStarts() throws IOException {
        return log().split("No checkpoint under state key", -1).length - 1;
    }

    /** The node's leadership log lines, for a failure message. */
    String leadershipEvents() throws IOException {
        StringBuilder events = new StringBuilder();
        log().lines()
                .filter(l -> l.contains(TAKEN) && l.contains("success") || l.contains(LOST))
                .forEach(l -> events.append("\n  ").append(l, 0, Math.min(l.length(), 140)));
        return events.toString();
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name + " (log " + log + ")";
    }
}
