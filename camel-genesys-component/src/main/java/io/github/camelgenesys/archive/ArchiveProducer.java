package io.github.camelgenesys.archive;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelgenesys.GenesysConstants;
import io.github.camelgenesys.GenesysEndpoint;
import io.github.camelgenesys.GenesysOperation;
import io.github.camelgenesys.audit.AuditSink;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * {@code genesys:archive}: archives, deletes or exports the recordings of conversations through recording bulk jobs.
 * The body carries the conversation ids (selection=ids) or is ignored (selection=query). The result body is an
 * {@link ArchiveSummary}; when a job or recording failed, an {@link ArchiveException} carrying it is thrown.
 * <p>
 * The job slots ({@code maxConcurrentJobs}) belong to the producer, so exchanges running in parallel on the same
 * endpoint share them.
 */
public class ArchiveProducer extends DefaultProducer {

    private final Clock clock;
    private ArchiveOptions options;
    private RecordingJobsQueries queries;
    private Supplier<ObjectNode> querySelection;
    private Semaphore slots;
    private AuditSink audit;

    public ArchiveProducer(GenesysEndpoint endpoint) {
        this(endpoint, Clock.systemUTC());
    }

    ArchiveProducer(GenesysEndpoint endpoint, Clock clock) {
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
        options = ArchiveOptions.from(getEndpoint().getConfiguration());
        queries = new RecordingJobsQueries(options, clock);
        if (options.querySelection()) {
            ClassLoader loader = getEndpoint().getCamelContext().getApplicationContextClassLoader();
            querySelection = ArchiveQuerySelection.create(getEndpoint().getConfiguration(), clock,
                    loader != null ? loader : getClass().getClassLoader());
        } else {
            ArchiveQuerySelection.rejectQueryOptions(getEndpoint().getConfiguration());
        }
        if (options.idempotentRepository() != null) {
            ServiceHelper.startService(options.idempotentRepository());
        }
        slots = new Semaphore(options.maxConcurrentJobs());
        audit = getEndpoint().getComponent().getAuditSinks().forFile(getEndpoint().getConfiguration().getAuditFile());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        ArchiveRun.ChunkSource chunks = options.querySelection()
                ? single(queries.forQuery(querySelection.get()))
                : new IdChunks(ConversationIdSource.of(body), options, queries);
        ArchiveSummary summary;
        try {
            summary = new ArchiveRun(getEndpoint().getClient(), options, slots, audit).run(chunks);
        } catch (ArchiveException e) {
            setResult(in, e.getSummary());
            throw e;
        } finally {
            if (body instanceof java.util.stream.BaseStream<?, ?> stream) {
                stream.close();
            }
        }
        setResult(in, summary);
        if (!summary.isComplete()) {
            throw new ArchiveException(summary, null);
        }
    }

    private static void setResult(Message in, ArchiveSummary s) {
        in.setBody(s);
        in.setHeader(GenesysConstants.OPERATION, GenesysOperation.archive);
        in.setHeader(GenesysConstants.ARCHIVE_JOBS, s.jobs());
        in.setHeader(GenesysConstants.ARCHIVE_CONVERSATIONS, s.conversations());
        in.setHeader(GenesysConstants.ARCHIVE_RECORDINGS_PROCESSED, s.recordingsProcessed());
        in.setHeader(GenesysConstants.ARCHIVE_RECORDINGS_SKIPPED, s.recordingsSkipped());
        in.setHeader(GenesysConstants.ARCHIVE_RECORDINGS_FAILED, s.recordingsFailed());
        in.setHeader(GenesysConstants.ARCHIVE_CONVERSATIONS_SKIPPED, s.conversationsSkipped());
    }

    private static ArchiveRun.ChunkSource single(ObjectNode body) {
        return new ArchiveRun.ChunkSource() {
            private boolean taken;

            @Override
            public ArchiveRun.Chunk next(Set<String> idsInFlight) {
                if (taken) {
                    return null;
                }
                taken = true;
                return new ArchiveRun.Chunk(java.util.List.of(), body);
            }

            @Override
            public long skipped() {
                return 0;
            }
        };
    }
}
