package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.senescope.model.format.FigureFormat;
import org.senescope.workflow.ScoreJob;
import org.senescope.workflow.ScoreMethod;
import org.senescope.workflow.ScoreRequest;
import org.senescope.workflow.ScoreResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code senescope score}: per-sample gene-set scores (ssGSEA, GSVA, z-score, PLAGE) as GSVA 1.46 computes them, and
 * singscore as singscore 1.29 does ({@link ScoreJob}).
 */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = {"Per-sample gene-set scores, as GSVA 1.46 computes them.",
                "Writes scores.tsv (one row per set, one column per sample; with --groups the samples ordered by "
                        + "group and score-samples.tsv naming each one's group), score-skipped.tsv and "
                        + "score-settings.tsv (singscore also dispersions.tsv), and with --heatmap "
                        + "score-heatmap.png/svg/pdf, each whole or not at all."})
final class ScoreCommand implements Callable<Integer> {

    /** The scoring methods, as {@code --method} names them. */
    enum Method { SSGSEA, GSVA, ZSCORE, PLAGE, SINGSCORE }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--expression", paramLabel = "FILE", required = true,
            description = "Expression matrix: GCT, or a TSV/CSV/XLSX table with genes in rows and samples in columns.")
    Path expression;

    @Option(names = "--method", required = true, converter = MethodConverter.class,
            description = "ssgsea, gsva, zscore, plage or singscore.")
    Method method;

    @Option(names = "--log2", description = "Take log2 of every value first (for linear-scale intensities).")
    boolean log2;

    @Option(names = "--kcdf", defaultValue = "gaussian", converter = KernelConverter.class,
            description = "GSVA's kernel: gaussian or none (empirical CDF) (default: ${DEFAULT-VALUE}).")
    ScoreMethod.Kernel kcdf;

    @Option(names = "--mx-diff", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "GSVA: sum of the largest positive and negative deviations (default); --no-mx-diff for the "
                    + "larger one.")
    boolean maxDifference;

    @Option(names = "--no-normalise", description = "ssGSEA: raw scores, not divided by the range of all scores.")
    boolean raw;

    @CommandLine.Mixin
    GeneSetOptions geneSets;

    @CommandLine.Mixin
    GroupOptions groups;

    @Option(names = "--heatmap", paramLabel = "FORMAT", split = ",", converter = HeatmapFormatConverter.class,
            description = "Also draw the scores as a heat map, samples by group, as png, svg and/or pdf (repeat or "
                    + "separate with commas).")
    List<FigureFormat> heatmap = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        ScoreResult result = ScoreJob.run(request());
        FilesReport.writeThenSummarise(spec.commandLine(), result.files(), overwrite.existingFiles(), result.notes(),
                result.summary());
        return 0;
    }

    /**
     * The scores the options ask for.
     *
     * @throws CommandLine.ParameterException when the options do not fit together
     */
    ScoreRequest request() {
        ScoreMethod scoreMethod = switch (method) {
            case SSGSEA -> new ScoreMethod.SsGsea(!raw);
            case GSVA -> new ScoreMethod.Gsva(kcdf, maxDifference);
            case ZSCORE -> new ScoreMethod.ZScore();
            case PLAGE -> new ScoreMethod.Plage();
            case SINGSCORE -> new ScoreMethod.Singscore();
        };
        return new ScoreRequest(expression, log2, scoreMethod, geneSets.choice(), groups.grouping(),
                heatmap.isEmpty() ? EnumSet.noneOf(FigureFormat.class) : EnumSet.copyOf(heatmap), out);
    }

    /** Reads a method name, saying which exist when it is not one. */
    static final class MethodConverter implements CommandLine.ITypeConverter<Method> {
        @Override
        public Method convert(String value) {
            return Arrays.stream(Method.values()).filter(m -> m.name().toLowerCase(Locale.ROOT).equals(
                    value.toLowerCase(Locale.ROOT))).findFirst().orElseThrow(() -> new CommandLine
                    .TypeConversionException("unknown method '" + value + "'; expected one of: ssgsea, gsva, "
                    + "zscore, plage, singscore"));
        }
    }

    /** {@code gaussian}, or {@code none} for the empirical CDF. */
    static final class KernelConverter implements CommandLine.ITypeConverter<ScoreMethod.Kernel> {
        @Override
        public ScoreMethod.Kernel convert(String value) {
            return switch (value) {
                case "gaussian" -> ScoreMethod.Kernel.GAUSSIAN;
                case "none" -> ScoreMethod.Kernel.ECDF;
                default -> throw new CommandLine.TypeConversionException("expected gaussian or none, found '"
                        + value + "'");
            };
        }
    }

    /** {@code png}, {@code svg} or {@code pdf}. */
    static final class HeatmapFormatConverter implements CommandLine.ITypeConverter<FigureFormat> {
        @Override
        public FigureFormat convert(String value) {
            return FigureFormat.fromName(value).filter(f -> f != FigureFormat.HTML).orElseThrow(() ->
                    new CommandLine.TypeConversionException("expected png, svg or pdf, found '" + value
                            + "'"));
        }
    }
}
