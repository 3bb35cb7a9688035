package io.github.camelgenesys.live;

import java.time.Duration;
import java.util.List;

import io.github.camelgenesys.GenesysConfiguration;
import io.github.camelgenesys.options.LiveMode;
import io.github.camelgenesys.query.SimpleFilters;

/**
 * The live options of an endpoint, validated once when the endpoint is initialized.
 *
 * @param snapshot             liveMode=snapshot
 * @param queueIds             the queues to observe; empty = every queue of the org
 * @param mediaTypes           media types to observe; empty = all
 * @param queueRefreshInterval how often the list of all queues is fetched again
 */
public record LiveSettings(boolean snapshot, List<String> queueIds, List<String> mediaTypes,
        Duration queueRefreshInterval) {

    /** @throws IllegalArgumentException naming the option */
    public static LiveSettings from(GenesysConfiguration c) {
        c.requireValidChoices();
        Duration refresh = c.getQueueRefreshInterval();
        if (refresh == null || refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("queueRefreshInterval must be positive, was " + refresh);
        }
        return new LiveSettings(c.getLiveMode() == LiveMode.snapshot, SimpleFilters.split(c.getQueueIds()),
                SimpleFilters.split(c.getMediaType()), refresh);
    }
}
