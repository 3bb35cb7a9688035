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
package io.github.camelgenesys.simulator.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.SimulatorConfig;
import io.github.camelgenesys.simulator.http.ApiError;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.GenesysDispatcher;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v2/organizations/limits/namespaces/{namespaceName}}: the org's effective limits of one namespace,
 * as {@code LimitsEntityListing {entities: [Limit {key, namespace, value}]}} (SDK OrganizationApi: "Requires NO
 * permissions"; a valid token is still needed). The values are the ones this simulator enforces, so a client that
 * reads them sees the limits it will meet. A namespace without limits here answers an empty list.
 */
public final class OrganizationLimitsHandler {
    public static final String RECORDING_JOBS_CONCURRENT_MAX = "recording.jobs.concurrent.max";
    /** The name in third-party code listing Genesys limit names; no value is published. */
    public static final String DETAILS_JOBS_CONCURRENT_MAX = "details.jobs.concurrent.access.max";

    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9]+)*");

    private final SimulatorConfig config;

    public OrganizationLimitsHandler(SimulatorConfig config) {
        this.config = config;
    }

    public List<Route> routes() {
        return List.of(Route.of(
                "GET",
                "/api/v2/organizations/limits/namespaces/{namespaceName}",
                Permissions.ANY_AUTHENTICATED,
                this::namespace));
    }

    private ApiResponse namespace(ApiRequest request) {
        String namespace = request.pathParam(1);
        if (!NAMESPACE.matcher(namespace).matches()) {
            throw ApiError.invalidValue(
                    "namespaceName",
                    "namespaceName must be a limit namespace such as" + " analytics, recording or platform.api, got '"
                            + namespace + "'");
        }
        ObjectNode body = Json.object();
        ArrayNode entities = body.putArray("entities");
        limits(namespace)
                .forEach((key, value) -> entities.addObject()
                        .put("key", key)
                        .put("namespace", namespace)
                        .put("value", value));
        return ApiResponse.ok(body);
    }

    /** The limits of a namespace that the simulator enforces, by key. */
    private Map<String, Long> limits(String namespace) {
        Map<String, Long> limits = new LinkedHashMap<>();
        switch (namespace) {
            case "platform.api" -> {
                if (config.rateLimitPerMinute() > 0) {
                    limits.put("client.credentials.token.rate.per.minute", (long) config.rateLimitPerMinute());
                    limits.put("token.rate.per.minute", (long) config.rateLimitPerMinute());
                }
                limits.put("request.bytes.max", (long) GenesysDispatcher.MAX_REQUEST_BYTES);
            }
            case "recording" -> limits.put(RECORDING_JOBS_CONCURRENT_MAX, (long) config.maxConcurrentRecordingJobs());
            case "analytics" -> limits.put(DETAILS_JOBS_CONCURRENT_MAX, (long) config.maxConcurrentDetailsJobs());
            default -> {}
        }
        return limits;
    }
}
