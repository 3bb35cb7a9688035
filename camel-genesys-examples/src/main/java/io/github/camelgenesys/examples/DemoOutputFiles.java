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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a demo run wrote under the output folder, remembered in {@value #MANIFEST} so that the next demo can
 * remove exactly those (its simulator is new on every run, so earlier checkpoints describe another org). Files the
 * demo did not create (a user's checkpoints, archives, anything else) are never touched.
 */
final class DemoOutputFiles {
    static final String MANIFEST = ".genesys-demo-files";

    private final Path output;
    private Set<Path> before = Set.of();

    DemoOutputFiles(Path output) {
        this.output = output;
    }

    /** Deletes the files listed by the previous demo run (and folders they leave empty); returns how many. */
    int cleanPreviousRun() {
        Path manifest = output.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return 0;
        }
        int deleted = 0;
        try {
            for (String line : Files.readAllLines(manifest)) {
                Path file = output.resolve(line).normalize();
                if (!line.isBlank() && file.startsWith(output) && Files.deleteIfExists(file)) {
                    deleted++;
                    deleteEmptyParents(file.getParent());
                }
            }
            Files.delete(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the demo's earlier output listed in " + manifest, e);
        }
        return deleted;
    }

    /** Notes the files present before the demo writes anything. */
    void snapshot() {
        before = Set.copyOf(files());
    }

    /** Appends the files created since {@link #snapshot()} to the manifest. */
    void recordWritten() {
        Set<String> written = new LinkedHashSet<>();
        for (Path file : files()) {
            if (!before.contains(file) && !file.endsWith(MANIFEST)) {
                written.add(output.relativize(file).toString());
            }
        }
        if (written.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(output);
            Files.write(
                    output.resolve(MANIFEST),
                    written,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output.resolve(MANIFEST), e);
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(output)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + output, e);
        }
    }

    private void deleteEmptyParents(Path dir) throws IOException {
        Path current = dir;
        while (current != null && current.startsWith(output) && !current.equals(output)) {
            try (Stream<Path> entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }
}
