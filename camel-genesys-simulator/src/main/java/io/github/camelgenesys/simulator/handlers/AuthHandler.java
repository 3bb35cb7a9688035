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
package io.github.camelgenesys.simulator.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.simulator.SimulatorContext;
import io.github.camelgenesys.simulator.http.ApiRequest;
import io.github.camelgenesys.simulator.http.ApiResponse;
import io.github.camelgenesys.simulator.http.Json;
import io.github.camelgenesys.simulator.http.Route;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code POST /oauth/token}: client credentials with Basic auth or client_id/client_secret form fields. */
public final class AuthHandler {
    private final SimulatorContext ctx;

    public AuthHandler(SimulatorContext ctx) {
        this.ctx = ctx;
    }

    public List<Route> routes() {
        return List.of(Route.of("POST", "/oauth/token", null, this::token));
    }

    private ApiResponse token(ApiRequest request) {
        Map<String, String> form = ApiRequest.parseQuery(
                new String(request.body() == null ? new byte[0] : request.body(), StandardCharsets.UTF_8));
        String grantType = form.get("grant_type");
        if (!"client_credentials".equals(grantType)) {
            return oauthError(
                    400,
                    "unsupported_grant_type",
                    "grant_type must be client_credentials, got "
                            + (grantType == null ? "nothing" : "'" + grantType + "'"));
        }
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String auth = request.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded =
                        new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    clientId = decoded.substring(0, colon);
                    secret = decoded.substring(colon + 1);
                }
            } catch (IllegalArgumentException e) {
                return oauthError(401, "invalid_client", "Malformed Basic authorization header");
            }
        }
        Optional<Set<String>> permissions = ctx.clients().authenticate(clientId, secret);
        if (permissions.isEmpty()) {
            return oauthError(401, "invalid_client", "client not found or bad client secret");
        }
        ObjectNode body = Json.object();
        body.put("access_token", ctx.tokens().issue(clientId, permissions.get()));
        body.put("token_type", "bearer");
        body.put("expires_in", ctx.tokens().ttlSeconds());
        return ApiResponse.ok(body);
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        return ApiResponse.json(status, Json.object().put("error", error).put("description", description));
    }
}
