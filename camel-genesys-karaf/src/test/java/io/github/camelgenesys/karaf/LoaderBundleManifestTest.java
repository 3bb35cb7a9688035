package io.github.camelgenesys.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import io.github.camelgenesys.routes.ComponentOptionsBinder;
import io.github.camelgenesys.routes.RoutesDirectoryLoader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** This module's own bundle: the routes-directory loader and its Blueprint descriptor. */
class LoaderBundleManifestTest {

    private static final String BLUEPRINT_NS = "http://www.osgi.org/xmlns/blueprint/v1.0.0";

    private final BundleContent bundle = BundleContent.at(Path.of(System.getProperty("bundle.manifest"))
            .getParent().getParent());

    @Test
    void hasTheBundleIdentityAndExportsOnlyTheLoaderPackage() {
        assertEquals("io.github.camelgenesys.camel-genesys-karaf", bundle.header("Bundle-SymbolicName"));
        OsgiHeader exports = bundle.parsedHeader("Export-Package");
        assertEquals(List.of("io.github.camelgenesys.routes"), exports.names());
        assertEquals(System.getProperty("project.version").replace("-SNAPSHOT", ""),
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
        assertTrue(ImportRanges.importedPackages(bundle).contains("org.osgi.service.blueprint"),
                "the blueprint extender is required");
    }

    /** What Blueprint will do with the beans, checked by reflection: classes, setters, init and destroy methods. */
    @Test
    void blueprintBeansMatchTheirClasses() throws Exception {
        String blueprint = bundle.text(bundle.header("Bundle-Blueprint")).orElseThrow();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(blueprint)));
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
                assertTrue(Arrays.stream(type.getMethods())
                                .anyMatch(m -> m.getName().equals(setter) && m.getParameterCount() == 1),
                        type.getSimpleName() + " has a setter for Blueprint property " + name);
            }
        }
    }
}
