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
package io.github.camelgenesys.springboot.example;

import io.github.camelgenesys.simulator.GenesysCloudSimulator;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * With profile {@code simulator}: starts the Genesys Cloud simulator before the beans are created and publishes its
 * URL and client as {@code genesys.simulator.url}, {@code .client-id} and {@code .client-secret}, which
 * {@code application.yaml} gives to the component. When {@code genesys.simulator.url} is already set (a simulator
 * started elsewhere) nothing is started. The simulator is a bean, closed after Camel has stopped.
 */
public class EmbeddedSimulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!env.acceptsProfiles(Profiles.of("simulator")) || env.containsProperty("genesys.simulator.url")) {
            return;
        }
        GenesysCloudSimulator simulator = GenesysCloudSimulator.builder()
                .conversations(env.getProperty("genesys.simulator.conversations", Long.class, 400L))
                .days(env.getProperty("genesys.simulator.days", Integer.class, 10))
                .queues(env.getProperty("genesys.simulator.queues", Integer.class, 5))
                .seed(env.getProperty("genesys.simulator.seed", Long.class, 42L))
                .rateLimitPerMinute(env.getProperty("genesys.simulator.rate-limit-per-minute", Integer.class, 1200))
                .liveRatePerMinute(env.getProperty("genesys.simulator.live-rate-per-minute", Integer.class, 30))
                .jobDelay(Duration.ofMillis(env.getProperty("genesys.simulator.job-delay-millis", Integer.class, 200)))
                .build();
        String url = simulator.start();
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "embeddedGenesysSimulator",
                        Map.of(
                                "genesys.simulator.url",
                                url,
                                "genesys.simulator.client-id",
                                simulator.clientId(),
                                "genesys.simulator.client-secret",
                                simulator.clientSecret())));
        ((GenericApplicationContext) context)
                .registerBean(
                        "genesysSimulator",
                        GenesysCloudSimulator.class,
                        () -> simulator,
                        definition -> definition.setDestroyMethodName("close"));
    }
}
