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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: every pipeline once on the embedded simulator, a summary, exit code 0. */
class DemoTest {

    @TempDir
    Path output;

    @Test
    void runsAllFivePipelinesOnTheEmbeddedSimulatorAndPrintsASummaryPerPipeline() throws Exception {
        Properties overrides = new Properties();
        overrides.setProperty("genesys.output-dir", output.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExamplesApp app =
                new ExamplesApp(overrides, Map.of(), null, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        int exitCode = app.run();

        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertEquals(0, exitCode, printed);
        List<PipelineSummary> rows = app.demo().summaries();
        assertEquals(
                List.of("analytics-export", "queue-report", "messaging-sync", "archive-pipeline", "live-monitor"),
                rows.stream().map(PipelineSummary::pipeline).toList());
        for (PipelineSummary row : rows) {
            assertTrue(row.ok(), row.toString());
            assertTrue(row.records() > 0, "records of " + row);
            assertTrue(row.requests() > 0, "requests of " + row);
            assertTrue(printed.contains("<-- " + row.pipeline() + ": ok"), "progress of " + row.pipeline());
        }
        assertTrue(printed.contains("=== camel-genesys demo summary ==="), printed);
        assertTrue(printed.contains(" 0 archived more than once"), printed);
        assertEquals(rows.get(2).records(), app.webhook().received(), "one webhook POST per synced conversation");
        assertTrue(ExamplesHarness.files(output.resolve("analytics"), ".jsonl").size() >= 4);
        assertEquals(1, ExamplesHarness.files(output.resolve("reports"), ".csv").size());
        assertEquals(
                rows.get(2).records(),
                ExamplesHarness.files(output.resolve("messaging/conversations"), ".json")
                        .size());
        assertEquals(
                rows.get(4).records(),
                ExamplesHarness.lines(output.resolve("live/events.jsonl")).size());
    }
}
