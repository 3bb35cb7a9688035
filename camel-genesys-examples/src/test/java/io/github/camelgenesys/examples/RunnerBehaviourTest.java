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

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the examples application does (and does not do) around the routes: honest failures, Kamelet sources, the
 * user's routes instead of the packaged ones, and files that only the demo removes.
 */
class RunnerBehaviourTest {
    private static GenesysCloudSimulator sim;

    @TempDir
    Path output;

    @TempDir
    Path routes;

    @BeforeAll
    static void startSimulator() {
        sim = ExamplesHarness.simulator().build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    private record Outcome(int exitCode, List<PipelineSummary> summaries, String output) {}

    private static Outcome run(RunOptions options, Properties overrides) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExamplesApp app = new ExamplesApp(
                options, overrides, Map.of(), sim, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = app.run();
        String text = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        return new Outcome(code, app.demo() == null ? List.of() : app.demo().summaries(), text);
    }

    @Test
    void theDemoWithAWrongSecretFailsWithExitCode1AndASummaryLineNamingThe401() throws Exception {
        Properties overrides = ExamplesHarness.pipeline("queue-report", output);
        overrides.setProperty("camel.main.routes-include-pattern", "classpath:routes/*.yaml");
        overrides.setProperty("genesys.demo.pipelines", "queue-report,messaging-sync");
        overrides.setProperty("camel.component.genesys.client-secret", "not-the-secret");

        Outcome run = run(RunOptions.packaged(), overrides);

        assertEquals(1, run.exitCode(), run.output());
        assertEquals(2, run.summaries().size());
        for (PipelineSummary row : run.summaries()) {
            assertEquals("FAILED", row.status(), row.toString());
            assertEquals(0, row.records());
        }
        assertTrue(
                run.output()
                        .lines()
                        .anyMatch(l -> l.startsWith("  queue-report: poll failed:")
                                && l.contains("HTTP 401")
                                && l.contains("invalid_client")),
                run.output());
        assertFalse(run.output().contains("not-the-secret"), "the secret never shows");
    }

    @Test
    void anUnreachableHostFailsTheDemoWithExitCode1AndNamesTheConnectionFailure() throws Exception {
        Properties overrides = ExamplesHarness.pipeline("queue-report", output);
        overrides.setProperty("camel.component.genesys.api-url", "http://127.0.0.1:1");
        overrides.setProperty("camel.component.genesys.login-url", "http://127.0.0.1:1");
        overrides.setProperty("camel.component.genesys.client-id", "someone");
        overrides.setProperty("camel.component.genesys.client-secret", "something");
        overrides.setProperty("camel.component.genesys.max-retries", "0");

        Outcome run = run(RunOptions.packaged(), overrides);

        assertEquals(1, run.exitCode(), run.output());
        assertEquals("FAILED", run.summaries().get(0).status(), run.output());
        assertTrue(run.output().contains("against the Genesys Cloud at http://127.0.0.1:1"), run.output());
        assertTrue(
                run.output()
                        .lines()
                        .anyMatch(l -> l.startsWith("  queue-report: poll failed:")
                                && l.toLowerCase(java.util.Locale.ROOT).contains("connect")),
                run.output());
    }

    @Test
    void aKameletSourceInAUsersRoutePollsUnderTheRunner() throws Exception {
        Files.writeString(routes.resolve("kamelet-search.yaml"), """
                - route:
                    id: kamelet-search
                    from:
                      uri: kamelet:genesys-search-source
                      parameters:
                        apiUrl: "{{camel.component.genesys.api-url}}"
                        loginUrl: "{{camel.component.genesys.login-url}}"
                        clientId: "{{camel.component.genesys.client-id}}"
                        clientSecret: "{{camel.component.genesys.client-secret}}"
                        interval: P2D
                        delay: 600000
                      steps:
                        - to: "file:{{genesys.output-dir}}/kamelet?fileName=${header.CamelGenesysConversationId}.json"
                """);
        Properties overrides = new Properties();
        overrides.setProperty("genesys.output-dir", output.toString());
        overrides.setProperty("genesys.demo.pipelineTimeoutSeconds", "60");

        Outcome run = run(RunOptions.parse("--routes", routes.toString(), "--once"), overrides);

        assertEquals(0, run.exitCode(), run.output());
        PipelineSummary row = run.summaries().get(0);
        assertEquals("ok", row.status(), row.toString());
        assertTrue(row.records() > 0, row.toString());
        assertEquals(
                row.records(),
                ExamplesHarness.files(output.resolve("kamelet"), ".json").size());
    }

    @Test
    void aRoutesPatternGivenWithMinusDReplacesThePackagedRoutesSoTheCopysBeansAreUsed() throws Exception {
        String packaged = new String(
                getClass().getResourceAsStream("/routes/analytics-export.yaml").readAllBytes(), StandardCharsets.UTF_8);
        String copy = packaged.replace("/analytics/checkpoints.dat", "/my-checkpoints.dat");
        assertFalse(copy.equals(packaged));
        Files.writeString(routes.resolve("analytics-export.yaml"), copy);
        Properties overrides = ExamplesHarness.pipeline("analytics-export", output);
        overrides.remove("camel.main.routes-include-pattern");
        String pattern = "file:" + routes + "/*.yaml";
        System.setProperty("camel.main.routes-include-pattern", pattern);
        try {
            Outcome run = run(RunOptions.packaged(), overrides);

            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.summaries().get(0).records() > 0, run.output());
        } finally {
            System.clearProperty("camel.main.routes-include-pattern");
        }
        assertTrue(Files.exists(output.resolve("my-checkpoints.dat")), "the copy's checkpoint bean was used");
        assertFalse(Files.exists(output.resolve("analytics/checkpoints.dat")), "the packaged bean was not");
    }

