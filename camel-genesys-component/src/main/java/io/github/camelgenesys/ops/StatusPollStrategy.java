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
package io.github.camelgenesys.ops;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/**
 * Tells an {@link EndpointStatus} how each poll of a consumer ended (records emitted, or the error), then does what
 * the consumer's own poll strategy does: the consumers need no call of their own for that.
 */
public final class StatusPollStrategy implements PollingConsumerPollStrategy {

    private final PollingConsumerPollStrategy delegate;
    private final EndpointStatus status;

    /** @param delegate the consumer's strategy; null (none set yet) is Camel's default one */
    public StatusPollStrategy(PollingConsumerPollStrategy delegate, EndpointStatus status) {
        this.delegate = delegate != null ? delegate : new DefaultPollingConsumerPollStrategy();
        this.status = status;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return delegate.begin(consumer, endpoint);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        status.delivered(polledMessages);
        delegate.commit(consumer, endpoint, polledMessages);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
        status.failed(cause);
        return delegate.rollback(consumer, endpoint, retryCounter, cause);
    }
}
