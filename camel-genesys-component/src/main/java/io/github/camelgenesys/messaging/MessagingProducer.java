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
package io.github.camelgenesys.messaging;

import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.GenesysOperation;
import io.github.camelgenesys.audit.AuditEvent;
import io.github.camelgenesys.audit.AuditSink;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * {@code genesys:messaging}: the conversation id comes from the header {@value GenesysConstants#CONVERSATION_ID} or
 * the body; the result body is a {@link MessageTimeline}. Every sync is audited (started, completed or failed).
 */
public class MessagingProducer extends DefaultProducer {

    static final String OPERATION = "messaging";
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private final Clock clock;
    private MessageSync sync;
    private AuditSink audit;

    public MessagingProducer(GenesysEndpoint endpoint) {
        this(endpoint, Clock.systemUTC());
    }

    MessagingProducer(GenesysEndpoint endpoint, Clock clock) {
        super(endpoint);
        this.clock = clock;
    }

    @Override
    public GenesysEndpoint getEndpoint() {
        return (GenesysEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        MessagingOptions options = getEndpoint().settings(MessagingOptions.class);
        sync = new MessageSync(getEndpoint().getClient(), options, clock);
        audit = getEndpoint().getComponent().getAuditSinks().forFile(options.auditFile());
        audit = getEndpoint().endpointStatus().observe(audit);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        String conversationId = conversationId(in);
        long started = System.nanoTime();
        audit.write(AuditEvent.of(OPERATION, "sync.started", conversationId));
        MessageTimeline timeline;
        try {
            timeline = sync.sync(conversationId);
        } catch (RuntimeException e) {
            audit.write(AuditEvent.of(OPERATION, "sync.failed", conversationId)
                    .withLatencyMs((System.nanoTime() - started) / 1_000_000)
                    .withError(e.getClass().getSimpleName() + ": " + e.getMessage()));
            throw e;
        }
        MessageTimeline.Counts c = timeline.counts();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("listed", (long) c.listed());
        counts.put("fetched", (long) c.fetched());
        counts.put("messages", (long) c.kept());
        counts.put("excludedByType", (long) c.excludedByType());
        counts.put("excludedByWindow", (long) c.excludedByWindow());
        counts.put("attachments", (long) c.attachments());
        counts.put("bulkCalls", (long) c.bulkCalls());
        audit.write(AuditEvent.of(OPERATION, "sync.completed", conversationId)
                .withLatencyMs(timeline.latencyMs())
                .withCounts(counts));
        in.setBody(timeline);
        in.setHeader(GenesysConstants.CONVERSATION_ID, conversationId);
        in.setHeader(GenesysConstants.MESSAGE_COUNT, c.kept());
        in.setHeader(GenesysConstants.MESSAGES_ORDERED, timeline.ordered());
        in.setHeader(GenesysConstants.OPERATION, GenesysOperation.messaging);
    }

    private static String conversationId(Message in) {
        String id = in.getHeader(GenesysConstants.CONVERSATION_ID, String.class);
        if (id == null || id.isBlank()) {
            Object body = in.getBody();
            id = body == null ? null : in.getBody(String.class);
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("genesys:messaging needs a conversation id in the header "
                    + GenesysConstants.CONVERSATION_ID + " or in the body");
        }
        id = id.trim();
        if (!CONVERSATION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid conversation id '" + abbreviate(id) + "' (header "
                    + GenesysConstants.CONVERSATION_ID + " or body): expected a Genesys conversation id such as"
                    + " 3f2a1c9e-0b7d-4c6e-9a51-2d8f4e6b7c10");
        }
        return id;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
