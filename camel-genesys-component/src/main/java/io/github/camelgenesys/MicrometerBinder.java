package io.github.camelgenesys;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.camelgenesys.client.ClientMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.apache.camel.CamelContext;

/** Registers the meters of each client id once. Only loaded when micrometer is present (see GenesysMeters). */
final class MicrometerBinder extends GenesysMeters {

    private final MeterRegistry registry;
    private final Set<String> bound = ConcurrentHashMap.newKeySet();

    private MicrometerBinder(MeterRegistry registry) {
        this.registry = registry;
    }

    static GenesysMeters create(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? null : new MicrometerBinder(registry);
    }

    @Override
    void bind(ClientMetrics m) {
        if (!bound.add(m.clientLabel())) {
            return;
        }
        String client = m.clientLabel();
        FunctionCounter.builder("genesys.client.requests", m, ClientMetrics::requests)
                .description("API requests sent").tag("client", client).register(registry);
        FunctionCounter.builder("genesys.client.retries", m, ClientMetrics::retries)
                .description("Retries after 429, 5xx or connection errors").tag("client", client).register(registry);
        FunctionCounter.builder("genesys.client.rate.limited", m, ClientMetrics::rateLimited)
                .description("429 responses received").tag("client", client).register(registry);
        FunctionCounter.builder("genesys.client.token.refreshes", m, ClientMetrics::tokenRefreshes)
                .description("Tokens obtained").tag("client", client).register(registry);
        TimeGauge.builder("genesys.client.limiter.wait", m, TimeUnit.MILLISECONDS, x -> x.limiterWait().toMillis())
                .description("Total time waited on the rate limiter").tag("client", client).register(registry);
    }
}
