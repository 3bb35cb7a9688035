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
package io.github.camelgenesys.reliability;

import io.github.camelgenesys.client.GenesysException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** What one run delivered: each key with how often it arrived, and the typed errors the route's handler saw. */
final class Outcome {

    final Map<String, AtomicLong> delivered = new ConcurrentHashMap<>();
    final List<String> handledErrors = Collections.synchronizedList(new ArrayList<>());
    final List<String> untypedErrors = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong progress = new AtomicLong();

    void deliver(String key) {
        delivered.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        progress.incrementAndGet();
    }

    void error(Throwable error) {
        if (error instanceof GenesysException g) {
            handledErrors.add(g.getClass().getSimpleName() + " " + g.getStatus() + " " + g.getCode());
        } else {
            untypedErrors.add(String.valueOf(error));
        }
    }

    Set<String> keys() {
        return delivered.keySet();
    }

    long duplicates() {
        return delivered.values().stream()
                .mapToLong(AtomicLong::get)
                .map(n -> n - 1)
                .sum();
    }

    /** Waits (generously) until the condition holds; the assertions that follow say what was expected. */
    static void await(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }
}
