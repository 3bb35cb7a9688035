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
package io.github.camelgenesys.devconsole;

import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.client.ClientMetrics;
import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.ops.EndpointStatus;
import io.github.camelgenesys.ops.Masking;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * Dev console {@code genesys} ({@code /q/dev/genesys} in Camel Main, the Camel dev console endpoint in Spring Boot):
 * per client id the limiter's pace and the server's remaining allowance, when the token expires (never the token) and
 * the last token failure, the request counters; per endpoint its records delivered, failures, last error and the
 * async jobs in flight. Reads only what the clients and endpoints already know: it sends no request. Shows no secret
 * and no client id (its label and tag only).
 */
@DevConsole(name = "genesys", displayName = "Genesys Cloud", description = "Genesys Cloud clients and endpoints")
public class GenesysDevConsole extends AbstractDevConsole {

    public GenesysDevConsole() {
        super("camel", "genesys", "Genesys Cloud", "Genesys Cloud clients and endpoints");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        Map<String, Object> json = doCallJson(options);
        StringBuilder sb = new StringBuilder();
        sb.append("Clients:\n");
        for (Object o : (List<?>) json.get("clients")) {
            Map<?, ?> c = (Map<?, ?>) o;
            sb.append("  client ")
                    .append(c.get("client"))
                    .append(" (login ")
                    .append(c.get("loginUrl"))
                    .append(", api ")
                    .append(c.get("apiUrl"))
                    .append(")\n");
            sb.append("    pace: ")
                    .append(c.get("rateLimitPerMinute"))
                    .append("/min now (")
                    .append(c.get("configuredRateLimitPerMinute"))
                    .append("/min configured)");
            if (c.get("paceMillis") != null) {
                sb.append(", one request every ").append(c.get("paceMillis")).append(" ms");
            }
            sb.append(", server allowance left: ")
                    .append(
                            c.get("serverRemaining") == null
                                    ? "unknown (no inin-ratelimit headers yet)"
                                    : c.get("serverRemaining"))
                    .append('\n');
            sb.append("    token: ")
                    .append(
                            c.get("tokenExpires") == null
                                    ? "none obtained yet"
                                    : "expires " + c.get("tokenExpires") + " (in " + c.get("tokenExpiresInSeconds")
                                            + " s)");
            if (c.get("tokenLastFailure") != null) {
                sb.append(", last request failed at ")
                        .append(c.get("tokenLastFailureTime"))
                        .append(" (")
                        .append(c.get("tokenFailuresInARow"))
                        .append(" in a row): ")
                        .append(c.get("tokenLastFailure"));
            }
            sb.append('\n');
            sb.append("    requests: ")
                    .append(c.get("requests"))
                    .append(", retries: ")
                    .append(c.get("retries"))
                    .append(", 429s: ")
                    .append(c.get("rateLimited"))
                    .append(", tokens obtained: ")
                    .append(c.get("tokenRefreshes"))
                    .append(", limiter wait: ")
                    .append(c.get("limiterWaitMillis"))
                    .append(" ms\n");
        }
        sb.append("Endpoints:\n");
        for (Object o : (List<?>) json.get("endpoints")) {
            Map<?, ?> e = (Map<?, ?>) o;
            sb.append("  ").append(e.get("uri")).append(" (").append(e.get("kind"));
            if (!((List<?>) e.get("routes")).isEmpty()) {
                sb.append(", routes ").append(String.join(", ", (List<String>) e.get("routes")));
            }
            sb.append(", client ").append(e.get("client")).append(")\n");
            sb.append("    records delivered: ")
                    .append(e.get("recordsDelivered"))
                    .append(", failures: ")
                    .append(e.get("failures"))
                    .append(" (")
                    .append(e.get("failuresInARow"))
                    .append(" in a row)")
                    .append(", jobs in flight: ")
                    .append(e.get("jobsInFlight"))
                    .append(' ')
                    .append(e.get("jobIds"))
                    .append('\n');
            if (e.get("lastError") != null) {
                sb.append("    last error at ")
                        .append(e.get("lastErrorTime"))
                        .append(": ")
                        .append(e.get("lastError"))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        Map<ClientMetrics, GenesysClientSettings> clients = new IdentityHashMap<>();
        List<JsonObject> endpoints = new ArrayList<>();
        for (Endpoint endpoint : getCamelContext().getEndpoints()) {
            if (endpoint instanceof GenesysEndpoint genesys) {
                ClientMetrics metrics = genesys.clientMetrics();
                if (metrics != null) {
                    clients.putIfAbsent(metrics, genesys.clientSettings());
                }
                endpoints.add(endpoint(genesys, metrics));
            }
        }
        List<JsonObject> clientList = new ArrayList<>();
        clients.forEach((metrics, settings) -> clientList.add(client(metrics, settings)));
        JsonObject root = new JsonObject();
        root.put("clients", clientList);
        root.put("endpoints", endpoints);
        return root;
    }

    private static JsonObject client(ClientMetrics m, GenesysClientSettings settings) {
        Masking mask = Masking.of(settings);
        JsonObject jo = new JsonObject();
        jo.put("client", m.clientLabel() + " #" + m.clientTag());
        if (settings != null) {
            jo.put("loginUrl", settings.loginUrl());
            jo.put("apiUrl", settings.apiUrl());
        }
        int pace = m.rateLimitPerMinute();
        jo.put("rateLimitPerMinute", pace);
        jo.put("configuredRateLimitPerMinute", m.configuredRateLimitPerMinute());
        if (pace > 0) {
            jo.put("paceMillis", 60_000L / pace);
        }
        jo.put("serverRemaining", m.serverRemaining());
        Instant expires = m.tokenExpiresAt();
        if (expires != null) {
            jo.put("tokenExpires", expires.toString());
            jo.put(
                    "tokenExpiresInSeconds",
                    Math.max(0, Duration.between(Instant.now(), expires).toSeconds()));
        }
        ClientMetrics.TokenFailure failure = m.lastTokenFailure();
        if (failure != null) {
            jo.put("tokenLastFailure", mask.apply(failure.message()));
            jo.put("tokenLastFailureTime", failure.at().toString());
            jo.put("tokenLastFailureStatus", failure.status());
        }
        jo.put("tokenFailuresInARow", m.consecutiveTokenFailures());
        jo.put("requests", m.requests());
        jo.put("retries", m.retries());
        jo.put("rateLimited", m.rateLimited());
        jo.put("tokenRefreshes", m.tokenRefreshes());
        jo.put("limiterWaitMillis", m.limiterWait().toMillis());
        return jo;
    }

    private JsonObject endpoint(GenesysEndpoint endpoint, ClientMetrics metrics) {
        EndpointStatus status = endpoint.endpointStatus();
        Masking mask = Masking.of(endpoint.clientSettings());
        JsonObject jo = new JsonObject();
        jo.put("uri", URISupport.sanitizeUri(endpoint.getEndpointBaseUri()));
        jo.put("endpointUri", URISupport.sanitizeUri(endpoint.getEndpointUri()));
        jo.put("operation", endpoint.getOperation().name());
        jo.put("kind", endpoint.getOperation().isConsumer() ? "consumer" : "producer");
        List<String> routes = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getEndpoint() == endpoint) {
                routes.add(route.getRouteId());
            }
        }
        jo.put("routes", routes);
        jo.put("client", metrics == null ? "(not started)" : metrics.clientLabel() + " #" + metrics.clientTag());
        jo.put("recordsDelivered", status.delivered());
        jo.put("failures", status.failures());
        jo.put("failuresInARow", status.consecutiveFailures());
        List<String> jobs = status.jobsInFlight();
        jo.put("jobsInFlight", jobs.size());
        jo.put("jobIds", jobs);
        EndpointStatus.LastError last = status.lastError();
        if (last != null) {
            jo.put("lastError", mask.apply(last.text()));
            jo.put("lastErrorTime", last.at().toString());
        }
        if (status.lastSuccess() != null) {
            jo.put("lastSuccessTime", status.lastSuccess().toString());
        }
        return jo;
    }
}
