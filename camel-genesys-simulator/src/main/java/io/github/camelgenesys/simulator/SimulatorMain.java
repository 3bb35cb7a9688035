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

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** Command line entry point: starts the simulator, prints base URL and credentials, runs until Ctrl-C. */
public final class SimulatorMain {
    private SimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        GenesysCloudSimulator sim;
        try {
            sim = startFromArgs(args, System.out);
        } catch (CliOptions.CliException e) {
            System.err.println("genesys-simulator: " + e.getMessage());
            System.err.println("Run with --help for the list of flags.");
            System.exit(2);
            return;
        }
        if (sim == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sim.stop();
                            stopped.countDown();
                        },
                        "genesys-simulator-shutdown"));
        stopped.await();
    }

    /**
     * Parses the flags and starts a simulator; returns null after printing help.
     */
    static GenesysCloudSimulator startFromArgs(String[] args, PrintStream out) throws CliOptions.CliException {
        CliOptions.Parsed parsed = CliOptions.parse(args);
        GenesysCloudSimulator.Builder builder = parsed.builder();
        if (builder == null) {
            out.print(CliOptions.usage());
            return null;
        }
        GenesysCloudSimulator sim;
        try {
            sim = builder.build();
        } catch (IllegalArgumentException e) {
            // builder messages start with the setting name; users know it as a flag
            String msg = e.getMessage();
            int colon = msg.indexOf(':');
            String flag = colon > 0
                    ? "--"
                            + msg.substring(0, colon)
                                    .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                                    .toLowerCase()
                    : "";
            throw new CliOptions.CliException(colon > 0 ? "Flag " + flag + msg.substring(colon) : msg);
        }
        parsed.faults().forEach(f -> f.applyTo(sim.faults()));
        long t0 = System.nanoTime();
        String baseUrl = sim.start();
        out.println("Genesys Cloud simulator listening on " + baseUrl
                + String.format(" (started in %d ms)", (System.nanoTime() - t0) / 1_000_000));
        out.println("API base URL:   " + baseUrl);
        out.println("Login base URL: " + baseUrl);
        out.println("Client id:      " + sim.clientId());
        out.println("Client secret:  " + sim.clientSecret());
        out.println("Stats:          " + baseUrl + "/__admin/genesys/stats");
        out.println("Press Ctrl-C to stop.");
        return sim;
    }
}
