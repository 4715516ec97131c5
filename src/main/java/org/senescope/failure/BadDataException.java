package org.senescope.failure;

import org.jspecify.annotations.Nullable;

/**
 * Data that is wrong as a whole rather than at one line of a file: a curation that does not check, a ranking with no
 * usable statistic, gene sets of which none can be tested. The message is one line (or one line per problem, for
 * subclasses that collect several). Subclasses carry the details their callers need.
 */
public non-sealed class BadDataException extends SenescopeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and, where it helps, what would be right */
    public BadDataException(String message) {
        super(message, null);
    }

    /** Same, keeping the lower-level failure. */
    public BadDataException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
