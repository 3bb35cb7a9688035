package io.github.camelgenesys;

import org.apache.camel.spi.Metadata;

/** Exchange headers of the genesys component. Each operation adds its own in its marked section. */
public final class GenesysConstants {

    // ---- common headers ----

    @Metadata(description = "The Genesys Cloud conversation id the message is about.", javaType = "String")
    public static final String CONVERSATION_ID = "CamelGenesysConversationId";

    @Metadata(description = "The ININ-Correlation-Id of the API response that produced the message (quote it to"
            + " Genesys support).", javaType = "String")
    public static final String CORRELATION_ID = "CamelGenesysCorrelationId";

    @Metadata(description = "The page number (1-based) of the API page the record came from.",
              javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelGenesysPageNumber";

    @Metadata(description = "The total number of hits the API reported for the query.", javaType = "Long")
    public static final String TOTAL_HITS = "CamelGenesysTotalHits";

    @Metadata(description = "The operation of the endpoint that produced or handled the message.",
              javaType = "io.github.camelgenesys.GenesysOperation")
    public static final String OPERATION = "CamelGenesysOperation";

    // ---- search headers ----

    // ---- analytics headers ----

    // ---- live headers ----

    // ---- archive headers ----

    // ---- messaging headers ----

    private GenesysConstants() {
    }
}
