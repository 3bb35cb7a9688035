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
package io.github.camelgenesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelgenesys.client.GenesysJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/reference.md} is rendered from the generated {@code genesys.json}; this test fails when the file is
 * stale. Regenerate with:
 * {@code mvn -o -B test -pl camel-genesys-component -am -Dtest=ReferenceDocTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dgenesys.updateDocs=true}
 */
class ReferenceDocTest {

    private static final Path CATALOG = Path.of("target/classes/META-INF/io/github/camelgenesys/genesys.json");
    private static final Path REFERENCE = Path.of("../docs/reference.md");
    private static final String REGENERATE = "mvn -o -B test -pl camel-genesys-component -am -Dtest=ReferenceDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgenesys.updateDocs=true";

    @Test
    void referenceDocMatchesTheCatalog() throws Exception {
        assertTrue(Files.exists(CATALOG), "run the build first: " + CATALOG + " is generated at process-classes");
        String expected = render(GenesysJson.mapper().readTree(CATALOG.toFile()));
        if (Boolean.getBoolean("genesys.updateDocs")) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(REFERENCE) ? Files.readString(REFERENCE, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/reference.md is stale. Regenerate it with: " + REGENERATE);
    }

    static String render(JsonNode catalog) {
        JsonNode c = catalog.path("component");
        StringBuilder md = new StringBuilder();
        md.append("# genesys component reference\n\n")
                .append("<!-- Generated from genesys.json by ReferenceDocTest. Do not edit by hand; regenerate with:\n")
                .append("     ")
                .append(REGENERATE)
                .append(" -->\n\n")
                .append(c.path("description").asText())
                .append("\n\n")
                .append("* Syntax: `")
                .append(c.path("syntax").asText())
                .append("`\n")
                .append("* Maven: `")
                .append(c.path("groupId").asText())
                .append(':')
                .append(c.path("artifactId").asText())
                .append("`\n")
                .append("* Since: ")
                .append(c.path("firstVersion").asText())
                .append("\n\n")
                .append("Options marked **secret** are masked by Camel and never logged by the component. ")
                .append("Duration options accept `30s`, `5m`, `1m30s` or ISO-8601 `PT30S` (a bare number is ")
                .append("milliseconds).\n\n");
        md.append("## Component options\n\n")
                .append("Set as `camel.component.genesys.<kebab-case-name>` ")
                .append("(e.g. `camel.component.genesys.client-id`);")
                .append(" they are the defaults of every endpoint.\n\n");
        table(md, catalog.path("componentProperties"));
        md.append("## Endpoint path\n\n");
        md.append("| Name | Description | Allowed values |\n|---|---|---|\n");
        fields(catalog.path("properties")).forEachRemaining(e -> {
            if ("path".equals(e.getValue().path("kind").asText())) {
                md.append("| `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(cell(e.getValue().path("description")))
                        .append(" | ")
                        .append(enums(e.getValue()))
                        .append(" |\n");
            }
        });
        md.append("\n## Endpoint options\n\n");
        table(md, catalog.path("properties"));
        md.append("## Message headers\n\n| Name | Type | Description |\n|---|---|---|\n");
        fields(catalog.path("headers"))
                .forEachRemaining(e -> md.append("| `")
                        .append(e.getKey())
                        .append("` | `")
                        .append(e.getValue().path("javaType").asText())
                        .append("` | ")
                        .append(cell(e.getValue().path("description")))
                        .append(" |\n"));
        return md.toString();
    }

    private static void table(StringBuilder md, JsonNode properties) {
        md.append("| Name | Label | Type | Default | Secret | Description |\n|---|---|---|---|---|---|\n");
        fields(properties).forEachRemaining(e -> {
            JsonNode p = e.getValue();
            if ("path".equals(p.path("kind").asText())) {
                return;
            }
            String type = p.path("javaType").asText().replace("java.lang.", "").replace("java.time.", "");
            String allowed = enums(p);
            md.append("| `")
                    .append(e.getKey())
                    .append("` | ")
                    .append(p.path("label").asText())
                    .append(" | `")
                    .append(type)
                    .append("` | ")
                    .append(p.has("defaultValue") ? "`" + p.path("defaultValue").asText() + "`" : "")
                    .append(" | ")
                    .append(p.path("secret").asBoolean() ? "**secret**" : "")
                    .append(" | ")
                    .append(cell(p.path("description")))
                    .append(allowed.isEmpty() ? "" : " Allowed values: " + allowed + ".")
                    .append(" |\n");
        });
        md.append('\n');
    }

    private static String enums(JsonNode p) {
        StringBuilder s = new StringBuilder();
        p.path("enum")
                .forEach(v -> s.append(s.length() == 0 ? "" : ", ")
                        .append('`')
                        .append(v.asText())
                        .append('`'));
        return s.toString();
    }

    private static String cell(JsonNode text) {
        return text.asText().replace("|", "\\|").replace("\n", " ").trim();
    }

    private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node.fields();
    }
}
