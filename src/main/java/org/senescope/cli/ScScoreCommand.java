package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.senescope.workflow.CellScoreMethod;
import org.senescope.workflow.ScScoreJob;
import org.senescope.workflow.ScScoreRequest;
import org.senescope.workflow.ScScoreResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code senescope sc-score}: per-cell gene-set scores of single-cell data, UCell, AUCell or Seurat's. */
@Command(name = "sc-score",
        mixinStandardHelpOptions = true,
        description = {"Per-cell gene-set scores of single-cell data (UCell, AUCell or Seurat's AddModuleScore).",
                "Writes cell-scores.tsv (one row per cell, the barcode first, one column per set), with cell types "
                        + "cell-type-scores.tsv (cells, mean, median and fraction above 0 per cell type and set) "
                        + "with its figure cell-type-scores.png/.svg/.pdf and, with --modules, the network figure "
                        + "cell-type-module-scores.png/.svg/.pdf (each module badge a strip of its median per type), "
                        + "gene-set-mapping.tsv, sc-score-skipped.tsv and sc-score-settings.tsv, each whole or not "
                        + "at all."})
final class ScScoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CellDataOptions data;

    @Option(names = "--method", required = true, converter = MethodConverter.class,
            description = "ucell, aucell or seurat.")
    CellScoreMethod method;

    @CommandLine.Mixin
    GeneSetOptions geneSets;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        ScScoreResult result = ScScoreJob.run(request());
        FilesReport.writeThenSummarise(spec.commandLine(), result.files(), overwrite.existingFiles(), result.notes(),
                result.summary());
        return 0;
    }

    /**
     * The scores the options ask for.
     *
     * @throws CommandLine.ParameterException when the options do not fit together
     */
    ScScoreRequest request() {
        return new ScScoreRequest(data.data(), geneSets.choice(), method, data.cellTypes(), out);
    }

    /** Reads a method name, saying which exist when it is not one. */
    static final class MethodConverter implements CommandLine.ITypeConverter<CellScoreMethod> {
        @Override
        public CellScoreMethod convert(String value) {
            return Arrays.stream(CellScoreMethod.values()).filter(m -> m.optionName().equals(
                    value.toLowerCase(Locale.ROOT))).findFirst().orElseThrow(() -> new CommandLine
                    .TypeConversionException("unknown method '" + value + "'; expected one of: ucell, aucell, "
                    + "seurat"));
        }
    }
}
