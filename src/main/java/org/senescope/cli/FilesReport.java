package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.senescope.workflow.ExistingFiles;
import org.senescope.workflow.OutputSet;
import picocli.CommandLine;

/**
 * How a command that writes a folder of files tells the user: the job's warnings on the error stream, each after the
 * command's name, then the set written whole, then the notes and the files written on the output stream.
 */
final class FilesReport {

    private FilesReport() {
    }

    /**
     * Writes {@code files} and reports them.
     *
     * @throws IOException when a file cannot be written; then none of the set is
     */
    static void write(CommandLine command, List<String> warnings, List<String> notes, OutputSet files,
                      ExistingFiles existing) throws IOException {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName(" ");
        warnings.forEach(w -> err.println(name + ": " + w));
        files.write(existing);
        PrintWriter out = command.getOut();
        notes.forEach(out::println);
        List<Path> written = files.paths();
        out.printf("Wrote %d files to %s:%n", written.size(), files.directory());
        written.forEach(p -> out.printf("  %s%n", p));
    }

    /**
     * Writes {@code files}, then prints each note after {@code note: } and the summary lines, as the gene-set,
     * single-cell and mining commands report.
     *
     * @throws IOException when a file cannot be written; then none of the set is
     */
    static void writeThenSummarise(CommandLine command, OutputSet files, ExistingFiles existing, List<String> notes,
                                   List<String> summary) throws IOException {
        files.write(existing);
        PrintWriter out = command.getOut();
        notes.forEach(n -> out.println("note: " + n));
        summary.forEach(out::println);
    }
}
