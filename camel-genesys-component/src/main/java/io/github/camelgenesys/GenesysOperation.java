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
        return Arrays.stream(values()).filter(o -> o.consumer == consumer).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
