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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The command line of the runner ({@code java -jar genesys-runner.jar ...}, docs/run-your-own.md).
 * <p>
 * Without {@code --routes} the packaged pipelines of {@code routes/} run, and {@code genesys.demo.enabled}
 * (true in the packaged application.properties) decides whether the demo runs: the README's first command.
 * With {@code --routes} only the user's route files are loaded and nothing of the demo happens unless
 * {@code --once} or {@code --demo} asks for it.
 *
 * @param routes     the user's routes as a Camel include pattern ({@code file:/abs/dir/*.yaml}), or null for the
 *                   packaged ones
 * @param properties the user's properties file, or null
 * @param once       run each route until its done rule, print a summary and exit with 0 (all ok) or 1
 * @param demo       the demo: like once, plus demo.properties, the local webhook receiver, cleaning what an earlier
 *                   demo wrote
 */
record RunOptions(String routes, Path properties, boolean once, boolean demo) {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: java -jar genesys-runner.jar [--routes <folder|file>] [--properties <file>] [--once] [--demo]",
            "  --routes <folder|file>  run the YAML routes of this folder (*.yaml) or this file instead of the packaged ones",
            "  --properties <file>     your application.properties (wins over the packaged one; -Dkey=value wins over both)",
            "  --once                  start each route, wait for its genesys.demo.until.<route-id> rule (default polls:1),",
            "                          print a summary and exit: 0 when every route succeeded, 1 otherwise",
            "  --demo                  the demo (--once with the demo's fast settings, local webhook receiver, cleaning)",
            "Without GENESYS_CLIENT_ID and without camel.component.genesys.api-url/region the embedded simulator is used.");

    /** The packaged pipelines (the README's first command). */
    static RunOptions packaged() {
        return new RunOptions(null, null, false, false);
    }

    boolean packagedRoutes() {
        return routes == null;
    }

    static RunOptions parse(String... args) {
        String routes = null;
        Path properties = null;
        boolean once = false;
        boolean demo = false;
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "--routes" -> routes = routesPattern(value(list, ++i, arg));
                case "--properties" -> properties = propertiesFile(value(list, ++i, arg));
                case "--once" -> once = true;
                case "--demo" -> demo = true;
                default ->
                    throw new IllegalArgumentException("unknown argument '" + arg + "'; allowed: --routes, "
                            + "--properties, --once, --demo, --help" + System.lineSeparator() + USAGE);
            }
        }
        return new RunOptions(routes, properties, once, demo);
    }

    /** The user's properties file, loaded (empty when none was given). */
    Properties userProperties() {
        Properties props = new Properties();
        if (properties != null) {
            try (InputStream in = Files.newInputStream(properties)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read --properties " + properties, e);
            }
        }
        return props;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value" + System.lineSeparator() + USAGE);
        }
        return args.get(index);
    }

    private static String routesPattern(String value) {
        if (value.startsWith("file:") || value.startsWith("classpath:")) {
            return value;
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return "file:" + path + "/*.yaml";
        }
        if (Files.isRegularFile(path)) {
            return "file:" + path;
        }
        throw new IllegalArgumentException("--routes " + value + ": no such folder or file (" + path + ")");
    }

    private static Path propertiesFile(String value) {
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--properties " + value + ": no such file (" + path + ")");
        }
        return path;
    }
}
