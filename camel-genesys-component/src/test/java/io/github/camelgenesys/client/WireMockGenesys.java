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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/** A WireMock server playing both the login and the API host, with helpers for the token endpoint. */
public final class WireMockGenesys implements AutoCloseable {

    public static final String CLIENT_ID = "3f2a9c1e-client";
    public static final String CLIENT_SECRET = "s3cr3t-Value-42";
    /** Basic base64("3f2a9c1e-client:s3cr3t-Value-42") */
    public static final String BASIC = "Basic "
            + java.util.Base64.getEncoder()
                    .encodeToString(
                            (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    public final WireMockServer server;

    public WireMockGenesys() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The token endpoint always issues {@code token}. */
    public void stubToken(String token, long expiresIn) {
        server.stubFor(post(urlEqualTo("/oauth/token"))
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(tokenJson(token, expiresIn))));
    }

    public static String tokenJson(String token, long expiresIn) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}";
    }

    public int tokenRequests() {
        return server.findAll(postRequestedFor(urlEqualTo("/oauth/token"))).size();
    }

    public int requests(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        return server.findAll(pattern).size();
    }

    public GenesysClientSettings.Builder settings() {
        return GenesysClientSettings.builder()
                .apiUrl(baseUrl())
                .loginUrl(baseUrl())
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .rateLimitPerMinute(0);
    }

    public void reset() {
        server.resetAll();
    }

    @Override
    public void close() {
        server.stop();
    }
}