    @Test
    void withoutTheDemoNothingIsDeleted() throws Exception {
        Path checkpoint = Files.createDirectories(output.resolve("analytics")).resolve("checkpoints.dat");
        Files.writeString(checkpoint, "analytics=mine");
        Path archived = Files.createDirectories(output.resolve("archive")).resolve("archived-conversations.txt");
        Files.writeString(archived, "c-1\n");
        Properties overrides = new Properties();
        overrides.setProperty("genesys.output-dir", output.toString());
        overrides.setProperty("genesys.demo.enabled", "false");
        overrides.setProperty("genesys.demo.cleanOutput", "true");
        overrides.setProperty("camel.main.routes-include-pattern", "classpath:routes/queue-report.yaml");
        overrides.setProperty("camel.main.duration-max-seconds", "1");

        Outcome run = run(RunOptions.packaged(), overrides);

        assertEquals(0, run.exitCode(), run.output());
        assertEquals("analytics=mine", Files.readString(checkpoint));
        assertEquals("c-1\n", Files.readString(archived));
    }

    @Test
    void theDemoRemovesOnlyTheFilesThePreviousDemoWrote() throws Exception {
        Path mine = Files.createDirectories(output.resolve("reports")).resolve("my-notes.txt");
        Files.writeString(mine, "keep me");
        Properties overrides = ExamplesHarness.pipeline("queue-report", output);

        Outcome first = run(RunOptions.packaged(), overrides);

        assertEquals(0, first.exitCode(), first.output());
        List<String> written = Files.readAllLines(output.resolve(DemoOutputFiles.MANIFEST));
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).startsWith("reports/queue-report-"), written.toString());
        Path report = output.resolve(written.get(0));
        Files.writeString(report, "written by the first demo");

        Outcome second = run(RunOptions.packaged(), overrides);

        assertEquals(0, second.exitCode(), second.output());
        assertTrue(second.output().contains("removed 1 files written by the previous demo"), second.output());
        assertEquals("keep me", Files.readString(mine));
        assertTrue(
                ExamplesHarness.files(output.resolve("reports"), ".csv").stream()
                        .noneMatch(f -> {
                            try {
                                return Files.readString(f).equals("written by the first demo");
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }),
                "the first demo's report was removed before the second demo wrote its own");
    }
}
