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
package io.github.camelgenesys.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The features repository this module attaches (classifier "features", type "xml"): valid against Karaf's features
 * schema, and every bundle and feature it names is built in this reactor or can be resolved, with one known
 * exception: Camel Karaf's own features repository, which the registry our build machines reach does not serve.
 */
class FeaturesRepositoryTest {

    static final String FEATURES_NS = "http://karaf.apache.org/xmlns/features/v1.6.0";
    static final String FEATURES_XSD = "org/apache/karaf/features/karaf-features-1.6.0.xsd";

    /** The one repository that cannot be resolved here, and the features we take from it. */
    static final String CAMEL_KARAF_REPOSITORY =
            "mvn:org.apache.camel.karaf/apache-camel/" + System.getProperty("camel.version") + "/xml/features";

    static final Set<String> CAMEL_KARAF_FEATURES =
            Set.of("camel-core", "camel-http", "camel-jackson", "camel-yaml-dsl", "camel-blueprint");

    private final Path featuresFile = Path.of(System.getProperty("features.file"));
    private final String version = System.getProperty("project.version");
    private final Document features = parse(featuresFile);

    @Test
    void validatesAgainstTheKarafFeaturesSchema() throws Exception {
        URL xsd = getClass().getClassLoader().getResource(FEATURES_XSD);
        assertNotNull(xsd, FEATURES_XSD + " from org.apache.karaf.features.core on the test classpath");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(xsd).newValidator().validate(new StreamSource(featuresFile.toFile()));
        assertEquals(FEATURES_NS, features.getDocumentElement().getNamespaceURI());
    }

    @Test
    void hasEveryVersionFilledIn() throws IOException {
        String text = Files.readString(featuresFile);
        assertFalse(text.contains("${"), "unfiltered placeholder in " + featuresFile);
        assertEquals("camel-genesys-" + version, features.getDocumentElement().getAttribute("name"));
    }

    @Test
    void camelGenesysFeatureBringsCamelFeaturesJacksonTimeAndTheComponent() {
        Element feature = feature("camel-genesys");
        assertEquals(version, feature.getAttribute("version"));
        assertEquals(List.of("camel-core", "camel-http", "camel-jackson"), childTexts(feature, "feature"));
        childElements(feature, "feature")
                .forEach(dependency -> assertEquals(
                        "[4.18,5)",
                        dependency.getAttribute("version"),
                        "version range of " + dependency.getTextContent()));
        assertEquals(
                List.of(
                        "mvn:com.fasterxml.jackson.datatype/jackson-datatype-jsr310/"
                                + System.getProperty("jackson.version"),
                        "mvn:io.github.camelgenesys/camel-genesys-component/" + version),
                childTexts(feature, "bundle"));
    }

    @Test
    void yamlFeatureAddsTheYamlDslAndTheRoutesDirectoryLoader() {
        Element feature = feature("camel-genesys-yaml");
        List<String> dependencies = childTexts(feature, "feature");
        assertTrue(
                dependencies.containsAll(
                        List.of("camel-genesys", "camel-yaml-dsl", "camel-blueprint", "aries-blueprint")),
                "features of camel-genesys-yaml: " + dependencies);
        Element ownFeature = childElements(feature, "feature").stream()
                .filter(element -> element.getTextContent().strip().equals("camel-genesys"))
                .findFirst()
                .orElseThrow();
        assertEquals(version, ownFeature.getAttribute("version"));
        assertEquals(
                List.of("mvn:io.github.camelgenesys/camel-genesys-karaf/" + version), childTexts(feature, "bundle"));
    }

    @Test
    void everyBundleIsBuiltInThisReactorOrResolvedAsAnOsgiBundle() throws IOException {
        for (String url : texts(features.getDocumentElement(), "bundle")) {
            String[] coordinates = url.substring("mvn:".length()).split("/");
            assertTrue(url.startsWith("mvn:") && coordinates.length == 3, "plain mvn:group/artifact/version: " + url);
            String groupId = coordinates[0];
            String artifactId = coordinates[1];
            String artifactVersion = coordinates[2];
            if (groupId.equals("io.github.camelgenesys")) {
                Path module = Path.of(System.getProperty("reactor.root"), artifactId, "pom.xml");
                assertTrue(Files.exists(module), url + " is a module of this reactor: " + module);
                assertEquals(version, artifactVersion, url);
            } else {
                Path jar = onTestClasspath(groupId, artifactId, artifactVersion)
                        .orElseThrow(() -> new AssertionError(url + " is not resolved by the build (test classpath)"));
                try (JarFile bundle = new JarFile(jar.toFile())) {
                    assertNotNull(
                            bundle.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"),
                            url + " is an OSGi bundle, installable without wrap:");
                }
            }
        }
    }

    @Test
    void everyFeatureIsDefinedHereInKarafStandardOrInCamelKarafTheKnownUnresolvableRepository() {
        List<String> repositories = texts(features.getDocumentElement(), "repository");
        assertEquals(
                List.of(CAMEL_KARAF_REPOSITORY),
                repositories,
                "Camel Karaf's repository is the only external one (and the only one not resolvable here)");
        List<String> defined = childTexts(features.getDocumentElement(), "feature", "name");
        List<String> standard = karafStandardFeatures();
        Map<String, String> unresolved = new LinkedHashMap<>();
        for (Element feature : childElements(features.getDocumentElement(), "feature")) {
            for (String dependency : childTexts(feature, "feature")) {
                if (!defined.contains(dependency) && !standard.contains(dependency)) {
                    unresolved.put(dependency, feature.getAttribute("name"));
                }
            }
        }
        assertTrue(
                CAMEL_KARAF_FEATURES.containsAll(unresolved.keySet()),
                "features neither defined here, nor in Karaf standard, nor known Camel Karaf ones: " + unresolved);
        assertTrue(standard.contains("aries-blueprint"), "Karaf standard features read: " + standard.size());
    }

