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

/**
 * Resolves where to connect from exactly one of: {@code region}, {@code environment}, or {@code apiUrl} +
 * {@code loginUrl}. Nothing set means the default region {@link GenesysRegion#us_east_1}.
 *
 * @param apiUrl   e.g. {@code https://api.mypurecloud.ie}
 * @param loginUrl e.g. {@code https://login.mypurecloud.ie}
 */
public record GenesysLocation(String apiUrl, String loginUrl) {

    public static final GenesysRegion DEFAULT_REGION = GenesysRegion.us_east_1;

    /**
     * @throws IllegalArgumentException on conflicting or incomplete options, naming them
     */
    public static GenesysLocation resolve(String region, String environment, String apiUrl, String loginUrl) {
        boolean hasRegion = isSet(region);
        boolean hasEnvironment = isSet(environment);
        boolean hasUrls = isSet(apiUrl) || isSet(loginUrl);
        int chosen = (hasRegion ? 1 : 0) + (hasEnvironment ? 1 : 0) + (hasUrls ? 1 : 0);
        if (chosen > 1) {
            throw new IllegalArgumentException("Conflicting location options: set only one of 'region', 'environment',"
                    + " or 'apiUrl' + 'loginUrl' (got" + (hasRegion ? " region=" + region : "")
                    + (hasEnvironment ? " environment=" + environment : "")
                    + (isSet(apiUrl) ? " apiUrl=" + apiUrl : "") + (isSet(loginUrl) ? " loginUrl=" + loginUrl : "")
                    + ")");
        }
        if (hasUrls) {
            if (!isSet(apiUrl) || !isSet(loginUrl)) {
                throw new IllegalArgumentException("Options 'apiUrl' and 'loginUrl' must be set together (missing '"
                        + (isSet(apiUrl) ? "loginUrl" : "apiUrl") + "')");
            }
            return new GenesysLocation(apiUrl.trim(), loginUrl.trim());
        }
        if (hasEnvironment) {
            String env = environment.trim();
            if (env.contains("/")
                    || env.contains(":")
                    || env.startsWith("api.")
                    || env.startsWith("login.")
                    || !env.contains(".")) {
                throw new IllegalArgumentException("Option 'environment' must be a domain such as mypurecloud.ie"
                        + " (without scheme, path or api./login. prefix), was '" + environment + "'");
            }
            return new GenesysLocation("https://api." + env, "https://login." + env);
        }
        GenesysRegion r = hasRegion ? GenesysRegion.parse(region) : DEFAULT_REGION;
        return new GenesysLocation("https://" + r.apiHost(), "https://" + r.loginHost());
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
