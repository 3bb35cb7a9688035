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
package io.github.camelgenesys.simulator.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelgenesys.simulator.FaultScript;
import io.github.camelgenesys.simulator.auth.RateLimiter;
import io.github.camelgenesys.simulator.auth.TokenStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

/**
 * The single WireMock extension that answers every request: route lookup, fault injection, bearer-token check,
 * permission check, rate limit (per client or per token), then the endpoint's handler. Adds ININ-Correlation-Id and
 * inin-ratelimit-* headers to every response.
 */
public final class GenesysDispatcher implements ResponseDefinitionTransformerV2 {
    /** {@code request.bytes.max} of the real API. */
    public static final int MAX_REQUEST_BYTES = 512_000;

    /** Fault decision hook: (method, path) to a fault or null. */
    public interface FaultSource extends BiFunction<String, String, FaultScript.Fault> {}

    private final List<Route> routes;
    private final TokenStore tokens;
    private final RateLimiter limiter;
    private final FaultSource faults;
    private final double faultRate;
    private final BiConsumer<String, Integer> stats;

    public GenesysDispatcher(
            List<Route> routes,
            TokenStore tokens,
            RateLimiter limiter,
            FaultSource faults,
            double faultRate,
            BiConsumer<String, Integer> stats) {
        this.routes = List.copyOf(routes);
        this.tokens = tokens;
        this.limiter = limiter;
        this.faults = faults;
        this.faultRate = faultRate;
        this.stats = stats;
    }

    @Override
    public String getName() {
        return "genesys-dispatcher";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request wm = serveEvent.getRequest();
        ApiRequest request = new ApiRequest(wm.getMethod().getName(), wm.getUrl(), wm::getHeader, wm.getBody());
        String correlationId = UUID.randomUUID().toString();
        Route route = match(request);
        String endpoint = route == null ? request.method() + " (unknown path)" : route.endpoint();
        RateLimiter.Decision rate = null;
        long delayMillis = 0;
        ApiResponse response;
        try {
            var fault = faults.apply(request.method(), request.path());
            if (fault == null
                    && faultRate > 0
                    && request.path().startsWith("/api/")
                    && ThreadLocalRandom.current().nextDouble() < faultRate) {
                fault = ThreadLocalRandom.current().nextBoolean()
                        ? new FaultScript.Fault(FaultScript.Kind.STATUS, 503, Duration.ZERO)
                        : new FaultScript.Fault(FaultScript.Kind.CONNECTION_RESET, 0, Duration.ZERO);
            }
            if (fault != null) {
                switch (fault.kind()) {
                    case CONNECTION_RESET -> {
                        stats.accept(endpoint, 0);
                        return ResponseDefinitionBuilder.responseDefinition()
                                .withFault(Fault.CONNECTION_RESET_BY_PEER)
                                .build();
                    }
                    case MALFORMED_BODY -> {
                        stats.accept(endpoint, 200);
                        return finish(
                                new ApiResponse(
                                        200,
                                        "{\"conversations\":[{\"conversationId\":\"tru"
                                                .getBytes(StandardCharsets.UTF_8),
                                        "application/json",
                                        new java.util.LinkedHashMap<>()),
                                correlationId,
                                null,
                                0);
                    }
                    case STATUS ->
                        throw new ApiError(
                                fault.status(),
                                ErrorBodies.defaultCode(fault.status()),
                                ErrorBodies.defaultMessage(fault.status()),
                                null);
                    case DELAY -> delayMillis = fault.delay().toMillis();
                    default -> throw new IllegalStateException();
                }
            }
            if (route == null) {
                throw new ApiError(404, "not.found", "No resource at " + request.method() + " " + request.path(), null);
            }
            if (request.body() != null && request.body().length > MAX_REQUEST_BYTES) {
                throw new ApiError(
                        413,
                        "request.entity.too.large",
                        "The request is over the size limit. Maximum bytes: " + MAX_REQUEST_BYTES,
                        "body");
            }
            if (route.anyPermissions() != null) {
                TokenStore.Grant grant = authenticate(request, route);
                rate = limiter.take(grant.clientId(), request.accessToken());
                if (!rate.allowed()) {
                    response = ApiResponse.json(
                                    429, ErrorBodies.tooManyRequests(rate.retryAfterSeconds(), correlationId))
                            .withHeader("Retry-After", String.valueOf(rate.retryAfterSeconds()));
                    stats.accept(endpoint, 429);
                    return finish(response, correlationId, rate, delayMillis);
                }
            }
            response = route.handler().handle(request);
        } catch (ApiError e) {
            var errorBody = ErrorBodies.of(e.status(), e.code(), e.getMessage(), e.fieldName(), correlationId);
            if (e.limitKey() != null) {
                errorBody
                        .putObject("limit")
                        .put("key", e.limitKey())
                        .put("namespace", e.limitNamespace())
                        .put("value", e.limitValue());
            }
            response = ApiResponse.json(e.status(), errorBody);
            if (e.status() == 429) {
                response.withHeader("Retry-After", String.valueOf(ErrorBodies.DEFAULT_RETRY_AFTER_SECONDS));
            }
        } catch (RuntimeException e) {
            response = ApiResponse.json(
                    500, ErrorBodies.of(500, "internal.server.error", "Simulator error: " + e, null, correlationId));
        }
        stats.accept(endpoint, response.status());
        return finish(response, correlationId, rate, delayMillis);
    }

    private TokenStore.Grant authenticate(ApiRequest request, Route route) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new ApiError(
                    401,
                    "authentication.required",
                    "No authentication bearer token specified in authorization header.",
                    null);
        }
        String token = header.substring(7).trim();
        switch (tokens.check(token)) {
            case UNKNOWN -> throw new ApiError(401, "bad.credentials", "Invalid login credentials.", null);
            case EXPIRED ->
                throw new ApiError(401, "credentials.expired", "The supplied credentials are expired.", null);
            default -> {}
        }
        TokenStore.Grant grant = tokens.grant(token);
        if (grant == null) {
            throw new ApiError(401, "bad.credentials", "Invalid login credentials.", null);
        }
        if (!grant.allowsAny(route.anyPermissions())) {
            throw new ApiError(
                    403,
                    "missing.permissions",
                    "Unable to perform the requested action. You are missing the" + " following permission(s): "
                            + String.join(" or ", route.anyPermissions()),
                    null);
        }
        request.accessToken(token);
        return grant;
    }

    private Route match(ApiRequest request) {
        for (Route route : routes) {
            if (route.method().equals(request.method())) {
                Matcher m = route.pattern().matcher(request.path());
                if (m.matches()) {
                    request.pathMatch(m);
                    return route;
                }
            }
        }
        return null;
    }

    private ResponseDefinition finish(
            ApiResponse response, String correlationId, RateLimiter.Decision rate, long delayMillis) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withHeader("ININ-Correlation-Id", correlationId)
                .withHeader("inin-ratelimit-count", String.valueOf(rate == null ? 0 : rate.count()))
                .withHeader("inin-ratelimit-allowed", String.valueOf(rate == null ? 0 : rate.limit()))
                .withHeader("inin-ratelimit-reset", String.valueOf(rate == null ? 0 : rate.resetSeconds()));
        if (response.contentType() != null) {
            builder.withHeader("Content-Type", response.contentType());
        }
        response.headers().forEach(builder::withHeader);
        if (response.body().length > 0) {
            builder.withBody(response.body());
        }
        if (delayMillis > 0) {
            builder.withFixedDelay((int) delayMillis);
        }
        return builder.build();
    }
}
