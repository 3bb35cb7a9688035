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

import io.github.camelgenesys.simulator.GenesysCloudSimulator;

/** Endpoint URIs pointing at an embedded simulator. */
public final class SimulatorUris {

    private SimulatorUris() {}

    /**
     * {@code genesys:<operation>?apiUrl=..&loginUrl=..&clientId=..&clientSecret=RAW(..)&<options>}; the client's own
     * rate limiter is off unless the options set rateLimitPerMinute.
     */
    public static String uri(GenesysCloudSimulator sim, String operation, String options) {
        String uri = "genesys:" + operation + "?apiUrl=" + sim.baseUrl() + "&loginUrl=" + sim.baseUrl() + "&clientId="
                + sim.clientId() + "&clientSecret=RAW(" + sim.clientSecret() + ")";
        if (!options.contains("rateLimitPerMinute=")) {
            uri += "&rateLimitPerMinute=0";
        }
        return options.isEmpty() ? uri : uri + "&" + options;
    }
}
