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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny local HTTP endpoint standing in for the customer's webhook in the demo: it accepts JSON POSTs on
 * {@value #PATH}, counts them and answers 204. Bound to 127.0.0.1 only.
 */
final class WebhookReceiver implements AutoCloseable {
    static final String PATH = "/webhook/messages";

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    private WebhookReceiver(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts listening on 127.0.0.1 and {@code port} (0 = any free port). */
    static WebhookReceiver start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "webhook-receiver");
                t.setDaemon(true);
                return t;
            });
            WebhookReceiver receiver = new WebhookReceiver(server, executor);
            server.createContext(PATH, receiver::handle);
            server.setExecutor(executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot start the demo webhook receiver on port " + port
                            + " (set genesys.demo.webhookPort to a free port): " + e.getMessage(),
                    e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            bytes.addAndGet(in.readAllBytes().length);
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** POST requests received so far. */
    long received() {
        return received.get();
    }

    long bytesReceived() {
        return bytes.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
