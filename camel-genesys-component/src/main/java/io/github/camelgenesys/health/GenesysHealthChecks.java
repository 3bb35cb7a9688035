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
import io.github.camelgenesys.client.Redact;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.util.URISupport;

/**
 * Registers the genesys consumer and producer checks the way Camel's components do: through
 * {@link HealthCheckHelper#getHealthCheckRepository}, only when the context has a health check registry, and only
 * when the component's {@code healthCheckConsumerEnabled} / {@code healthCheckProducerEnabled} is true. The global
 * switches {@code camel.health.consumersEnabled} / {@code producersEnabled} enable or disable the repositories, so
 * they hide or show these checks too (producer checks are off unless {@code camel.health.producersEnabled=true}).
 */
public final class GenesysHealthChecks {

    private GenesysHealthChecks() {}

    /**
     * Gives a consumer its genesys check (id {@code consumer:<routeId>} once Camel's consumers repository wraps it,
     * as for every Camel consumer); without it the consumer keeps Camel's default polling check.
     */
    public static void forConsumer(GenesysEndpoint endpoint, ScheduledPollConsumer consumer) {
        CamelContext context = endpoint.getCamelContext();
        if (!endpoint.getComponent().isHealthCheckConsumerEnabled()
                || HealthCheckHelper.getHealthCheckRepository(context, "consumers", HealthCheckRepository.class)
                        == null) {
            return;
        }
        GenesysEndpointHealthCheck check = new GenesysEndpointHealthCheck(
                "genesys-consumer-" + endpoint.getOperation(),
                endpoint,
                consumer,
                GenesysEndpointHealthCheck.CONSUMER_DOWN_AFTER);
        check.setCamelContext(context);
        consumer.setHealthCheck(check);
    }

    /**
     * Registers the producer check of an endpoint in Camel's producers repository: id
     * {@code producer:genesys-<operation>-<tag of the sanitized URI>}. Returns it (to remove on stop), or null.
     */
    public static HealthCheck forProducer(GenesysEndpoint endpoint) {
        CamelContext context = endpoint.getCamelContext();
        if (!endpoint.getComponent().isHealthCheckProducerEnabled()) {
            return null;
        }
        WritableHealthCheckRepository producers =
                HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
        if (producers == null) {
            return null;
        }
        String uri = URISupport.sanitizeUri(endpoint.getEndpointUri());
        GenesysEndpointHealthCheck check = new GenesysEndpointHealthCheck(
                "producer:genesys-" + endpoint.getOperation() + "-" + Redact.clientTag(uri),
                endpoint,
                null,
                GenesysEndpointHealthCheck.PRODUCER_DOWN_AFTER);
        producers.addHealthCheck(check);
        return check;
    }

    /** Removes a producer check registered by {@link #forProducer}. */
    public static void remove(GenesysEndpoint endpoint, HealthCheck check) {
        if (check == null) {
            return;
        }
        WritableHealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (producers != null) {
            producers.removeHealthCheck(check);
        }
    }
}
