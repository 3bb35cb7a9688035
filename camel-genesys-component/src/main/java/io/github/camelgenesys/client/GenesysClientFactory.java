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
package io.github.camelgenesys.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns what every client shares: pooled HTTP clients (one per transport configuration), one token cache per
 * (login URL, client id), one rate limiter and one set of metrics per client id. Thread-safe; close it once, when
 * its owner (the Camel component) stops.
 */
public final class GenesysClientFactory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GenesysClientFactory.class);

    private final TimeSource time;
    private final DoubleSupplier jitter;
    private final int maxConnections;
    private final Map<GenesysClientSettings.TransportKey, CloseableHttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<TokenKey, TokenCache> tokenCaches = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, ClientMetrics> metrics = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private record TokenKey(String loginUrl, String clientId) {
        @Override
        public String toString() {
            return "TokenKey[" + loginUrl + ", " + Redact.clientId(clientId) + "]";
        }
    }

    public GenesysClientFactory() {
        this(TimeSource.SYSTEM, () -> ThreadLocalRandom.current().nextDouble(), 50);
    }

    /**
     * @param time           clock and sleeper (tests inject a fake one)
     * @param jitter         random numbers in [0, 1) for the full-jitter backoff
     * @param maxConnections pool size per transport configuration
     */
    public GenesysClientFactory(TimeSource time, DoubleSupplier jitter, int maxConnections) {
        this.time = Objects.requireNonNull(time, "time");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.maxConnections = maxConnections;
    }

    /** A client for these settings. Cheap: it reuses this factory's pools, token caches and limiters. */
    public GenesysClient client(GenesysClientSettings settings) {
        if (closed) {
            throw new IllegalStateException("GenesysClientFactory is closed");
        }
        CloseableHttpClient http =
                httpClients.computeIfAbsent(settings.transportKey(), k -> createHttpClient(settings));
        TokenCache tokens = tokenCaches.computeIfAbsent(
                new TokenKey(settings.loginUrl(), settings.clientId()), k -> new TokenCache(time));
        RateLimiter limiter = limiters.computeIfAbsent(
                settings.clientId(), id -> new RateLimiter(time, settings.rateLimitPerMinute()));
        if (limiter.perMinute() != settings.rateLimitPerMinute()) {
            LOG.warn(
                    "Client id {} is already rate limited with another rateLimitPerMinute; the first one applies",
                    Redact.clientId(settings.clientId()));
        }
        ClientMetrics clientMetrics = metrics(settings.clientId());
        clientMetrics.watch(limiter);
        return new GenesysClient(settings, http, tokens, limiter, clientMetrics, time, jitter);
    }

    /** The metrics of one client id (created on first use). */
    public ClientMetrics metrics(String clientId) {
        return metrics.computeIfAbsent(clientId, ClientMetrics::new);
    }

    /**
     * Metrics of every client id seen, one entry per client id (two ids with the same shortened label are two
     * entries; tell them apart by {@link ClientMetrics#clientTag()}).
     */
    public List<ClientMetrics> allMetrics() {
        return List.copyOf(metrics.values());
    }

    /** HTTP connection pools open: one per distinct transport configuration (0 once closed). */
    public int transportCount() {
        return httpClients.size();
    }

    public TimeSource timeSource() {
        return time;
    }

    @Override
    public void close() {
        closed = true;
        httpClients.values().forEach(c -> c.close(CloseMode.GRACEFUL));
        httpClients.clear();
        tokenCaches.clear();
        limiters.clear();
    }

    private CloseableHttpClient createHttpClient(GenesysClientSettings s) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(new QuietConnectionFactory())
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(s.connectTimeout()))
                        .setSocketTimeout(Timeout.of(s.responseTimeout()))
                        .build());
        if (s.sslContext() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(s.sslContext()));
        }
        // We own the retry policy (429/Retry-After, 5xx, connection errors): HttpClient's own retries, which
        // would honour any Retry-After silently (CAMEL-23345), are disabled; so are redirects, so that a bearer
        // token is never sent to a host we did not choose.
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching();
        if (s.proxyHost() != null) {
            HttpHost proxy = new HttpHost(s.proxyHost(), s.proxyPort());
            builder.setProxy(proxy);
            if (s.proxyUsername() != null && !s.proxyUsername().isEmpty()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                char[] password = s.proxyPassword() == null
                        ? new char[0]
                        : s.proxyPassword().toCharArray();
                credentials.setCredentials(
                        new AuthScope(proxy), new UsernamePasswordCredentials(s.proxyUsername(), password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        return builder.build();
    }
}
