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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.routes.ComponentOptionsBinder;
import io.github.camelgenesys.routes.RoutesDirectoryLoader;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.InputSource;

/** This module's own bundle: the routes-directory loader and its Blueprint descriptor. */
class LoaderBundleManifestTest {

    private static final String BLUEPRINT_NS = "http://www.osgi.org/xmlns/blueprint/v1.0.0";

    private final BundleContent bundle = BundleContent.at(
            Path.of(System.getProperty("bundle.manifest")).getParent().getParent());

    @Test
    void hasTheBundleIdentityAndExportsOnlyTheLoaderPackage() {
        assertEquals("io.github.camelgenesys.camel-genesys-karaf", bundle.header("Bundle-SymbolicName"));
        OsgiHeader exports = bundle.parsedHeader("Export-Package");
        assertEquals(List.of("io.github.camelgenesys.routes"), exports.names());
        assertEquals(
                System.getProperty("project.version").replace("-SNAPSHOT", ""),
                exports.clauses().get(0).attribute("version"));
    }

    @Test
    void importsCamelWithTheCamelKarafRange() {
        assertTrue(ImportRanges.importedPackages(bundle).contains("org.apache.camel.support"));
        ImportRanges.assertImportsRanged(bundle);
    }

    @Test
    void blueprintDescriptorIsDeclaredAndWiresTheLoaderToItsConfiguration() {
        String blueprintPath = bundle.header("Bundle-Blueprint");
        String blueprint = bundle.text(blueprintPath)
                .orElseThrow(() -> new AssertionError("Bundle-Blueprint names a missing entry: " + blueprintPath));
        assertTrue(blueprint.contains("persistent-id=\"io.github.camelgenesys.routes\""), "routes PID");
        assertTrue(blueprint.contains("persistent-id=\"io.github.camelgenesys\""), "component options PID");
        assertTrue(blueprint.contains("class=\"" + RoutesDirectoryLoader.class.getName() + "\""), "loader bean");
        assertTrue(blueprint.contains("class=\"" + ComponentOptionsBinder.class.getName() + "\""), "binder bean");
        assertTrue(blueprint.contains("value=\"${directory}\""), "directory comes from the PID");
        assertTrue(
                ImportRanges.importedPackages(bundle).contains("org.osgi.service.blueprint"),
                "the blueprint extender is required");
    }

    /**
     * Blueprint 1.0 and Blueprint-CM 1.1 schemas as Karaf 4.4.8 installs them (Aries blueprint core 1.10.3, cm 1.3.2);
     * the camel-blueprint namespace is a stub that only declares {@code <camelContext id>} (see the stub's comment).
     */
    @Test
    void blueprintDescriptorValidatesAgainstTheBlueprintAndCmSchemas() throws Exception {
        String blueprint = bundle.text(bundle.header("Bundle-Blueprint")).orElseThrow();
        ClassLoader loader = getClass().getClassLoader();
        Map<String, String> schemas = Map.of(
                BLUEPRINT_NS,
                "org/osgi/service/blueprint/blueprint.xsd",
                "http://aries.apache.org/blueprint/xmlns/blueprint-cm/v1.1.0",
                "org/apache/aries/blueprint/compendium/cm/blueprint-cm-1.1.0.xsd",
                "http://camel.apache.org/schema/blueprint",
                "schemas/camel-blueprint-stub.xsd");
        DOMImplementationLS ls =
                (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); // everything comes from the test classpath
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            String extVersion = namespace == null
                    ? null
                    : namespace.replaceFirst("^http://aries.apache.org/blueprint/xmlns/blueprint-ext/v(.*)$", "$1");
            String resource = schemas.containsKey(namespace)
                    ? schemas.get(namespace)
                    : extVersion != null && !extVersion.equals(namespace)
                            ? "org/apache/aries/blueprint/ext/impl/blueprint-ext-" + extVersion + ".xsd"
                            : null;
            if (resource == null || loader.getResource(resource) == null) {
                return null;
            }
            LSInput input = ls.createLSInput();
            input.setByteStream(loader.getResourceAsStream(resource));
            input.setSystemId(loader.getResource(resource).toExternalForm());
            return input;
        });
        List<Source> sources = new ArrayList<>();
        for (String resource : schemas.values()) {
            URL url = loader.getResource(resource);
            assertNotNull(url, resource + " on the test classpath");
            sources.add(new StreamSource(url.openStream(), url.toExternalForm()));
        }
        Schema schema = factory.newSchema(sources.toArray(Source[]::new));
        schema.newValidator().validate(new StreamSource(new StringReader(blueprint)));
    }

    /** What Blueprint will do with the beans, checked by reflection: classes, setters, init and destroy methods. */
    @Test
    void blueprintBeansMatchTheirClasses() throws Exception {
        String blueprint = bundle.text(bundle.header("Bundle-Blueprint")).orElseThrow();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(blueprint)));
        NodeList beans = document.getElementsByTagNameNS(BLUEPRINT_NS, "bean");
        assertEquals(2, beans.getLength());
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            Class<?> type = Class.forName(bean.getAttribute("class"));
            for (String lifecycle : List.of("init-method", "destroy-method")) {
                if (bean.hasAttribute(lifecycle)) {
                    assertEquals(0, type.getMethod(bean.getAttribute(lifecycle)).getParameterCount());
                }
            }
            NodeList properties = bean.getElementsByTagNameNS(BLUEPRINT_NS, "property");
            for (int p = 0; p < properties.getLength(); p++) {
                String name = ((Element) properties.item(p)).getAttribute("name");
                String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
                assertTrue(
                        Arrays.stream(type.getMethods())
                                .anyMatch(m -> m.getName().equals(setter) && m.getParameterCount() == 1),
                        type.getSimpleName() + " has a setter for Blueprint property " + name);
            }
        }
    }
}
