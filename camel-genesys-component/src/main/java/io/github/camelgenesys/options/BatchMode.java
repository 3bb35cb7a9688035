package io.github.camelgenesys.options;

/** One exchange per conversation or per page of job results (option {@code batchMode}). */
public enum BatchMode {
    conversation, page
}
