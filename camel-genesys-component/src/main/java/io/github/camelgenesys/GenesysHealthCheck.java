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
package io.github.camelgenesys;

import io.github.camelgenesys.client.ClientMetrics;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.Redact;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness check {@code genesys}: for every (login URL, client id) used by started endpoints, the outcome of the
 * last token request, as the client recorded it. It never requests a token itself (a probe must not wait for a login
 * host): DOWN when the last token request of a client failed, UP otherwise (also before any token was needed). Its id
 * and details hold only the login URL and the shortened client id with its tag ({@code 3f2a*** #9b1c04e2}), never
 * the client id, a secret or a token. The consumers and producers have their own checks (see the health package).
 */
final class GenesysHealthCheck implements HealthCheck {

    static final String ID = "genesys";

    /** By the real (login URL, client id), which is never shown: see {@link ClientKey#toString()}. */
    private final Map<ClientKey, GenesysClient> clients = new ConcurrentHashMap<>();

    private volatile boolean enabled = true;

    void register(GenesysClient client) {
        clients.putIfAbsent(key(client), client);
    }

    /** Forgets every client (their factory is being closed). */
    void clear() {
        clients.clear();
    }

    private static ClientKey key(GenesysClient client) {
        return new ClientKey(client.settings().loginUrl(), client.settings().clientId());
    }

    private record ClientKey(String loginUrl, String clientId) {

        /** The detail name: the login URL, the shortened id and its tag (two ids sharing a prefix differ). */
        @Override
        public String toString() {
            return loginUrl + " " + Redact.clientName(clientId);
        }
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public boolean isReadiness() {
        return true;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail("clients", clients.size());
        boolean up = true;
        for (Map.Entry<ClientKey, GenesysClient> e : clients.entrySet()) {
            ClientMetrics metrics = e.getValue().metrics();
            ClientMetrics.TokenFailure failure = metrics.lastTokenFailure();
            if (failure != null) {
                up = false;
                builder.detail(e.getKey().toString(), "token failed: HTTP " + failure.status() + " " + failure.code());
                builder.message(failure.message());
            } else if (metrics.tokenExpiresAt() != null) {
                builder.detail(e.getKey().toString(), "token ok, expires " + metrics.tokenExpiresAt());
            } else {
                builder.detail(e.getKey().toString(), "no token requested yet");
            }
        }
        return (up ? builder.up() : builder.down()).build();
    }
}
