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
package io.github.camelgenesys.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```yaml} block of {@code docs/*.md} is loaded by Camel's YAML DSL, as a user who copies it would load
 * it: its routes are parsed and its {@code beans:} are created (a bean property of the wrong type fails here).
 * The files of {@code java.io.File('...')} bean properties (state and idempotent repositories, which create their
 * file when they start) are put under a temporary folder, so loading a snippet never writes outside it.
 * Placeholders ({@code {{...}}}) that no properties file defines are left as they are, and no route is started (the
 * snippets name real orgs, Kafka and so on). A block that is a list of steps (e.g. {@code - throttle: ...}) is
 * loaded as the steps of a route.
 * <p>
 * A block that is deliberately not loadable (a Kamelet's definition, an excerpt with "..." in it) is marked in the
 * Markdown with an HTML comment on the line just before it: {@code <!-- not-a-route -->}.
 */
class DocsYamlSnippetsTest {
    static final String NOT_A_ROUTE = "<!-- not-a-route -->";
    private static final Pattern BLOCK = Pattern.compile("(?m)^([^\\n]*)\\n```yaml\\n(.*?)^```", Pattern.DOTALL);

    record Snippet(Path doc, int line, String yaml) {
        @Override
        public String toString() {
            return doc.getFileName() + ":" + line;
        }
    }

    static Path docs() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "docs/ not found above " + Path.of("").toAbsolutePath());
        return dir.resolve("docs");
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(docs())) {
            for (Path doc :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(doc);
                Matcher m = BLOCK.matcher(text);
                while (m.find()) {
                    if (!m.group(1).trim().equals(NOT_A_ROUTE)) {
                        int line = (int) text.substring(0, m.start(2))
                                        .chars()
                                        .filter(c -> c == '\n')
                                        .count()
                                + 1;
                        result.add(new Snippet(doc, line, m.group(2)));
                    }
                }
            }
        }
        return result;
    }

    @TempDir
    Path files;

    @TestFactory
    Stream<DynamicTest> everyYamlBlockOfTheDocsLoads() throws IOException {
        List<Snippet> snippets = snippets();
        assertFalse(snippets.isEmpty(), "no YAML block found in " + docs());
        return snippets.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> load(s)));
    }

    private void load(Snippet snippet) throws Exception {
        String yaml = snippet.yaml()
                .replace("java.io.File('", "java.io.File('" + files.toString().replace('\\', '/') + "/");
        if (!loads(snippet, yaml)) {
            String steps = yaml.lines().map(l -> "        " + l).collect(Collectors.joining("\n"));
            String route = "- route:\n    from:\n      uri: direct:snippet\n      steps:\n" + steps + "\n";
            assertTrue(
                    loads(snippet, route),
                    snippet + ": loaded, but defines no route, route configuration,"
                            + " template or bean, and is not a list of steps either");
        }
    }

    /** True when the YAML loaded and defined something; fails the test when it does not load. */
    private static boolean loads(Snippet snippet, String yaml) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().setIgnoreMissingProperty(true);
            context.setAutoStartup(false);
            try {
                PluginHelper.getRoutesLoader(context)
                        .loadRoutes(ResourceHelper.fromString(
                                snippet.doc().getFileName().toString().replace(".md", "-md-") + snippet.line()
                                        + ".yaml",
                                yaml));
            } catch (Exception e) {
                fail(
                        snippet + ": the YAML block does not load (mark a deliberate fragment with " + NOT_A_ROUTE
                                + "): " + e + (e.getCause() == null ? "" : " / " + e.getCause()),
                        e);
            }
            Model model = context.getCamelContextExtension().getContextPlugin(Model.class);
            boolean hasContent = !model.getRouteDefinitions().isEmpty()
                    || !model.getRouteConfigurationDefinitions().isEmpty()
                    || !model.getRouteTemplateDefinitions().isEmpty()
                    || !context.getRegistry().findByTypeWithName(Object.class).isEmpty();
            return hasContent;
        }
    }
}
