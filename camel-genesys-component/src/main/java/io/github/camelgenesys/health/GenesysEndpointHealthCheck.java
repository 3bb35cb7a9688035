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

import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.client.ClientMetrics;
import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.ops.EndpointStatus;
import io.github.camelgenesys.ops.Masking;
import java.util.Map;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.util.URISupport;

/**
 * The health of one genesys consumer or producer, from what its endpoint and its client already know: the last
 * token outcome of its client id, its failures in a row and last error, its jobs in flight, the limiter's pace. It
 * never sends a request (a token request could block a health probe for the login host's timeout). DOWN, with a
 * message naming the endpoint, when the client id's last token request failed or the last {@code downAfter} polls or
 * exchanges failed. Details never hold the client id (only its label and tag), a secret or a token.
 */
public final class GenesysEndpointHealthCheck extends AbstractHealthCheck {

    /** Consumers follow Camel's polling consumers: one failed poll (the client's retries were spent) is DOWN. */
    static final int CONSUMER_DOWN_AFTER = 1;
    /** Producers: one refused input is the exchange's problem; three failures in a row are the endpoint's. */
    static final int PRODUCER_DOWN_AFTER = 3;

    private final GenesysEndpoint endpoint;
    private final ScheduledPollConsumer consumer;
    private final int downAfter;
    private final String uri;

    GenesysEndpointHealthCheck(String id, GenesysEndpoint endpoint, ScheduledPollConsumer consumer, int downAfter) {
        super("camel", id);
        this.endpoint = endpoint;
        this.consumer = consumer;
        this.downAfter = downAfter;
        this.uri = URISupport.sanitizeUri(endpoint.getEndpointBaseUri());
    }

    /** Readiness only: a Genesys outage or refused credentials are not cured by restarting the JVM. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        GenesysClientSettings settings = endpoint.clientSettings();
        ClientMetrics client = endpoint.clientMetrics();
        EndpointStatus status = endpoint.endpointStatus();
        Masking mask = Masking.of(settings);
        String name = name();
        builder.detail(HealthCheck.ENDPOINT_URI, uri);
        builder.detail("genesys.operation", endpoint.getOperation().name());
        StatusDetails.endpoint(status, mask).forEach(builder::detail);
        if (settings != null) {
            builder.detail("genesys.login.url", settings.loginUrl());
        }
        if (client == null) {
            builder.message(name + " is not started");
            builder.unknown();
            return;
        }
        StatusDetails.client(client).forEach(builder::detail);
        ClientMetrics.TokenFailure token = client.lastTokenFailure();
        if (token != null) {
            builder.detail(HealthCheck.FAILURE_ERROR_COUNT, client.consecutiveTokenFailures());
            builder.message(name + " is DOWN: the last token request of client " + client.clientLabel() + " #"
                    + client.clientTag() + " failed: " + mask.apply(token.message()));
            builder.down();
            return;
        }
        int failures = status.consecutiveFailures();
        if (failures >= downAfter) {
            EndpointStatus.LastError last = status.lastError();
            builder.detail(HealthCheck.FAILURE_ERROR_COUNT, failures);
            builder.message(name + " is DOWN: the last " + failures + (consumer != null ? " poll(s)" : " exchange(s)")
                    + " failed; last error: " + (last == null ? "unknown" : mask.apply(last.text())));
            builder.down();
            return;
        }
        if (consumer != null && !consumer.isConsumerReady()) {
            // before the first poll: the registry's initial state (camel.health.initialState) applies, as for
            // Camel's own polling consumers
            builder.message(name + " has not polled yet");
            return;
        }
        builder.up();
    }

    private String name() {
        String route = consumer != null ? consumer.getRouteId() : null;
        return "genesys:" + endpoint.getOperation() + " (" + uri + (route != null ? ", route " + route : "") + ")";
    }
}
