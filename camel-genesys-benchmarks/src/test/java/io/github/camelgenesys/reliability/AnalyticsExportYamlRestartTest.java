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

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped routes/analytics-export.yaml itself, run by Camel Main as a user would (component settings as
 * {@code camel.component.genesys.*} properties), under a 502/503/504 burst and malformed bodies, stopped at a seeded
 * point and started again on the same output folder (its checkpoint file and its JSONL files): every conversation is
 * in the JSONL files exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SecretScan.class)
class AnalyticsExportYamlRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private SimulatedOrg org;

    @BeforeAll
    void startOrg() throws Exception {
        org = new SimulatedOrg(1_500, 3);
    }

    @AfterAll
    void stopOrg() {
        org.close();
    }

    private Main start(Path output) throws Exception {
        Main main = new Main();
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:routes/analytics-export.yaml");
        main.addOverrideProperty("camel.main.shutdown-timeout", "20");
        org.componentSettings().forEach(main::addOverrideProperty);
        // as the examples do: the secret comes in through a placeholder ({{env:GENESYS_CLIENT_SECRET}} there)
        main.addOverrideProperty("camel.component.genesys.client-secret", "{{reliability.client-secret}}");
        main.addOverrideProperty("reliability.client-secret", org.secret());
        main.addOverrideProperty(
                "analytics.start-date",
                org.sim.data().historyStart().minus(Duration.ofHours(1)).toString());
        main.addOverrideProperty("analytics.window-size", "1d");
        main.addOverrideProperty("analytics.job-poll-interval", "20ms");
        main.addOverrideProperty("analytics.delay", "50");
        main.addOverrideProperty("genesys.output-dir", output.toString());
        main.start();
        return main;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 8, 13})
    void yamlExportStoppedAtARandomPointUnderFaultsAndRestartedWritesEachConversationOnce(long seed) throws Exception {
        Set<String> truth = org.sim
                .data()
                .conversationIds(Criteria.startedBetween(org.sim.data().historyStart(), org.clock.instant())
                        .completedOnly())
                .collect(Collectors.toSet());
        Path output = tmp.resolve("seed-" + seed);
        long stopAt = (long) (truth.size() * (0.1 + 0.8 * new Random(seed).nextDouble()));
        org.sim.faults().clear();
        Fault.GATEWAY_BURST.arm(org.sim);
        Fault.MALFORMED_BODY.arm(org.sim);

        Main first = start(output);
        try {
            Outcome.await(() -> exportedIds(output).size() >= stopAt, 30_000);
            // the next requests answer slowly, so the rest cannot be exported while the stop is under way (without it
            // an unthrottled export could finish during the graceful stop and the restart would test nothing)
            org.sim.faults().next(10).on("*", "**").delay(Duration.ofMillis(400));
        } finally {
            first.stop();
        }
        int afterFirst = exportedIds(output).size();
        assertTrue(afterFirst < truth.size(), "stopped mid-run: " + afterFirst + " of " + truth.size());

        Main second = start(output);
        try {
            Outcome.await(() -> exportedIds(output).size() >= truth.size(), 30_000);
            Thread.sleep(300);
        } finally {
            second.stop();
        }

        List<String> exported = exportedIds(output);
        assertEquals(exported.size(), new HashSet<>(exported).size(), "no conversation written twice");
        assertEquals(truth, new HashSet<>(exported), "every conversation written");
    }

    /** The conversation id of every line of every JSONL file the route wrote. */
    private static List<String> exportedIds(Path output) {
        Path dir = output.resolve("analytics");
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).collect(Collectors.toList())) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        ids.add(JSON.readTree(line).path("conversationId").asText());
                    }
                }
            }
        } catch (IOException e) {
            // a line being appended right now: read again on the next check
            return ids;
        }
        return ids;
    }
}
