package org.senescope.cli;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.limma.Camera;
import org.senescope.analysis.limma.CameraSetResult;
import org.senescope.io.AtomicFileWriter;
import org.senescope.io.InputFormatException;
import org.senescope.io.cls.ClsReader;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code senescope camera}: limma's competitive gene-set test on a two-group design, as limma 3.54 computes it. */
@Command(name = "camera",
        mixinStandardHelpOptions = true,
        description = {"Competitive gene-set test (limma's camera) of TEST vs REFERENCE samples.",
                "Writes camera.tsv (smallest p first), camera-skipped.tsv and camera-settings.tsv, each whole or not "
                        + "at all."})
final class CameraCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--expression", paramLabel = "FILE", required = true,
            description = "Expression matrix on the log scale: GCT, or a TSV/CSV/XLSX table with genes in rows.")
    Path expression;

    @Option(names = "--cls", paramLabel = "FILE", required = true,
            description = "Sample groups (GSEA CLS), one label per sample in the matrix's order.")
    Path cls;

    @Option(names = "--reference", paramLabel = "GROUP", required = true, description = "The baseline group, e.g. WT.")
    String reference;

    @Option(names = "--test", paramLabel = "GROUP", required = true, description = "The group compared, e.g. MUT.")
    String test;

    @Option(names = "--log2", description = "Take log2 of every value first (for linear-scale intensities).")
    boolean log2;

    @Option(names = "--inter-gene-cor", paramLabel = "R|estimate", defaultValue = "0.01",
            description = "Correlation assumed between genes of a set, or 'estimate' to estimate it per set "
                    + "(limma's inter.gene.cor = NA) (default: ${DEFAULT-VALUE}).")
    String interGeneCor;

    @Option(names = "--use-ranks", description = "Correlation-adjusted rank-sum test instead of the t-test on z-scores.")
    boolean useRanks;

    @CommandLine.Mixin
    GeneSetOptions geneSets;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
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
        SetSizeFilter filter;
        try {
            filter = geneSets.filter();
        } catch (IllegalArgumentException e) {
            err.println("senescope camera: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (geneSets.isEmpty()) {
            err.println("senescope camera: give at least one --gene-sets FILE or --modules");
            return ExitCodes.USAGE;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        ExpressionMatrix matrix;
        SampleGroups groups;
        List<GeneSet> sets;
        try {
            matrix = ExpressionFiles.read(expression, log2);
            groups = new ClsReader().read(cls, matrix.sampleNames());
            sets = geneSets.load(settings, notes);
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
        for (String group : List.of(reference, test)) {
            if (!groups.groupNames().contains(group)) {
                err.println("senescope camera: group '" + group + "' is not in " + cls + "; its groups are "
                        + String.join(", ", groups.groupNames()));
                return ExitCodes.USAGE;
            }
        }
        FilteredGeneSets filtered = filter.apply(sets, matrix.rowIds());
        if (filtered.kept().isEmpty()) {
            err.println("senescope camera: no gene set has between " + geneSets.minSize + " and " + geneSets.maxSize
                    + " genes in the data (" + filtered.skipped().size() + " sets skipped: "
                    + GeneSetOptions.reasonCounts(filtered.skipped()) + "); nothing written");
            return ExitCodes.DATA_ERROR;
        }
        List<CameraSetResult> results;
        try {
            results = Camera.camera(matrix, groups, reference, test, filtered, correlation, useRanks);
        } catch (IllegalArgumentException e) {
            err.println("senescope camera: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        }
        settings.put("method", "camera (limma 3.54), " + test + " vs " + reference + (useRanks ? ", ranks" : "")
                + ", inter-gene correlation " + (Double.isNaN(correlation) ? "estimated per set" : interGeneCor));
        settings.put("expression", expression + (log2 ? " (log2 taken)" : ""));
        settings.put("groups", cls + ": " + groups.count(test) + " " + test + ", " + groups.count(reference) + " "
                + reference);
        try {
            Files.createDirectories(out);
            AtomicFileWriter.write(out.resolve("camera.tsv"), o -> o.write(table(results)));
            AtomicFileWriter.write(out.resolve("camera-skipped.tsv"),
                    o -> o.write(GeneSetOptions.skippedTable(filtered.skipped()).getBytes(StandardCharsets.UTF_8)));
            AtomicFileWriter.write(out.resolve("camera-settings.tsv"),
                    o -> o.write(GeneSetOptions.settingsTable(settings).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            err.println("senescope camera: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        notes.forEach(n -> stdout.println("note: " + n));
        long significant = results.stream().filter(r -> r.fdr() < 0.05).count();
        stdout.printf("%d gene sets tested (%d with FDR < 0.05), %d skipped (%s)%n", results.size(), significant,
                filtered.skipped().size(), GeneSetOptions.reasonCounts(filtered.skipped()));
        return ExitCodes.OK;
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
}
