package io.github.camelgenesys.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each audit event as one JSON line at INFO to the SLF4J logger {@value #LOGGER_NAME} (the default sink). */
public final class Slf4jAuditSink implements AuditSink {

    public static final String LOGGER_NAME = "genesys.audit";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    public void write(AuditEvent event) {
        if (LOG.isInfoEnabled()) {
            LOG.info(AuditJson.line(event));
        }
    }

    @Override
    public String toString() {
        return "Slf4jAuditSink[" + LOGGER_NAME + "]";
    }
}
