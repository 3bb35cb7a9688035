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
