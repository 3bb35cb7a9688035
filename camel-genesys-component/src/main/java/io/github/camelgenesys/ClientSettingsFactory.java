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

import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.client.GenesysLocation;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/** Validates a {@link GenesysConfiguration} and turns it into {@link GenesysClientSettings}. */
final class ClientSettingsFactory {

    private final CamelContext context;
    private final SSLContextParameters globalSsl;

    ClientSettingsFactory(CamelContext context, SSLContextParameters globalSsl) {
        this.context = context;
        this.globalSsl = globalSsl;
    }

    GenesysClientSettings create(GenesysConfiguration c) {
        requireCredential("clientId", "client-id", "GENESYS_CLIENT_ID", c.getClientId());
        requireCredential("clientSecret", "client-secret", "GENESYS_CLIENT_SECRET", c.getClientSecret());
        GenesysLocation location =
                GenesysLocation.resolve(c.getRegion(), c.getEnvironment(), c.getApiUrl(), c.getLoginUrl());
        if (c.getProxyHost() == null
                && (c.getProxyPort() != null || c.getProxyUsername() != null || c.getProxyPassword() != null)) {
            throw new IllegalArgumentException(
                    "Options 'proxyPort', 'proxyUsername' and 'proxyPassword' need" + " 'proxyHost'");
        }
        GenesysClientSettings.Builder b = GenesysClientSettings.builder()
                .apiUrl(location.apiUrl())
                .loginUrl(location.loginUrl())
                .clientId(c.getClientId().trim())
                .clientSecret(c.getClientSecret())
                .tokenRefreshMargin(c.getTokenRefreshMargin())
                .rateLimitPerMinute(c.getRateLimitPerMinute())
                .maxRetries(c.getMaxRetries())
                .maxRetryTime(c.getMaxRetryTime())
                .maxRetryAfter(c.getMaxRetryAfter())
                .retryInitialDelay(c.getRetryInitialDelay())
                .connectTimeout(c.getConnectTimeout())
                .responseTimeout(c.getResponseTimeout())
                .proxyHost(c.getProxyHost())
                .proxyPort(c.getProxyPort() == null ? 0 : c.getProxyPort())
                .proxyUsername(c.getProxyUsername())
                .proxyPassword(c.getProxyPassword());
        SSLContextParameters ssl = c.getSslContextParameters() != null ? c.getSslContextParameters() : globalSsl;
        if (ssl != null) {
            try {
                b.sslContext(ssl.createSSLContext(context), TlsConfigKey.of(ssl));
            } catch (Exception e) {
                throw new IllegalArgumentException("Option 'sslContextParameters' is invalid: " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    private static void requireCredential(String option, String property, String env, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Option '" + option + "' is required: set it on the component"
                    + " (camel.component.genesys." + property + "={{env:" + env + "}}) or on the endpoint ("
                    + option + "=RAW(...)); the examples read it from the environment variable " + env);
        }
    }
}
