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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.camelgenesys.client.GenesysClientFactory;
import io.github.camelgenesys.client.WireMockGenesys;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;

/**
 * One HTTP pool per distinct transport: TLS settings are compared by their configuration, not by the
 * {@code SSLContext} each start builds from them, and the pools are closed when the component stops.
 */
class TransportPoolTest {

    @Test
    void equalTlsSettingsShareOnePoolAcrossStartsAndEndpointsDifferentOnesGetTheirOwnAndStopClosesThem()
            throws Exception {
        try (WireMockGenesys wm = new WireMockGenesys();
                CamelContext camel = new DefaultCamelContext()) {
            wm.stubToken("tok", 86400);
            camel.getRegistry().bind("tls13", tls("TLSv1.3"));
            camel.getRegistry().bind("tls13Again", tls("TLSv1.3"));
            camel.getRegistry().bind("tls12", tls("TLSv1.2"));
            camel.start();
            GenesysClientFactory factory =
                    camel.getComponent("genesys", GenesysComponent.class).getClientFactory();

            GenesysEndpoint search =
                    camel.getEndpoint(uri(wm, "search", "&sslContextParameters=#tls13"), GenesysEndpoint.class);
            search.start();
            search.stop();
            search.start();
            assertEquals(1, factory.transportCount(), "the same endpoint started twice");

            camel.getEndpoint(uri(wm, "archive", "&sslContextParameters=#tls13Again"))
                    .start();
            assertEquals(1, factory.transportCount(), "another endpoint with an equal TLS configuration");

            camel.getEndpoint(uri(wm, "live", "&delay=5000&sslContextParameters=#tls12"))
                    .start();
            assertEquals(2, factory.transportCount(), "another TLS protocol");

            camel.getEndpoint(uri(wm, "search", "&pageSize=50")).start();
            camel.getEndpoint(uri(wm, "archive", "&connectTimeout=5000")).start();
            assertEquals(4, factory.transportCount(), "no TLS parameters, then another connect timeout");

            camel.getComponent("genesys").stop();
            assertEquals(0, factory.transportCount(), "pools closed when the component stops");
            assertThrows(
                    IllegalStateException.class,
                    () -> factory.client(wm.settings().build()));
        }
    }

    @Test
    void tlsKeyComparesKeyStoresAndPasswordsByValueAndShowsNoPassword() {
        assertEquals(TlsConfigKey.of(withTrustStore("pw-1")), TlsConfigKey.of(withTrustStore("pw-1")));
        assertNotEquals(TlsConfigKey.of(withTrustStore("pw-1")), TlsConfigKey.of(withTrustStore("pw-2")));
        assertNotEquals(TlsConfigKey.of(withTrustStore("pw-1")), TlsConfigKey.of(tls("TLSv1.3")));
        assertFalse(TlsConfigKey.of(withTrustStore("pw-1")).toString().contains("pw-1"));
    }

    private static SSLContextParameters withTrustStore(String password) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:truststore.p12");
        store.setPassword(password);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters p = tls("TLSv1.3");
        p.setTrustManagers(trust);
        return p;
    }

    private static SSLContextParameters tls(String protocol) {
        SSLContextParameters p = new SSLContextParameters();
        p.setSecureSocketProtocol(protocol);
        return p;
    }

    private static String uri(WireMockGenesys wm, String operation, String extra) {
        return "genesys:" + operation + "?apiUrl=" + wm.baseUrl() + "&loginUrl=" + wm.baseUrl()
                + "&clientId=" + WireMockGenesys.CLIENT_ID + "&clientSecret=RAW(" + WireMockGenesys.CLIENT_SECRET + ")"
                + "&rateLimitPerMinute=0" + extra;
    }
}
