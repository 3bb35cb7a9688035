package io.github.camelgenesys.examples;

import java.util.Locale;

/**
 * When the demo considers a pipeline finished: after {@code polls:N} polls of its consumer, or {@code idle}: after
 * the first poll that found nothing new (for consumers that catch up, such as incremental analytics).
 */
record DoneRule(int polls, boolean untilIdle) {

    static DoneRule parse(String property, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("idle")) {
            return new DoneRule(0, true);
        }
        if (value.startsWith("polls:")) {
            try {
                int n = Integer.parseInt(value.substring("polls:".length()).trim());
                if (n > 0) {
                    return new DoneRule(n, false);
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException("Property " + property + " must be 'polls:N' (N > 0) or 'idle', got '"
                + text + "'");
    }

    boolean isDone(PipelineMonitor.Counters counters) {
        return untilIdle ? counters.emptyPolls() > 0 : counters.polls() >= polls;
    }

    @Override
    public String toString() {
        return untilIdle ? "idle" : "polls:" + polls;
    }
}
