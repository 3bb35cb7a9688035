package io.github.camelgenesys.options;

/** Sort key of a details query (option {@code orderBy}); the constants are the API's values. */
public enum ConversationOrderBy {
    conversationStart, conversationEnd, segmentStart, segmentEnd
}
