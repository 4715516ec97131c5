package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.senescope.workflow.CellTypeChoice;
import org.senescope.workflow.PseudobulkJob;
import org.senescope.workflow.PseudobulkRequest;
import org.senescope.workflow.PseudobulkResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code senescope sc-pseudobulk}: single-cell counts summed by cell type × sample, and a limma contrast. */
@Command(name = "sc-pseudobulk",
        mixinStandardHelpOptions = true,
        description = {"Single-cell counts summed by cell type x sample (pseudobulk), and with --contrast limma's "
                + "moderated t of two conditions on log-CPM.",
                "Writes pseudobulk-counts.tsv and pseudobulk-columns.tsv (cells per column); with --contrast also "
                        + "pseudobulk.cls and pseudobulk-de.tsv (limma's topTable columns, which overlay and figure "
                        + "read), each whole or not at all."})
final class ScPseudobulkCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CellDataOptions data;

    @Option(names = "--sample-column", paramLabel = "NAME", required = true,
            description = "The column of --cell-types naming each cell's sample.")
    String sampleColumn;

    @Option(names = "--cell-type", paramLabel = "NAME", description = "Keep only this cell type; repeat for several.")
    List<String> cellTypes = new ArrayList<>();

    @Option(names = "--condition-column", paramLabel = "NAME",
            description = "The column of --cell-types naming each cell's condition (one per sample).")
    @Nullable String conditionColumn;

    @Option(names = "--contrast", paramLabel = "TEST-REF",
            description = "The two conditions to compare, as for overlay: e.g. treated-control (treated minus "
                    + "control, log scale); condition names may hold dashes.")
    @Nullable String contrast;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        PseudobulkResult result = PseudobulkJob.run(request());
        FilesReport.writeThenSummarise(spec.commandLine(), result.files(), overwrite.existingFiles(), result.notes(),
                result.summary());
        return 0;
    }

    /**
     * The pseudobulk the options ask for.
     *
     * @throws CommandLine.ParameterException when the options do not fit together
     */
    PseudobulkRequest request() {
        if (!(data.cellTypes() instanceof CellTypeChoice.FileColumn file)) {
            throw usage("sc-pseudobulk needs --cell-types TSV --cell-type-column NAME");
        }
        if ((conditionColumn == null) != (contrast == null)) {
            throw usage("--condition-column and --contrast go together");
        }
        PseudobulkRequest.Contrast chosen = conditionColumn != null && contrast != null
                ? new PseudobulkRequest.Conditions(conditionColumn, contrast) : new PseudobulkRequest.NoContrast();
        return new PseudobulkRequest(data.data(), file.file(), file.column(), sampleColumn, cellTypes, chosen, out);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
