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
package io.github.camelgenesys.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysClient;
import io.github.camelgenesys.client.GenesysClientFactory;
import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.client.GenesysException;
import io.github.camelgenesys.simulator.auth.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Budget use: one pipeline against a simulator that enforces {@code limit} requests per minute per token, with the
 * component set to the same limit, for a fixed time. Used = API requests the simulator served in that time;
 * allowed = limit × time; and the share of them answered 429. {@link #runModel}: requests served under each of the
 * simulator's limiter models against the most that model allows, for one instance or several sharing one client.
 */
final class BudgetBenchmark {

    /** Threads calling the API per instance in {@link #runModel}. */
    static final int CALLERS = 2;

    record Row(
            String pipeline,
            int limitPerMinute,
            int seconds,
            long used,
            long allowed,
            long rateLimited,
            long delivered) {
        double usePercent() {
            return 100.0 * used / allowed;
        }

        double share429Percent() {
            return used == 0 ? 0 : 100.0 * rateLimited / used;
        }
    }

    private BudgetBenchmark() {}

    static Row run(String pipeline, int limitPerMinute, int seconds) throws Exception {
        try (BenchOrg org = new BenchOrg(1_000_000, 30, limitPerMinute, Duration.ofMillis(500))) {
            String limit = "rateLimitPerMinute=" + limitPerMinute;
            String search = org.uri(
                    "search", "interval=" + org.interval() + "&pageSize=100&delay=1000&initialDelay=0&" + limit);
            AtomicLong delivered = new AtomicLong();
            RouteBuilder routes = switch (pipeline) {
                case "search" -> route(search, null, delivered);
                case "analytics" ->
                    route(
                            org.uri(
                                    "analytics",
                                    "startDate=" + org.sim.data().historyStart()
                                            + "&windowSize=1d&pageSize=1000&jobPollInterval=1s&delay=1000&initialDelay=0&"
                                            + limit),
                            null,
                            delivered);
                case "messaging" ->
                    route(
                            org.uri(
                                    "search",
                                    "interval=" + org.interval()
                                            + "&mediaType=message&pageSize=100&delay=1000&initialDelay=0&" + limit),
                            org.uri("messaging", "retentionDays=0&" + limit),
                            delivered);
                default -> throw new IllegalArgumentException("pipeline must be search, analytics or messaging");
            };
            try (CamelContext context = new DefaultCamelContext()) {
                context.getShutdownStrategy().setTimeout(5);
                context.addRoutes(routes);
                long start = System.nanoTime();
                context.start();
                Thread.sleep(Duration.ofSeconds(seconds).toMillis() - (System.nanoTime() - start) / 1_000_000);
                long used = org.apiRequests();
                long rateLimited = org.sim.stats().rateLimited429();
                long allowed = (long) limitPerMinute * seconds / 60;
                return new Row(pipeline, limitPerMinute, seconds, used, allowed, rateLimited, delivered.get());
            }
        }
    }

    /** One pipeline (or {@code instances} of it on one client) under one limiter model of the simulator. */
    record ModelRow(
            String model,
            int instances,
            int limitPerMinute,
            int seconds,
            long served,
            long mostAllowed,
            long rateLimited,
            long delivered) {
        double usePercent() {
            return 100.0 * served / mostAllowed;
        }

        double share429Percent() {
            long sent = served + rateLimited;
            return sent == 0 ? 0 : 100.0 * rateLimited / sent;
        }
    }

    /**
     * The most a model lets through in {@code seconds} from a standing start: a fixed or sliding 60 s window allows
     * {@code limit} per started minute; a full bucket allows {@code limit} at once plus its refill.
     */
    static long mostAllowed(RateLimiter.Model model, int limitPerMinute, int seconds) {
        return switch (model) {
            case FIXED_WINDOW, SLIDING_WINDOW -> (long) limitPerMinute * ((seconds + 59) / 60);
            case TOKEN_BUCKET -> limitPerMinute + (long) limitPerMinute * seconds / 60;
        };
    }

    /**
     * {@code instances} clients, each with its own {@link GenesysClientFactory} (its own token and limiter, as separate
     * JVMs would have), on one OAuth client against one simulator that counts the client's tokens together; each
     * instance has {@value #CALLERS} threads calling a cheap endpoint as fast as its limiter lets them, so the limiter,
     * not the simulator's CPU, decides how many requests go.
     */
    static ModelRow runModel(RateLimiter.Model model, int instances, int limitPerMinute, int seconds) throws Exception {
        try (BenchOrg org = new BenchOrg(1_000, 30, limitPerMinute, Duration.ofMillis(500), model)) {
            List<GenesysClientFactory> factories = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(instances * CALLERS);
            try {
                List<GenesysClient> clients = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    GenesysClientFactory factory = new GenesysClientFactory();
                    factories.add(factory);
                    clients.add(factory.client(GenesysClientSettings.builder()
                            .apiUrl(org.sim.baseUrl())
                            .loginUrl(org.sim.baseUrl())
                            .clientId(org.sim.clientId())
                            .clientSecret(org.sim.clientSecret())
                            .rateLimitPerMinute(limitPerMinute)
                            .build()));
                }
                long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                AtomicLong delivered = new AtomicLong();
                List<Future<?>> callers = new ArrayList<>();
                for (GenesysClient client : clients) {
                    for (int t = 0; t < CALLERS; t++) {
                        callers.add(pool.submit(() -> {
                            while (System.nanoTime() < end
                                    && !Thread.currentThread().isInterrupted()) {
                                try {
                                    client.get("/api/v2/routing/queues", Map.of("pageSize", 1), JsonNode.class);
                                    delivered.incrementAndGet();
                                } catch (GenesysException e) {
                                    // a 429 beyond maxRetryTime; counted by the simulator
                                }
                            }
                            return null;
                        }));
                    }
                }
                Thread.sleep(Duration.ofSeconds(seconds).toMillis());
                long served = org.apiRequests() - org.sim.stats().rateLimited429();
                long limited = org.sim.stats().rateLimited429();
                pool.shutdownNow();
                return new ModelRow(
                        model.flag(),
                        instances,
                        limitPerMinute,
                        seconds,
                        served,
                        mostAllowed(model, limitPerMinute, seconds),
                        limited,
                        delivered.get());
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
                factories.forEach(GenesysClientFactory::close);
            }
        }
    }

    private static RouteBuilder route(String from, String to, AtomicLong delivered) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                if (to == null) {
                    from(from).routeId("budget").process(e -> delivered.incrementAndGet());
                } else {
                    from(from).routeId("budget").to(to).process(e -> delivered.incrementAndGet());
                }
            }
        };
    }
}
