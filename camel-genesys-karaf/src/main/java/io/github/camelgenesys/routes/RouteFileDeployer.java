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

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RouteConfigurationsBuilder;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the routes of one route file into a CamelContext and takes them out again. A route belongs to the file
 * named by its source resource, so a file's routes are found again without bookkeeping, even after their ids
 * changed. A file that fails leaves none of its routes behind and never touches another file's routes.
 */
final class RouteFileDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(RouteFileDeployer.class);

    private final CamelContext context;
    private final Map<Path, String> failures = new ConcurrentHashMap<>();

    RouteFileDeployer(CamelContext context) {
        this.context = context;
    }

    /** Deploys the file's routes, replacing the ones an earlier version of the file deployed. */
    synchronized void deploy(Path file) {
        try {
            List<String> replaced = removeRoutesOf(file);
            Resource resource = PluginHelper.getResourceLoader(context).resolveResource("file:" + file);
            addToContext(file, PluginHelper.getRoutesLoader(context).findRoutesBuilders(resource));
            failures.remove(file);
            LOG.info("{} routes {} from {}", replaced.isEmpty() ? "Deployed" : "Redeployed", routeIdsOf(file), file);
        } catch (Exception e) {
            String reason = describe(e);
            failures.put(file, reason);
            List<String> leftOver = removeRoutesQuietly(file);
            LOG.error(
                    "Cannot deploy the routes of {}: {}. Its routes are not running{}; routes of other files are not"
                            + " affected. Fix the file and save it again to retry.",
                    file,
                    reason,
                    leftOver.isEmpty() ? "" : " (removed " + leftOver + ")");
            LOG.debug("Deployment failure of {}", file, e);
        }
    }

    /**
     * What {@code RoutesLoader.loadRoutes} does (route configurations, then routes, then templated routes), with one
     * check first: Camel replaces a route whose id is taken, which would let one file silently take over another
     * file's route.
     */
    private void addToContext(Path file, Collection<RoutesBuilder> builders) throws Exception {
        for (RoutesBuilder builder : builders) {
            if (builder instanceof RouteBuilder routeBuilder) {
                rejectTakenRouteIds(file, routeBuilder.configureRoutes(context));
            }
        }
        for (RoutesBuilder builder : builders) {
            if (builder instanceof RouteConfigurationsBuilder configurations) {
                context.addRoutesConfigurations(configurations);
            }
        }
        for (RoutesBuilder builder : builders) {
            context.addRoutes(builder);
        }
        for (RoutesBuilder builder : builders) {
            context.addTemplatedRoutes(builder);
        }
    }

    private void rejectTakenRouteIds(Path file, RoutesDefinition routes) {
        for (RouteDefinition route : routes.getRoutes()) {
            String id = route.getRouteId();
            Route existing = id == null ? null : context.getRoute(id);
            if (existing != null && !cameFrom(existing, file)) {
                throw new IllegalArgumentException("route id '" + id + "' is already used by a route from "
                        + (existing.getSourceLocation() == null ? "another source" : existing.getSourceLocation())
                        + "; route ids must be unique in the CamelContext");
            }
        }
    }

    /** Removes the routes the file deployed (the file was deleted). */
    synchronized void undeploy(Path file) {
        failures.remove(file);
        try {
            List<String> removed = removeRoutesOf(file);
            LOG.info("Removed routes {} of deleted file {}", removed, file);
        } catch (Exception e) {
            LOG.error("Cannot remove the routes of deleted file {}: {}", file, describe(e), e);
        }
    }

    /** Files whose last deployment failed, with the reason. */
    Map<Path, String> failures() {
        return Map.copyOf(failures);
    }

    List<String> routeIdsOf(Path file) {
        return context.getRoutes().stream()
                .filter(route -> cameFrom(route, file))
                .map(Route::getRouteId)
                .toList();
    }

    private List<String> removeRoutesOf(Path file) throws Exception {
        List<String> ids = routeIdsOf(file);
        for (String id : ids) {
            context.getRouteController().stopRoute(id);
            context.removeRoute(id);
        }
        return ids;
    }

    private List<String> removeRoutesQuietly(Path file) {
        try {
            return removeRoutesOf(file);
        } catch (Exception e) {
            LOG.warn("Cannot remove the partly deployed routes of {}: {}", file, describe(e));
            return List.of();
        }
    }

    private static boolean cameFrom(Route route, Path file) {
        Resource source = route.getSourceResource();
        if (source == null || source.getLocation() == null) {
            return false;
        }
        String location = source.getLocation();
        if (!location.startsWith("file:")) {
            return false;
        }
        return Paths.get(location.substring("file:".length()))
                .toAbsolutePath()
                .normalize()
                .equals(file);
    }

    /** The exception and its causes in one line: YAML errors put the useful part (line, column) in a cause. */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null
                    ? t.getClass().getSimpleName()
                    : t.getMessage().strip();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : "; caused by: ").append(message);
            }
        }
        return text.toString();
    }
}
