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
package io.github.camelgenesys.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutesDirectoryLoaderTest {

    /** Generous: only a cap for a slow machine, the tests wait for an outcome, not for a time. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private CamelContext context;
    private ProducerTemplate template;
    private RoutesDirectoryLoader loader;

    @BeforeEach
    void startContext() {
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
        loader = new RoutesDirectoryLoader();
        loader.setCamelContext(context);
        loader.setDirectory(directory.toString());
    }

    @AfterEach
    void stopContext() {
        loader.stop();
        context.stop();
    }

    @Test
    void routeFilePresentAtStartIsDeployedAndAnswers() throws IOException {
        Path file = write("greet.yaml", greetingRoute("greet", "hello v1"));

        loader.start();

        assertEquals(List.of("greet"), loader.getRouteIds(file));
        assertEquals("hello v1", template.requestBody("direct:greet", null, String.class));
    }

    @Test
    void routeFileDroppedInLaterIsDeployed() throws IOException {
        loader.start();

        Path file = write("greet.yaml", greetingRoute("greet", "hello"));

        awaitTrue(() -> context.getRoute("greet") != null, "route from a dropped-in file is deployed");
        assertEquals("hello", template.requestBody("direct:greet", null, String.class));
        assertEquals(List.of("greet"), loader.getRouteIds(file));
    }

    @Test
    void editedRouteFileIsRedeployedWithTheNewBehaviour() throws IOException {
        write("greet.yaml", greetingRoute("greet", "hello v1"));
        loader.start();
        assertEquals("hello v1", template.requestBody("direct:greet", null, String.class));

        write("greet.yaml", greetingRoute("greet", "hello v2"));

        awaitTrue(
                () -> context.getRoute("greet") != null
                        && "hello v2".equals(template.requestBody("direct:greet", null, String.class)),
                "the edited route answers with the new body");
        assertEquals(1, context.getRoutes().size());
    }

    @Test
    void routeFileOverwrittenInPlaceEndsUpRedeployed() throws IOException {
        Path file = write("greet.yaml", greetingRoute("greet", "hello v1"));
        loader.start();

        Files.writeString(file, greetingRoute("greet", "hello v2"));

        awaitTrue(
                () -> context.getRoute("greet") != null
                        && "hello v2".equals(template.requestBody("direct:greet", null, String.class)),
                "the route of the overwritten file answers with the new body");
    }

    @Test
    void renamingTheRouteIdInAnEditedFileRemovesTheOldRoute() throws IOException {
        Path file = write("greet.yaml", greetingRoute("greet", "hello"));
        loader.start();

        write("greet.yaml", greetingRoute("welcome", "welcome"));

        awaitTrue(() -> context.getRoute("welcome") != null, "the renamed route is deployed");
        assertNull(context.getRoute("greet"));
        assertEquals(List.of("welcome"), loader.getRouteIds(file));
    }

    @Test
    void deletedRouteFileHasItsRoutesRemovedAndOthersKept() throws IOException {
        Path greet = write("greet.yaml", greetingRoute("greet", "hello"));
        write("other.yaml", greetingRoute("other", "still here"));
        loader.start();
        assertEquals(2, context.getRoutes().size());

        Files.delete(greet);

        awaitTrue(() -> context.getRoute("greet") == null, "routes of the deleted file are removed");
        assertEquals("still here", template.requestBody("direct:other", null, String.class));
        assertEquals(1, context.getRoutes().size());
    }

    @Test
    void brokenRouteFileIsLoggedByNameAndDoesNotStopTheOthers() throws IOException {
        write("good.yaml", greetingRoute("good", "fine"));
        Path broken = write("broken.yaml", "- route:\n    id: broken\n    from: [unclosed\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            loader.start();
        } finally {
            System.setErr(originalErr);
        }

        assertEquals("fine", template.requestBody("direct:good", null, String.class));
        assertNull(context.getRoute("broken"));
        assertNotNull(loader.getFailures().get(broken), "the failure is recorded for " + broken);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(
                logged.contains("ERROR") && logged.contains("Cannot deploy the routes of " + broken),
                "the error log names the file, got: " + logged);
    }

    @Test
    void fixingABrokenRouteFileDeploysItAndClearsTheFailure() throws IOException {
        Path file = write("late.yaml", "- route:\n    from: [unclosed\n");
        loader.start();
        assertTrue(loader.getFailures().containsKey(file));

        write("late.yaml", greetingRoute("late", "fixed"));

        awaitTrue(() -> context.getRoute("late") != null, "the fixed file is deployed");
        assertEquals("fixed", template.requestBody("direct:late", null, String.class));
        assertTrue(loader.getFailures().isEmpty(), "no failure left: " + loader.getFailures());
    }

    @Test
    void routeIdClashWithAnotherFileFailsOnlyTheLaterFile() throws IOException {
        write("a.yaml", greetingRoute("shared", "from a"));
        Path b = write("b.yaml", greetingRoute("shared", "from b").replace("direct:shared", "direct:b"));

        loader.start();

        assertEquals("from a", template.requestBody("direct:shared", null, String.class));
        assertTrue(loader.getFailures().containsKey(b), "b.yaml is reported: " + loader.getFailures());
        assertEquals(1, context.getRoutes().size());
    }

    @Test
    void filesWithOtherSuffixesAndHiddenFilesAreIgnored() throws IOException {
        write("notes.txt", "not a route");
        write(".greet.yaml", greetingRoute("hidden", "no"));

        loader.start();

        assertTrue(context.getRoutes().isEmpty());
        assertTrue(loader.getFailures().isEmpty());
    }

    @Test
    void missingDirectoryOptionFailsAtStartNamingTheOption() {
        loader.setDirectory(" ");

        Exception error = assertThrows(Exception.class, loader::start);

        assertTrue(messages(error).contains("'directory' is required"), messages(error));
    }

    @Test
    void directoryOptionNamingAFileFailsAtStart() throws IOException {
        Path file = write("plain.yaml", "");
        loader.setDirectory(file.toString());

        Exception error = assertThrows(Exception.class, loader::start);

        assertTrue(messages(error).contains("must name a directory"), messages(error));
    }

    @Test
    void missingDirectoryIsCreated() {
        Path nested = directory.resolve("not/yet");
        loader.setDirectory(nested.toString());

        loader.start();

        assertTrue(Files.isDirectory(nested));
    }

    @Test
    void relativeDirectoryIsResolvedAgainstKarafBaseWhenSet() {
        assertEquals(
                directory.resolve("genesys-routes"),
                RoutesDirectoryLoader.resolve("genesys-routes", directory.toString()));
        assertEquals(Path.of("genesys-routes").toAbsolutePath(), RoutesDirectoryLoader.resolve("genesys-routes", null));
        assertEquals(directory, RoutesDirectoryLoader.resolve(directory.toString(), "/elsewhere"));
    }

    private static String greetingRoute(String id, String body) {
        return """
                - route:
                    id: %s
                    from:
                      uri: "direct:%s"
                      steps:
                        - setBody:
                            constant: "%s"
                """.formatted(id, id, body);
    }

    /** Writes atomically (temp file, then move), the way deployments should drop files in. */
    private Path write(String name, String content) throws IOException {
        Path target = directory.resolve(name);
        Path staging = Files.createTempFile(directory.getParent(), "staging", ".tmp");
        Files.writeString(staging, content);
        return Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what);
            }
        }
    }

    private static String messages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
