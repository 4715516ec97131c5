package org.senescope.cli;

/** Exit codes of the command line, after BSD sysexits where one fits. */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The command line itself was wrong: unknown option, missing value, bad format name. */
    public static final int USAGE = 2;
    /** An input file's content is wrong (EX_DATAERR). */
    public static final int DATA_ERROR = 65;
    /** A file could not be read or written (EX_IOERR). */
    public static final int IO_ERROR = 74;

    private ExitCodes() {
    }
}
