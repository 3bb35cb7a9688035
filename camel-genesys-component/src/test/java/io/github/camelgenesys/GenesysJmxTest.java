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

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.WireMockGenesys;
import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoint's metrics are JMX attributes, and no MBean of the context exposes a secret or token. */
class GenesysJmxTest extends CamelTestSupport {

    private final WireMockGenesys wm = new WireMockGenesys();

    @Override
    protected boolean useJmx() {
        return true;
    }

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext ctx = super.createCamelContext();
        // endpoints created outside routes are registered too
        ctx.getManagementStrategy().getManagementAgent().setRegisterAlways(true);
        return ctx;
    }

    @AfterEach
    void stopWireMock() {
        wm.close();
    }

    @Test
    void metricsAreManagedAttributesAndNoMBeanShowsASecret() throws Exception {
        wm.stubToken("jmx-token-XYZ", 86400);
        wm.server.stubFor(get(urlPathEqualTo("/api/v2/users")).willReturn(okJson("{}")));
        String uri = "genesys:search?apiUrl=" + wm.baseUrl() + "&loginUrl=" + wm.baseUrl()
                + "&clientId=" + WireMockGenesys.CLIENT_ID + "&clientSecret=RAW(" + WireMockGenesys.CLIENT_SECRET + ")"
                + "&proxyPassword=RAW(pr0xy-pass)&proxyHost=127.0.0.1&proxyPort=9&rateLimitPerMinute=0"
                + "&verifyCredentialsOnStartup=false"; // the proxy does not exist
        GenesysEndpoint endpoint = context.getEndpoint(uri, GenesysEndpoint.class);
        endpoint.start();
        // the proxy is never used: call through a second endpoint without it, same client id
        GenesysEndpoint direct = context.getEndpoint(
                "genesys:live?apiUrl=" + wm.baseUrl() + "&loginUrl="
                        + wm.baseUrl() + "&clientId=" + WireMockGenesys.CLIENT_ID + "&clientSecret=RAW("
                        + WireMockGenesys.CLIENT_SECRET + ")&rateLimitPerMinute=0",
                GenesysEndpoint.class);
        direct.start();
        direct.getClient().get("/api/v2/users", null, JsonNode.class);
        direct.getClient().get("/api/v2/users", null, JsonNode.class);

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> endpoints = server.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null);
        ObjectName live = endpoints.stream()
                .filter(n -> n.toString().contains("genesys://live"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no genesys endpoint MBean in " + endpoints));
        assertEquals(2L, server.getAttribute(live, "ApiRequests"));
        assertEquals(1L, server.getAttribute(live, "TokenRefreshes"));
        assertEquals("3f2a***", server.getAttribute(live, "ClientLabel"));

        StringBuilder everything = new StringBuilder();
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:*"), null)) {
            everything.append(name).append('\n');
            for (MBeanAttributeInfo a : server.getMBeanInfo(name).getAttributes()) {
                try {
                    everything
                            .append(a.getName())
                            .append('=')
                            .append(server.getAttribute(name, a.getName()))
                            .append('\n');
                } catch (Exception ignored) {
                    // attributes that cannot be read expose nothing
                }
            }
        }
        String dump = everything.toString();
        org.junit.jupiter.api.Assertions.assertTrue(dump.contains("genesys://search"), "endpoint URI was dumped");
        assertFalse(dump.contains(WireMockGenesys.CLIENT_SECRET), "client secret exposed over JMX");
        assertFalse(dump.contains("pr0xy-pass"), "proxy password exposed over JMX");
        assertFalse(dump.contains("jmx-token-XYZ"), "token exposed over JMX");
    }
}
