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
package io.github.camelgenesys.springboot.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.camelgenesys.GenesysComponent;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boots the Spring Boot example with the shipped routes/*.yaml, the genesys starter configured from application.yaml
 * and a simulator of this test, and checks what every pipeline produced.
 */
class SpringBootExampleTest {
    /** All pipelines together must have produced their output within this time after the application started. */
    private static final Duration WAIT = Duration.ofSeconds(50);

    private static final Duration DATA_LAG = Duration.ofHours(6);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path output;

    private GenesysCloudSimulator sim;
    private long deadlineNanos;
    private HttpServer webhook;
    private final AtomicInteger webhookPosts = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        sim = GenesysCloudSimulator.builder()
                .conversations(300)
                .days(10)
                .seed(7L)
                .queues(4)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(50))
                .liveRatePerMinute(0)
                .dataLag(DATA_LAG)
                .build();
        sim.start();
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/webhook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if ("POST".equals(exchange.getRequestMethod())) {
                webhookPosts.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stop() {
        webhook.stop(0);
        sim.close();
    }

    @Test
    void runsTheFiveShippedPipelinesWithTheStarterAndWritesWhatEachOfThemProduced() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant archiveFrom = sim.data().historyStart().truncatedTo(ChronoUnit.SECONDS);
        Instant archiveTo = now.minus(Duration.ofDays(2));
        Set<String> toArchive = ids(Criteria.startedBetween(archiveFrom, archiveTo)
                .mediaType("voice")
                .completedOnly());
        long recordings = toArchive.stream()
                .mapToLong(id -> sim.data().recordingIds(id).size())
                .sum();
        Instant messagingTo = now.minus(Duration.ofHours(1));
        Instant messagingFrom = messagingTo.minus(Duration.ofDays(2));
        Set<String> toSync = ids(Criteria.startedBetween(messagingFrom, messagingTo)
                .mediaType("message")
                .completedOnly());
        Instant analyticsFrom = now.minus(Duration.ofDays(3));
        Instant reportTo = now.minus(Duration.ofDays(1));
        Instant reportFrom = reportTo.minus(Duration.ofDays(2));
        String queue = sim.data().queueIds().get(0);
        String live = sim.live().startConversation(queue, "voice");
        assertThat(toArchive).hasSizeGreaterThan(10);
        assertThat(toSync).hasSizeGreaterThan(3);

        // command-line arguments, as a user would override application.yaml
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GenesysSpringBootExample.class)
                .main(GenesysSpringBootExample.class)
                .run(
                        "--camel.main.run-controller=false",
                        "--genesys.simulator.url=" + sim.baseUrl(),
                        "--genesys.simulator.client-id=" + sim.clientId(),
                        "--genesys.simulator.client-secret=" + sim.clientSecret(),
                        "--genesys.output-dir=" + output,
                        "--archive.cron=0/2 * * * * ?",
                        "--archive.lookback=" + archiveFrom + "/" + archiveTo,
                        "--messaging.interval=" + messagingFrom + "/" + messagingTo,
                        "--messaging.delay=1000",
                        "--messaging.webhook-url=http://127.0.0.1:"
                                + webhook.getAddress().getPort() + "/webhook",
                        "--analytics.start-date=" + analyticsFrom,
                        "--analytics.delay=500",
                        "--report.cron=0/2 * * * * ?",
                        "--report.interval=" + reportFrom + "/" + reportTo,
                        "--live.delay=300",
                        "--camel.health.exposure-level=full")) {
            deadlineNanos = System.nanoTime() + WAIT.toNanos();
            CamelContext camel = app.getBean(CamelContext.class);
            assertThat(camel.getRoutes())
                    .extracting(Route::getRouteId)
                    .containsExactlyInAnyOrder(
                            "archive-pipeline", "messaging-sync", "analytics-export", "live-monitor", "queue-report");
            GenesysComponent component = camel.getComponent("genesys", GenesysComponent.class);
            assertThat(component.getConfiguration().getApiUrl()).isEqualTo(sim.baseUrl());

            // archive-pipeline: every recording of the old voice conversations archived once, each id remembered
            await(
                    "archive",
                    () -> sim.stats().recordingsArchived() == recordings
                            && archivedIds().equals(toArchive));
            // messaging-sync: one file and one webhook POST per messaging conversation
            await(
                    "messaging",
                    () -> fileNames(output.resolve("messaging/conversations")).size() == toSync.size()
                            && webhookPosts.get() >= toSync.size());
            assertThat(fileNames(output.resolve("messaging/conversations")))
                    .isEqualTo(toSync.stream().map(id -> id + ".json").collect(java.util.stream.Collectors.toSet()));
            // analytics-export: every conversation available (data lag + the component's availability lag) once
            Set<String> available = ids(
                    Criteria.startedBetween(analyticsFrom, now.minus(DATA_LAG).minus(Duration.ofMinutes(5)))
                            .completedOnly());
            await("analytics", () -> exportedIds().containsAll(available));
            List<String> exported = exportedIdList();
            assertThat(new HashSet<>(exported)).hasSize(exported.size());
            // live-monitor: the conversation started before the application is reported
            await(
                    "live",
                    () -> lines(output.resolve("live/events.jsonl")).stream()
                            .anyMatch(l -> l.contains(live) && l.contains("\"STARTED\"")));
            // the actuator's health shows the genesys consumer checks (camel-spring-boot's Camel health indicator)
            assertGenesysHealth(app);
            // queue-report: a CSV with the header and one line per queue and media type (first run of the cron)
            await("report", () -> reportLines().size() > 1);
            List<String> report = reportLines();
            assertThat(report.get(0)).isEqualTo("from,to,queueId,mediaType,offered,answered,avgHandleMs,abandoned");
            String[] first = report.get(1).split(",", -1);
            assertThat(Long.parseLong(first[4]))
                    .isEqualTo(sim.data()
                            .count(Criteria.startedBetween(reportFrom, reportTo)
                                    .queueId(first[2])
                                    .mediaType(first[3])));
        }
        assertThat(sim.stats().recordingsArchivedMoreThanOnce()).isZero();
        assertThat(sim.stats().tokensIssued()).isPositive();
    }

    private void assertGenesysHealth(ConfigurableApplicationContext app) {
        org.springframework.boot.actuate.health.HealthContributorRegistry registry =
                app.getBean(org.springframework.boot.actuate.health.HealthContributorRegistry.class);
        String camelHealth = registry.stream()
                .filter(c -> c.getContributor()
                        instanceof org.apache.camel.spring.boot.actuate.health.CamelHealthCheckIndicator)
                .map(c -> c.getName() + " "
                        + ((org.springframework.boot.actuate.health.HealthIndicator) c.getContributor())
                                .getHealth(true))
                .findFirst()
                .orElseThrow(() -> new AssertionError("camel-spring-boot registers its health indicator"));
        assertThat(camelHealth).contains("consumer:live-monitor").contains("genesys.client");
        assertThat(camelHealth).doesNotContain(sim.clientSecret()).doesNotContain(sim.clientId());
    }

    private Set<String> ids(Criteria criteria) {
        return Set.copyOf(sim.data().conversationIds(criteria).toList());
    }

    private Set<String> archivedIds() {
        Set<String> ids = new HashSet<>();
        for (String key : lines(output.resolve("archive/archived-conversations.txt"))) {
            ids.add(key.substring(0, key.lastIndexOf(':')));
        }
        return ids;
    }

    private List<String> exportedIdList() {
        return files(output.resolve("analytics"), ".jsonl").stream()
                .flatMap(f -> lines(f).stream())
                .map(SpringBootExampleTest::conversationId)
                .toList();
    }

    private static String conversationId(String jsonLine) {
        try {
            return JSON.readTree(jsonLine).path("conversationId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> exportedIds() {
        return new HashSet<>(exportedIdList());
    }

    private List<String> reportLines() {
        List<Path> reports = files(output.resolve("reports"), ".csv");
        return reports.isEmpty() ? List.of() : lines(reports.get(0));
    }

    private static Set<String> fileNames(Path dir) {
        Set<String> names = new HashSet<>();
        files(dir, ".json").forEach(f -> names.add(f.getFileName().toString()));
        return names;
    }

    /** The files of a folder with this suffix, by name; none while the folder does not exist yet. */
    private static List<Path> files(Path dir, String suffix) {
        File[] found = dir.toFile().listFiles((d, name) -> name.endsWith(suffix));
        return found == null
                ? List.of()
                : Stream.of(found).map(File::toPath).sorted().toList();
    }

    /** The non-blank lines of a file; none while it does not exist yet. */
    private static List<String> lines(Path file) {
        try {
            return Files.exists(file)
                    ? Files.readAllLines(file).stream()
                            .filter(l -> !l.isBlank())
                            .toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void await(String what, Callable<Boolean> condition) {
        Duration left = Duration.ofNanos(Math.max(deadlineNanos - System.nanoTime(), 500_000_000L));
        Awaitility.await(what + " pipeline's output")
                .atMost(left)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(condition);
    }
}
