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
package io.github.camelgenesys.examples;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which Genesys Cloud the pipelines talk to: a real org when {@code GENESYS_CLIENT_ID} is set in the environment,
 * the one the user's settings name ({@code camel.component.genesys.api-url}, {@code region} or {@code client-id}:
 * an external simulator, a proxy, an org), otherwise the simulator started in-process. Produces the component settings ({@code camel.component.genesys.*}),
 * so no route carries a URL or a credential.
 */
record GenesysTarget(boolean embedded, String description, Map<String, String> componentProperties) {

    static final String ENV_CLIENT_ID = "GENESYS_CLIENT_ID";
    static final String ENV_CLIENT_SECRET = "GENESYS_CLIENT_SECRET";
    static final String ENV_REGION = "GENESYS_REGION";
    private static final String PREFIX = "camel.component.genesys.";

    /** The real org named by the environment, or null when {@code GENESYS_CLIENT_ID} is not set. */
    static GenesysTarget realOrg(ExampleSettings settings) {
        if (settings.env(ENV_CLIENT_ID) == null) {
            return null;
        }
        if (settings.env(ENV_CLIENT_SECRET) == null) {
            throw new IllegalArgumentException(ENV_CLIENT_ID + " is set but " + ENV_CLIENT_SECRET
                    + " is not: set both (and " + ENV_REGION + ") to run against a real org, or unset "
                    + ENV_CLIENT_ID + " to run on the embedded simulator");
        }
        String region = settings.env(ENV_REGION);
        if (region == null) {
            throw new IllegalArgumentException(ENV_REGION + " is not set: set it to your org's region, e.g."
                    + " eu_west_1 (the list is in docs/real-org.md)");
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put(PREFIX + "region", region);
        // placeholders: Camel reads the values from the environment, they never pass through this object
        props.put(PREFIX + "client-id", "{{env:" + ENV_CLIENT_ID + "}}");
        props.put(PREFIX + "client-secret", "{{env:" + ENV_CLIENT_SECRET + "}}");
        return new GenesysTarget(false, "Genesys Cloud org in region " + region, props);
    }

    /** The component keys that, when the user sets one, mean the user chose the target. */
    static final java.util.List<String> USER_TARGET_KEYS =
            java.util.List.of(PREFIX + "api-url", PREFIX + "region", PREFIX + "client-id");

    /** The target the user's settings describe (used as they are), or null when they name none. */
    static GenesysTarget configured(ExampleSettings settings) {
        for (String key : USER_TARGET_KEYS) {
            if (settings.isExplicit(key)) {
                String where = settings.get(PREFIX + "api-url", null);
                where = where != null ? where : "region " + settings.get(PREFIX + "region", "us_east_1");
                return new GenesysTarget(false, "Genesys Cloud at " + where + " (from your settings)", Map.of());
            }
        }
        return null;
    }

    /** The simulator at {@code baseUrl} (API and login host on the same port). */
    static GenesysTarget simulator(String baseUrl, String clientId, String clientSecret, int rateLimitPerMinute) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(PREFIX + "api-url", baseUrl);
        props.put(PREFIX + "login-url", baseUrl);
        props.put(PREFIX + "client-id", clientId);
        props.put(PREFIX + "client-secret", clientSecret);
        props.put(PREFIX + "rate-limit-per-minute", Integer.toString(rateLimitPerMinute));
        return new GenesysTarget(true, "embedded Genesys Cloud simulator at " + baseUrl, props);
    }
}
