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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysClientSettings;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.client.GenesysRegion;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

class GenesysComponentOptionsTest extends CamelTestSupport {

    private static final String CREDS = "clientId=3f2a9c1e-client&clientSecret=RAW(s3cr3t-Value-42)";

    /** These endpoints point at real regions with made-up credentials: no token is requested at their start. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext ctx = super.createCamelContext();
        ctx.getComponent("genesys", GenesysComponent.class).getConfiguration().setVerifyCredentialsOnStartup(false);
        return ctx;
    }

    private GenesysEndpoint started(String uri) throws Exception {
        GenesysEndpoint endpoint = context.getEndpoint(uri, GenesysEndpoint.class);
        endpoint.start();
        return endpoint;
    }

    private Throwable startFailure(String uri) {
        Exception e = assertThrows(Exception.class, () -> started(uri));
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof IllegalArgumentException)) {
            t = t.getCause();
        }
        return t;
    }

    @Test
    void generatedConfigurersAreUsed() {
        CamelContext ctx = context;
        PropertyConfigurer endpoint =
                PluginHelper.getConfigurerResolver(ctx).resolvePropertyConfigurer("genesys-endpoint", ctx);
        PropertyConfigurer component =
                PluginHelper.getConfigurerResolver(ctx).resolvePropertyConfigurer("genesys-component", ctx);
        assertInstanceOf(GenesysEndpointConfigurer.class, endpoint);
        assertInstanceOf(GenesysComponentConfigurer.class, component);
    }

    @Test
    void catalogMarksCredentialsAndProxyPasswordSecret() throws Exception {
        String json = ((CatalogCamelContext) context).getComponentParameterJsonSchema("genesys");
        JsonNode schema = GenesysJson.mapper().readTree(json);
        for (String level : new String[] {"componentProperties", "properties"}) {
            for (String option : new String[] {"clientId", "clientSecret", "proxyPassword"}) {
                assertTrue(schema.path(level).path(option).path("secret").asBoolean(), level + "." + option);
            }
        }
        assertEquals(
                "300",
                schema.path("properties")
                        .path("rateLimitPerMinute")
                        .path("defaultValue")
                        .asText());
        assertEquals(
                GenesysRegion.values().length,
                schema.path("properties").path("region").path("enum").size());
    }

    @Test
    void componentOptionsAreDefaultsAndEndpointOptionsOverrideThem() throws Exception {
        GenesysComponent component = context.getComponent("genesys", GenesysComponent.class);
        PropertyBindingSupport.build()
                .bind(
                        context,
                        component,
                        new java.util.HashMap<>(Map.of(
                                "clientId",
                                "3f2a9c1e-client",
                                "clientSecret",
                                "s3cr3t-Value-42",
                                "region",
                                "eu_west_1",
                                "maxRetries",
                                "2",
                                "maxRetryAfter",
                                "90s")));

        GenesysEndpoint defaults = started("genesys:search");
        GenesysEndpoint overriding = started("genesys:analytics?maxRetries=7&maxRetryAfter=PT30S");

        GenesysClientSettings d = defaults.getClient().settings();
        assertEquals("https://api.mypurecloud.ie", d.apiUrl());
        assertEquals("https://login.mypurecloud.ie", d.loginUrl());
        assertEquals(2, d.maxRetries());
        assertEquals(java.time.Duration.ofSeconds(90), d.maxRetryAfter());
        GenesysClientSettings o = overriding.getClient().settings();
        assertEquals(7, o.maxRetries());
        assertEquals(java.time.Duration.ofSeconds(30), o.maxRetryAfter());
        assertEquals(2, component.getConfiguration().getMaxRetries(), "endpoints work on a copy");
    }

    @Test
    void durationsAcceptShortAndIsoForms() throws Exception {
        GenesysEndpoint e = started("genesys:search?" + CREDS
                + "&tokenRefreshMargin=2m&maxRetryTime=PT90S&connectTimeout=5s&responseTimeout=1m30s");
        GenesysClientSettings s = e.getClient().settings();
        assertEquals(java.time.Duration.ofMinutes(2), s.tokenRefreshMargin());
        assertEquals(java.time.Duration.ofSeconds(90), s.maxRetryTime());
        assertEquals(java.time.Duration.ofSeconds(5), s.connectTimeout());
        assertEquals(java.time.Duration.ofSeconds(90), s.responseTimeout());
    }

    @Test
    void sslContextParametersAndProxyReachTheClientSettingsWithSecretsMasked() throws Exception {
        context.getRegistry().bind("tls", new org.apache.camel.support.jsse.SSLContextParameters());
        GenesysEndpoint e = started("genesys:search?" + CREDS + "&sslContextParameters=#tls"
                + "&proxyHost=proxy.local&proxyPort=3128&proxyUsername=bob&proxyPassword=RAW(pr0xy-pass)");
        GenesysClientSettings s = e.getClient().settings();
        assertTrue(s.sslContext() != null);
        assertEquals("proxy.local", s.proxyHost());
        assertEquals(3128, s.proxyPort());
        String text = s + " " + e.getConfiguration();
        assertTrue(!text.contains("pr0xy-pass") && !text.contains("s3cr3t-Value-42"), text);
        Throwable t = startFailure("genesys:search?" + CREDS + "&proxyHost=proxy.local");
        assertTrue(t.getMessage().contains("'proxyPort'"), t.getMessage());
    }

    @Test
    void regionIsCaseInsensitiveAndDefaultsToUsEast1() throws Exception {
        assertEquals(
                "https://api.mypurecloud.com.au",
                started("genesys:search?" + CREDS + "&region=AP_SOUTHEAST_2")
                        .getClient()
                        .settings()
                        .apiUrl());
        assertEquals(
                "https://login.mypurecloud.com",
                started("genesys:live?" + CREDS).getClient().settings().loginUrl());
        assertEquals(
                "https://api.usw2.pure.cloud",
                started("genesys:live?" + CREDS + "&environment=usw2.pure.cloud")
                        .getClient()
                        .settings()
                        .apiUrl());
    }

    @Test
    void unknownRegionFailsNamingTheOptionAndTheAllowedValues() {
        Throwable t = startFailure("genesys:search?" + CREDS + "&region=mars_north_1");
        assertTrue(t.getMessage().contains("'region'"), t.getMessage());
        assertTrue(t.getMessage().contains("mars_north_1"), t.getMessage());
        assertTrue(t.getMessage().contains("eu_west_1") && t.getMessage().contains("ap_southeast_1"), t.getMessage());
    }

    @Test
    void routeWithAnUnknownRegionFailsAtStartupNamingTheOption() {
        Exception e = assertThrows(
                Exception.class,
                () -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:start").to("genesys:archive?" + CREDS + "&region=mars_north_1");
                    }
                }));
        assertTrue(rootMessage(e).contains("Option 'region' has unknown value 'mars_north_1'"), rootMessage(e));
        assertTrue(rootMessage(e).contains("us_east_1"), rootMessage(e));
    }

    @Test
    void negativeRateFailsNamingTheOption() {
        Throwable t = startFailure("genesys:search?" + CREDS + "&rateLimitPerMinute=-5");
        assertTrue(
                t.getMessage().contains("'rateLimitPerMinute'")
                        && t.getMessage().contains("0 = off"),
                t.getMessage());
        Throwable r = startFailure("genesys:search?" + CREDS + "&maxRetries=-1");
        assertTrue(r.getMessage().contains("'maxRetries'"), r.getMessage());
    }

    @Test
    void missingClientSecretFailsNamingTheOptionAndHowToSetIt() {
        Throwable t = startFailure("genesys:search?clientId=3f2a9c1e-client");
        assertTrue(t.getMessage().contains("'clientSecret'"), t.getMessage());
        assertTrue(t.getMessage().contains("camel.component.genesys.client-secret"), t.getMessage());
        assertTrue(t.getMessage().contains("GENESYS_CLIENT_SECRET"), t.getMessage());
    }

    @Test
    void conflictingLocationOptionsFail() {
        Throwable t = startFailure("genesys:search?" + CREDS + "&region=eu_west_1&environment=mypurecloud.de");
        assertTrue(t.getMessage().contains("Conflicting location options"), t.getMessage());
        Throwable u = startFailure("genesys:search?" + CREDS + "&apiUrl=http://localhost:1");
        assertTrue(u.getMessage().contains("'loginUrl'"), u.getMessage());
    }

    @Test
    void misspeltRegionSuggestsTheClosestRegion() {
        Throwable t = startFailure("genesys:search?" + CREDS + "&region=eu_wset_1");
        assertTrue(t.getMessage().contains("(did you mean 'eu_west_1'?)"), t.getMessage());
    }

    @Test
    void misspeltOptionIsNamedWithTheClosestOptionAndWithoutItsValue() {
        Exception e = assertThrows(
                Exception.class,
                () -> context.getEndpoint("genesys:search?" + CREDS + "&delya=5000&clientSecrte=RAW(other-Secret-7)"));
        String message = e.getMessage();
        assertTrue(message.contains("'delya' (did you mean 'delay'?)"), message);
        assertTrue(message.contains("'clientSecrte' (did you mean 'clientSecret'?)"), message);
        // Camel prefixes the URI (masking only the known secret options); the list of unknown options shows no value
        String list = message.substring(message.lastIndexOf("Unknown option(s)"));
        assertTrue(!list.contains("other-Secret-7") && !message.contains("s3cr3t-Value-42"), message);
    }

    @Test
    void misspeltOperationSuggestsTheClosestOperation() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint("genesys:serach?" + CREDS));
        Throwable t = e.getCause() != null ? e.getCause() : e;
        assertTrue(t.getMessage().contains("(did you mean 'search'?)"), t.getMessage());
    }

    @Test
    void unknownOperationListsTheAllowedOperations() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint("genesys:users?" + CREDS));
        Throwable t = e.getCause() != null ? e.getCause() : e;
        assertTrue(
                t.getMessage().contains("search, analytics, live")
                        && t.getMessage().contains("archive, messaging"),
                t.getMessage());
    }

    @Test
    void consumerOnAProducerOperationFailsAtStartupListingTheConsumerOperations() {
        Exception e = assertThrows(
                Exception.class,
                () -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("genesys:archive?" + CREDS).to("mock:never");
                    }
                }));
        assertTrue(rootMessage(e).contains("genesys:archive cannot be used as a consumer"), rootMessage(e));
        assertTrue(rootMessage(e).contains("search, analytics, live"), rootMessage(e));
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
