package io.github.camelgenesys.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulator's clock: the system clock, moved forward once its history is generated, so every simulated
 * conversation has ended and lies below the data-availability date.
 */
final class LaterClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    void moveForward(Duration by) {
        ahead = ahead.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }
}
