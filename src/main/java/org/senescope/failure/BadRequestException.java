package org.senescope.failure;

/**
 * A request that a job cannot run as asked, found before any data is read or anything written: a size range whose
 * minimum exceeds its maximum, an export asked for without the results it draws. The message names the request's
 * field in words both front ends can show; the command line maps it to its usage exit code.
 */
public final class BadRequestException extends SenescopeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the request and what would be accepted */
    public BadRequestException(String message) {
        super(message, null);
    }
}
