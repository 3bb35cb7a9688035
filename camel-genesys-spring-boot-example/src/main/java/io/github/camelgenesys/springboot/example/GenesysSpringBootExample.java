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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that runs the YAML pipelines of {@code routes/} (on the classpath as
 * {@code routes/*.yaml}) with the genesys starter. Profile {@code simulator} (the default) starts the Genesys Cloud
 * simulator in-process; profile {@code org} talks to the org named by {@code GENESYS_REGION},
 * {@code GENESYS_CLIENT_ID} and {@code GENESYS_CLIENT_SECRET}. Settings are in {@code application.yaml}.
 */
@SpringBootApplication
public class GenesysSpringBootExample {

    public static void main(String[] args) {
        SpringApplication.run(GenesysSpringBootExample.class, args);
    }
}
