package org.senescope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in-process: exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SenescopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
