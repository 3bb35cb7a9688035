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
package io.github.camelgenesys;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a {@code genesys:} endpoint does. Each operation is either a consumer or a producer. */
public enum GenesysOperation {
    /** Consumer: conversation details search. */
    search(true),
    /** Consumer: analytics (details jobs, aggregates). */
    analytics(true),
    /** Consumer: live / active conversations. */
    live(true),
    /** Producer: recording archive/export/delete jobs. */
    archive(false),
    /** Producer: outbound messaging. */
    messaging(false);

    private final boolean consumer;

    GenesysOperation(boolean consumer) {
        this.consumer = consumer;
    }

    public boolean isConsumer() {
        return consumer;
    }

    public boolean isProducer() {
        return !consumer;
    }

    /** Comma-separated names of the consumer operations. */
    public static String consumerOperations() {
        return names(true);
    }

    /** Comma-separated names of the producer operations. */
    public static String producerOperations() {
        return names(false);
    }

    private static String names(boolean consumer) {
        return Arrays.stream(values())
                .filter(o -> o.consumer == consumer)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
