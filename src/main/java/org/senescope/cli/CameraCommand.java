package org.senescope.cli;

import org.senescope.workflow.GeneSetTables;

import org.senescope.workflow.GroupContrast;
import org.senescope.workflow.MatrixGroups;
import org.senescope.workflow.ExpressionFiles;
import org.senescope.workflow.GseaTables;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.limma.Camera;
import org.senescope.analysis.limma.CameraSetResult;
import org.senescope.analysis.limma.Fry;
import org.senescope.analysis.limma.FrySetResult;
import org.senescope.output.AtomicFileWriter;
import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.CurationException;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;
import org.senescope.model.data.SampleGroups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code senescope camera}: limma's gene-set tests on a two-group design, as limma 3.54 computes them: the competitive
 * {@code camera} (default) or, with {@code --method fry}, the self-contained {@code fry}.
 */
@Command(name = "camera",
        mixinStandardHelpOptions = true,
        description = {"Gene-set test of two sample groups (--groups, --contrast TEST-REF): limma's competitive camera, or with --method fry "
                + "limma's self-contained fry.",
                "Writes METHOD.tsv (smallest p first), METHOD-skipped.tsv and METHOD-settings.tsv (METHOD is camera or "
                        + "fry), each whole or not at all."})
final class CameraCommand implements Callable<Integer> {

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

    @Option(names = "--method", paramLabel = "camera|fry", defaultValue = "camera",
            description = "camera: are the set's genes more changed than the other genes (competitive); fry: are the "
                    + "set's genes changed at all (self-contained) (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--inter-gene-cor", paramLabel = "R|estimate", defaultValue = "0.01",
            description = "camera only: correlation assumed between genes of a set, or 'estimate' to estimate it "
                    + "per set (limma's inter.gene.cor = NA) (default: ${DEFAULT-VALUE}).")
    String interGeneCor;

    @Option(names = "--use-ranks", description = "camera only: correlation-adjusted rank-sum test instead of the t-test on "
            + "z-scores.")
    boolean useRanks;

