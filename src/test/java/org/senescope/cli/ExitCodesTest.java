package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one mapping of failures to exit codes and messages, through a command that fails as asked. */
class ExitCodesTest {

    /** Throws what its argument names. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        @CommandLine.Parameters(index = "0")
        String kind = "";

        @Override
        public Integer call() throws IOException {
            switch (kind) {
                case "format" -> throw new InputFormatException("t.tsv", 3, 2, "expected a number, found 'x'");
                case "data" -> throw new BadDataException("no gene set has between 15 and 500 genes");
                case "request" -> throw new BadRequestException("the minimum size exceeds the maximum");
                case "missing" -> throw new NoSuchFileException("in.tsv");
                case "denied" -> throw new UncheckedIOException(new AccessDeniedException("out/gsea.tsv"));
                case "io" -> throw new IOException("disk full");
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                case "stack" -> throw new StackOverflowError();
                default -> throw new IllegalStateException("a bug");
            }
        }
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SenescopeCommand()).addSubcommand("fail", new Fail());
        int code = SenescopeCommand.configured(cli, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void badDataIs65WithItsOneLine() {
        assertEquals(new CliRun(65, "", "senescope fail: t.tsv:3:2: expected a number, found 'x'\n"),
                run("fail", "format"));
        assertEquals(new CliRun(65, "", "senescope fail: no gene set has between 15 and 500 genes\n"),
                run("fail", "data"));
    }

    @Test
    void aRequestThatCannotRunIsAUsageError() {
        assertEquals(new CliRun(2, "", "senescope fail: the minimum size exceeds the maximum\n"),
                run("fail", "request"));
    }

    @Test
    void fileFailuresAre74AndNameTheFile() {
        assertEquals(new CliRun(74, "", "senescope fail: in.tsv: no such file or folder\n"), run("fail", "missing"));
        assertEquals(new CliRun(74, "", "senescope fail: out/gsea.tsv: permission denied\n"), run("fail", "denied"));
        assertEquals(new CliRun(74, "", "senescope fail: cannot read or write a file: disk full\n"),
                run("fail", "io"));
    }

    @Test
    void aBugIs70InOneLineAndItsStackTraceOnlyWithDebug() {
        assertEquals(new CliRun(70, "", "senescope fail: internal error, not a problem with your input: "
                + "java.lang.IllegalStateException: a bug (rerun with --debug for the stack trace)\n"),
                run("fail", "bug"));
        CliRun debug = run("fail", "bug", "--debug");
        assertEquals(70, debug.exitCode());
        assertTrue(debug.err().startsWith("senescope fail: internal error, not a problem with your input: "
                + "java.lang.IllegalStateException: a bug\njava.lang.IllegalStateException: a bug\n\tat "),
                debug.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(new CliRun(2, "", "senescope: Unknown option: '--nope'\nTry 'senescope fail --help'.\n"),
                run("fail", "x", "--nope"));
    }

    @Test
    void runningOutOfMemoryIs70InOneLineThatSaysHowToGiveMore() {
        long heap = Runtime.getRuntime().maxMemory() / (1 << 20);
        assertEquals(new CliRun(70, "", "senescope fail: out of memory (Java heap of " + heap + " MB); give Java more "
                + "(java -Xmx4g -jar senescope.jar ...) or a smaller input; see docs/input-formats.md 'Memory' (rerun "
                + "with --debug for the stack trace)\n"), run("fail", "memory"));
        CliRun debug = run("fail", "memory", "--debug");
        assertEquals(70, debug.exitCode());
        assertTrue(debug.err().startsWith("senescope fail: out of memory (Java heap of " + heap + " MB); give Java "
                + "more (java -Xmx4g -jar senescope.jar ...) or a smaller input; see docs/input-formats.md 'Memory'\n"
                + "java.lang.OutOfMemoryError: Java heap space\n\tat "), debug.err());
    }

    @Test
    void runningOutOfStackIs70InOneLine() {
        assertEquals(new CliRun(70, "", "senescope fail: internal error, not a problem with your input: "
                + "java.lang.StackOverflowError (rerun with --debug for the stack trace)\n"), run("fail", "stack"));
    }
}
