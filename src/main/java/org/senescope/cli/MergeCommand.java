package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.senescope.workflow.MergeJob;
import org.senescope.workflow.MergeRequest;
import org.senescope.workflow.MergeResult;
import org.senescope.workflow.UndecidedRows;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code senescope merge}: reviewed candidates of {@code senescope mine} into a new copy of a curation
 * ({@link MergeJob}). A command of its own rather than {@code mine --merge}: it reads no documents, and takes the
 * curation and seeds folders under the same option names as {@code network}, which then builds its output.
 */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        description = {"Adds the accepted and edited rows of a reviewed candidates.tsv (senescope mine) to a copy of "
                + "a curation folder, and the rejected ones, with their notes, to its rejected.tsv.",
                "The merged curation is built and its quotes checked against the seeds before anything is written; "
                        + "the inputs are never changed."})
final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "REVIEWED", description = "candidates.tsv with its decision column filled: accept, "
            + "reject or edit (the row's cells as changed); note is kept.")
    Path reviewed;

    @Option(names = "--curation", paramLabel = "DIR", required = true,
            description = "Curation folder to start from (nodes.tsv, claims.tsv, modules.tsv, sources.tsv ...).")
    Path curation;

    @Option(names = "--seeds", paramLabel = "DIR", required = true,
            description = "Seed documents folder the quotes are checked against.")
    Path seeds;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "New curation folder to write (new or empty, unless --overwrite).")
    Path out;

    @Option(names = "--skip-undecided",
            description = "Leave rows without a decision out, listing them, instead of refusing the merge.")
    boolean skipUndecided;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        MergeResult result = MergeJob.run(new MergeRequest(reviewed, curation, seeds, out,
                skipUndecided ? UndecidedRows.SKIP : UndecidedRows.FAIL));
        result.files().writeIntoNewFolder(overwrite.existingFiles());
        PrintWriter stdout = spec.commandLine().getOut();
        result.skipped().forEach(s -> stdout.println("skipped: " + s));
        result.notes().forEach(stdout::println);
        stdout.println(result.accepted() + " accepted, " + result.edited() + " edited, " + result.rejected()
                + " rejected (" + out.resolve(MergeJob.REJECTED) + "), " + result.skipped().size() + " skipped");
        stdout.println(result.summary());
        return 0;
    }
}
