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
package io.github.camelgenesys.routes;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.support.FileWatcherResourceReloadStrategy;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a directory for {@code *.yaml} route files and keeps the CamelContext in step with it: files present at
 * start and files added later are deployed, a changed file is redeployed, a deleted file's routes are removed.
 * A broken file is logged with its name and skipped; the others keep running.
 * <p>
 * Watching is Camel's {@link FileWatcherResourceReloadStrategy} (JDK WatchService); what a change means is decided
 * here, per file, so that one file never stops or replaces the routes of another. Needs {@code camel-yaml-dsl}.
 * <pre>
 * RoutesDirectoryLoader loader = new RoutesDirectoryLoader();
 * loader.setCamelContext(context);
 * loader.setDirectory("/opt/routes");
 * loader.start();
 * </pre>
 */
public class RoutesDirectoryLoader extends ServiceSupport implements CamelContextAware {

    /** The suffix of the files that hold routes. */
    public static final String ROUTE_FILE_SUFFIX = ".yaml";

    private static final Logger LOG = LoggerFactory.getLogger(RoutesDirectoryLoader.class);

    private CamelContext camelContext;
    private String directory;
    private Path watchedDirectory;
    private RouteFileDeployer deployer;
    private FileWatcherResourceReloadStrategy watcher;

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    public String getDirectory() {
        return directory;
    }

    /**
     * The directory to watch for {@code *.yaml} route files; created when missing. Required. A relative path is
     * resolved against the {@code karaf.base} system property when it is set (in Karaf), else against the working
     * directory.
     */
    public void setDirectory(String directory) {
        this.directory = directory;
    }

    /** Files whose last deployment failed, with the reason; empty when all deployed. */
    public Map<Path, String> getFailures() {
        return deployer == null ? Map.of() : deployer.failures();
    }

    /** The ids of the running routes that came from the given file of the watched directory. */
    public List<String> getRouteIds(Path file) {
        return deployer == null
                ? List.of()
                : deployer.routeIdsOf(file.toAbsolutePath().normalize());
    }

    @Override
    protected void doStart() throws Exception {
        if (camelContext == null) {
            throw new IllegalArgumentException("RoutesDirectoryLoader needs a CamelContext (setCamelContext)");
        }
        watchedDirectory = prepareDirectory(directory);
        deployer = new RouteFileDeployer(camelContext);
        // watch first, then deploy what is there: a file dropped in between is deployed twice, never missed
        watcher = new FileWatcherResourceReloadStrategy(watchedDirectory.toString());
        watcher.setFileFilter(RoutesDirectoryLoader::isRouteFile);
        watcher.setResourceReload((name, resource) -> onFileEvent(Paths.get(name)));
        watcher.setCamelContext(camelContext);
        ServiceHelper.startService(watcher);
        List<Path> present;
        try (Stream<Path> files = Files.list(watchedDirectory)) {
            present = files.filter(file -> isRouteFile(file.toFile())).sorted().toList();
        }
        present.forEach(deployer::deploy);
        LOG.info(
                "Watching {} for *{} route files ({} present, {} failed)",
                watchedDirectory,
                ROUTE_FILE_SUFFIX,
                present.size(),
                deployer.failures().size());
    }

    @Override
    protected void doStop() throws Exception {
        // the deployed routes stay: they belong to the CamelContext, which stops them when it stops
        ServiceHelper.stopService(watcher);
        watcher = null;
    }

    private void onFileEvent(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (Files.isRegularFile(normalized)) {
            deployer.deploy(normalized);
        } else {
            deployer.undeploy(normalized);
        }
    }

    private static Path prepareDirectory(String directory) throws IOException {
        if (directory == null || directory.isBlank()) {
            throw new IllegalArgumentException("RoutesDirectoryLoader option 'directory' is required: the directory"
                    + " to watch for *" + ROUTE_FILE_SUFFIX + " route files"
                    + " (in Karaf: key 'directory' of PID io.github.camelgenesys.routes)");
        }
        Path path = resolve(directory.strip(), System.getProperty("karaf.base"));
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException(
                    "RoutesDirectoryLoader option 'directory' must name a directory, but " + path + " is a file");
        }
        return Files.createDirectories(path);
    }

    static Path resolve(String directory, String karafBase) {
        Path path = Paths.get(directory);
        if (!path.isAbsolute() && karafBase != null && !karafBase.isBlank()) {
            path = Paths.get(karafBase).resolve(path);
        }
        return path.toAbsolutePath().normalize();
    }

    /** Route files end in .yaml; hidden files (editor swap and backup files) are skipped. */
    private static boolean isRouteFile(File file) {
        String name = file.getName();
        return name.endsWith(ROUTE_FILE_SUFFIX) && !name.startsWith(".");
    }
}
