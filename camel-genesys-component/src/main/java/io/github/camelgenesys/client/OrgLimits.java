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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The org's effective limits, read once per client from {@code GET /api/v2/organizations/limits/namespaces/{ns}}
 * (official SDK OrganizationApi: "Get the effective limits in a namespace for an organization", "Requires NO
 * permissions"; answer {@code {entities: [{key, namespace, value}]}}).
 *
 * <p>Only {@link #NAMESPACES} are read. A namespace that cannot be read is a WARN and stays unknown: every accessor
 * then returns empty and the caller keeps its built-in assumption. The key names come from public sources of
 * different strength; docs/real-org.md lists them with their evidence.
 */
public final class OrgLimits {

    private static final Logger LOG = LoggerFactory.getLogger(OrgLimits.class);

    static final String PATH = "/api/v2/organizations/limits/namespaces/";

    public static final String ANALYTICS = "analytics";
    public static final String RECORDING = "recording";
    public static final String PLATFORM_API = "platform.api";
    /** The namespaces read at startup. */
    public static final List<String> NAMESPACES = List.of(ANALYTICS, RECORDING, PLATFORM_API);

    /** {@code platform.api}: requests per client-credentials token per minute (quoted limits table: 300). */
    public static final String CLIENT_CREDENTIALS_TOKEN_RATE = "client.credentials.token.rate.per.minute";
    /** {@code platform.api}: requests per token per minute (quoted limits table: 300). */
    public static final String TOKEN_RATE = "token.rate.per.minute";
    /** {@code platform.api}: largest request body in bytes (quoted limits table: 512000). */
    public static final String REQUEST_BYTES_MAX = "request.bytes.max";
    /** {@code analytics}: concurrent details jobs (name from third-party code, no value published). */
    public static final String DETAILS_JOBS_CONCURRENT_MAX = "details.jobs.concurrent.access.max";
    /** {@code recording}: recording bulk jobs in PENDING or PROCESSING (the simulator's name; UNVERIFIED). */
    public static final String RECORDING_JOBS_CONCURRENT_MAX = "recording.jobs.concurrent.max";

    /** The keys logged at INFO (and used by the accessors), per namespace. */
    private static final Map<String, List<String>> RELEVANT = Map.of(
            ANALYTICS, List.of(DETAILS_JOBS_CONCURRENT_MAX),
            RECORDING, List.of(RECORDING_JOBS_CONCURRENT_MAX),
            PLATFORM_API, List.of(CLIENT_CREDENTIALS_TOKEN_RATE, TOKEN_RATE, REQUEST_BYTES_MAX));

    private static final OrgLimits NONE = new OrgLimits(Map.of());

    private final Map<String, Map<String, Long>> byNamespace;

    private OrgLimits(Map<String, Map<String, Long>> byNamespace) {
        this.byNamespace = byNamespace;
    }

    /** Nothing known: every accessor is empty (the built-in assumptions apply). */
    public static OrgLimits none() {
        return NONE;
    }

    /** Limits given directly, by namespace and key (tests, or a caller that read them another way). */
    public static OrgLimits of(Map<String, Map<String, Long>> byNamespace) {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        byNamespace.forEach((ns, limits) -> copy.put(ns, Collections.unmodifiableMap(new LinkedHashMap<>(limits))));
        return new OrgLimits(Collections.unmodifiableMap(copy));
    }

    /**
     * Reads {@link #NAMESPACES} with this client (one GET each, with the client's retry policy) and logs the
     * relevant limits at INFO. Never throws: a namespace that fails is logged as a WARN and left unknown.
     */
    public static OrgLimits read(GenesysClient client) {
        String label = client.metrics().clientLabel();
        Map<String, Map<String, Long>> read = new LinkedHashMap<>();
        for (String namespace : NAMESPACES) {
            try {
                read.put(
                        namespace,
                        parse(
                                namespace,
                                client.get(PATH + namespace, Map.of(), JsonNode.class)
                                        .body()));
            } catch (GenesysException e) {
                LOG.warn(
                        "Could not read the org's '{}' limits for client {} (HTTP {} {}): the built-in assumptions"
                                + " stay",
                        namespace,
                        label,
                        e.getStatus(),
                        e.getCode());
            }
        }
        OrgLimits limits = of(read);
        limits.log(label, client.settings().rateLimitPerMinute());
        return limits;
    }

    private static Map<String, Long> parse(String namespace, JsonNode body) {
        Map<String, Long> limits = new LinkedHashMap<>();
        JsonNode entities = body == null ? null : body.get("entities");
        if (entities != null && entities.isArray()) {
            for (JsonNode limit : entities) {
                JsonNode key = limit.get("key");
                JsonNode value = limit.get("value");
                if (key != null && key.isTextual() && value != null && value.canConvertToLong()) {
                    limits.put(key.asText(), value.asLong());
                }
            }
        }
        return limits;
    }

    private void log(String label, int rateLimitPerMinute) {
        byNamespace.forEach((namespace, limits) -> {
            List<String> relevant = RELEVANT.getOrDefault(namespace, List.of());
            String found = relevant.stream()
                    .filter(limits::containsKey)
                    .map(k -> k + "=" + limits.get(k))
                    .collect(Collectors.joining(", "));
            String missing =
                    relevant.stream().filter(k -> !limits.containsKey(k)).collect(Collectors.joining(", "));
            LOG.info(
                    "Genesys org limits '{}' for client {}: {}{}",
                    namespace,
                    label,
                    found.isEmpty() ? "none of the keys the component uses" : found,
                    missing.isEmpty() ? "" : " (not reported, built-in assumption stays: " + missing + ")");
            if (LOG.isDebugEnabled()) {
                LOG.debug("Genesys org limits '{}' for client {}, all keys: {}", namespace, label, limits);
            }
        });
        tokenRatePerMinute().ifPresent(orgRate -> {
            if (orgRate < rateLimitPerMinute) {
                LOG.warn(
                        "The org allows {} requests per minute per token but rateLimitPerMinute is {} for client {}:"
                                + " expect 429 answers; set rateLimitPerMinute to {} or less",
                        orgRate,
                        rateLimitPerMinute,
                        label,
                        orgRate);
            }
        });
    }

    /** Whether this namespace was read (its limits are the org's, possibly none). */
    public boolean wasRead(String namespace) {
        return byNamespace.containsKey(namespace);
    }

    /** The value of one limit, if the org reported it. */
    public OptionalLong value(String namespace, String key) {
        Long value = byNamespace.getOrDefault(namespace, Map.of()).get(key);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** Recording bulk jobs the org allows in PENDING or PROCESSING at once (documented: 2). */
    public OptionalInt recordingJobsConcurrentMax() {
        return asInt(value(RECORDING, RECORDING_JOBS_CONCURRENT_MAX));
    }

    /** Analytics conversation details jobs the org allows at once (no documented value). */
    public OptionalInt detailsJobsConcurrentMax() {
        return asInt(value(ANALYTICS, DETAILS_JOBS_CONCURRENT_MAX));
    }

    /**
     * A configured number of jobs at once, lowered to the org's limit when the org reports a smaller one (logged at
     * INFO, naming the option), and never below 1.
     */
    public static int lowered(int configured, OptionalInt orgLimit, String operation, String option) {
        int org = orgLimit.orElse(configured);
        if (org < configured) {
            LOG.info(
                    "genesys:{} runs at most {} job(s) at once: the org's limit ({}={})",
                    operation,
                    org,
                    option,
                    configured);
        }
        return Math.max(1, Math.min(configured, org));
    }

    /** Requests per minute one client-credentials token may make: the lower of the two token limits reported. */
    public OptionalInt tokenRatePerMinute() {
        return asInt(Stream.of(CLIENT_CREDENTIALS_TOKEN_RATE, TOKEN_RATE)
                .map(k -> value(PLATFORM_API, k))
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min());
    }

    /** The largest request body the org accepts, in bytes (documented: 512000). */
    public OptionalLong requestBytesMax() {
        return value(PLATFORM_API, REQUEST_BYTES_MAX);
    }

    private static OptionalInt asInt(OptionalLong value) {
        return value.isPresent()
                ? OptionalInt.of((int) Math.min(Integer.MAX_VALUE, value.getAsLong()))
                : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return "OrgLimits" + byNamespace;
    }
}
