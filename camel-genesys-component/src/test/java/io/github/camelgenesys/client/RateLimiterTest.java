package io.github.camelgenesys.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    @Test
    void requestsAreSpacedEvenlyInsteadOfBursting() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(time, 60);

        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }

        // first at once, then one per second
        assertEquals(4, time.sleeps().size());
        time.sleeps().forEach(d -> assertEquals(Duration.ofSeconds(1), d));
    }

    @Test
    void aBurstOfAThousandNeverPutsMoreThanTheLimitInAnyMinute() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(time, 300);
        long[] sentAt = new long[1000];
        for (int i = 0; i < sentAt.length; i++) {
            limiter.acquire();
            sentAt[i] = time.nanoTime();
        }
        long minute = Duration.ofMinutes(1).toNanos();
        for (int i = 0; i + 300 < sentAt.length; i++) {
            // request i+300 is never inside the same 60 s window as request i
            assertTrue(sentAt[i + 300] - sentAt[i] >= minute, "window starting at request " + i);
        }
    }

    @Test
    void zeroDisablesTheLimiter() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(time, 0);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, limiter.acquire());
        }
        assertEquals(0, time.sleeps().size());
    }

    @Test
    void slowsDownToTheServersAllowanceAndSpreadsTheRemainingBudget() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(time, 300);
        assertEquals(Duration.ofMillis(200), limiter.currentInterval());

        limiter.onServerBudget(180, 0, 60L);
        assertEquals(Duration.ofMillis(333),
                limiter.currentInterval().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        limiter.onServerBudget(180, 170, 20L); // 10 left for 20 s
        assertEquals(Duration.ofSeconds(2), limiter.currentInterval());
    }

    @Test
    void exhaustedBudgetOrPauseHoldsEveryCallerBack() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(time, 300);
        limiter.onServerBudget(300, 300, 15L);
        limiter.acquire();
        assertEquals(Duration.ofSeconds(15), time.sleeps().get(0));

        limiter.pause(Duration.ofSeconds(42));
        limiter.acquire();
        assertEquals(Duration.ofSeconds(42), time.sleeps().get(1));
    }

    @Test
    void aLateSequentialCallerUsesUpToTenMissedSlotsAtOnce() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(time, 600);   // a slot every 100 ms
        limiter.acquire();
        time.advance(Duration.ofMillis(1_500));             // a slow response: 15 slots passed unused
        // ten of the missed slots, plus the slot that is due now
        for (int i = 0; i <= RateLimiter.CATCH_UP_SLOTS; i++) {
            assertEquals(0, limiter.acquire(), "slot " + i + " is used at once");
        }
        limiter.acquire();
        assertEquals(Duration.ofMillis(100), time.sleeps().get(0), "after the catch-up, even spacing again");
    }

    @Test
    void catchingUpNeverPutsMoreThanTheLimitInAnyMinute() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(time, 300);
        java.util.Random random = new java.util.Random(7);
        long[] sentAt = new long[3000];
        for (int i = 0; i < sentAt.length; i++) {
            if (random.nextInt(10) == 0) {
                time.advance(Duration.ofMillis(random.nextInt(3_000)));   // now and then a slow response
            }
            limiter.acquire();
            sentAt[i] = time.nanoTime();
        }
        long minute = Duration.ofMinutes(1).toNanos();
        for (int i = 0; i + 300 < sentAt.length; i++) {
            assertTrue(sentAt[i + 300] - sentAt[i] >= minute, "window starting at request " + i);
        }
    }
}
