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
package io.github.camelgenesys.simulator.contract;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.mypurecloud.sdk.v2.ApiDateFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Compares a raw JSON body with the SDK model it is read into, stricter than the SDK itself.
 *
 * <p>The SDK's ObjectMapper ignores unknown fields, reads enums case-insensitively and turns an unknown enum value
 * into {@code OutdatedSdkVersion} (or, for enums without that constant, silently into another value). Any of these
 * would hide a simulator that sends a wrong field name or enum value. This check walks the JSON against the SDK's own
 * Jackson view of the model and reports: fields the model does not have, enum values that are not exactly one of the
 * model's values, JSON types that do not match (text where an object is expected, ...), dates the SDK cannot parse, and
 * {@code null} anywhere (the real API omits an absent field; an SDK reading strictly rejects an explicit null).
 * Findings are reported once per path with array indexes removed, with the first offending value.
 */
final class SdkModelCheck {

    /**
     * Fields the real API sends that SDK 198.1.0 (December 2023) does not model yet, as {@code Model.field}.
     * Each needs a source newer than the SDK; see FINDINGS.md.
     */
    static final Set<String> FIELDS_NEWER_THAN_SDK = Set.of();

    private static final String OUTDATED = "OutdatedSdkVersion";

    /** Jackson's view of each SDK model, computed once: introspection is far slower than the walk itself. */
    private static final Map<Class<?>, Map<String, BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();

    private final ObjectMapper sdkMapper;
    private final ApiDateFormat sdkDates = new ApiDateFormat();
    private final Map<String, String> findings = new LinkedHashMap<>();

    private SdkModelCheck(ObjectMapper sdkMapper) {
        this.sdkMapper = sdkMapper;
    }

    /** Problems found when reading {@code json} as {@code model} (or as an array of it); empty when it conforms. */
    static List<String> problems(ObjectMapper sdkMapper, JsonNode json, Class<?> model) {
        SdkModelCheck check = new SdkModelCheck(sdkMapper);
        JavaType type = sdkMapper.constructType(model);
        if (json.isArray()) {
            json.forEach(element -> check.walk(element, type, "$[]"));
        } else {
            check.walk(json, type, "$");
        }
        List<String> out = new ArrayList<>();
        check.findings.forEach((path, problem) -> out.add(path + ": " + problem));
        return out;
    }

    private void walk(JsonNode json, JavaType type, String path) {
        if (json == null || json.isMissingNode()) {
            return;
        }
        if (json.isNull()) {
            report(path, "null (the real API omits an absent field instead of sending null)");
            return;
        }
        Class<?> raw = type.getRawClass();
        if (type.isCollectionLikeType() || type.isArrayType()) {
            if (!json.isArray()) {
                report(path, "expected a JSON array, got " + describe(json));
                return;
            }
            json.forEach(element -> walk(element, type.getContentType(), path + "[]"));
        } else if (type.isMapLikeType()) {
            if (!json.isObject()) {
                report(path, "expected a JSON object (map), got " + describe(json));
                return;
            }
            json.fields().forEachRemaining(e -> walk(e.getValue(), type.getContentType(), path + "{}"));
        } else if (raw.isEnum()) {
            checkEnum(json, raw, path);
        } else if (raw == String.class) {
            expect(json.isTextual(), json, path, "text");
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(json.isBoolean(), json, path, "a boolean");
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            expect(json.isNumber(), json, path, "a number");
        } else if (raw == Date.class) {
            checkDate(json, path);
        } else if (raw.getName().startsWith("com.mypurecloud.sdk.v2.")) {
            walkModel(json, type, path);
        } else {
            // anything else (JsonNode, Object, LocalDate, ...) is free-form for the SDK too: only nulls are wrong
            reportNulls(json, path);
        }
    }

    private void reportNulls(JsonNode json, String path) {
        if (json.isNull()) {
            report(path, "null (the real API omits an absent field instead of sending null)");
        } else if (json.isArray()) {
            json.forEach(element -> reportNulls(element, path + "[]"));
        } else if (json.isObject()) {
            json.fields().forEachRemaining(e -> reportNulls(e.getValue(), path + "." + e.getKey()));
        }
    }

    private void walkModel(JsonNode json, JavaType type, String path) {
        if (!json.isObject()) {
            report(path, "expected a JSON object (" + type.getRawClass().getSimpleName() + "), got " + describe(json));
            return;
        }
        Map<String, BeanPropertyDefinition> properties = PROPERTIES.computeIfAbsent(type.getRawClass(), raw -> {
            BeanDescription bean = sdkMapper.getDeserializationConfig().introspect(type);
            return bean.findProperties().stream()
                    .collect(Collectors.toMap(BeanPropertyDefinition::getName, p -> p, (a, b) -> a));
        });
        Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            BeanPropertyDefinition property = properties.get(field.getKey());
            String qualified = type.getRawClass().getSimpleName() + "." + field.getKey();
            if (property == null) {
                if (!FIELDS_NEWER_THAN_SDK.contains(qualified)) {
                    report(
                            fieldPath,
                            "field not in SDK model " + qualified.replace('.', '#') + " (model fields: "
                                    + properties.keySet() + ")");
                }
                continue;
            }
            walk(field.getValue(), property.getPrimaryType(), fieldPath);
        }
    }

    private void checkEnum(JsonNode json, Class<?> enumType, String path) {
        List<String> allowed = Arrays.stream(enumType.getEnumConstants())
                .map(Object::toString)
                .filter(v -> !OUTDATED.equals(v))
                .toList();
        if (!json.isTextual() || !allowed.contains(json.asText())) {
            report(
                    path,
                    describe(json) + " is not a value of " + enumType.getName().replaceFirst(".*\\.", "") + " "
                            + allowed);
        }
    }

    private void checkDate(JsonNode json, String path) {
        if (!json.isTextual()) {
            report(path, "expected an ISO-8601 date text, got " + describe(json));
            return;
        }
        ParsePosition position = new ParsePosition(0);
        Date parsed = sdkDates.parse(json.asText(), position);
        if (parsed == null || position.getIndex() != json.asText().length()) {
            report(path, describe(json) + " is not a date the SDK parses (yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX)");
        }
    }

    private void expect(boolean ok, JsonNode json, String path, String what) {
        if (!ok) {
            report(path, "expected " + what + ", got " + describe(json));
        }
    }

    private void report(String path, String problem) {
        findings.putIfAbsent(path, problem);
    }

    private static String describe(JsonNode json) {
        String text = json.toString();
        return json.getNodeType().name().toLowerCase() + " "
                + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }
}
