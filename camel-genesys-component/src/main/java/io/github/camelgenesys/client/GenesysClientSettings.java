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

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Immutable settings of one {@link GenesysClient}. Build with {@link #builder()}; {@link Builder#build()} validates
 * and names the offending option. {@link #toString()} masks the client secret and the proxy password.
 */
public final class GenesysClientSettings {

    private final String apiUrl;
    private final String loginUrl;
    private final String clientId;
    private final String clientSecret;
    private final Duration tokenRefreshMargin;
    private final int rateLimitPerMinute;
    private final int maxRetries;
    private final Duration maxRetryTime;
    private final Duration maxRetryAfter;
    private final Duration retryInitialDelay;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final String proxyHost;
    private final int proxyPort;
    private final String proxyUsername;
    private final String proxyPassword;
    private final SSLContext sslContext;
    private final Object tlsKey;

    private GenesysClientSettings(Builder b) {
        this.apiUrl = stripTrailingSlash(b.apiUrl);
        this.loginUrl = stripTrailingSlash(b.loginUrl);
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.tokenRefreshMargin = b.tokenRefreshMargin;
        this.rateLimitPerMinute = b.rateLimitPerMinute;
        this.maxRetries = b.maxRetries;
        this.maxRetryTime = b.maxRetryTime;
        this.maxRetryAfter = b.maxRetryAfter;
        this.retryInitialDelay = b.retryInitialDelay;
        this.connectTimeout = b.connectTimeout;
        this.responseTimeout = b.responseTimeout;
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        this.proxyUsername = b.proxyUsername;
        this.proxyPassword = b.proxyPassword;
        this.sslContext = b.sslContext;
        this.tlsKey = b.tlsKey != null ? b.tlsKey : b.sslContext;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String apiUrl() {
        return apiUrl;
    }

    public String loginUrl() {
        return loginUrl;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Duration tokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public int rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Duration maxRetryTime() {
        return maxRetryTime;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    public Duration retryInitialDelay() {
        return retryInitialDelay;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration responseTimeout() {
        return responseTimeout;
    }

    public String proxyHost() {
        return proxyHost;
    }

    public int proxyPort() {
        return proxyPort;
    }

    public String proxyUsername() {
        return proxyUsername;
    }

    public String proxyPassword() {
        return proxyPassword;
    }

    public SSLContext sslContext() {
        return sslContext;
    }

    /**
     * What decides which pooled HTTP client serves these settings (everything but credentials and policy). Equal
     * keys share one pool. TLS is compared by the key given with {@link Builder#sslContext(SSLContext, Object)}
     * (a value of the TLS configuration), else by the {@code SSLContext} instance.
     */
    TransportKey transportKey() {
        return new TransportKey(connectTimeout, proxyHost, proxyPort, proxyUsername, proxyPassword, tlsKey);
    }

    record TransportKey(
            Duration connectTimeout,
            String proxyHost,
            int proxyPort,
            String proxyUsername,
            String proxyPassword,
            Object tls) {
        @Override
        public String toString() {
            return "TransportKey[connectTimeout=" + connectTimeout + ", proxy=" + proxyHost + ":" + proxyPort + "]";
        }
    }

    @Override
    public String toString() {
        return "GenesysClientSettings[apiUrl=" + apiUrl + ", loginUrl=" + loginUrl
                + ", clientId=" + Redact.clientId(clientId)
                + ", clientSecret=" + mask(clientSecret) + ", tokenRefreshMargin=" + tokenRefreshMargin
                + ", rateLimitPerMinute=" + rateLimitPerMinute + ", maxRetries=" + maxRetries
                + ", maxRetryTime=" + maxRetryTime + ", maxRetryAfter=" + maxRetryAfter
                + ", retryInitialDelay=" + retryInitialDelay + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout + ", proxyHost=" + proxyHost + ", proxyPort=" + proxyPort
                + ", proxyUsername=" + proxyUsername + ", proxyPassword=" + mask(proxyPassword)
                + ", sslContext=" + (sslContext == null ? "default" : "custom") + "]";
    }

    static String mask(String secret) {
        return secret == null ? "null" : "******";
    }

    private static String stripTrailingSlash(String url) {
        if (url == null) {
            return null;
        }
        String s = url.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    public static final class Builder {
        private String apiUrl;
        private String loginUrl;
        private String clientId;
        private String clientSecret;
        private Duration tokenRefreshMargin = Duration.ofSeconds(60);
        private int rateLimitPerMinute = 300;
        private int maxRetries = 5;
        private Duration maxRetryTime = Duration.ofMinutes(5);
        private Duration maxRetryAfter = Duration.ofSeconds(180);
        private Duration retryInitialDelay = Duration.ofSeconds(1);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private String proxyHost;
        private int proxyPort;
        private String proxyUsername;
        private String proxyPassword;
        private SSLContext sslContext;
        private Object tlsKey;

        private Builder() {}

        /** Sets apiUrl and loginUrl from a region. */
        public Builder region(GenesysRegion region) {
            return environment(region.environment());
        }

        /** Sets apiUrl and loginUrl from an environment domain such as {@code mypurecloud.ie}. */
        public Builder environment(String environment) {
            String env = environment.trim();
            this.apiUrl = "https://api." + env;
            this.loginUrl = "https://login." + env;
            return this;
        }

        public Builder apiUrl(String v) {
            this.apiUrl = v;
            return this;
        }

        public Builder loginUrl(String v) {
            this.loginUrl = v;
            return this;
        }

        public Builder clientId(String v) {
            this.clientId = v;
            return this;
        }

        public Builder clientSecret(String v) {
            this.clientSecret = v;
            return this;
        }

        public Builder tokenRefreshMargin(Duration v) {
            this.tokenRefreshMargin = v;
            return this;
        }

        public Builder rateLimitPerMinute(int v) {
            this.rateLimitPerMinute = v;
            return this;
        }

        public Builder maxRetries(int v) {
            this.maxRetries = v;
            return this;
        }

        public Builder maxRetryTime(Duration v) {
            this.maxRetryTime = v;
            return this;
        }

        public Builder maxRetryAfter(Duration v) {
            this.maxRetryAfter = v;
            return this;
        }

        public Builder retryInitialDelay(Duration v) {
            this.retryInitialDelay = v;
            return this;
        }

        public Builder connectTimeout(Duration v) {
            this.connectTimeout = v;
            return this;
        }

        public Builder responseTimeout(Duration v) {
            this.responseTimeout = v;
            return this;
        }

        public Builder proxyHost(String v) {
            this.proxyHost = v;
            return this;
        }

        public Builder proxyPort(int v) {
            this.proxyPort = v;
            return this;
        }

        public Builder proxyUsername(String v) {
            this.proxyUsername = v;
            return this;
        }

        public Builder proxyPassword(String v) {
            this.proxyPassword = v;
            return this;
        }

        public Builder sslContext(SSLContext v) {
            return sslContext(v, null);
        }

        /**
         * @param context the SSL context of the connections
         * @param sameAs  a value equal for equal TLS configurations (equals/hashCode by value, a toString that shows
         *                no secret): settings whose keys are equal share one HTTP pool even though each build made
         *                its own {@code SSLContext}; null compares the context by identity
         */
        public Builder sslContext(SSLContext context, Object sameAs) {
            this.sslContext = context;
            this.tlsKey = context == null ? null : sameAs;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the option that is missing or invalid
         */
        public GenesysClientSettings build() {
            requireUrl("apiUrl", apiUrl);
            requireUrl("loginUrl", loginUrl);
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("Option 'clientId' is required");
            }
            if (clientSecret == null || clientSecret.isEmpty()) {
                throw new IllegalArgumentException("Option 'clientSecret' is required");
            }
            requireNonNegative("tokenRefreshMargin", tokenRefreshMargin);
            if (rateLimitPerMinute < 0) {
                throw new IllegalArgumentException(
                        "Option 'rateLimitPerMinute' must be >= 0 (0 = off), was " + rateLimitPerMinute);
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("Option 'maxRetries' must be >= 0, was " + maxRetries);
            }
            requireNonNegative("maxRetryTime", maxRetryTime);
            requireNonNegative("maxRetryAfter", maxRetryAfter);
            requireNonNegative("retryInitialDelay", retryInitialDelay);
            requirePositive("connectTimeout", connectTimeout);
            requirePositive("responseTimeout", responseTimeout);
            if (proxyHost != null && !proxyHost.isBlank() && (proxyPort <= 0 || proxyPort > 65535)) {
                throw new IllegalArgumentException(
                        "Option 'proxyPort' must be 1..65535 when 'proxyHost' is set, was " + proxyPort);
            }
            if (proxyHost == null || proxyHost.isBlank()) {
                proxyHost = null;
                proxyPort = 0;
            }
            return new GenesysClientSettings(this);
        }

        private static void requireUrl(String option, String url) {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("Option '" + option + "' is required");
            }
            URI uri;
            try {
                uri = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Option '" + option + "' is not a valid URL: " + url);
            }
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(
                        "Option '" + option + "' must be an http(s) URL with a host, was " + url);
            }
        }

        private static void requireNonNegative(String option, Duration d) {
            Objects.requireNonNull(d, () -> "Option '" + option + "' is required");
            if (d.isNegative()) {
                throw new IllegalArgumentException("Option '" + option + "' must not be negative, was " + d);
            }
        }

        private static void requirePositive(String option, Duration d) {
            requireNonNegative(option, d);
            if (d.isZero()) {
                throw new IllegalArgumentException("Option '" + option + "' must be positive, was " + d);
            }
        }
    }
}
