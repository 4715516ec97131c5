package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.senescope.workflow.ScOverlayJob;
import org.senescope.workflow.ScOverlayRequest;
import org.senescope.workflow.ScOverlayResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code senescope sc-overlay}: which cell types express each gene node of the network. */
@Command(name = "sc-overlay",
        mixinStandardHelpOptions = true,
        description = {"Cell types on the network: per gene node and cell type, the fraction of cells expressing it "
                + "and its mean log-normalised expression.",
                "Writes the network (senescence-immunity.cx2, .xgmml with .style.xml, .graphml, .cyjs) with "
                        + "celltype_fraction_TYPE and celltype_mean_TYPE node columns, cell-type-expression.tsv, "
                        + "senescence-immunity.mapping-report.tsv, sc-overlay-settings.tsv and the figure "
                        + "cell-type-expression.png, .svg, .pdf and .html, whole or not at all.",
                "With --sample-column, --cell-type, --condition-column and --contrast also sc-pseudobulk's tables "
                        + "(pseudobulk-de.tsv and the rest), that cell type's pseudobulk log fold changes colouring "
                        + "the figure's nodes."})
final class ScOverlayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CellDataOptions data;

    @Option(names = "--min-fraction", paramLabel = "F", defaultValue = "0.1",
            description = "A cell type counts as expressing a node (celltypes_expressing) when at least this "
                    + "fraction of its cells do (default: ${DEFAULT-VALUE}).")
    double minFraction;

    @Option(names = "--sample-column", paramLabel = "NAME",
            description = "Pseudobulk: the column of --cell-types naming each cell's sample.")
    @Nullable String sampleColumn;

    @Option(names = "--cell-type", paramLabel = "NAME",
            description = "Pseudobulk: the cell type whose samples are compared.")
    @Nullable String cellType;

    @Option(names = "--condition-column", paramLabel = "NAME",
            description = "Pseudobulk: the column of --cell-types naming each cell's condition (one per sample).")
    @Nullable String conditionColumn;

    @Option(names = "--contrast", paramLabel = "TEST-REF",
            description = "Pseudobulk: the two conditions to compare, as for sc-pseudobulk (test minus reference, "
                    + "log scale); its log fold changes colour the figure's nodes.")
    @Nullable String contrast;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        ScOverlayResult result = new ScOverlayJob().run(request());
        FilesReport.writeThenSummarise(spec.commandLine(), result.files(), overwrite.existingFiles(), result.notes(),
                result.summary());
        return 0;
    }

    /**
     * The overlay the options ask for.
     *
     * @throws CommandLine.ParameterException when the options do not fit together
     */
    ScOverlayRequest request() {
        return new ScOverlayRequest(data.data(), data.cellTypes(), minFraction, out, ScOverlayRequest.pseudobulk(
                Objects.requireNonNullElse(sampleColumn, ""), Objects.requireNonNullElse(cellType, ""),
                Objects.requireNonNullElse(conditionColumn, ""), Objects.requireNonNullElse(contrast, "")));
    }
}
