package io.github.camelgenesys.simulator.auth;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per access token: {@code perMinute} requests, refilled continuously. 0 = unlimited. */
public final class RateLimiter {
    /** Result of taking one request from a bucket; {@code count/allowed/resetSeconds} feed the inin-ratelimit-* headers. */
    public record Decision(boolean allowed, int count, int limit, int resetSeconds, int retryAfterSeconds) {
    }

    private static final class Bucket {
        double tokens;
        long lastMillis;
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    public RateLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    public Decision take(String key) {
        if (perMinute <= 0) {
            return new Decision(true, 0, 0, 0, 0);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> {
            Bucket b = new Bucket();
            b.tokens = perMinute;
            b.lastMillis = clock.millis();
            return b;
        });
        synchronized (bucket) {
            long now = clock.millis();
            double perMilli = perMinute / 60_000.0;
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.lastMillis) * perMilli);
            bucket.lastMillis = now;
            boolean ok = bucket.tokens >= 1.0;
            if (ok) {
                bucket.tokens -= 1.0;
            }
            int used = (int) Math.ceil(perMinute - bucket.tokens);
            int reset = (int) Math.ceil((perMinute - bucket.tokens) / perMilli / 1000.0);
            int retryAfter = ok ? 0 : Math.max(1, (int) Math.ceil((1.0 - bucket.tokens) / perMilli / 1000.0));
            return new Decision(ok, used, perMinute, reset, retryAfter);
        }
    }
}
