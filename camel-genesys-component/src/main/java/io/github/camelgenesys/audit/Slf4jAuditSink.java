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
