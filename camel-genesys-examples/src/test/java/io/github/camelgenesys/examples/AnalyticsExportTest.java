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
package io.github.camelgenesys.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** routes/analytics-export.yaml against the simulator. */
class AnalyticsExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The simulator's data lag: conversations after now - dataLag - availabilityLag (5m) are not exported yet. */
    private static final Duration DATA_LAG = Duration.ofHours(6);

    @TempDir
    Path output;

    @Test
    void exportsEachConversationOnceIntoTheFileOfItsDayAndARestartAddsNothing() throws Exception {
        try (GenesysCloudSimulator sim =
                ExamplesHarness.simulator().dataLag(DATA_LAG).build()) {
            sim.start();
            Instant from = ExamplesHarness.seconds(Instant.now().minus(Duration.ofDays(4)));
            Properties overrides = ExamplesHarness.pipeline("analytics-export", output);
            overrides.setProperty("analytics.start-date", from.toString());
            Instant before = Instant.now();

            ExamplesHarness.Run first = ExamplesHarness.runDemo(sim, overrides);

            Instant after = Instant.now();
            assertEquals(0, first.exitCode(), first.output());
            List<String> exported = exportedIds();
            Set<String> unique = new HashSet<>(exported);
            assertEquals(exported.size(), unique.size(), "no conversation exported twice");
            assertEquals(exported.size(), first.only().records());
            // the export ends at the data-availability date minus the safety lag, read by the consumer while it ran
            Duration lag = DATA_LAG.plus(Duration.ofMinutes(5));
            Set<String> atLeast = ids(sim, from, before.minus(lag));
            Set<String> atMost = ids(sim, from, after.minus(lag));
            assertTrue(unique.containsAll(atLeast), "every available conversation is exported");
            assertTrue(atMost.containsAll(unique), "only conversations of the exported period");
            assertTrue(unique.size() > 50, "a meaningful export: " + unique.size());

            overrides.setProperty("genesys.demo.cleanOutput", "false");
            ExamplesHarness.Run second = ExamplesHarness.runDemo(sim, overrides);

            assertEquals(0, second.exitCode(), second.output());
            assertEquals(0, second.only().records(), "the checkpoint file makes the restart continue, not repeat");
            assertEquals(exported, exportedIds());
        }
    }

    private static Set<String> ids(GenesysCloudSimulator sim, Instant from, Instant to) {
        return Set.copyOf(sim.data()
                .conversationIds(Criteria.startedBetween(from, to).completedOnly())
                .toList());
    }

    /** Ids in every JSONL file, checking that each conversation sits in the file of its window's day. */
    private List<String> exportedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        List<Path> files = ExamplesHarness.files(output.resolve("analytics"), ".jsonl");
        assertTrue(files.size() >= 4, "one file per day: " + files);
        for (Path file : files) {
            String day =
                    file.getFileName().toString().replace("conversations-", "").replace(".jsonl", "");
            for (String line : ExamplesHarness.lines(file)) {
                JsonNode conversation = JSON.readTree(line);
                String start = conversation.path("conversationStart").asText();
                assertTrue(start.compareTo(day) >= 0, start + " in file of " + day);
                ids.add(conversation.path("conversationId").asText());
            }
        }
        return ids;
    }
}
