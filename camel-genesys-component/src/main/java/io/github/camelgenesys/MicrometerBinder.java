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
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;

/**
 * Registers the meters of each client id once, tagged {@code client} (the shortened id) and {@code clientHash} (a
 * short hash, so two ids with the same first characters get two meter sets). Only loaded when micrometer is
 * present (see GenesysMeters).
 */
final class MicrometerBinder extends GenesysMeters {

    private final MeterRegistry registry;
    /** By identity: one ClientMetrics per client id in the factory. */
    private final Set<ClientMetrics> bound = ConcurrentHashMap.newKeySet();

    private final List<Meter> registered = new CopyOnWriteArrayList<>();

    private MicrometerBinder(MeterRegistry registry) {
        this.registry = registry;
    }

    static GenesysMeters create(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? null : new MicrometerBinder(registry);
    }

    @Override
    void bind(ClientMetrics m) {
        if (!bound.add(m)) {
            return;
        }
        Tags client = Tags.of("client", m.clientLabel(), "clientHash", m.clientTag());
        register(FunctionCounter.builder("genesys.client.requests", m, ClientMetrics::requests)
                .description("API requests sent")
                .tags(client)
                .register(registry));
        register(FunctionCounter.builder("genesys.client.retries", m, ClientMetrics::retries)
                .description("Retries after 429, 5xx or connection errors")
                .tags(client)
                .register(registry));
        register(FunctionCounter.builder("genesys.client.rate.limited", m, ClientMetrics::rateLimited)
                .description("429 responses received")
                .tags(client)
                .register(registry));
        register(FunctionCounter.builder("genesys.client.token.refreshes", m, ClientMetrics::tokenRefreshes)
                .description("Tokens obtained")
                .tags(client)
                .register(registry));
        register(TimeGauge.builder(
                        "genesys.client.limiter.wait",
                        m,
                        TimeUnit.MILLISECONDS,
                        x -> x.limiterWait().toMillis())
                .description("Total time waited on the rate limiter")
                .tags(client)
                .register(registry));
    }

    private void register(Meter meter) {
        registered.add(meter);
    }

    /** Removes the meters it registered: their ClientMetrics belong to a factory that is going away. */
    @Override
    void close() {
        registered.forEach(registry::remove);
        registered.clear();
        bound.clear();
    }
}
