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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import io.github.camelgenesys.simulator.SimulatorStats;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** routes/archive-pipeline.yaml against the simulator. */
class ArchivePipelineTest {
    private static final String JOBS = "POST /api/v2/recording/jobs";

    @TempDir
    Path output;

    private static Properties overrides(Path output, String interval) {
        Properties p = ExamplesHarness.pipeline("archive-pipeline", output);
        p.setProperty("archive.lookback", interval);
        p.setProperty("archive.batch-size", "40");
        p.setProperty("archive.job-poll-interval", "100ms");
        return p;
    }

    /** Conversation ids in the idempotent repository file (keys are {@code <conversationId>:<action>}). */
    private static Set<String> archivedIds(Path output) {
        Set<String> ids = new HashSet<>();
        for (String key : ExamplesHarness.lines(output.resolve("archive/archived-conversations.txt"))) {
            assertTrue(key.endsWith(":ARCHIVE"), key);
            ids.add(key.substring(0, key.length() - ":ARCHIVE".length()));
        }
        return ids;
    }

    @Test
    void archivesEveryRecordingOfTheOldVoiceConversationsExactlyOnceAndARerunArchivesNothing() throws Exception {
        try (GenesysCloudSimulator sim = ExamplesHarness.simulator().build()) {
            sim.start();
            Instant from = ExamplesHarness.seconds(sim.data().historyStart());
            Instant to = ExamplesHarness.seconds(Instant.now().minus(Duration.ofDays(3)));
            List<String> expectedIds = sim.data()
                    .conversationIds(
                            Criteria.startedBetween(from, to).mediaType("voice").completedOnly())
                    .toList();
            long expectedRecordings = expectedIds.stream()
                    .mapToLong(id -> sim.data().recordingIds(id).size())
                    .sum();
            assertTrue(expectedRecordings > 20, "the data set must have recordings to archive");
            Properties overrides = overrides(output, ExamplesHarness.interval(from, to));

            ExamplesHarness.Run first = ExamplesHarness.runDemo(sim, overrides);

            assertEquals(0, first.exitCode(), first.output());
            assertEquals(expectedIds.size(), first.only().records());
            SimulatorStats stats = sim.stats();
            assertEquals(expectedRecordings, stats.recordingsArchived());
            assertEquals(0, stats.recordingsArchivedMoreThanOnce());
            assertTrue(stats.maxConcurrentRecordingJobs() <= 2, "at most 2 recording jobs at once");
            assertEquals(Set.copyOf(expectedIds), archivedIds(output));
            assertTrue(ExamplesHarness.lines(output.resolve("archive/dead-letter.tsv"))
                    .isEmpty());

            long jobsAfterFirstRun = sim.stats().requestCount(JOBS);
            overrides.setProperty("genesys.demo.cleanOutput", "false");
            ExamplesHarness.Run second = ExamplesHarness.runDemo(sim, overrides);

            assertEquals(0, second.exitCode(), second.output());
            assertEquals(jobsAfterFirstRun, sim.stats().requestCount(JOBS), "a rerun creates no recording job");
            assertEquals(expectedRecordings, sim.stats().recordingsArchived());
            assertEquals(0, sim.stats().recordingsArchivedMoreThanOnce());
        }
    }

    @Test
    void aFailedBatchGoesToTheDeadLetterFileAndIsNotMarkedArchived() throws Exception {
        try (GenesysCloudSimulator sim = ExamplesHarness.simulator().build()) {
            sim.start();
            Instant from = ExamplesHarness.seconds(sim.data().historyStart());
            Instant to = ExamplesHarness.seconds(Instant.now().minus(Duration.ofDays(3)));
            Set<String> allIds = Set.copyOf(sim.data()
                    .conversationIds(
                            Criteria.startedBetween(from, to).mediaType("voice").completedOnly())
                    .toList());
            sim.failNextRecordingJobs(1);

            ExamplesHarness.Run run =
                    ExamplesHarness.runDemo(sim, overrides(output, ExamplesHarness.interval(from, to)));

            List<String> deadLetters = ExamplesHarness.lines(output.resolve("archive/dead-letter.tsv"));
            Set<String> failedIds = new HashSet<>();
            deadLetters.forEach(line -> failedIds.add(line.split("\t")[0]));
            Set<String> archivedIds = archivedIds(output);
            assertFalse(failedIds.isEmpty(), run.output());
            assertTrue(deadLetters.stream().allMatch(l -> l.split("\t").length == 2), "each line has id and reason");
            assertTrue(failedIds.stream().noneMatch(archivedIds::contains), "failed ids are not marked archived");
            Set<String> union = new HashSet<>(failedIds);
            union.addAll(archivedIds);
            assertEquals(allIds, union, "every conversation is either archived or in the dead-letter file");
            assertEquals(0, sim.stats().recordingsArchivedMoreThanOnce());
        }
    }
}
