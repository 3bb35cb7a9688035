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

import java.util.Map;

/**
 * Audit lines for routes that own the outcome of a piece of work the component only started: e.g. the shipped
 * messaging pipeline, where a sync ends only when its JSON reached the webhook. The lines have the format of the
 * component's audit file (one JSON object per line), so a route can append them to the same kind of file:
 * <pre>
 * - setBody:
 *     method:
 *       beanType: io.github.camelgenesys.audit.RouteAudit
 *       method: "failed('messaging', 'sync.failed', ${header.CamelGenesysConversationId}, ${exception.message})"
 * </pre>
 */
public final class RouteAudit {
    private RouteAudit() {}

    /** A successful outcome, with one count (e.g. {@code messages}; a null count is left out). */
    public static String completed(String operation, String event, String subject, String countName, Long count) {
        AuditEvent e = AuditEvent.of(operation, event, subject);
        return AuditJson.line(count == null ? e : e.withCounts(Map.of(countName, count)));
    }

    /** A failed outcome and why. */
    public static String failed(String operation, String event, String subject, String error) {
        return AuditJson.line(AuditEvent.of(operation, event, subject).withError(error == null ? "failed" : error));
    }
}
