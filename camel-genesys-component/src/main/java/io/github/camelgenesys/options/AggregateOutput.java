package io.github.camelgenesys.options;

/** One exchange per aggregate result group or per response (option {@code aggregateOutput}). */
public enum AggregateOutput {
    group, response
}
