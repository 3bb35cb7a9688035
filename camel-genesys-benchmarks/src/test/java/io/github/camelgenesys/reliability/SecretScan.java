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
package io.github.camelgenesys.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures everything written to System.err (slf4j-simple at DEBUG, see simplelogger.properties) from the first test
 * class of the suite on, and after each class scans the whole capture for every known secret (the client secret, its
 * Basic encoding, every issued token). The capture is also kept in {@code target/reliability-logs/suite-debug.log}.
 */
final class SecretScan implements BeforeAllCallback, AfterAllCallback {

    private static final Path FILE = Path.of("target", "reliability-logs", "suite-debug.log");
    private static OutputStream capture;
    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    static synchronized void install() {
        if (!installed) {
            try {
                Files.createDirectories(FILE.getParent());
                capture = new java.io.BufferedOutputStream(Files.newOutputStream(FILE));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            PrintStream original = System.err;
            System.setErr(new PrintStream(new Tee(original), true, StandardCharsets.UTF_8));
            installed = true;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        synchronized (SecretScan.class) {
            capture.flush();
        }
        List<String> secrets = Secrets.all();
        assertTrue(secrets.size() >= 3, "the scan knows the secret, its Basic form and an issued token: " + secrets);
        long debugLines;
        try (java.util.stream.Stream<String> lines = Files.lines(FILE, StandardCharsets.UTF_8)) {
            debugLines = lines.filter(line -> line.contains(" DEBUG ")).count();
        }
        List<String> leaked = linesContaining(FILE, secrets);
        assertTrue(debugLines > 0, "the suite's log was captured at DEBUG");
        assertTrue(
                leaked.isEmpty(),
                leaked.size() + " log line(s) carry a secret or token after " + context.getDisplayName() + " (see "
                        + FILE + "): " + leaked.subList(0, Math.min(10, leaked.size())));
    }

    /** "line N" for every line of the file that contains one of the secrets (the secret itself is never shown). */
    static List<String> linesContaining(Path file, List<String> secrets) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                String current = line;
                if (secrets.stream().anyMatch(current::contains)) {
                    found.add("line " + number);
                }
            }
        }
        return found;
    }

    private static final class Tee extends OutputStream {
        private final PrintStream original;

        Tee(PrintStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            synchronized (SecretScan.class) {
                try {
                    capture.write(b);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            original.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (SecretScan.class) {
                try {
                    capture.write(b, off, len);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            original.write(b, off, len);
        }

        @Override
        public void flush() {
            original.flush();
        }
    }
}
