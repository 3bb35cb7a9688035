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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * routes/messaging-sync.yaml against the simulator: incremental (each conversation posted once, across polls and
 * restarts), and exactly one audit record per sync that states its real outcome.
 * <p>
 * The first run uses a 3-hour interval lag, so its watermark ends 3 hours ago; conversations that end between that
 * watermark and now are then "new" for the next run (injected ones among them), whatever their generated durations.
 */
class MessagingSyncTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any generated conversation (wait + talk + after-call work < 30 minutes). */
    private static final Duration LONGEST = Duration.ofMinutes(30);

    private static final Duration FIRST_LAG = Duration.ofHours(3);
    private static GenesysCloudSimulator sim;
    private static Instant from;

    @TempDir
    Path output;

    @BeforeAll
    static void startSimulator() {
        sim = ExamplesHarness.simulator().build();
        sim.start();
        from = ExamplesHarness.seconds(Instant.now().minus(Duration.ofDays(2)));
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    private Properties overrides(Duration lag, int polls) {
        Properties p = ExamplesHarness.pipeline("messaging-sync", output);
        p.setProperty("messaging.interval", ExamplesHarness.interval(from, from.plus(Duration.ofDays(2))));
        p.setProperty("messaging.interval-lag", lag.toString());
        p.setProperty("messaging.delay", "300");
        p.setProperty("genesys.demo.until.messaging-sync", "polls:" + polls);
        // one simulator for several runs: the demo must not remove the watermark the previous run wrote
        p.setProperty("genesys.demo.cleanOutput", "false");
        return p;
    }

    /** Completed message conversations started in [from, to). */
    private static Set<String> messaging(Instant to) {
        return sim.data()
                .conversationIds(
                        Criteria.startedBetween(from, to).mediaType("message").completedOnly())
                .collect(Collectors.toSet());
    }

    private Set<String> fileIds() {
        Set<String> ids = new HashSet<>();
        for (Path file : ExamplesHarness.files(output.resolve("messaging/conversations"), ".json")) {
            try {
                JsonNode timeline = JSON.readTree(file.toFile());
                String id = timeline.path("conversationId").asText();
                assertEquals(id + ".json", file.getFileName().toString());
                assertTrue(timeline.path("messages").size() > 0, "messages of " + id);
                ids.add(id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    private List<JsonNode> audit() {
        return ExamplesHarness.lines(output.resolve("messaging/audit.jsonl")).stream()
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(line, e);
                    }
                })
                .toList();
    }

    private static Set<String> subjects(List<JsonNode> events, String event) {
        List<String> ids = events.stream()
                .filter(e -> event.equals(e.path("event").asText()))
                .map(e -> e.path("subject").asText())
                .toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "one " + event + " per conversation: " + ids);
        return Set.copyOf(ids);
    }

    @Test
    void eachConversationIsPostedOnceOverThreePollsAndTheNextRunPostsOnlyTheNewOnes() throws Exception {
        Instant cutoff1 = Instant.now().minus(FIRST_LAG);
        ExamplesHarness.Run first = ExamplesHarness.runDemo(sim, overrides(FIRST_LAG, 3));

        assertEquals(0, first.exitCode(), first.output());
        Set<String> posted1 = fileIds();
        Set<String> surelyEnded = messaging(cutoff1.minus(LONGEST));
        assertTrue(surelyEnded.size() >= 5, "the data set must have messaging conversations: " + surelyEnded);
        assertTrue(posted1.containsAll(surelyEnded), "every conversation that ended before the cutoff");
        assertTrue(messaging(cutoff1).containsAll(posted1), "none that started after the cutoff");
        assertEquals(posted1.size(), first.only().records(), "3 polls, each conversation once");
        assertEquals(posted1.size(), first.webhookPosts(), "one webhook POST per conversation over 3 polls");
        assertEquals(posted1, subjects(audit(), "sync.completed"));
        assertEquals(posted1.size(), audit().size(), "exactly one audit record per sync");

        // new conversations appear (they end after the first run's watermark), then the pipeline runs again
        List<String> injected = sim.data()
                .injectConversations(3, Instant.now().minus(FIRST_LAG).plus(Duration.ofMinutes(5)), "message");
        ExamplesHarness.Run second = ExamplesHarness.runDemo(sim, overrides(Duration.ofMinutes(1), 1));

        assertEquals(0, second.exitCode(), second.output());
        Set<String> completed = subjects(audit(), "sync.completed");
        Set<String> posted2 = new HashSet<>(completed);
        posted2.removeAll(posted1);
        assertEquals(completed.size(), posted1.size() + second.only().records(), "nothing of the first run again");
        assertEquals(posted2.size(), second.webhookPosts());
        assertTrue(posted2.containsAll(injected), "the new conversations " + injected + " among " + posted2);
    }

    @Test
    void aConversationThatCannotBeDeliveredIsAuditedAsFailedAndGoesToTheDeadLetterFile() throws Exception {
        Properties overrides = overrides(FIRST_LAG, 1);
        overrides.setProperty("messaging.webhook-url", "http://127.0.0.1:1/nobody-listens");

        ExamplesHarness.Run run = ExamplesHarness.runDemo(sim, overrides);

        assertEquals(0, run.exitCode(), "errors are handled by onException: " + run.output());
        List<String> deadLetters = ExamplesHarness.lines(output.resolve("messaging/dead-letter.tsv"));
        Set<String> failedIds = new HashSet<>();
        for (String line : deadLetters) {
            String[] parts = line.split("\\t");
            assertEquals(2, parts.length, line);
            failedIds.add(parts[0]);
        }
        assertEquals(deadLetters.size(), failedIds.size(), "every conversation is in the dead-letter file once");
        assertEquals(failedIds.size(), run.only().records());
        assertTrue(failedIds.size() >= 5, run.output());
        List<JsonNode> audit = audit();
        assertEquals(failedIds, subjects(audit, "sync.failed"), "the sync's outcome is its delivery's");
        assertEquals(failedIds.size(), audit.size(), "exactly one audit record per sync, never sync.completed");
        assertTrue(
                audit.get(0).path("error").asText().contains("Connect"),
                audit.get(0).toString());
    }
}
