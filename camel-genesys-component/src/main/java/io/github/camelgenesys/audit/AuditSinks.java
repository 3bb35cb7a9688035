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

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every endpoint that names the same audit file the same sink, so concurrent writers never interleave lines.
 * Without a file the events go to the {@code genesys.audit} logger.
 */
public final class AuditSinks implements AutoCloseable {

    private static final AuditSink LOGGER_SINK = new Slf4jAuditSink();

    private final Map<Path, JsonlFileAuditSink> files = new ConcurrentHashMap<>();

    /** The sink for an {@code auditFile} option value; null or blank means the SLF4J logger. */
    public AuditSink forFile(String auditFile) {
        if (auditFile == null || auditFile.isBlank()) {
            return LOGGER_SINK;
        }
        Path path = Path.of(auditFile).toAbsolutePath().normalize();
        return files.computeIfAbsent(path, JsonlFileAuditSink::new);
    }

    @Override
    public void close() {
        files.values().forEach(JsonlFileAuditSink::close);
        files.clear();
    }
}
