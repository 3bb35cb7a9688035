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

import io.github.camelgenesys.query.Suggestions;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Genesys Cloud regions (public API hosts; the login host is the same domain with {@code login.}), as the
 * official SDKs' region host tables list them (newest checked: JavaScript SDK 259.0.0; docs/real-org.md).
 */
public enum GenesysRegion {
    us_east_1("mypurecloud.com"),
    eu_west_1("mypurecloud.ie"),
    ap_southeast_2("mypurecloud.com.au"),
    ap_northeast_1("mypurecloud.jp"),
    eu_central_1("mypurecloud.de"),
    us_west_2("usw2.pure.cloud"),
    ca_central_1("cac1.pure.cloud"),
    ap_northeast_2("apne2.pure.cloud"),
    eu_west_2("euw2.pure.cloud"),
    ap_south_1("aps1.pure.cloud"),
    us_east_2("use2.us-gov-pure.cloud"),
    sa_east_1("sae1.pure.cloud"),
    me_central_1("mec1.pure.cloud"),
    ap_northeast_3("apne3.pure.cloud"),
    eu_central_2("euc2.pure.cloud"),
    mx_central_1("mxc1.pure.cloud"),
    ap_southeast_1("apse1.pure.cloud"),
    /** The EU sovereign cloud (added to the JavaScript SDK's table in 255.0.0, 2026-06). */
    eusc_de_east_1("edee1.eusc-pure.cloud");

    private final String environment;

    GenesysRegion(String environment) {
        this.environment = environment;
    }

    /** The environment domain, e.g. {@code mypurecloud.ie}. */
    public String environment() {
        return environment;
    }

    public String apiHost() {
        return "api." + environment;
    }

    public String loginHost() {
        return "login." + environment;
    }

    /** Comma-separated list of every region name, for error messages. */
    public static String allowedValues() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Parses a region name case-insensitively; {@code us-east-1} is accepted as well as {@code us_east_1}.
     *
     * @throws IllegalArgumentException naming the option and listing the allowed values
     */
    public static GenesysRegion parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Option 'region' is empty. Allowed values: " + allowedValues());
        }
        String normalized = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (GenesysRegion region : values()) {
            if (region.name().equals(normalized)) {
                return region;
            }
        }
        throw new IllegalArgumentException("Option 'region' has unknown value '" + name + "'"
                + Suggestions.didYouMean(
                        name, Arrays.stream(values()).map(Enum::name).toList())
                + ". Allowed values: " + allowedValues());
    }
}
