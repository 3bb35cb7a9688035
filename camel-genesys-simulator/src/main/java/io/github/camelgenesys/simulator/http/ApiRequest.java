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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

/** One incoming request as the handlers see it, independent of WireMock's types. */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Function<String, String> headers;
    private final byte[] body;
    private Matcher pathMatch;
    private String accessToken;

    public ApiRequest(String method, String url, Function<String, String> headers, byte[] body) {
        this.method = method;
        int q = url.indexOf('?');
        this.path = q < 0 ? url : url.substring(0, q);
        this.query = q < 0 ? Map.of() : parseQuery(url.substring(q + 1));
        this.headers = headers;
        this.body = body;
    }

    public static Map<String, String> parseQuery(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.putIfAbsent(key, value);
        }
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String query(String name) {
        return query.get(name);
    }

    public String header(String name) {
        return headers.apply(name);
    }

    public byte[] body() {
        return body;
    }

    public String pathParam(int group) {
        return pathMatch.group(group);
    }

    void pathMatch(Matcher matcher) {
        this.pathMatch = matcher;
    }

    public String accessToken() {
        return accessToken;
    }

    void accessToken(String token) {
        this.accessToken = token;
    }

    /** Integer query parameter with a default; a non-number is a 400 naming the parameter. */
    public int intQuery(String name, int defaultValue) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name, "Query parameter " + name + " must be an integer, got '" + v + "'");
        }
    }
}
