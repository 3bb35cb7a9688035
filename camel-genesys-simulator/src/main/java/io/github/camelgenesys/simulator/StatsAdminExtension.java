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
package io.github.camelgenesys.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.github.camelgenesys.simulator.http.Json;
import java.util.function.Supplier;

/** {@code GET /__admin/genesys/stats} (the stats as JSON) and {@code POST /__admin/genesys/stats/reset}. */
final class StatsAdminExtension implements AdminApiExtension {
    private final Supplier<SimulatorStats> stats;
    private final Runnable reset;

    StatsAdminExtension(Supplier<SimulatorStats> stats, Runnable reset) {
        this.stats = stats;
        this.reset = reset;
    }

    @Override
    public String getName() {
        return "genesys-stats";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/genesys/stats", (admin, serveEvent, pathParams) -> {
            try {
                return ResponseDefinitionBuilder.responseDefinition()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(Json.MAPPER.writeValueAsBytes(stats.get()))
                        .build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        router.add(RequestMethod.POST, "/genesys/stats/reset", (admin, serveEvent, pathParams) -> {
            reset.run();
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(204)
                    .build();
        });
    }
}
