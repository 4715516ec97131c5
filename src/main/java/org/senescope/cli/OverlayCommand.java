package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.senescope.model.format.NetworkFormat;
import org.senescope.model.overlay.ColourRange;
import org.senescope.model.overlay.ColumnChoice;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.workflow.FileOutput;
import org.senescope.workflow.OverlayJob;
import org.senescope.workflow.OverlayRequest;
import org.senescope.workflow.OverlayResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code senescope overlay}: the options as an {@link OverlayRequest}, the {@link OverlayJob}'s files written, its
 * notes printed. Failures reach {@link SenescopeCommand}'s one handler.
 */
@Command(name = "overlay",
        mixinStandardHelpOptions = true,
        description = {"Lay your own expression data (DESeq2, limma, edgeR or Seurat results, expression matrices, "
                + "GCT, ranked lists) over the network and write it coloured for Cytoscape.",
                "Every input row is accounted for in the mapping report; bad data is reported as file:line:column "
                        + "and nothing is written."},
        footer = {"", "Writes BASE.cx2 (opens coloured in Cytoscape 3.10+), the other network formats, "
                + "BASE.overlay.tsv (node table), BASE.mapping-report.tsv, BASE.modules.tsv and "
                + "BASE.edge-consistency.tsv; with --contrast also BASE.contrast.tsv (limma's topTable for every "
                + "gene). See docs/overlay.md."})
final class OverlayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DATA", arity = "1..*", description = "Data files: TSV, CSV, .rnk, .gct, .xlsx, "
            + "plain or gzip. Several files give several conditions (contrasts, time points). With --groups: one "
            + "expression matrix.")
    List<Path> data;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Option(names = "--network", paramLabel = "NAME", defaultValue = "default",
            converter = OptionConverters.DefaultNetwork.class,
            description = "The network to overlay: only 'default', the bundled senescence–immunity network.")
    String network;

    @Option(names = "--id-column", paramLabel = "C", defaultValue = "", description = "The identifier column (default: detected).")
    String idColumn;

    @Option(names = "--value-column", paramLabel = "C", split = ",",
            description = "Value column(s), comma-separated (default: detected).")
    List<String> valueColumns = new ArrayList<>();

    @Option(names = "--padj-column", paramLabel = "C", defaultValue = "",
            description = "The adjusted p-value column (default: detected).")
    String padjColumn;

    @Option(names = "--species", paramLabel = "S", defaultValue = "auto", converter = OptionConverters.Species.class,
            description = "human, mouse or auto (default: ${DEFAULT-VALUE}).")
    SpeciesChoice species;

    @Option(names = "--duplicates", paramLabel = "RULE", defaultValue = "most-significant",
            converter = OptionConverters.Duplicates.class,
            description = "Several rows for one node: most-significant, mean or max-abs (default: ${DEFAULT-VALUE}).")
    DuplicateRule duplicates;

    @Option(names = "--range", paramLabel = "R", defaultValue = ColourRange.DEFAULT_HALF_WIDTH_TEXT,
            converter = OptionConverters.Range.class, description = "Colour range: values at or beyond ±R get the end "
            + "colours; 0 takes R from the data (default: ${DEFAULT-VALUE}, as senescope figure --colour-limit).")
    ColourRange range;

    @CommandLine.Mixin
    MinExpressionOption minExpression;

    @CommandLine.Mixin
    GroupOptions groups;

    @CommandLine.Mixin
    ContrastOption contrast;

    @Option(names = "--log2", description = "With --groups: take log2 of every matrix value first (for linear-scale "
            + "intensities).")
    boolean log2;

    @Option(names = "--name", paramLabel = "BASE", defaultValue = "senescence-immunity-overlay",
            converter = OptionConverters.BaseName.class,
            description = "Base name of the files written (default: ${DEFAULT-VALUE}).")
    String baseName;

    @Override
    public Integer call() throws IOException {
        OverlayResult result = new OverlayJob().run(request());
        FilesReport.write(spec.commandLine(), result.warnings(), result.notes(), result.files(),
                overwrite.existingFiles());
        PrintWriter o = spec.commandLine().getOut();
        o.println("Open in Cytoscape 3.10+: File > Import > Network from File..., choose the .cx2 file "
                + "(coloured by the overlay).");
        return ExitCodes.OK;
    }

    /** The options as the job's request; every network format is written. */
    OverlayRequest request() {
        String problem = combinationProblem();
        if (!problem.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        }
        OverlayOptions options = new OverlayOptions(ColumnChoice.of(idColumn), valueColumns,
                ColumnChoice.of(padjColumn), species, duplicates, range, OverlayOptions.DEFAULT_SIGNIFICANCE,
                minExpression.filter);
        OverlayRequest.Input input = groups.file().isEmpty() ? new OverlayRequest.Tables(data)
                : new OverlayRequest.GroupedMatrix(data.get(0), groups.given(), contrast.given()
                .<OverlayRequest.Contrast>map(OverlayRequest.Compare::new).orElse(new OverlayRequest.GroupMeans()),
                log2);
        return new OverlayRequest(input, new OverlayRequest.Bundled(), options,
                new FileOutput.Folder(out, baseName, List.of(NetworkFormat.values())));
    }

    private String combinationProblem() {
        String groupProblem = groups.usageProblem();
        if (!groupProblem.isEmpty()) {
            return groupProblem;
        }
        if (groups.file().isEmpty() && (contrast.given().isPresent() || log2)) {
            return "--contrast and --log2 work on a matrix with sample groups; give --groups FILE";
        }
        if (groups.file().isPresent() && data.size() != 1) {
            return "--groups describes the samples of one expression matrix; found " + data.size() + " data files";
        }
        if (groups.file().isPresent() && (!valueColumns.isEmpty() || !padjColumn.isBlank() || !idColumn.isBlank())) {
            return "--value-column, --padj-column and --id-column are for result tables; with --groups the matrix's "
                    + "first column holds the identifiers and the values are computed";
        }
        return "";
    }
}
