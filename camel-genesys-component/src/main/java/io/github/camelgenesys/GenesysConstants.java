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
package io.github.camelgenesys;

import org.apache.camel.spi.Metadata;

/** Exchange headers of the genesys component. Each operation adds its own in its marked section. */
public final class GenesysConstants {

    // ---- common headers ----

    @Metadata(description = "The Genesys Cloud conversation id the message is about.", javaType = "String")
    public static final String CONVERSATION_ID = "CamelGenesysConversationId";

    @Metadata(
            description = "The ININ-Correlation-Id of the API response that produced the message (quote it to"
                    + " Genesys support).",
            javaType = "String")
    public static final String CORRELATION_ID = "CamelGenesysCorrelationId";

    @Metadata(description = "The page number (1-based) of the API page the record came from.", javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelGenesysPageNumber";

    @Metadata(description = "The total number of hits the API reported for the query.", javaType = "Long")
    public static final String TOTAL_HITS = "CamelGenesysTotalHits";

    @Metadata(
            description = "The operation of the endpoint that produced or handled the message.",
            javaType = "io.github.camelgenesys.GenesysOperation")
    public static final String OPERATION = "CamelGenesysOperation";

    // ---- search headers ----

    @Metadata(
            label = "consumer",
            description = "search: the backend that produced the record (detailsQuery or" + " participantAttributes).",
            javaType = "String")
    public static final String SEARCH_TYPE = "CamelGenesysSearchType";

    // ---- analytics headers ----

    @Metadata(
            description = "The id of the async details job the conversation came from (mode=details).",
            javaType = "String")
    public static final String JOB_ID = "CamelGenesysJobId";

    @Metadata(
            description = "Start (inclusive) of the window or interval the message belongs to.",
            javaType = "java.time.Instant")
    public static final String WINDOW_START = "CamelGenesysWindowStart";

    @Metadata(
            description = "End of the window or interval the message belongs to (mode=details: a conversation"
                    + " belongs to the window whose end is at or after its conversationEnd).",
            javaType = "java.time.Instant")
    public static final String WINDOW_END = "CamelGenesysWindowEnd";

    @Metadata(
            description = "The checkpoint saved after this exchange completes (mode=details): window and position"
                    + " inside it, as stored in the stateRepository.",
            javaType = "String")
    public static final String CURSOR = "CamelGenesysCursor";

    // ---- live headers ----

    @Metadata(
            label = "consumer",
            description = "live: what happened to the conversation: STARTED, UPDATED (state or"
                    + " participants changed), ENDED (no longer observed; the body is the conversation fetched once after it"
                    + " left the observations, see CamelGenesysLiveFinalState) or SNAPSHOT (liveMode=snapshot).",
            javaType = "String",
            enums = "STARTED,UPDATED,ENDED,SNAPSHOT")
    public static final String LIVE_EVENT = "CamelGenesysLiveEvent";

    @Metadata(
            label = "consumer",
            description = "live: the queue the conversation was last observed in.",
            javaType = "String")
    public static final String QUEUE_ID = "CamelGenesysQueueId";

    @Metadata(
            label = "consumer",
            description = "live: when the poll that produced the event read the queue"
                    + " observations (the moment the change was seen).",
            javaType = "java.time.Instant")
    public static final String LIVE_OBSERVED_AT = "CamelGenesysLiveObservedAt";

    @Metadata(
            label = "consumer",
            description = "live: the conversation's media type (voice, chat, email, message,"
                    + " callback, cobrowse, screenshare, video), from the observation or the conversation's media sessions;"
                    + " absent when neither names one.",
            javaType = "String")
    public static final String MEDIA_TYPE = "CamelGenesysMediaType";

    @Metadata(
            label = "consumer",
            description = "live, ENDED only: true when the body is the conversation as fetched"
                    + " after it ended (it has an endTime); false when Genesys did not report an end yet or the conversation"
                    + " was gone (404), so the body is the last state known.",
            javaType = "Boolean")
    public static final String LIVE_FINAL_STATE = "CamelGenesysLiveFinalState";

    // ---- archive headers ----

    @Metadata(
            label = "producer",
            description = "Recording jobs created for the exchange, plus remembered jobs it followed after a restart.",
            javaType = "Integer")
    public static final String ARCHIVE_JOBS = "CamelGenesysArchiveJobs";

    @Metadata(
            label = "producer",
            description = "Conversations the jobs covered (as the API counted them).",
            javaType = "Long")
    public static final String ARCHIVE_CONVERSATIONS = "CamelGenesysArchiveConversations";

    @Metadata(label = "producer", description = "Recordings processed by the jobs.", javaType = "Long")
    public static final String ARCHIVE_RECORDINGS_PROCESSED = "CamelGenesysArchiveRecordingsProcessed";

    @Metadata(label = "producer", description = "Recordings the jobs skipped.", javaType = "Long")
    public static final String ARCHIVE_RECORDINGS_SKIPPED = "CamelGenesysArchiveRecordingsSkipped";

    @Metadata(label = "producer", description = "Recordings the jobs failed to process.", javaType = "Long")
    public static final String ARCHIVE_RECORDINGS_FAILED = "CamelGenesysArchiveRecordingsFailed";

    @Metadata(
            label = "producer",
            description = "Conversation ids skipped because the idempotent repository had them.",
            javaType = "Long")
    public static final String ARCHIVE_CONVERSATIONS_SKIPPED = "CamelGenesysArchiveConversationsSkipped";

    @Metadata(
            label = "producer",
            description =
                    "Conversation ids the jobs did not act on yet (recording younger than the"
                            + " inclusion lag, or outside the job interval): not recorded as done, so a later run retries them.",
            javaType = "Integer")
    public static final String ARCHIVE_CONVERSATIONS_NOT_ELIGIBLE = "CamelGenesysArchiveConversationsNotEligible";

    @Metadata(
            label = "producer",
            description = "Conversation ids the API does not know (404): not recorded as done.",
            javaType = "Integer")
    public static final String ARCHIVE_CONVERSATIONS_UNKNOWN = "CamelGenesysArchiveConversationsUnknown";

    // ---- messaging headers ----

    @Metadata(
            label = "producer",
            description = "Messages in the synced timeline (after the type filter and retention window).",
            javaType = "Integer")
    public static final String MESSAGE_COUNT = "CamelGenesysMessageCount";

    @Metadata(
            label = "producer",
            description =
                    "False when the API listed the messages out of chronological order (the timeline is always sorted).",
            javaType = "Boolean")
    public static final String MESSAGES_ORDERED = "CamelGenesysMessagesOrdered";

    private GenesysConstants() {}
}
