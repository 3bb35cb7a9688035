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

import java.util.List;
import java.util.regex.Pattern;

/**
 * One endpoint: method, path template (with {param} placeholders), the permissions of which ANY grants access
 * (empty = an authenticated token is enough), and its handler.
 */
public record Route(String method, String template, Pattern pattern, List<String> anyPermissions, Handler handler) {

    public static Route of(String method, String template, List<String> anyPermissions, Handler handler) {
        String regex = template.replaceAll("\\{[^/]+}", "([^/]+)");
        return new Route(method, template, Pattern.compile(regex), anyPermissions, handler);
    }

    /** Name used in the stats, e.g. {@code GET /api/v2/recording/jobs/{jobId}}. */
    public String endpoint() {
        return method + " " + template;
    }
}
