package org.senescope.failure;

import org.jspecify.annotations.Nullable;

/**
 * A failure the user can act on, told in one line: bad data ({@link InputFormatException}, {@link BadDataException})
 * or a request that cannot be run ({@link BadRequestException}). Anything else that escapes a job is a bug. Unchecked
 * (see the package description); immutable.
 */
public abstract sealed class SenescopeException extends RuntimeException
        permits InputFormatException, BadDataException, BadRequestException {

    private static final long serialVersionUID = 1L;

    /** The message passes through {@link MessageFields#shortenLongRuns(String)}: input can never flood it. */
    SenescopeException(String message, @Nullable Throwable cause) {
        this(message, cause, false);
    }

    /** As above, but {@code shortened}: the caller has already passed the message through {@link MessageFields}. */
    SenescopeException(String message, @Nullable Throwable cause, boolean shortened) {
        super(shortened ? message : MessageFields.shortenLongRuns(message), cause);
    }
}
