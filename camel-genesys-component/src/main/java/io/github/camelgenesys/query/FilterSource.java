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
package io.github.camelgenesys.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a filter option: inline JSON, {@code classpath:path/filter.json} or {@code file:/path/filter.json}.
 * The text is read once at endpoint start; a missing resource or bad JSON names the option.
 */
public final class FilterSource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FilterSource() {}

    public static JsonNode read(String option, String value, ClassLoader classLoader) {
        String text = text(option, value.trim(), classLoader);
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(
                        "Invalid " + option + ": expected a JSON object, got " + abbreviate(text));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid " + option + ": not valid JSON (line "
                    + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage());
        }
    }

    private static String text(String option, String value, ClassLoader classLoader) {
        if (value.startsWith("classpath:")) {
            String path = value.substring("classpath:".length()).replaceFirst("^/", "");
            try (InputStream in = classLoader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException(
                            "Invalid " + option + ": classpath resource '" + path + "' not found");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + option + " from classpath:" + path, e);
            }
        }
        if (value.startsWith("file:")) {
            Path path = Path.of(value.substring("file:".length()));
            try {
                return Files.readString(path);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException(
                        "Invalid " + option + ": file '" + path.toAbsolutePath() + "' not found");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + option + " from " + path.toAbsolutePath(), e);
            }
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
