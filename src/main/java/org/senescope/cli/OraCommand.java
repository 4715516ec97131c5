package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.senescope.workflow.OraJob;
import org.senescope.workflow.OraRequest;
import org.senescope.workflow.OraResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code senescope ora}: over-representation of a gene selection in gene sets, against an explicit background
 * ({@link OraJob}).
 */
@Command(name = "ora",
        mixinStandardHelpOptions = true,
        description = {"Over-representation analysis: one-sided hypergeometric test of a gene selection in each gene "
                + "set against an explicit background, Benjamini-Hochberg q.",
                "Writes ora.tsv (one row per set), ora-skipped.tsv (sets left out, with the reason) and "
                        + "ora-settings.tsv (inputs, counts, background), each whole or not at all."})
final class OraCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--genes", paramLabel = "FILE", required = true,
            description = "The selected genes: one a line; blank lines and lines starting with # are ignored.")
    Path genes;

    @CommandLine.ArgGroup(multiplicity = "1")
    BackgroundOptions background;

    /** {@code --background FILE} or {@code --background-from-sets}. */
    static final class BackgroundOptions {
        @Option(names = "--background", paramLabel = "FILE", required = true,
                description = "The background (universe): every gene that could have been selected, one a line.")
        Path file;

        @Option(names = "--background-from-sets", required = true,
                description = "Use every gene of the gene sets as the background.")
        boolean fromSets;

        OraRequest.Background background() {
            return file != null ? new OraRequest.Background.GeneFile(file) : new OraRequest.Background.FromSets();
        }
    }

    @CommandLine.Mixin
    GeneSetOptions geneSets;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        OraResult result = OraJob.run(request());
        FilesReport.writeThenSummarise(spec.commandLine(), result.files(), overwrite.existingFiles(), result.notes(),
                result.summary());
        return 0;
    }

    /**
     * The analysis the options ask for.
     *
     * @throws CommandLine.ParameterException when no gene sets are given
     */
    OraRequest request() {
        return new OraRequest(genes, background.background(), geneSets.choice(), out);
    }
}
