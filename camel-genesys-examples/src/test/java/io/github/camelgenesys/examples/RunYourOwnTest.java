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

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/run-your-own.md, as written: its two files (the {@code <!-- file: ... -->} blocks) in a folder of their own,
 * run twice by the documented command against a separately running simulator. The command is run in a new JVM
 * exactly as {@code java -jar genesys-runner.jar <args>} runs it (same main class and arguments; the jar itself is
 * only built after the tests, so the test classpath stands in for it).
 */
class RunYourOwnTest {
    private static final Pattern FILE_BLOCK =
            Pattern.compile("<!-- file: (\\S+) -->\\n```\\w+\\n(.*?)```", Pattern.DOTALL);
    private static final Duration FIRST_LAG = Duration.ofHours(3);
    private static GenesysCloudSimulator sim;

    @TempDir
    Path work;

    @BeforeAll
    static void startSimulator() {
        sim = ExamplesHarness.simulator().build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    /** Output and exit code of one run of the runner. */
    record Result(int exitCode, String output) {
        long records(String route) {
            Matcher m =
                    Pattern.compile("<-- " + route + ": (\\w+), (\\d+) records").matcher(output);
            assertTrue(m.find(), output);
            return Long.parseLong(m.group(2));
        }
    }

    /** Runs {@code java [jvmArgs] GenesysExamplesMain [args]} in {@code dir}, as {@code java -jar} would. */
    static Result runner(Path dir, List<String> jvmArgs, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(GenesysExamplesMain.class.getName());
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "runner", ".log");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the runner did not end: " + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        return new Result(process.exitValue(), output);
    }

    /** The files of docs/run-your-own.md, written into {@code folder}. */
    static void writeTutorialFiles(Path folder) throws IOException {
        String doc = Files.readString(DocsYamlSnippetsTest.docs().resolve("run-your-own.md"));
        Matcher m = FILE_BLOCK.matcher(doc);
        Files.createDirectories(folder);
        int files = 0;
        while (m.find()) {
            Files.writeString(folder.resolve(m.group(1)), m.group(2));
            files++;
        }
        assertEquals(2, files, "the tutorial's route file and properties file");
    }

    private Set<String> saved() throws IOException {
        return ExamplesHarness.files(work.resolve("my-pipelines/data/conversations"), ".json").stream()
                .map(f -> f.getFileName().toString().replace(".json", ""))
                .collect(Collectors.toSet());
    }

    @Test
    void theDocumentedCommandRunsAUsersFolderTwiceAndTheSecondRunResumesFromTheFirstRunsCheckpoint() throws Exception {
        writeTutorialFiles(work.resolve("my-pipelines"));
        // the tutorial's simulator is at 127.0.0.1:8080; this one is on a free port (-D wins over the file)
        List<String> toThisSimulator = List.of(
                "-Dcamel.component.genesys.api-url=" + sim.baseUrl(),
                "-Dcamel.component.genesys.login-url=" + sim.baseUrl());
        List<String> firstRun = new ArrayList<>(toThisSimulator);
        // the first run stops 3 hours back, so that conversations can end after its checkpoint (see below)
        firstRun.add("-Dpipeline.interval-lag=" + FIRST_LAG);
        String[] command = {"--routes", "my-pipelines", "--properties", "my-pipelines/application.properties", "--once"
        };

        Result first = runner(work, firstRun, command);

        assertEquals(0, first.exitCode(), first.output());
        Set<String> savedFirst = saved();
        assertTrue(savedFirst.size() >= 5, "conversations of the last day: " + savedFirst.size());
        assertEquals(savedFirst.size(), first.records("ended-conversations"));
        assertTrue(Files.exists(work.resolve("my-pipelines/data/search-state.dat")), "the checkpoint");
        assertTrue(first.output().contains("against the Genesys Cloud at " + sim.baseUrl()), first.output());

        List<String> ended =
                sim.data().injectConversations(4, Instant.now().minus(FIRST_LAG).plusSeconds(60), "voice");
        Result second = runner(work, toThisSimulator, command);

        assertEquals(0, second.exitCode(), second.output());
        Set<String> savedNow = saved();
        Set<String> savedSecond = new HashSet<>(savedNow);
        savedSecond.removeAll(savedFirst);
        assertEquals(
                savedSecond.size(),
                second.records("ended-conversations"),
                "the second run saved only conversations the first did not: it resumed from the checkpoint");
        assertTrue(savedSecond.containsAll(ended), "the conversations that ended after the checkpoint " + ended);
    }

    @Test
    void unknownArgumentsEndWithExitCode2AndTheUsage() throws Exception {
        Result result = runner(work, List.of(), "--route", "x");

        assertEquals(2, result.exitCode(), result.output());
        assertTrue(result.output().contains("unknown argument '--route'"), result.output());
        assertTrue(result.output().contains("--routes <folder|file>"), result.output());
    }
}
