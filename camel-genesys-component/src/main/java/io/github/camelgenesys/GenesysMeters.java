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
import io.github.camelgenesys.ops.EndpointStatus;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link ClientMetrics} and each endpoint's {@link EndpointStatus} as Micrometer meters when micrometer is on the classpath and a
 * {@code MeterRegistry} is in the Camel registry. Micrometer is optional: nothing here references its classes;
 * {@link MicrometerBinder} is loaded only after the check.
 */
abstract class GenesysMeters {

    private static final Logger LOG = LoggerFactory.getLogger(GenesysMeters.class);
    private static final String REGISTRY_CLASS = "io.micrometer.core.instrument.MeterRegistry";

    abstract void bind(ClientMetrics metrics);

    /** Publishes an endpoint's status, tagged with its sanitized URI ({@code endpointName}, as Camel's meters). */
    abstract void bind(String endpointName, EndpointStatus status);

    /** Removes every meter bound (the component stops; a restart binds the new clients' metrics). */
    abstract void close();

    /** @return null when micrometer or a MeterRegistry is absent */
    static GenesysMeters create(CamelContext context) {
        try {
            Class.forName(REGISTRY_CLASS, false, GenesysMeters.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        GenesysMeters meters = MicrometerBinder.create(context);
        if (meters != null) {
            LOG.debug("Publishing genesys client metrics to Micrometer");
        }
        return meters;
    }
}
