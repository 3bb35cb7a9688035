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
package io.github.camelgenesys.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends each audit event as one JSON line to a file, flushed per event so a crash loses nothing already reported.
 * Several endpoints may share one file: writes are serialized.
 */
public final class JsonlFileAuditSink implements AuditSink {

    private static final Logger LOG = LoggerFactory.getLogger(JsonlFileAuditSink.class);

    private final Path file;
    private final BufferedWriter writer;

    public JsonlFileAuditSink(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.writer = Files.newBufferedWriter(
                    file,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot open audit file " + file.toAbsolutePath() + " (option auditFile)", e);
        }
    }

    @Override
    public synchronized void write(AuditEvent event) {
        try {
            writer.write(AuditJson.line(event));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            LOG.warn("Cannot write audit event {} to {}: {}", event.event(), file, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            LOG.debug("Closing audit file {} failed: {}", file, e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "JsonlFileAuditSink[" + file + "]";
    }
}
