package io.github.camelgenesys.options;

/** Normalized message types of the {@code messageTypes} filter (a comma-separated list of these). */
public enum MessageType {
    Text, Structured, Receipt, Event, Message, Unknown
}
