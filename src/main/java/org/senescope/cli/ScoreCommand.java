package org.senescope.cli;

import org.senescope.workflow.GeneSetTables;

import org.senescope.workflow.ValueScale;
import org.senescope.workflow.MatrixGroups;
import org.senescope.workflow.ExpressionFiles;
import org.senescope.workflow.GseaTables;

import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.scores.Gsva;
import org.senescope.analysis.scores.Plage;
import org.senescope.analysis.scores.SampleScores;
import org.senescope.analysis.scores.Singscore;
import org.senescope.analysis.scores.SsGsea;
import org.senescope.analysis.scores.ZScore;
import org.senescope.output.AtomicFileWriter;
import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.CurationException;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;
import org.senescope.model.data.SampleGroups;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.render.plots.PlotWriter;
import org.senescope.render.plots.ScoreHeatmap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code senescope score}: per-sample gene-set scores (ssGSEA, GSVA, z-score, PLAGE) as GSVA 1.46 computes them, and
 * singscore as singscore 1.29 does.
 */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = {"Per-sample gene-set scores, as GSVA 1.46 computes them.",
                "Writes scores.tsv (one row per set, one column per sample; with --groups the samples ordered by "
                        + "group and score-samples.tsv naming each one's group), score-skipped.tsv and "
                        + "score-settings.tsv (singscore also dispersions.tsv), and with --heatmap "
                        + "score-heatmap.png/svg/pdf, each whole or not at all."})
final class ScoreCommand implements Callable<Integer> {

    /** The scoring methods. */
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

    @Option(names = "--kcdf", defaultValue = "gaussian", description = "GSVA's kernel: gaussian or none (empirical "
            + "CDF) (default: ${DEFAULT-VALUE}).")
    String kcdf;

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

