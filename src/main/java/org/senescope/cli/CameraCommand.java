package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.senescope.workflow.CameraJob;
import org.senescope.workflow.CameraMethod;
import org.senescope.workflow.CameraRequest;
import org.senescope.workflow.CameraResult;
import org.senescope.workflow.SampleGrouping;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code senescope camera}: limma's gene-set tests on a two-group design, as limma 3.54 computes them ({@link
 * CameraJob}): the competitive {@code camera} (default) or, with {@code --method fry}, the self-contained {@code fry}.
 */
@Command(name = "camera",
        mixinStandardHelpOptions = true,
        description = {"Gene-set test of two sample groups (--groups, --contrast TEST-REF): limma's competitive "
                + "camera, or with --method fry limma's self-contained fry.",
                "Writes METHOD.tsv (smallest p first), METHOD-skipped.tsv and METHOD-settings.tsv (METHOD is camera or "
                        + "fry), each whole or not at all."})
final class CameraCommand implements Callable<Integer> {

    /** The tests, as {@code --method} names them. */
    enum Method { CAMERA, FRY }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--expression", paramLabel = "FILE", required = true,
            description = "Expression matrix on the log scale: GCT, or a TSV/CSV/XLSX table with genes in rows.")
    Path expression;

    @CommandLine.Mixin
    GroupOptions groupOptions;

    @CommandLine.Mixin
    ContrastOption contrast;

    @Option(names = "--log2", description = "Take log2 of every value first (for linear-scale intensities).")
    boolean log2;

    @Option(names = "--method", paramLabel = "camera|fry", defaultValue = "camera", converter = MethodConverter.class,
            description = "camera: are the set's genes more changed than the other genes (competitive); fry: are the "
                    + "set's genes changed at all (self-contained) (default: ${DEFAULT-VALUE}).")
    Method method;

    @Option(names = "--inter-gene-cor", paramLabel = "R|estimate", defaultValue = "0.01",
            converter = CorrelationConverter.class,
            description = "camera only: correlation assumed between genes of a set, or 'estimate' to estimate it "
                    + "per set (limma's inter.gene.cor = NA) (default: ${DEFAULT-VALUE}).")
    CameraMethod.InterGeneCorrelation interGeneCor;

    @Option(names = "--use-ranks", description = "camera only: correlation-adjusted rank-sum test instead of the "
            + "t-test on z-scores.")
    boolean useRanks;

    @CommandLine.Mixin
    GeneSetOptions geneSets;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        CameraResult result = CameraJob.run(request());
        FilesReport.writeThenSummarise(spec.commandLine(), result.files(), overwrite.existingFiles(), result.notes(),
                result.summary());
        return 0;
    }

    /**
     * The test the options ask for.
     *
     * @throws CommandLine.ParameterException when the groups are missing or the options do not fit together
     */
    CameraRequest request() {
        if (groupOptions.file().isEmpty()
                || !(groupOptions.grouping() instanceof SampleGrouping.GroupsFile groups)) {
            throw usage("give the sample groups with --groups FILE (a .cls file or a sample sheet)");
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (method == Method.FRY && (parsed.hasMatchedOption("--inter-gene-cor")
                || parsed.hasMatchedOption("--use-ranks"))) {
            throw usage("--inter-gene-cor and --use-ranks apply to --method camera only");
        }
        CameraMethod test = method == Method.FRY ? new CameraMethod.Fry()
                : new CameraMethod.Camera(interGeneCor, useRanks);
        return new CameraRequest(expression, log2, groups, contrast.choice(), test, geneSets.choice(), out);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** {@code camera} or {@code fry}. */
    static final class MethodConverter implements CommandLine.ITypeConverter<Method> {
        @Override
        public Method convert(String value) {
            return switch (value) {
                case "camera" -> Method.CAMERA;
                case "fry" -> Method.FRY;
                default -> throw new CommandLine.TypeConversionException("expected camera or fry, found '"
                        + value + "'");
            };
        }
    }

    /** A number in [0, 1), or {@code estimate}. */
    static final class CorrelationConverter implements CommandLine.ITypeConverter<CameraMethod.InterGeneCorrelation> {
        @Override
        public CameraMethod.InterGeneCorrelation convert(String value) {
            if (value.equals("estimate")) {
                return new CameraMethod.InterGeneCorrelation.Estimated();
            }
            double r;
            try {
                r = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                r = Double.NaN;
            }
            if (!(r >= 0 && r < 1)) {
                throw new CommandLine.TypeConversionException("expected a number in [0, 1) or 'estimate', "
                        + "found '" + value + "'");
            }
            return new CameraMethod.InterGeneCorrelation.Fixed(r);
        }
    }
}
