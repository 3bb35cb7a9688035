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
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** routes/messaging-sync.yaml against the simulator. */
class MessagingSyncTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GenesysCloudSimulator sim;
    private static String interval;
    private static Set<String> expectedIds;

    @TempDir
    Path output;

    @BeforeAll
    static void startSimulator() {
        sim = ExamplesHarness.simulator().build();
        sim.start();
        Instant to = ExamplesHarness.seconds(Instant.now().minus(Duration.ofHours(1)));
        Instant from = to.minus(Duration.ofDays(2));
        interval = ExamplesHarness.interval(from, to);
        expectedIds = Set.copyOf(sim.data().conversationIds(
                Criteria.startedBetween(from, to).mediaType("message").completedOnly()).toList());
        assertTrue(expectedIds.size() >= 5, "the data set must have messaging conversations");
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    private Properties overrides() {
        Properties p = ExamplesHarness.pipeline("messaging-sync", output);
        p.setProperty("messaging.interval", interval);
        return p;
    }

    @Test
    void deliversEveryMessagingConversationToAFileAndTheWebhookWithItsMessages() throws Exception {
        ExamplesHarness.Run run = ExamplesHarness.runDemo(sim, overrides());

        assertEquals(0, run.exitCode(), run.output());
        assertEquals(expectedIds.size(), run.only().records());
        assertEquals(expectedIds.size(), run.webhookPosts(), "one webhook POST per conversation");
        List<Path> files = ExamplesHarness.files(output.resolve("messaging/conversations"), ".json");
        Set<String> fileIds = new HashSet<>();
        for (Path file : files) {
            JsonNode timeline = JSON.readTree(file.toFile());
            String id = timeline.path("conversationId").asText();
            assertEquals(id + ".json", file.getFileName().toString());
            assertTrue(timeline.path("messages").size() > 0, "messages of " + id);
            fileIds.add(id);
        }
        assertEquals(expectedIds, fileIds);
        List<String> audit = ExamplesHarness.lines(output.resolve("messaging/audit.jsonl"));
        assertEquals(expectedIds.size(), audit.stream().filter(l -> l.contains("\"sync.completed\"")).count());
        assertTrue(ExamplesHarness.lines(output.resolve("messaging/dead-letter.tsv")).isEmpty());
    }

    @Test
    void aConversationThatCannotBeDeliveredGoesToTheDeadLetterFileAndTheOthersGoOn() throws Exception {
        Properties overrides = overrides();
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
        assertEquals(expectedIds, failedIds, "every conversation is in the dead-letter file once");
        assertEquals(expectedIds.size(), deadLetters.size());
        assertEquals(expectedIds.size(), run.only().records());
    }
}
