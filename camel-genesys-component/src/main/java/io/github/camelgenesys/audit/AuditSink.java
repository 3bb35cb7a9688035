package io.github.camelgenesys.audit;

/** Where audit events go. Implementations are thread-safe and never throw on write: auditing must not break a route. */
public interface AuditSink extends AutoCloseable {

    void write(AuditEvent event);

    @Override
    default void close() {
    }
}
