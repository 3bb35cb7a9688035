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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * Where a simulator answers and how to log in to it, over HTTP only: what a benchmark needs whether the simulator runs
 * in its own JVM or in the benchmark's.
 */
record OrgAddress(String baseUrl, String clientId, String clientSecret) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String uri(String operation, String options) {
        return "genesys:" + operation + "?apiUrl=" + baseUrl + "&loginUrl=" + baseUrl + "&clientId=" + clientId
                + "&clientSecret=RAW(" + clientSecret + ")&" + options;
    }

    /** A token from a plain {@code POST /oauth/token} (the SDK cannot derive a login host from 127.0.0.1). */
    String token() throws IOException, InterruptedException {
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/oauth/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    /** API requests served (every endpoint but the login), from the simulator's stats endpoint. */
    long apiRequests() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/genesys/stats"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        long served = 0;
        for (Iterator<Map.Entry<String, JsonNode>> endpoints =
                        JSON.readTree(response.body()).path("requests").fields();
                endpoints.hasNext(); ) {
            Map.Entry<String, JsonNode> endpoint = endpoints.next();
            if (!endpoint.getKey().contains("/oauth/token")) {
                for (JsonNode count : endpoint.getValue()) {
                    served += count.asLong();
                }
            }
        }
        return served;
    }
}
