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
package io.github.camelgenesys.kamelets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysJson;
import io.github.camelgenesys.client.GenesysRegion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every file in {@code kamelets/} against the rules the Apache Kamelet catalog's validator applies to its own
 * Kamelets (name and type, annotations, JSON-schema properties, credentials descriptors, declared = used parameters,
 * dependency syntax, template convention, one catalog version), plus ours: {@code dataTypes} instead of the
 * deprecated {@code types}, an example for every property a user types in, secrets marked, and every
 * {@code genesys:} parameter an option of the component's catalog. One violation list per run, so a failure names
 * everything to fix at once.
 */
class KameletCatalogRulesTest {

    private static final Path DIR = Path.of("src/main/resources/kamelets");
    private static final Pattern NAME = Pattern.compile("genesys-[a-z]+-(source|sink|action)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9-._]+)(?::[^}]*)?}}");
    private static final Set<String> SUPPORT_LEVELS = Set.of("Stable", "Preview", "Deprecated");
    private static final Set<String> DEPENDENCY_PREFIXES = Set.of("camel:", "mvn:", "github:apache/");
    private static final Set<String> MINOR_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "with", "per", "at", "as", "from");
    private static final String CREDENTIALS = "urn:camel:group:credentials";
    private static final String CATALOG_VERSION = System.getProperty("kamelets.catalogVersion", "0.1.0-SNAPSHOT");

    private record Kamelet(Path file, Map<String, Object> yaml) {
        String name() {
            return (String) map(yaml, "metadata").get("name");
        }

        Map<String, Object> annotations() {
            return map(map(yaml, "metadata"), "annotations");
        }

        String type() {
            return (String) map(map(yaml, "metadata"), "labels").get("camel.apache.org/kamelet.type");
        }

        Map<String, Object> spec() {
            return map(yaml, "spec");
        }

        Map<String, Object> definition() {
            return map(spec(), "definition");
        }

        Map<String, Object> properties() {
            return map(definition(), "properties");
        }
    }

    private static List<Kamelet> kamelets;
    private static Set<String> endpointOptions;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        Load load = new Load(LoadSettings.builder().build());
        try (Stream<Path> files = Files.list(DIR)) {
            kamelets = files.filter(f -> f.toString().endsWith(".kamelet.yaml"))
                    .sorted()
                    .map(f -> {
                        try {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> yaml = (Map<String, Object>)
                                    load.loadFromString(Files.readString(f, StandardCharsets.UTF_8));
                            return new Kamelet(f, yaml);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        try (InputStream catalog =
                GenesysRegion.class.getResourceAsStream("/META-INF/io/github/camelgenesys/genesys.json")) {
            JsonNode json = GenesysJson.mapper().readTree(catalog);
            endpointOptions = new HashSet<>();
            json.path("properties").fieldNames().forEachRemaining(endpointOptions::add);
        }
    }

    @Test
    void theFolderHoldsOneKameletPerOperationAndKind() {
        Set<String> names = new TreeSet<>();
        kamelets.forEach(k -> names.add(k.name()));
        assertEquals(
                Set.of(
                        "genesys-analytics-source",
                        "genesys-archive-sink",
                        "genesys-live-source",
                        "genesys-messaging-action",
                        "genesys-search-source"),
                names);
    }

    @Test
    void everyKameletFollowsTheCatalogRules() {
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (Kamelet k : kamelets) {
            String n = k.name();
            check(
                    k.file().getFileName().toString().equals(n + ".kamelet.yaml"),
                    n,
                    "file name is not <name>.kamelet.yaml");
            check(
                    "camel.apache.org/v1".equals(k.yaml().get("apiVersion"))
                            && "Kamelet".equals(k.yaml().get("kind")),
                    n,
                    "apiVersion camel.apache.org/v1 and kind Kamelet");
            Matcher name = NAME.matcher(n);
            check(name.matches(), n, "name is not genesys-<operation>-source|sink|action");
            check(
                    name.matches() && name.group(1).equals(k.type()),
                    n,
                    "label camel.apache.org/kamelet.type '" + k.type() + "' does not match the name's suffix");
            checkAnnotations(k);
            checkDefinition(k, titles, descriptions);
            checkProperties(k);
            checkDataTypes(k);
            checkDependencies(k);
            checkTemplate(k);
        }
        assertTrue(violations.isEmpty(), "Kamelet rule violations:\n  " + String.join("\n  ", violations));
    }

    private void checkAnnotations(Kamelet k) {
        Map<String, Object> a = k.annotations();
        String icon = (String) a.get("camel.apache.org/kamelet.icon");
        check(
                icon != null
                        && icon.startsWith("data:image/svg+xml;base64,")
                        && new String(
                                        Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)),
                                        StandardCharsets.UTF_8)
                                .contains("<svg"),
                k.name(),
                "annotation camel.apache.org/kamelet.icon is not a base64 SVG data URI");
        check(
                SUPPORT_LEVELS.contains(a.get("camel.apache.org/kamelet.support.level")),
                k.name(),
                "annotation camel.apache.org/kamelet.support.level is not one of " + SUPPORT_LEVELS);
        check(
                CATALOG_VERSION.equals(a.get("camel.apache.org/catalog.version")),
                k.name(),
                "annotation camel.apache.org/catalog.version is not the project version " + CATALOG_VERSION);
        for (String required : List.of(
                "camel.apache.org/provider", "camel.apache.org/kamelet.group", "camel.apache.org/kamelet.namespace")) {
            check(
                    a.get(required) instanceof String s && !s.isBlank(),
                    k.name(),
                    "annotation " + required + " is missing");
        }
    }

    private void checkDefinition(Kamelet k, Set<String> titles, Set<String> descriptions) {
        Map<String, Object> d = k.definition();
        String title = (String) d.get("title");
        String suffix = Character.toUpperCase(k.type().charAt(0)) + k.type().substring(1);
        check(title != null && title.endsWith(suffix), k.name(), "title '" + title + "' does not end with " + suffix);
        check(titles.add(String.valueOf(title)), k.name(), "title is used by another Kamelet");
        check(
                d.get("description") instanceof String s && !s.isBlank() && descriptions.add(s),
                k.name(),
                "description is missing or used by another Kamelet");
        check("object".equals(d.get("type")), k.name(), "definition type is not object");
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) d.getOrDefault("required", List.of());
        check(new HashSet<>(required).size() == required.size(), k.name(), "a required property is listed twice");
        required.forEach(
                r -> check(k.properties().containsKey(r), k.name(), "required property " + r + " is not defined"));
    }

    private void checkProperties(Kamelet k) {
        k.properties().forEach((key, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) value;
            String where = k.name() + " property " + key;
            check(p.get("type") instanceof String, where, "has no type");
            check(p.get("description") instanceof String s && !s.isBlank(), where, "has no description");
            String title = (String) p.get("title");
            check(title != null && !title.isBlank(), where, "has no title");
            if (title != null) {
                check(
                        !title.startsWith("The ") && !title.startsWith("A ") && !title.startsWith("An "),
                        where,
                        "title starts with an article");
                Arrays.stream(title.split(" "))
                        .filter(w -> !w.isEmpty() && !MINOR_WORDS.contains(w.toLowerCase()))
                        .forEach(w -> check(
                                Character.isUpperCase(w.charAt(0)),
                                where,
                                "title word '" + w + "' is not capitalized"));
            }
            boolean password = "password".equals(p.get("format"));
            @SuppressWarnings("unchecked")
            List<String> descriptors = (List<String>) p.getOrDefault("x-descriptors", List.of());
            check(!password || descriptors.contains(CREDENTIALS), where, "is a password without " + CREDENTIALS);
            check(
                    descriptors.stream().noneMatch(d -> d.startsWith("urn:alm:descriptor:com.tectonic.ui")),
                    where,
                    "uses the deprecated tectonic x-descriptor");
            check(new HashSet<>(descriptors).size() == descriptors.size(), where, "lists an x-descriptor twice");
            check(
                    !key.toLowerCase().contains("secret") && !key.equals("clientId") || password,
                    where,
                    "is a credential but not format: password");
            check(password || "boolean".equals(p.get("type")) || p.containsKey("example"), where, "has no example");
        });
    }

    private void checkDataTypes(Kamelet k) {
        check(!k.spec().containsKey("types"), k.name(), "uses the deprecated spec.types (use spec.dataTypes)");
        Map<String, Object> dataTypes = map(k.spec(), "dataTypes");
        boolean in = !"source".equals(k.type());
        boolean out = !"sink".equals(k.type());
        for (String direction : List.of("in", "out")) {
            boolean expected = direction.equals("in") ? in : out;
            check(
                    dataTypes.containsKey(direction) == expected,
                    k.name(),
                    "dataTypes." + direction + (expected ? " is missing" : " does not belong to a " + k.type()));
            if (dataTypes.containsKey(direction)) {
                Map<String, Object> d = map(dataTypes, direction);
                Map<String, Object> types = map(d, "types");
                check(
                        types.containsKey(d.get("default")),
                        k.name(),
                        "dataTypes." + direction + ".default names no entry of its types");
                types.forEach((t, spec) -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> s = (Map<String, Object>) spec;
                    check(
                            s.get("format") instanceof String
                                    && s.get("mediaType") instanceof String
                                    && s.get("description") instanceof String,
                            k.name(),
                            "dataTypes." + direction + ".types." + t + " needs format, mediaType and description");
                });
            }
        }
    }

    private void checkDependencies(Kamelet k) {
        @SuppressWarnings("unchecked")
        List<String> deps = (List<String>) k.spec().getOrDefault("dependencies", List.of());
        deps.forEach(d -> check(
                DEPENDENCY_PREFIXES.stream().anyMatch(d::startsWith),
                k.name(),
                "dependency " + d + " is not camel:, mvn:group:artifact:version or github:apache/"));
        check(deps.contains("camel:kamelet"), k.name(), "does not depend on camel:kamelet");
        check(
                deps.contains("mvn:io.github.camelgenesys:camel-genesys-component:" + CATALOG_VERSION),
                k.name(),
                "does not depend on the component at the project version");
    }

    private void checkTemplate(Kamelet k) {
        Map<String, Object> template = map(k.spec(), "template");
        String text = String.valueOf(template);
        if ("source".equals(k.type())) {
            check(text.contains("kamelet:sink"), k.name(), "a source must route to kamelet:sink");
        }
        if ("sink".equals(k.type())) {
            check(text.contains("kamelet:source"), k.name(), "a sink must consume from kamelet:source");
        }
        Set<String> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertFalse(used.isEmpty(), k.name() + " uses no parameter");
        check(
                used.equals(new TreeSet<>(k.properties().keySet())),
                k.name(),
                "declared parameters " + new TreeSet<>(k.properties().keySet()) + " differ from the used ones " + used);
        genesysParameters(template)
                .forEach(option -> check(
                        endpointOptions.contains(option),
                        k.name(),
                        "genesys: option '" + option + "' is not in the component's catalog"));
    }

    @Test
    void regionEnumsListEveryRegionOfTheComponent() {
        List<String> regions =
                Arrays.stream(GenesysRegion.values()).map(Enum::name).toList();
        for (Kamelet k : kamelets) {
            @SuppressWarnings("unchecked")
            Map<String, Object> region = (Map<String, Object>) k.properties().get("region");
            assertEquals(regions, region.get("enum"), k.name() + ": region enum differs from GenesysRegion");
        }
    }

    /** The parameter names given to a {@code genesys:} uri anywhere in a template. */
    @SuppressWarnings("unchecked")
    private static Set<String> genesysParameters(Object node) {
        Set<String> names = new TreeSet<>();
        if (node instanceof Map<?, ?> map) {
            if (map.get("uri") instanceof String uri
                    && uri.startsWith("genesys:")
                    && map.get("parameters") instanceof Map<?, ?> p) {
                ((Map<String, Object>) p).keySet().forEach(names::add);
            }
            map.values().forEach(v -> names.addAll(genesysParameters(v)));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> names.addAll(genesysParameters(v)));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private void check(boolean ok, String where, String problem) {
        if (!ok) {
            violations.add(where + ": " + problem);
        }
    }
}