    @Option(names = "--heatmap", paramLabel = "FORMAT", split = ",", description = "Also draw the scores as a heat "
            + "map, samples by group, as png, svg and/or pdf (repeat or separate with commas).")
    List<String> heatmapFormats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (!usage.isEmpty()) {
            err.println("senescope score: " + usage);
            return ExitCodes.USAGE;
        }
        SetSizeFilter filter = geneSets.filter();
        Set<FigureFormat> heatmap = EnumSet.noneOf(FigureFormat.class);
        heatmapFormats.forEach(name -> heatmap.add(FigureFormat.fromName(name).orElseThrow()));
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        ExpressionMatrix matrix;
        List<GeneSet> sets;
        MatrixGroups matrixGroups = null;
        try {
            ExpressionFiles.ReadMatrix read = ExpressionFiles.readAsIs(expression);
            matrix = log2 ? ExpressionFiles.log2(read) : read.matrix();
            if (groups.file().isPresent()) {
                matrixGroups = groups.load(matrix, read.source());
            }
            if (method != Method.SSGSEA && method != Method.SINGSCORE) {
                ValueScale.warning(read.source(), read.matrix(), log2).ifPresent(notes::add);
            }
            sets = geneSets.load(settings, notes);
        } catch (InputFormatException e) {
            err.println("senescope score: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (IllegalArgumentException e) {
            err.println("senescope score: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (CurationException e) {
            err.println("senescope score: the bundled network cannot be built: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (IOException e) {
            err.println("senescope score: cannot read input: " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        Singscore.Scores singscore = method == Method.SINGSCORE ? Singscore.score(matrix, sets, filter) : null;
        SampleScores scores = switch (method) {
            case SSGSEA -> SsGsea.score(matrix, sets, filter, SsGsea.DEFAULT_ALPHA, !raw);
            case GSVA -> Gsva.score(matrix, sets, filter, kcdf.equals("none") ? Gsva.Kernel.ECDF
                    : Gsva.Kernel.GAUSSIAN, maxDifference);
            case ZSCORE -> ZScore.score(matrix, sets, filter);
            case PLAGE -> Plage.score(matrix, sets, filter);
            case SINGSCORE -> singscore.scores();
        };
        if (scores.sets().isEmpty()) {
            err.println("senescope score: no gene set has between " + geneSets.minSize + " and " + geneSets.maxSize
                    + " genes in the data (" + scores.skipped().size() + " sets skipped: "
                    + GeneSetTables.reasonCounts(scores.skipped()) + "); nothing written");
            return ExitCodes.DATA_ERROR;
        }
        settings.put("method", method == Method.SINGSCORE ? "singscore (singscore 1.29: ranks with ties min, centred "
                + "scores, dispersion = mad of ranks in dispersions.tsv)"
                : method.name().toLowerCase(Locale.ROOT) + " (GSVA 1.46 conventions)");
        settings.put("expression", expression + (log2 ? " (log2 taken)" : ""));
        settings.put("rows_left_out", scores.droppedRows() + " (a missing value, or one value in every sample)");
        SampleGroups sampleGroups = matrixGroups != null ? matrixGroups.groups()
                : new SampleGroups(List.of(ALL_SAMPLES), scores.samples().stream().map(x -> ALL_SAMPLES).toList());
        List<Integer> order = ScoreHeatmap.sampleOrder(sampleGroups);
        if (matrixGroups != null) {
            settings.put("groups", matrixGroups.summary());
            settings.put("sample_order", "by group (" + String.join(", ", sampleGroups.groupNames())
                    + "), matrix order within a group");
        }
        List<Path> drawn = List.of();
        try {
            Files.createDirectories(out);
            AtomicFileWriter.write(out.resolve("scores.tsv"), o -> o.write(table(scores, order)));
            if (singscore != null) {
                AtomicFileWriter.write(out.resolve("dispersions.tsv"),
                        o -> o.write(table(singscore.dispersions(), order)));
            }
            if (matrixGroups != null) {
                AtomicFileWriter.write(out.resolve("score-samples.tsv"),
                        o -> o.write(samplesTable(scores, sampleGroups, order)));
            }
            AtomicFileWriter.write(out.resolve("score-skipped.tsv"),
                    o -> o.write(GeneSetTables.skippedTable(scores.skipped()).getBytes(StandardCharsets.UTF_8)));
            AtomicFileWriter.write(out.resolve("score-settings.tsv"),
                    o -> o.write(GeneSetTables.settingsTable(settings).getBytes(StandardCharsets.UTF_8)));
            if (!heatmap.isEmpty()) {
                drawn = PlotWriter.writeFiles(heatmap(scores, sampleGroups), heatmap, HEATMAP_DPI, out,
                        "score-heatmap");
            }
        } catch (IOException e) {
            err.println("senescope score: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        notes.forEach(n -> stdout.println("note: " + n));
        stdout.printf("%d gene sets scored in %d samples, %d skipped (%s); %d rows left out%n", scores.sets().size(),
                scores.samples().size(), scores.skipped().size(), GeneSetTables.reasonCounts(scores.skipped()),
                scores.droppedRows());
        if (matrixGroups != null) {
            stdout.println("Samples ordered by group: " + matrixGroups.summary());
        }
        drawn.forEach(p -> stdout.println("Wrote " + p));
        return ExitCodes.OK;
    }

    /** What is wrong with the options as given, or empty. */
    private String usageProblem() {
        if (geneSets.isEmpty()) {
            return geneSets.usageProblem();
        }
        if (!kcdf.equals("gaussian") && !kcdf.equals("none")) {
            return "--kcdf must be gaussian or none, found '" + kcdf + "'";
        }
        if (!geneSets.usageProblem().isEmpty()) {
            return geneSets.usageProblem();
        }
        for (String name : heatmapFormats) {
            if (FigureFormat.fromName(name).filter(f -> f != FigureFormat.HTML).isEmpty()) {
                return "--heatmap: expected png, svg or pdf, found '" + name + "'";
            }
        }
        return groups.usageProblem();
    }

    /** The one group of every sample when no --groups is given. */
    static final String ALL_SAMPLES = "all samples";
    /** The heat map's resolution as PNG. */
    static final int HEATMAP_DPI = 300;
    /** Up to this many samples the heat map fits one journal column; more take two. */
    private static final int SINGLE_COLUMN_SAMPLES = 24;

    private ScoreHeatmap heatmap(SampleScores scores, SampleGroups sampleGroups) {
        String name = method == Method.SSGSEA ? "ssGSEA" : method == Method.GSVA ? "GSVA"
                : method == Method.ZSCORE ? "z-score" : method == Method.PLAGE ? "PLAGE" : "singscore";
        String title = name + " scores of " + expression.getFileName() + (groups.file().isPresent()
                ? " by group" : "");
        return ScoreHeatmap.of(scores, sampleGroups, Double.NaN, title,
                method == Method.SINGSCORE ? name : name + " score",
                scores.samples().size() <= SINGLE_COLUMN_SAMPLES ? PhysicalLength.SINGLE_COLUMN
                        : PhysicalLength.DOUBLE_COLUMN);
    }

    private static byte[] samplesTable(SampleScores scores, SampleGroups groups, List<Integer> order) {
        StringBuilder b = new StringBuilder("sample\tgroup\n");
        for (int j : order) {
            b.append(scores.samples().get(j)).append('\t').append(groups.labels().get(j)).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] table(SampleScores scores, List<Integer> order) {
        StringBuilder b = new StringBuilder("gene_set");
        order.forEach(j -> b.append('\t').append(scores.samples().get(j)));
        b.append('\n');
        for (int i = 0; i < scores.sets().size(); i++) {
            b.append(scores.sets().get(i));
            for (int j : order) {
                b.append('\t').append(GseaTables.number(scores.value(i, j)));
            }
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a method name, saying which exist when it is not one. */
    static final class MethodConverter implements CommandLine.ITypeConverter<Method> {
        @Override
        public Method convert(String value) {
            try {
                return Method.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown method '" + value
                        + "'; expected one of: ssgsea, gsva, zscore, plage, singscore");
            }
        }
    }
}
