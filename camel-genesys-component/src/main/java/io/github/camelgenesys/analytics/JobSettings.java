package io.github.camelgenesys.analytics;

import java.time.Duration;

/** How details jobs are polled, paged and resubmitted (validated options). */
record JobSettings(Duration pollInterval, Duration timeout, int maxResubmits, int pageSize) {

    /** The status poll delay after {@code delay}: 1.5 times longer, at most ten times the first one. */
    Duration nextPollDelay(Duration delay) {
        Duration next = Duration.ofMillis(Math.max(1, (long) (delay.toMillis() * 1.5)));
        Duration cap = pollInterval.multipliedBy(10);
        return next.compareTo(cap) > 0 ? cap : next;
    }
}