    @CommandLine.Mixin
    GeneSetOptions geneSets;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!method.equals("camera") && !method.equals("fry")) {
            err.println("senescope camera: --method must be camera or fry, found '" + method + "'");
            return ExitCodes.USAGE;
        }
        boolean fry = method.equals("fry");
        if (groupOptions.file().isEmpty()) {
            err.println("senescope camera: give the sample groups with --groups FILE (a .cls file or a sample sheet)");
            return ExitCodes.USAGE;
        }
        if (!groupOptions.usageProblem().isEmpty()) {
            err.println("senescope camera: " + groupOptions.usageProblem());
            return ExitCodes.USAGE;
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (fry && (parsed.hasMatchedOption("--inter-gene-cor") || parsed.hasMatchedOption("--use-ranks"))) {
            err.println("senescope camera: --inter-gene-cor and --use-ranks apply to --method camera only");
            return ExitCodes.USAGE;
        }
        double correlation;
        try {
            correlation = interGeneCor.equals("estimate") ? Double.NaN : Double.parseDouble(interGeneCor);
        } catch (NumberFormatException e) {
            correlation = -1;
        }
        if (!Double.isNaN(correlation) && !(correlation >= 0 && correlation < 1)) {
            err.println("senescope camera: --inter-gene-cor must be a number in [0, 1) or 'estimate', found '"
                    + interGeneCor + "'");
            return ExitCodes.USAGE;
        }
        if (!geneSets.usageProblem().isEmpty()) {
            err.println("senescope camera: " + geneSets.usageProblem());
            return ExitCodes.USAGE;
        }
        SetSizeFilter filter = geneSets.filter();
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        ExpressionMatrix matrix;
        MatrixGroups matrixGroups;
        GroupContrast compared;
        List<GeneSet> sets;
        try {
            matrix = ExpressionFiles.read(expression, log2);
            matrixGroups = groupOptions.load(matrix, expression.toString());
            compared = GroupContrast.choose(contrast.given(), matrixGroups);
            compared.requireSamples(matrixGroups, matrix.sampleNames());
            sets = geneSets.load(settings, notes);
        } catch (IllegalArgumentException e) {
            err.println("senescope camera: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InputFormatException e) {
            err.println("senescope camera: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (CurationException e) {
            err.println("senescope camera: the bundled network cannot be built: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (IOException e) {
            err.println("senescope camera: cannot read input: " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        // Samples of other groups are left out, not pooled into the variance (see docs/gene-set-analysis.md).
        GroupContrast.Compared two = compared.restrict(matrix, matrixGroups.groups());
        String test = compared.test();
        String reference = compared.reference();
        FilteredGeneSets filtered = filter.apply(sets, matrix.rowIds());
        if (filtered.kept().isEmpty()) {
            err.println("senescope camera: no gene set has between " + geneSets.minSize + " and " + geneSets.maxSize
                    + " genes in the data (" + filtered.skipped().size() + " sets skipped: "
                    + GeneSetTables.reasonCounts(filtered.skipped()) + "); nothing written");
            return ExitCodes.DATA_ERROR;
        }
        Tested tested;
        try {
            tested = fry ? fry(two.matrix(), two.groups(), compared, filtered)
                    : camera(two.matrix(), two.groups(), compared, filtered, correlation);
        } catch (IllegalArgumentException e) {
            err.println("senescope camera: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        }
        settings.put("method", fry
                ? "fry (limma 3.54, standardize = posterior.sd, robust = FALSE, trend = FALSE), " + test + " vs "
                        + reference
                : "camera (limma 3.54), " + test + " vs " + reference + (useRanks ? ", ranks" : "")
                        + ", inter-gene correlation " + (Double.isNaN(correlation) ? "estimated per set" : interGeneCor));
        settings.put("expression", expression + (log2 ? " (log2 taken)" : ""));
        settings.put("groups", matrixGroups.summary());
        try {
            Files.createDirectories(out);
            AtomicFileWriter.write(out.resolve(method + ".tsv"), o -> o.write(tested.table()));
            AtomicFileWriter.write(out.resolve(method + "-skipped.tsv"),
                    o -> o.write(GeneSetTables.skippedTable(filtered.skipped()).getBytes(StandardCharsets.UTF_8)));
            AtomicFileWriter.write(out.resolve(method + "-settings.tsv"),
                    o -> o.write(GeneSetTables.settingsTable(settings).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            err.println("senescope camera: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        notes.forEach(n -> stdout.println("note: " + n));
        stdout.printf("%d gene sets tested (%s), %d skipped (%s)%n", filtered.kept().size(), tested.significant(),
                filtered.skipped().size(), GeneSetTables.reasonCounts(filtered.skipped()));
        return ExitCodes.OK;
    }

    /** A method's result table as TSV bytes, and how many sets have FDR below 0.05, in words. */
    private record Tested(byte[] table, String significant) {
    }

    private Tested camera(ExpressionMatrix matrix, SampleGroups groups, GroupContrast compared,
                          FilteredGeneSets filtered, double correlation) {
        List<CameraSetResult> results = Camera.camera(matrix, groups, compared.reference(), compared.test(), filtered,
                correlation, useRanks);
        return new Tested(table(results), results.stream().filter(r -> r.fdr() < 0.05).count() + " with FDR < 0.05");
    }

    private Tested fry(ExpressionMatrix matrix, SampleGroups groups, GroupContrast compared,
                       FilteredGeneSets filtered) {
        List<FrySetResult> results = Fry.fry(matrix, groups, compared.reference(), compared.test(), filtered);
        return new Tested(fryTable(results, filtered), results.stream().filter(r -> r.fdr() < 0.05).count()
                + " with FDR < 0.05, " + results.stream().filter(r -> r.fdrMixed() < 0.05).count()
                + " with mixed FDR < 0.05");
    }

    private static byte[] table(List<CameraSetResult> results) {
        StringBuilder b = new StringBuilder("gene_set\tgenes\tcorrelation\tdirection\tp\tfdr\tp_down\tp_up\n");
        results.stream().sorted(Comparator.comparingDouble(CameraSetResult::pValue)
                        .thenComparing(CameraSetResult::name))
                .forEach(r -> b.append(r.name()).append('\t').append(r.genes()).append('\t')
                        .append(GseaTables.number(r.correlation())).append('\t').append(r.direction()).append('\t')
                        .append(GseaTables.number(r.pValue())).append('\t').append(GseaTables.number(r.fdr()))
                        .append('\t').append(GseaTables.number(r.down())).append('\t')
                        .append(GseaTables.number(r.up())).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sorted as limma's {@code sort = "directional"}: p, then larger sets first, then the mixed p (then name). */
    private static byte[] fryTable(List<FrySetResult> results, FilteredGeneSets sets) {
        Map<String, Integer> sizeBefore = new HashMap<>();
        for (IndexedGeneSet set : sets.kept()) {
            sizeBefore.put(set.name(), set.sizeBefore());
        }
        StringBuilder b = new StringBuilder("gene_set\tset_size\tgenes\tdirection\tp\tfdr\tp_mixed\tfdr_mixed\n");
        results.stream().sorted(Comparator.comparingDouble(FrySetResult::pValue)
                        .thenComparing(Comparator.comparingInt(FrySetResult::genes).reversed())
                        .thenComparingDouble(FrySetResult::pValueMixed).thenComparing(FrySetResult::name))
                .forEach(r -> b.append(r.name()).append('\t').append(sizeBefore.get(r.name())).append('\t')
                        .append(r.genes()).append('\t').append(r.direction()).append('\t')
                        .append(GseaTables.number(r.pValue())).append('\t').append(GseaTables.number(r.fdr()))
                        .append('\t').append(GseaTables.number(r.pValueMixed())).append('\t')
                        .append(GseaTables.number(r.fdrMixed())).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
