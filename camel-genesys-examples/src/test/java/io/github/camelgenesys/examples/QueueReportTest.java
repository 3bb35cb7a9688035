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

import io.github.camelgenesys.simulator.ConversationData.Criteria;
import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** routes/queue-report.yaml against the simulator. */
class QueueReportTest {
    private static final List<String> MEDIA = List.of("voice", "message", "chat", "email", "callback");

    @TempDir
    Path output;

    @Test
    void writesOneCsvLinePerQueueAndMediaTypeWithTheOfferedCountsOfTheSimulator() throws Exception {
        try (GenesysCloudSimulator sim = ExamplesHarness.simulator().build()) {
            sim.start();
            Instant to = ExamplesHarness.seconds(Instant.now().minus(Duration.ofDays(1)));
            Instant from = to.minus(Duration.ofDays(3));
            Properties overrides = ExamplesHarness.pipeline("queue-report", output);
            overrides.setProperty("report.interval", ExamplesHarness.interval(from, to));

            ExamplesHarness.Run run = ExamplesHarness.runDemo(sim, overrides);

            assertEquals(0, run.exitCode(), run.output());
            List<Path> reports = ExamplesHarness.files(output.resolve("reports"), ".csv");
            assertEquals(1, reports.size(), "one report per run: " + reports);
            List<String> lines = ExamplesHarness.lines(reports.get(0));
            assertEquals("from,to,queueId,mediaType,offered,answered,avgHandleMs,abandoned", lines.get(0));
            Set<String> groups = new HashSet<>();
            long offered = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                assertEquals(8, cells.length, line);
                long expected = sim.data()
                        .count(Criteria.startedBetween(from, to)
                                .queueId(cells[2])
                                .mediaType(cells[3]));
                assertEquals(expected, Long.parseLong(cells[4]), "offered in " + line);
                assertTrue(Long.parseLong(cells[5]) <= expected, "answered <= offered in " + line);
                assertTrue(groups.add(cells[2] + "/" + cells[3]), "one line per queue and media type");
                offered += expected;
            }
            assertEquals(run.only().records(), lines.size() - 1);
            long total = 0;
            int nonEmptyGroups = 0;
            for (String queue : sim.data().queueIds()) {
                for (String media : MEDIA) {
                    long n = sim.data()
                            .count(Criteria.startedBetween(from, to)
                                    .queueId(queue)
                                    .mediaType(media));
                    total += n;
                    nonEmptyGroups += n > 0 ? 1 : 0;
                }
            }
            assertEquals(nonEmptyGroups, groups.size(), "every queue and media type with conversations has a line");
            assertEquals(total, offered);
        }
    }
}
