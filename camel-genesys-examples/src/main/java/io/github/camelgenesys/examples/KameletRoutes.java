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

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.kamelet.KameletEndpoint;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * The routes Kamelets create for a pipeline. A route {@code from: kamelet:genesys-search-source} receives what the
 * Kamelet's own route (e.g. {@code genesys-search-source-1}) polls; with {@code camel.main.auto-startup=false} that
 * route must be started with the pipeline, and its polls belong to the pipeline.
 */
final class KameletRoutes {
    private KameletRoutes() {}

    /** The id of the route created by the Kamelet the route {@code id} consumes from, or null. */
    static String sourceOf(CamelContext context, String id) {
        Route route = context.getRoute(id);
        return route != null && route.getEndpoint() instanceof KameletEndpoint kamelet ? kamelet.getRouteId() : null;
    }

    /** The pipeline whose Kamelet source is the route {@code kameletRouteId}, or that id itself. */
    static String owner(CamelContext context, Route route) {
        if (route.isCreatedByKamelet()) {
            for (Route candidate : context.getRoutes()) {
                if (route.getRouteId().equals(sourceOf(context, candidate.getRouteId()))) {
                    return candidate.getRouteId();
                }
            }
        }
        return route.getRouteId();
    }

    /**
     * The Kamelet routes to start with pipeline {@code id}: its source, and every passive Kamelet route (sinks and
     * actions, which only receive what a pipeline sends them); never another pipeline's polling source.
     */
    static List<String> toStartWith(CamelContext context, String id) {
        List<String> result = new ArrayList<>();
        String source = sourceOf(context, id);
        for (Route route : context.getRoutes()) {
            if (!route.isCreatedByKamelet()) {
                continue;
            }
            boolean polling = route.getConsumer() instanceof ScheduledPollConsumer;
            if (route.getRouteId().equals(source) || !polling) {
                result.add(route.getRouteId());
            }
        }
        return result;
    }
}
