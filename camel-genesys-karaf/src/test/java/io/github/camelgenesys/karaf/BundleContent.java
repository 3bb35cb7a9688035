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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * What a bundle holds, read from its jar, or from its classes directory when Maven's reactor hands the test the
 * directory instead (a {@code mvn test} run, where nothing is packaged; bnd wrote the manifest there too).
 */
final class BundleContent {

    private final Path location;
    private final Manifest manifest;
    private final Set<String> entries;

    private BundleContent(Path location, Manifest manifest, Set<String> entries) {
        this.location = location;
        this.manifest = manifest;
        this.entries = entries;
    }

    /** The bundle (jar or classes directory) on the test classpath that holds the given class. */
    static BundleContent of(Class<?> member) {
        try {
            return at(Path.of(
                    member.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BundleContent at(Path location) {
        try {
            if (Files.isDirectory(location)) {
                Path manifestFile = location.resolve("META-INF/MANIFEST.MF");
                if (!Files.exists(manifestFile)) {
                    throw new AssertionError("no bundle manifest in " + location + ": did maven-bundle-plugin run?");
                }
                Set<String> entries = new TreeSet<>();
                try (Stream<Path> files = Files.walk(location);
                        InputStream in = Files.newInputStream(manifestFile)) {
                    files.filter(Files::isRegularFile)
                            .forEach(file -> entries.add(
                                    location.relativize(file).toString().replace('\\', '/')));
                    return new BundleContent(location, new Manifest(in), entries);
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                Set<String> entries = new TreeSet<>();
                jar.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> entries.add(entry.getName()));
                if (jar.getManifest() == null) {
                    throw new AssertionError("no manifest in " + location);
                }
                return new BundleContent(location, jar.getManifest(), entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path location() {
        return location;
    }

    String header(String name) {
        return manifest.getMainAttributes().getValue(new Attributes.Name(name));
    }

    OsgiHeader parsedHeader(String name) {
        return OsgiHeader.parse(header(name));
    }

    boolean has(String entry) {
        return entries.contains(entry);
    }

    /** The packages that hold at least one class file (package-info included, as bnd counts it). */
    Set<String> classPackages() {
        Set<String> packages = new TreeSet<>();
        for (String entry : entries) {
            if (entry.endsWith(".class")
                    && !entry.startsWith("META-INF/")
                    && entry.contains("/")
                    && !entry.endsWith("module-info.class")) {
                packages.add(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'));
            }
        }
        return packages;
    }

    Optional<String> text(String entry) {
        if (!has(entry)) {
            return Optional.empty();
        }
        try {
            if (Files.isDirectory(location)) {
                return Optional.of(Files.readString(location.resolve(entry), StandardCharsets.UTF_8));
            }
            try (JarFile jar = new JarFile(location.toFile());
                    InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
