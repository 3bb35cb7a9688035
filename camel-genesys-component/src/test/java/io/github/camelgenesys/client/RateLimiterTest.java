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
package io.github.camelgenesys.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.TestClock;
import io.github.camelgenesys.simulator.auth.RateLimiter.Model;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RateLimiterTest {

    /** A limiter whose first request was answered with these {@code inin-ratelimit-*} values. */
    private static RateLimiter afterOneAnswer(FakeTime time, int perMinute, int allowed, int count, long reset)
            throws InterruptedException {
        RateLimiter limiter = new RateLimiter(time, perMinute);
        limiter.acquire();
        limiter.onServerBudget(allowed, count, reset);
        return limiter;
    }

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
    void requestsTheHeadersShowAsFreeGoAtOnce() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = afterOneAnswer(time, 300, 300, 1, 60);
        for (int count = 2; count <= 280; count++) {
            assertEquals(0, limiter.acquire(), "request " + count + " is free in the window");
            limiter.onServerBudget(300, count, 60L);
        }
        assertTrue(time.sleeps().isEmpty(), "no pacing while the window holds free requests: " + time.sleeps());
    }

    @Test
    void anExhaustedWindowHoldsEveryCallerBackUntilItsResetThenOneProbeGoes() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = afterOneAnswer(time, 300, 300, 300, 15);
        long waited = limiter.acquire();
        assertEquals(Duration.ofSeconds(15), Duration.ofNanos(waited));
        assertTrue(
                time.sleeps().stream().allMatch(d -> d.compareTo(RateLimiter.RECHECK) <= 0),
                "long waits are taken in short steps that look at fresher headers");
        limiter.onServerBudget(300, 1, 60L);
        assertEquals(0, limiter.acquire(), "the new window is free");
    }

    @Test
    void aPauseAfterA429HoldsEveryCallerBack() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = afterOneAnswer(time, 300, 300, 10, 30);
        limiter.pause(Duration.ofSeconds(42));
        assertEquals(Duration.ofSeconds(42), Duration.ofNanos(limiter.acquire()));
    }

    @Test
    void aLowerConfiguredRateCapsTheServersAllowance() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = afterOneAnswer(time, 100, 300, 1, 60);
        assertEquals(99, limiter.serverRemaining());
    }

    @Test
    void headersThatStopComingAfterTheirWindowMeanProactivePacingAgain() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = afterOneAnswer(time, 60, 60, 1, 1);
        time.advance(Duration.ofSeconds(2));
        limiter.acquire();
        limiter.onServerBudget(null, null, null);
        assertEquals(null, limiter.serverRemaining());
        limiter.acquire();
        limiter.acquire();
        assertEquals(Duration.ofSeconds(1), time.sleeps().get(time.sleeps().size() - 1), "even spacing");
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void usesAtLeast97PercentOfWhatEachServerModelAllowsWithAtMostHalfAPercentOf429s(Model model) throws Exception {
        FakeTime time = new FakeTime();
        TestClock clock = new TestClock(time.now()); // the server's clock, kept at the limiter's time
        io.github.camelgenesys.simulator.auth.RateLimiter server =
                new io.github.camelgenesys.simulator.auth.RateLimiter(
                        clock,
                        300,
                        Duration.ofMinutes(1),
                        model,
                        io.github.camelgenesys.simulator.auth.RateLimiter.Scope.CLIENT);
        RateLimiter limiter = new RateLimiter(time, 300);
        long end = time.nanoTime() + Duration.ofSeconds(90).toNanos();
        int served = 0;
        int limited = 0;
        while (true) {
            limiter.acquire();
            if (time.nanoTime() >= end) {
                limiter.onNoAnswer();
                break;
            }
            clock.advance(Duration.ofMillis(time.now().toEpochMilli() - clock.millis()));
            var decision = server.take("client", "token");
            time.advance(Duration.ofMillis(7)); // the answer's latency
            limiter.onServerBudget(decision.limit(), decision.count(), (long) decision.resetSeconds());
            if (decision.allowed()) {
                served++;
            } else {
                limited++;
                limiter.pause(Duration.ofSeconds(decision.retryAfterSeconds()));
            }
        }
        int most = model == Model.TOKEN_BUCKET ? 300 + 5 * 90 : 2 * 300;
        assertTrue(served >= most * 97 / 100, model + ": served " + served + " of a possible " + most);
        assertTrue(limited <= (served + limited) / 200, model + ": " + limited + " x 429 of " + (served + limited));
    }

    @Test
    void aLateSequentialCallerUsesUpToTenMissedSlotsAtOnce() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = new RateLimiter(time, 600); // a slot every 100 ms
        limiter.acquire();
        time.advance(Duration.ofMillis(1_500)); // a slow response: 15 slots passed unused
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
                time.advance(Duration.ofMillis(random.nextInt(3_000))); // now and then a slow response
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
