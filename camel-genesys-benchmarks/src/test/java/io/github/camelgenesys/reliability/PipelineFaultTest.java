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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelgenesys.client.GenesysException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One pipeline of routes/ under every fault profile of {@link Fault}, on one simulator per class. A run passes when the
 * route delivered exactly the truth (every expected key, none twice) — a typed {@link GenesysException} that reached
 * the route's error handler on the way is allowed (and counted), an untyped error is not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SecretScan.class)
abstract class PipelineFaultTest {

    protected SimulatedOrg org;

    /** Name of the pipeline in routes/ this class mirrors. */
    abstract String pipeline();

    abstract SimulatedOrg createOrg() throws Exception;

    /** The keys a correct run delivers, computed from the simulator's data (or a fault-free run). */
    abstract Set<String> truth() throws Exception;

    /** The routes of the pipeline, feeding {@code out}; {@code midRun} is called once, after the first delivery. */
    abstract RouteBuilder routes(Outcome out, Runnable midRun);

    /** Faults that cannot occur on this pipeline's calls (e.g. jobs on a pipeline without jobs). */
    Set<Fault> notApplicable() {
        return Set.of(Fault.FAILED_JOB, Fault.JOB_SUBMIT_RESET);
    }

    /** Whether the faulty run has done all it will do; by default once every expected key arrived. */
    boolean finished(Outcome out, Set<String> truth) {
        return out.keys().containsAll(truth);
    }

    /** Whether the pipeline calls the API after its first delivery (so that a revocation then is noticed). */
    boolean callsAfterFirstDelivery() {
        return true;
    }

    /** Makes the change a pipeline reacts to (live); nothing by default. */
    void drive(Outcome out) throws Exception {}

    /** Runs after the context of the faulty run stopped (e.g. a retry of the dead letters); nothing by default. */
    void afterRun(Outcome out) throws Exception {}

    @BeforeAll
    void startOrg() throws Exception {
        SecretScan.install();
        org = createOrg();
    }

    @AfterAll
    void stopOrg() {
        if (org != null) {
            org.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void deliversEveryConversationExactlyOnceUnderTheFault(Fault fault) throws Exception {
        Assumptions.assumeFalse(notApplicable().contains(fault), "no such calls in " + pipeline());
        Set<String> truth = truth();
        assertTrue(truth.size() > 0, "the pipeline has work to do");
        org.sim.faults().clear();
        org.sim.resetStats();
        fault.arm(org.sim);
        Outcome out = new Outcome();
        AtomicBoolean revoked = new AtomicBoolean();
        AtomicBoolean armedAgain = new AtomicBoolean();
        // the fault strikes twice: on the first calls of the run, and again once the first record was delivered
        // (mid-extraction: a later page, a cursor, the next job)
        Runnable midRun = () -> {
            if (fault == Fault.TOKEN_REVOKED && revoked.compareAndSet(false, true)) {
                org.sim.revokeAllTokens();
            } else if (armedAgain.compareAndSet(false, true)) {
                fault.arm(org.sim);
            }
        };
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(10);
        try {
            context.addRoutes(routes(out, midRun));
            context.start();
            drive(out);
            Outcome.await(() -> finished(out, truth), 30_000);
            // a short settle so that a late duplicate would still be counted
            Thread.sleep(200);
        } finally {
            context.stop();
        }
        afterRun(out);
        org.sim.faults().clear();

        Set<String> missing = new HashSet<>(truth);
        missing.removeAll(out.keys());
        Set<String> unexpected = new HashSet<>(out.keys());
        unexpected.removeAll(truth);
        String verdict =
                missing.isEmpty() && unexpected.isEmpty() && out.duplicates() == 0 && out.untypedErrors.isEmpty()
                        ? "exactly once"
                        : "FAILED";
        MatrixReport.record(
                pipeline(),
                fault,
                truth.size(),
                out.keys().size(),
                out.duplicates(),
                out.handledErrors.size(),
                verdict);
        if (fault == Fault.TOKEN_REVOKED && callsAfterFirstDelivery()) {
            assertTrue(revoked.get(), "the tokens were revoked mid-run");
            assertTrue(org.sim.stats().tokensIssued() >= 2, "a new token was fetched after the revocation");
        }
        assertEquals(List.of(), List.copyOf(out.untypedErrors), "only typed GenesysExceptions reach the error handler");
        assertEquals(
                0,
                missing.size(),
                "lost: " + missing.size() + " of " + truth.size() + " (handled errors: " + out.handledErrors + ")");
        assertEquals(0, unexpected.size(), "delivered but not expected: " + unexpected);
        assertEquals(0, out.duplicates(), "delivered more than once");
    }

    /** The error handler every pipeline's route uses: typed errors are recorded and handled, others recorded too. */
    static void handleErrors(RouteBuilder builder, Outcome out) {
        builder.onException(Exception.class)
                .handled(true)
                .process(e -> out.error(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
    }
}
