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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFileAuditSinkTest {

    @TempDir
    Path dir;

    @Test
    void eachEventIsOneJsonLineAndEndpointsNamingTheSameFileShareOneSink() throws Exception {
        Path file = dir.resolve("audit/genesys.jsonl");
        try (AuditSinks sinks = new AuditSinks()) {
            AuditSink first = sinks.forFile(file.toString());
            assertSame(
                    first,
                    sinks.forFile(dir.resolve("audit/../audit/genesys.jsonl").toString()));
            first.write(AuditEvent.of("messaging", "sync.completed", "c-1")
                    .withLatencyMs(12)
                    .withCounts(Map.of("messages", 600L)));
            first.write(AuditEvent.of("messaging", "sync.failed", "c-2").withError("404 not.found"));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"event\":\"sync.completed\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"messages\":600"), lines.get(0));
        assertTrue(lines.get(1).contains("\"error\":\"404 not.found\""), lines.get(1));
        assertTrue(!lines.get(1).contains("latencyMs"), "absent fields are omitted: " + lines.get(1));
    }

    @Test
    void withoutAFileTheLoggerSinkIsUsed() {
        try (AuditSinks sinks = new AuditSinks()) {
            assertTrue(sinks.forFile(" ") instanceof Slf4jAuditSink);
        }
    }
}
