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
package io.github.camelgenesys.health;

import io.github.camelgenesys.client.ClientMetrics;
import io.github.camelgenesys.ops.EndpointStatus;
import io.github.camelgenesys.ops.Masking;
import java.util.LinkedHashMap;
import java.util.Map;

/** The details a genesys health check shows (names prefixed {@code genesys.}); no secret, no token, no client id. */
final class StatusDetails {

    private StatusDetails() {}

    static Map<String, Object> endpoint(EndpointStatus status, Masking mask) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("genesys.records.delivered", status.delivered());
        details.put("genesys.failures", status.failures());
        details.put("genesys.failures.consecutive", status.consecutiveFailures());
        details.put("genesys.jobs.inflight", status.jobsInFlight().size());
        EndpointStatus.LastError last = status.lastError();
        if (last != null) {
            details.put("genesys.last.error", mask.apply(last.text()));
            details.put("genesys.last.error.time", last.at().toString());
        }
        return details;
    }

    static Map<String, Object> client(ClientMetrics client) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("genesys.client", client.clientLabel() + " #" + client.clientTag());
        details.put("genesys.rate.limit.per.minute", client.rateLimitPerMinute());
        Long remaining = client.serverRemaining();
        if (remaining != null) {
            details.put("genesys.rate.limit.server.remaining", remaining);
        }
        if (client.tokenExpiresAt() != null) {
            details.put("genesys.token.expires", client.tokenExpiresAt().toString());
        }
        details.put("genesys.token.failures.consecutive", client.consecutiveTokenFailures());
        return details;
    }
}
