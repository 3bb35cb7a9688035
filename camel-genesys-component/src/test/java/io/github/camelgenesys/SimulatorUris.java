package io.github.camelgenesys;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;

/** Endpoint URIs pointing at an embedded simulator. */
public final class SimulatorUris {

    private SimulatorUris() {
    }

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