    /**
     * Where Karaf gets each runtime dependency of the component from. A dependency added to the component's pom
     * without an entry here fails the test below: give it a feature or bundle in feature.xml, then add it here.
     */
    static final Map<String, String> COMPONENT_DEPENDENCY_PROVIDERS = Map.ofEntries(
            Map.entry("org.apache.camel:camel-api", "feature camel-core"),
            Map.entry("org.apache.camel:camel-util", "feature camel-core"),
            Map.entry("org.apache.camel:camel-support", "feature camel-core"),
            Map.entry("org.apache.camel:camel-core-model", "feature camel-core"),
            // camel-karaf's camel-core feature lists its repackaged camel-health bundle (features/camel-features.xml)
            Map.entry("org.apache.camel:camel-health", "feature camel-core"),
            Map.entry("org.apache.camel:camel-http", "feature camel-http"),
            Map.entry("org.apache.httpcomponents.client5:httpclient5", "feature camel-http"),
            Map.entry("org.apache.httpcomponents.core5:httpcore5", "feature camel-http"),
            Map.entry("org.apache.camel:camel-jackson", "feature camel-jackson"),
            Map.entry("com.fasterxml.jackson.core:jackson-databind", "feature camel-jackson"),
            Map.entry("com.fasterxml.jackson.core:jackson-core", "feature camel-jackson"),
            Map.entry("com.fasterxml.jackson.core:jackson-annotations", "feature camel-jackson"),
            Map.entry(
                    "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
                    "bundle mvn:com.fasterxml.jackson.datatype/jackson-datatype-jsr310/"
                            + System.getProperty("jackson.version")),
            Map.entry("org.slf4j:slf4j-api", "Karaf itself (pax-logging)"));

    @Test
    void everyRuntimeDependencyOfTheComponentIsProvidedByTheCamelGenesysFeature() {
        Path componentPom = Path.of(System.getProperty("reactor.root"), "camel-genesys-component", "pom.xml");
        Element feature = feature("camel-genesys");
        List<String> features = childTexts(feature, "feature");
        List<String> bundles = childTexts(feature, "bundle");
        Element dependencies = childElements(parse(componentPom).getDocumentElement(), "dependencies")
                .get(0);
        for (Element dependency : childElements(dependencies, "dependency")) {
            String scope = childTexts(dependency, "scope").stream().findFirst().orElse("compile");
            boolean optional = childTexts(dependency, "optional").stream().anyMatch("true"::equals);
            if (scope.equals("test") || scope.equals("provided") || optional) {
                continue;
            }
            String key = childTexts(dependency, "groupId").get(0) + ":"
                    + childTexts(dependency, "artifactId").get(0);
            String provider = COMPONENT_DEPENDENCY_PROVIDERS.get(key);
            assertNotNull(
                    provider,
                    "runtime dependency " + key + " of the component has no provider in Karaf: add"
                            + " its feature or bundle to camel-genesys in feature.xml, then to this test's map");
            if (provider.startsWith("feature ")) {
                assertTrue(features.contains(provider.substring("feature ".length())), key + " needs " + provider);
            } else if (provider.startsWith("bundle ")) {
                assertTrue(bundles.contains(provider.substring("bundle ".length())), key + " needs " + provider);
            }
        }
    }

    private Element feature(String name) {
        return childElements(features.getDocumentElement(), "feature").stream()
                .filter(element -> element.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("feature " + name + " in " + featuresFile));
    }

    /** The names of the features in Karaf's standard repository (a test dependency, so resolved by Maven). */
    private static List<String> karafStandardFeatures() {
        Path file = Path.of(System.getProperty("karaf.standard.features"));
        assertTrue(Files.exists(file), "Karaf standard features resolved by Maven: " + file);
        return childTexts(parse(file).getDocumentElement(), "feature", "name");
    }

    private static Optional<Path> onTestClasspath(String groupId, String artifactId, String artifactVersion) {
        Path expected = Path.of(
                groupId.replace('.', '/'), artifactId, artifactVersion, artifactId + "-" + artifactVersion + ".jar");
        return classpathEntries().stream()
                .filter(path -> path.endsWith(expected))
                .findFirst();
    }

    private static List<Path> classpathEntries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .toList();
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + file, e);
        }
    }

    private static List<Element> childElements(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element
                    && element.getLocalName().equals(localName)) {
                children.add(element);
            }
        }
        return children;
    }

    private static List<String> childTexts(Element parent, String localName) {
        return childElements(parent, localName).stream()
                .map(element -> element.getTextContent().strip())
                .toList();
    }

    private static List<String> childTexts(Element parent, String localName, String attribute) {
        return childElements(parent, localName).stream()
                .map(element -> element.getAttribute(attribute))
                .toList();
    }

    /** All elements with the local name, at any depth. */
    private static List<String> texts(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS(FEATURES_NS, localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
