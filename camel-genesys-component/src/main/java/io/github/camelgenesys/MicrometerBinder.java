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
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
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
 * Registers the meters of each client id once, and of each endpoint once, named as camel-micrometer names its own:
 * lower case, dot separated, prefixed {@code camel.} ({@code camel.genesys.*}), tagged {@code camelContext} and
 * {@code kind} ({@code CamelGenesysClient} or {@code CamelGenesysEndpoint}); client meters add {@code client} (the
 * shortened id) and {@code clientHash} (a short hash, so two ids with the same first characters get two meter sets),
 * endpoint meters {@code endpointName} (the sanitized URI). Only loaded when micrometer is present (see
 * GenesysMeters).
 */
final class MicrometerBinder extends GenesysMeters {

    static final String PREFIX = "camel.genesys.";
    static final String KIND_CLIENT = "CamelGenesysClient";
    static final String KIND_ENDPOINT = "CamelGenesysEndpoint";

    private final MeterRegistry registry;
    private final String camelContext;
    /** By identity: one ClientMetrics per client id in the factory, one EndpointStatus per endpoint. */
    private final Set<Object> bound = ConcurrentHashMap.newKeySet();

    private final List<Meter> registered = new CopyOnWriteArrayList<>();

    private MicrometerBinder(MeterRegistry registry, String camelContext) {
        this.registry = registry;
        this.camelContext = camelContext;
    }

    static GenesysMeters create(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? null : new MicrometerBinder(registry, context.getName());
    }

    @Override
    void bind(ClientMetrics m) {
        if (!bound.add(m)) {
            return;
        }
        Tags tags = Tags.of(
                "camelContext",
                camelContext,
                "kind",
                KIND_CLIENT,
                "client",
                m.clientLabel(),
                "clientHash",
                m.clientTag());
        counter("requests", m, ClientMetrics::requests, "API requests sent", tags);
        counter("retries", m, ClientMetrics::retries, "Retries after 429, 5xx or connection errors", tags);
        counter("rate.limited", m, ClientMetrics::rateLimited, "429 responses received", tags);
        counter("token.refreshes", m, ClientMetrics::tokenRefreshes, "Tokens obtained", tags);
        register(TimeGauge.builder(
                        PREFIX + "limiter.wait",
                        m,
                        TimeUnit.MILLISECONDS,
                        x -> x.limiterWait().toMillis())
                .description("Total time waited on the rate limiter")
                .tags(tags)
                .register(registry));
        gauge(
                "rate.limit",
                m,
                ClientMetrics::rateLimitPerMinute,
                "Requests per minute the rate limiter lets through now",
                tags);
        gauge(
                "token.failures",
                m,
                ClientMetrics::consecutiveTokenFailures,
                "Token requests failed in a row (0 once a token is obtained)",
                tags);
    }

    @Override
    void bind(String endpointName, EndpointStatus status) {
        if (!bound.add(status)) {
            return;
        }
        Tags tags = Tags.of("camelContext", camelContext, "kind", KIND_ENDPOINT, "endpointName", endpointName);
        counter(
                "records.delivered",
                status,
                EndpointStatus::delivered,
                "Records delivered: messages a consumer emitted, exchanges a producer completed",
                tags);
        counter("failures", status, EndpointStatus::failures, "Failed polls, exchanges and jobs", tags);
        gauge("jobs.inflight", status, s -> s.jobsInFlight().size(), "Async jobs the endpoint follows now", tags);
    }

    private <T> void counter(
            String name, T source, java.util.function.ToDoubleFunction<T> count, String description, Tags tags) {
        register(FunctionCounter.builder(PREFIX + name, source, count)
                .description(description)
                .tags(tags)
                .register(registry));
    }

    private <T> void gauge(
            String name, T source, java.util.function.ToDoubleFunction<T> value, String description, Tags tags) {
        register(Gauge.builder(PREFIX + name, source, value)
                .description(description)
                .tags(tags)
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
