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

import java.util.List;
import java.util.Map;

/** The version ranges our bundles must import their dependencies with (what Camel Karaf 4.18 provides). */
final class ImportRanges {

    /** Package prefix → range. httpcore5 starts at 5.3: Camel 4.18 ships httpcore5 5.3.6 with httpclient5 5.5.1. */
    static final Map<String, String> REQUIRED = Map.of(
            "org.apache.camel", "[4.18,5)",
            "com.fasterxml.jackson", "[2.19,3)",
            "org.apache.hc.client5", "[5.4,6)",
            "org.apache.hc.core5", "[5.3,6)",
            "org.slf4j", "[1.7,3)");

    private ImportRanges() {}

    static void assertImportsRanged(BundleContent bundle) {
        OsgiHeader imports = bundle.parsedHeader("Import-Package");
        for (OsgiHeader.Clause clause : imports.clauses()) {
            assertFalse(
                    clause.name().startsWith("java."),
                    "java.* must not be imported (OSGi R7 frameworks refuse it): " + clause.name());
            REQUIRED.forEach((prefix, range) -> {
                if (clause.name().equals(prefix) || clause.name().startsWith(prefix + ".")) {
                    assertEquals(range, clause.attribute("version"), "version range of import " + clause.name());
                }
            });
        }
    }

    static List<String> importedPackages(BundleContent bundle) {
        return bundle.parsedHeader("Import-Package").names();
    }
}
