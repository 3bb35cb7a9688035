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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends one line per matrix cell to {@code target/reliability-matrix.csv} (copied into docs/reliability.md). */
final class MatrixReport {

    private static final Path FILE = Path.of("target", "reliability-matrix.csv");

    private static boolean started;

    private MatrixReport() {}

    static synchronized void record(
            String pipeline,
            Fault fault,
            int expected,
            int delivered,
            long duplicates,
            int handledErrors,
            String verdict) {
        try {
            if (!started) {
                started = true;
                Files.createDirectories(FILE.getParent());
                Files.writeString(FILE, "pipeline,fault,expected,delivered,duplicates,typedErrorsHandled,verdict\n");
            }
            Files.writeString(
                    FILE,
                    String.join(
                                    ",",
                                    pipeline,
                                    fault.name(),
                                    String.valueOf(expected),
                                    String.valueOf(delivered),
                                    String.valueOf(duplicates),
                                    String.valueOf(handledErrors),
                                    verdict)
                            + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
