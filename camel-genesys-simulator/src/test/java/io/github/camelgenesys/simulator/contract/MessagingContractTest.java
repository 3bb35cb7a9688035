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
package io.github.camelgenesys.simulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.ConversationContentAttachment;
import com.mypurecloud.sdk.v2.model.ConversationMessageContent;
import com.mypurecloud.sdk.v2.model.ConversationNormalizedMessage;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.MessageConversation;
import com.mypurecloud.sdk.v2.model.MessageData;
import com.mypurecloud.sdk.v2.model.MessageDetails;
import com.mypurecloud.sdk.v2.model.MessageMediaParticipant;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import com.mypurecloud.sdk.v2.model.TextMessageListing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Messaging sync: message conversation, one message, and bulk messages with normalizedMessage. */
class MessagingContractTest extends ContractTestBase {

    private ConversationsApi conversations;
    private List<String> messageConversationIds;

    @BeforeAll
    void findMessageConversations() throws Exception {
        conversations = new ConversationsApi(sdk.api());
        AnalyticsConversationQueryResponse page = ok(
                new AnalyticsApi(sdk.api())
                        .postAnalyticsConversationsDetailsQueryWithHttpInfo(new ConversationQuery()
                                .interval(pastDays(9, 1))
                                .segmentFilters(Queries.mediaType("message"))
                                .paging(new PagingSpec().pageSize(20).pageNumber(1))),
                AnalyticsConversationQueryResponse.class);
        assertNotNull(page.getConversations(), "message conversations in the details query");
        messageConversationIds = page.getConversations().stream()
                .map(AnalyticsConversationWithoutAttributes::getConversationId)
                .toList();
    }

    private MessageConversation messageConversation(String id) throws Exception {
        return ok(conversations.getConversationsMessageWithHttpInfo(id), MessageConversation.class);
    }

    private static List<String> messageIds(MessageConversation conversation) {
        return conversation.getParticipants().stream()
                .filter(p -> p.getMessages() != null)
                .flatMap(p -> p.getMessages().stream())
                .map(MessageDetails::getMessageId)
                .toList();
    }

    @Test
    void messageConversationListsParticipantsWithMessageIds() throws Exception {
        String id = messageConversationIds.get(0);
        MessageConversation conversation = messageConversation(id);

        assertEquals(id, conversation.getId(), "id");
        assertFalse(
                conversation.getParticipants() == null
                        || conversation.getParticipants().isEmpty(),
                "participants");
        for (MessageMediaParticipant p : conversation.getParticipants()) {
            assertNotNull(p.getId(), "participants[].id");
            assertNotNull(p.getPurpose(), "participants[].purpose");
            assertNotNull(p.getState(), "participants[].state");
        }
        List<MessageDetails> messages = conversation.getParticipants().stream()
                .filter(p -> p.getMessages() != null)
                .flatMap(p -> p.getMessages().stream())
                .toList();
        assertFalse(messages.isEmpty(), "participants[].messages[]");
        for (MessageDetails m : messages) {
            assertNotNull(m.getMessageId(), "messageId");
            assertNotNull(m.getMessageTime(), "messageTime");
            assertNotNull(m.getMessageStatus(), "messageStatus");
        }
        assertTrue(
                conversation.getParticipants().stream().anyMatch(p -> p.getType() != null),
                "a participant with the messaging type (sms, webmessaging, ...)");
    }

    @Test
    void singleMessageWithNormalizedMessageHasTypedContent() throws Exception {
        String id = messageConversationIds.get(0);
        String messageId = messageIds(messageConversation(id)).get(0);

        MessageData message =
                ok(conversations.getConversationsMessageMessageWithHttpInfo(id, messageId, true), MessageData.class);

        assertEquals(messageId, message.getId(), "id");
        assertEquals(id, message.getConversationId(), "conversationId");
        assertNotNull(message.getTimestamp(), "timestamp");
        assertNotNull(message.getDirection(), "direction");
        assertNotNull(message.getNormalizedMessage(), "normalizedMessage");
        assertNotNull(message.getNormalizedMessage().getType(), "normalizedMessage.type");
        assertNull(message.getTextBody(), "useNormalizedMessage=true removes the deprecated textBody");
    }

    @Test
    void bulkFetchReturnsEveryRequestedMessageWithTextOrStructuredContent() throws Exception {
        Set<ConversationNormalizedMessage.TypeEnum> types = new LinkedHashSet<>();
        List<ConversationContentAttachment> attachments = new ArrayList<>();
        int fetched = 0;
        for (String id : messageConversationIds) {
            List<String> ids = messageIds(messageConversation(id));
            List<String> requested = ids.subList(0, Math.min(ids.size(), 1000));

            TextMessageListing listing = ok(
                    conversations.postConversationsMessageMessagesBulkWithHttpInfo(id, true, requested),
                    TextMessageListing.class);

            assertNotNull(listing.getEntities(), "entities");
            assertEquals(
                    Set.copyOf(requested),
                    listing.getEntities().stream().map(MessageData::getId).collect(Collectors.toSet()),
                    "bulk returns exactly the requested ids for " + id);
            for (MessageData m : listing.getEntities()) {
                ConversationNormalizedMessage normalized = m.getNormalizedMessage();
                assertNotNull(normalized, "normalizedMessage of " + m.getId());
                assertNotNull(normalized.getType(), "normalizedMessage.type of " + m.getId());
                types.add(normalized.getType());
                if (normalized.getContent() != null) {
                    for (ConversationMessageContent content : normalized.getContent()) {
                        assertNotNull(content.getContentType(), "content[].contentType");
                        if (content.getAttachment() != null) {
                            attachments.add(content.getAttachment());
                        }
                    }
                }
                fetched++;
            }
        }
        assertTrue(fetched > 0, "messages fetched");
        assertTrue(types.contains(ConversationNormalizedMessage.TypeEnum.TEXT), "Text messages: " + types);
        assertTrue(types.contains(ConversationNormalizedMessage.TypeEnum.STRUCTURED), "Structured messages: " + types);
        assertFalse(attachments.isEmpty(), "some attachment among " + fetched + " messages");
        for (ConversationContentAttachment a : attachments) {
            assertNotNull(a.getMediaType(), "attachment.mediaType");
            assertNotNull(a.getUrl(), "attachment.url");
            assertNotNull(a.getMime(), "attachment.mime");
            assertNotNull(a.getFilename(), "attachment.filename");
        }
    }

    @Test
    void bulkFetchOfMoreThan1000IdsIsA400ErrorBody() throws Exception {
        String id = messageConversationIds.get(0);
        String messageId = messageIds(messageConversation(id)).get(0);
        List<String> tooMany = Collections.nCopies(1001, messageId);

        ApiResponse<TextMessageListing> response =
                conversations.postConversationsMessageMessagesBulkWithHttpInfo(id, true, tooMany);

        SdkContract.error(sdkJson, response, 400);
    }
}
