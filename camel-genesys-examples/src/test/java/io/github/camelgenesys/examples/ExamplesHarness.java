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

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Runs the examples application (one pipeline at a time) against a test's simulator and reads what it wrote. */
final class ExamplesHarness {

    /** What one run of the application left behind. */
    record Run(int exitCode, List<PipelineSummary> summaries, long webhookPosts, String output) {
        PipelineSummary only() {
            assertEquals(1, summaries.size(), output);
            return summaries.get(0);
        }
    }

    private ExamplesHarness() {}

    /** A small, fast simulator: no rate limit, quick jobs, no automatic live conversations. */
    static GenesysCloudSimulator.Builder simulator() {
        return GenesysCloudSimulator.builder()
                .conversations(300)
                .days(10)
                .seed(7L)
                .queues(4)
                .rateLimitPerMinute(0)
                .jobDelay(Duration.ofMillis(50))
                .liveRatePerMinute(0);
    }

    /** Overrides that load only {@code routes/<pipeline>.yaml} and write under {@code outputDir}. */
    static Properties pipeline(String pipeline, Path outputDir) {
        Properties p = new Properties();
        p.setProperty("camel.main.routes-include-pattern", "classpath:routes/" + pipeline + ".yaml");
        p.setProperty("genesys.demo.pipelines", pipeline);
        p.setProperty("genesys.output-dir", outputDir.toString());
        p.setProperty("genesys.simulator.rateLimitPerMinute", "0");
        p.setProperty("genesys.demo.pipelineTimeoutSeconds", "60");
        p.setProperty("genesys.demo.progressMillis", "1000");
        return p;
    }

    /** Runs the demo (the pipelines named in the overrides, each once) to its end, as the README command does. */
    static Run runDemo(GenesysCloudSimulator sim, Properties overrides) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ExamplesApp app = new ExamplesApp(overrides, Map.of(), sim, out);
        int code = app.run();
        String text = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        return new Run(
                code,
                app.demo().summaries(),
                app.webhook() == null ? 0 : app.webhook().received(),
                text);
    }

    /** An ISO interval the API accepts, at whole seconds. */
    static String interval(Instant from, Instant to) {
        return from.truncatedTo(ChronoUnit.SECONDS) + "/" + to.truncatedTo(ChronoUnit.SECONDS);
    }

    static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir, String suffix) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
