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
