package io.github.camelgenesys.simulator.data;

/**
 * When each phase of a conversation happens, for rendering its current state (GET conversation, observations).
 * {@code answeredMs}/{@code endMs} are {@link Long#MAX_VALUE} while unknown (not answered / not ended yet).
 */
public record Timeline(String id, long salt, String mediaType, String direction, int queue, int user, int wrapUp,
        long startMs, long answeredMs, long endMs) {
    public static final long NEVER = Long.MAX_VALUE;

    public static Timeline of(Conversation c) {
        return new Timeline(c.id(), c.index(), c.mediaType(), c.direction(), c.queue(), c.user(), c.wrapUp(),
                c.startMs(), c.abandoned() ? NEVER : c.answeredMs(), c.endMs());
    }

    public boolean ended(long now) {
        return endMs <= now;
    }

    public boolean waiting(long now) {
        return startMs <= now && answeredMs > now && endMs > now;
    }

    public boolean interacting(long now) {
        return answeredMs <= now && endMs > now;
    }

    /** The state the conversation is in: waiting, interacting or ended. */
    public String phase(long now) {
        return ended(now) ? "ended" : interacting(now) ? "interacting" : "waiting";
    }
}
