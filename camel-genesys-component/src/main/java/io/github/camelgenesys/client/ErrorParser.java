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

import io.github.camelgenesys.client.model.ErrorBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an error response into a {@link GenesysException}; non-JSON bodies give a short, single-line snippet. */
final class ErrorParser {

    static final int SNIPPET_LENGTH = 200;
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)]");
    private static final Pattern PERMISSION = Pattern.compile("[A-Za-z]+:[A-Za-z*]+:[A-Za-z*]+");

    private ErrorParser() {}

    static GenesysException parse(
            String request,
            int status,
            String correlationId,
            byte[] body,
            Duration retryAfter,
            int attempts,
            String note) {
        ErrorBody error = readErrorBody(body);
        String code;
        String message;
        String snippet = null;
        List<String> missing = List.of();
        if (error != null) {
            code = error.code();
            message = error.message() != null ? error.message() : error.messageWithParams();
            if (status == 403) {
                missing = missingPermissions(error);
            }
        } else {
            code = body == null || body.length == 0 ? null : GenesysException.CODE_UNPARSEABLE_ERROR;
            snippet = snippet(body);
            message = snippet;
        }
        StringBuilder text =
                new StringBuilder(request).append(" failed with HTTP ").append(status);
        if (code != null) {
            text.append(" [").append(code).append(']');
        }
        if (message != null && !message.isBlank()) {
            text.append(": ").append(message);
        }
        if (note != null) {
            text.append(" (").append(note).append(')');
        }
        if (correlationId != null) {
            text.append(" correlationId=").append(correlationId);
        }
        return GenesysException.builder(status, code, text.toString())
                .correlationId(correlationId != null ? correlationId : error != null ? error.contextId() : null)
                .retryAfter(retryAfter)
                .details(error != null ? error.details() : null)
                .missingPermissions(missing)
                .bodySnippet(snippet)
                .attempts(attempts)
                .build();
    }

    private static ErrorBody readErrorBody(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            ErrorBody e = GenesysJson.mapper().readValue(body, ErrorBody.class);
            return e.code() == null && e.message() == null && e.messageWithParams() == null ? null : e;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, 0, Math.min(body.length, SNIPPET_LENGTH * 4), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ")
                .trim();
        return text.length() > SNIPPET_LENGTH ? text.substring(0, SNIPPET_LENGTH) + "..." : text;
    }

    private static List<String> missingPermissions(ErrorBody error) {
        Set<String> found = new LinkedHashSet<>();
        Map<String, String> params = error.messageParams();
        if (params != null) {
            params.forEach((k, v) -> {
                if (k != null && k.toLowerCase().contains("permission") && v != null) {
                    addPermissions(v, found);
                }
            });
        }
        if (found.isEmpty() && error.message() != null) {
            Matcher m = BRACKETED.matcher(error.message());
            while (m.find()) {
                addPermissions(m.group(1), found);
            }
        }
        return new ArrayList<>(found);
    }

    private static void addPermissions(String text, Set<String> into) {
        Matcher m = PERMISSION.matcher(text);
        while (m.find()) {
            into.add(m.group());
        }
    }
}
