package io.github.camelgenesys.archive;

import java.time.Clock;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConfiguration;

/** selection=query: the AsyncConversationQuery of one job, from the shared query options of the endpoint. */
final class ArchiveQuerySelection {

    private ArchiveQuerySelection() {
    }

    static Supplier<ObjectNode> create(GenesysConfiguration c, Clock clock, ClassLoader classLoader) {
        throw new IllegalArgumentException("selection=query needs the shared query options (interval, filters),"
                + " which this build does not have yet; use selection=ids");
    }
}
