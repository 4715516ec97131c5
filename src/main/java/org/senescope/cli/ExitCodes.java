package org.senescope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.InputFormatException;
import picocli.CommandLine;

/**
 * Exit codes of the command line, after BSD sysexits where one fits, and the one place that maps a failure to its
 * code: the commands throw, {@link SenescopeCommand} catches and calls {@link #of(Throwable)}.
 */
final class ExitCodes {
    /** Everything asked for was done. */
    static final int OK = 0;
    /** The command line itself was wrong: unknown option, missing value, bad format name. */
    static final int USAGE = 2;
    /** An input file's content is wrong (EX_DATAERR). */
    static final int DATA_ERROR = 65;
    /** Senescope itself failed: a bug, never the user's input (EX_SOFTWARE). */
    static final int INTERNAL_ERROR = 70;
    /** A file could not be read or written (EX_IOERR). */
    static final int IO_ERROR = 74;

    private ExitCodes() {
    }

    /** The exit code for a failure that ended a command. */
    static int of(Throwable failure) {
        if (failure instanceof CommandLine.ParameterException || failure instanceof BadRequestException) {
            return USAGE;
        }
        if (failure instanceof InputFormatException || failure instanceof BadDataException) {
            return DATA_ERROR;
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return IO_ERROR;
        }
        return INTERNAL_ERROR;
    }
}
