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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.apache.hc.core5.net.URIBuilder;

/** The URI of one API call: a path below the API URL, or an absolute URL that must be on it, plus a query. */
final class ApiUri {

    private ApiUri() {}

    /**
     * @param query a value that is an {@link Iterable} repeats the parameter; null values are left out
     * @throws IllegalArgumentException for an absolute URL on another host (the token must not go there)
     */
    static URI of(String apiUrl, String path, Map<String, ?> query) {
        try {
            String full;
            if (path.startsWith("http://") || path.startsWith("https://")) {
                if (!path.startsWith(apiUrl + "/")) {
                    throw new IllegalArgumentException("Absolute URL " + path + " is not on the API URL " + apiUrl
                            + "; refusing to send the token there");
                }
                full = path;
            } else {
                full = apiUrl + (path.startsWith("/") ? "" : "/") + path;
            }
            URIBuilder builder = new URIBuilder(full);
            if (query != null) {
                query.forEach((name, value) -> {
                    if (value instanceof Iterable<?> values) {
                        values.forEach(v -> builder.addParameter(name, String.valueOf(v)));
                    } else if (value != null) {
                        builder.addParameter(name, String.valueOf(value));
                    }
                });
            }
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid path " + path + ": " + e.getMessage(), e);
        }
    }
}
