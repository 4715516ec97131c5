package org.senescope.cytoscape;

import java.io.File;
import java.nio.file.FileSystemException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.InputFormatException;
import org.senescope.failure.SenescopeException;

/**
 * A failure the user can act on, told as a Cytoscape command's: the jobs' messages name command-line options
 * ({@code --value-column}), which this replaces by the task's own parameters ({@code valueColumns}); and without a
 * stack trace, because Cytoscape's synchronous task manager (used by CyREST and the command line) logs the exception
 * a task throws with its whole stack, some 150 lines for a bad input that one line tells.
 */
final class CommandFailure {

    private static final Pattern OPTION = Pattern.compile("--[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final StackTraceElement[] NO_STACK = new StackTraceElement[0];

    private CommandFailure() {
    }

    /**
     * {@code failure} of the same kind (file, line and column kept), its message with every option of
     * {@code parameters} (command-line option to parameter) replaced by the parameter, with no cause and no stack.
     */
    static SenescopeException told(SenescopeException failure, Map<String, String> parameters) {
        SenescopeException told;
        if (failure instanceof InputFormatException bad) {
            told = new InputFormatException(bad.file(), bad.line(), bad.column(), renamed(bad.reason(), parameters));
        } else if (failure instanceof BadRequestException) {
            told = new BadRequestException(renamed(String.valueOf(failure.getMessage()), parameters));
        } else {
            told = new BadDataException(renamed(String.valueOf(failure.getMessage()), parameters));
        }
        told.setStackTrace(NO_STACK);
        return told;
    }

    /** {@code failure} (an existing file, a folder in the way) told as {@link #told(SenescopeException, Map)} tells. */
    static FileSystemException told(FileSystemException failure, Map<String, String> parameters) {
        FileSystemException told = new FileSystemException(failure.getFile(), failure.getOtherFile(),
                renamed(String.valueOf(failure.getReason()), parameters));
        told.setStackTrace(NO_STACK);
        return told;
    }

    /** {@code message} with the options of {@code parameters} replaced by their parameters; other text unchanged. */
    static String renamed(String message, Map<String, String> parameters) {
        Matcher m = OPTION.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(parameters.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Checks that the file a parameter names exists and is a file, so that a missing one is named by its parameter,
     * not reported as a bare path.
     *
     * @throws BadRequestException naming {@code parameter} and the path
     */
    static File existing(String parameter, File file) {
        if (!file.isFile()) {
            BadRequestException missing = new BadRequestException(parameter + ": " + (file.exists()
                    ? "not a file: " : "no such file: ") + file);
            missing.setStackTrace(NO_STACK);
            throw missing;
        }
        return file;
    }
}
