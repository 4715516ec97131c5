package org.senescope.cli;

import org.senescope.export.files.NetworkFiles;

import org.senescope.workflow.GroupedValues;
import org.senescope.workflow.GroupContrast;
import org.senescope.workflow.ValueScale;
import org.senescope.workflow.MatrixGroups;
import org.senescope.workflow.ExpressionFiles;
import org.senescope.workflow.RelabelledOverlay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.senescope.output.AtomicFileWriter;
import org.senescope.failure.InputFormatException;
import org.senescope.model.format.NetworkFormat;
import org.senescope.export.files.OutputFile;
import org.senescope.export.OverlayLayer;
import org.senescope.read.table.TableOptions;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.overlay.DuplicateRule;
import org.senescope.overlay.EdgeConsistency;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;
import org.senescope.overlay.ModuleSummary;
import org.senescope.overlay.OverlayMapper;
import org.senescope.overlay.OverlayOptions;
import org.senescope.overlay.OverlayResult;
import org.senescope.overlay.OverlayTableWriter;
import org.senescope.model.overlay.SpeciesChoice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code senescope overlay}: lays a user's expression data over the network and writes it coloured. */
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

    @Option(names = "--network", paramLabel = "NAME", defaultValue = "default",
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

    @Option(names = "--species", paramLabel = "S", defaultValue = "auto",
            description = "human, mouse or auto (default: ${DEFAULT-VALUE}).")
    String species;

    @Option(names = "--duplicates", paramLabel = "RULE", defaultValue = "most-significant",
            description = "Several rows for one node: most-significant, mean or max-abs (default: ${DEFAULT-VALUE}).")
    String duplicates;

    @Option(names = "--range", paramLabel = "R", defaultValue = "0",
            description = "Colour range: values at or beyond ±R get the end colours (default: from the data).")
    double range;

    @CommandLine.Mixin
    GroupOptions groups;

    @CommandLine.Mixin
    ContrastOption contrast;

    @Option(names = "--log2", description = "With --groups: take log2 of every matrix value first (for linear-scale "
            + "intensities).")
    boolean log2;

    @Option(names = "--name", paramLabel = "BASE", defaultValue = "senescence-immunity-overlay",
            description = "Base name of the files written (default: ${DEFAULT-VALUE}).")
    String baseName;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (!usage.isEmpty()) {
            err.println("senescope overlay: " + usage);
            return ExitCodes.USAGE;
        }
        OverlayOptions options = new OverlayOptions(idColumn, valueColumns, padjColumn,
                SpeciesChoice.valueOf(species.toUpperCase(Locale.ROOT)),
                DuplicateRule.fromOptionName(duplicates).orElseThrow(), range, 0.05);
        Network net;
        GeneReference genes = SenescenceImmunityNetwork.bundledGenes();
        try {
            net = SenescenceImmunityNetwork.buildBundled();
        } catch (CurationException e) {
            err.println("senescope overlay: the bundled network does not build: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        }
        OverlayResult result;
        GroupedValues grouped = null;
        try {
            if (groups.file().isPresent()) {
                try {
                    grouped = groupedValues(err);
                } catch (IllegalArgumentException e) {
                    err.println("senescope overlay: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                OverlayResult mapped = new OverlayMapper(net, genes).map(List.of(grouped.table()), options);
                result = RelabelledOverlay.of(net, mapped, grouped.conditions(), grouped.valueLabel(),
                        grouped.description(), options);
            } else {
                List<InputTable> tables = new ArrayList<>();
                for (Path file : data) {
                    tables.add(InputTableReader.read(file, TableOptions.defaults()));
                }
                result = new OverlayMapper(net, genes).map(tables, options);
            }
        } catch (InputFormatException e) {
            err.println(e.getMessage());
            err.println("senescope overlay: bad input data; nothing written");
            return ExitCodes.DATA_ERROR;
        } catch (NoSuchFileException e) {
            err.println("senescope overlay: no such file: " + e.getFile());
            return ExitCodes.IO_ERROR;
        } catch (IOException e) {
            err.println("senescope overlay: cannot read input: " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        List<OutputFile> files = outputFiles(net, result);
        if (grouped != null && !grouped.topTable().isEmpty()) {
            byte[] top = grouped.topTable().getBytes(StandardCharsets.UTF_8);
            files.add(new OutputFile(baseName + ".contrast.tsv", (n, o) -> o.write(top)));
        }
        try {
            Files.createDirectories(out);
            AtomicFileWriter.writeAll(OutputFile.planAll(out, files, net));
        } catch (IOException e) {
            err.println("senescope overlay: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        printSummary(spec.commandLine().getOut(), result, files);
        return ExitCodes.OK;
    }

    /**
     * The matrix's values by group: a limma contrast with {@code --contrast}, else the group means.
     *
     * @throws IllegalArgumentException (a usage error) when the contrast does not name two groups
     */
    private GroupedValues groupedValues(PrintWriter err) throws IOException {
        ExpressionFiles.ReadMatrix read = ExpressionFiles.readAsIs(data.get(0));
        ExpressionMatrix values = log2 ? ExpressionFiles.log2(read) : read.matrix();
        MatrixGroups matrixGroups = groups.load(values, read.source());
        GroupedValues grouped;
        if (contrast.given().isEmpty()) {
            grouped = GroupedValues.means(read, values, matrixGroups, log2);
        } else {
            GroupContrast chosen = GroupContrast.choose(contrast.given(), matrixGroups);
            chosen.requireSamples(matrixGroups, values.sampleNames());
            grouped = GroupedValues.contrast(read, values, matrixGroups, chosen, log2);
        }
        ValueScale.warning(read.source(), read.matrix(), log2).ifPresent(w -> err.println("senescope overlay: " + w));
        spec.commandLine().getOut().println("Groups: " + matrixGroups.summary());
        return grouped;
    }

    private String usageProblem() {
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
        if (groups.file().isPresent() && (!valueColumns.isEmpty() || !padjColumn.isEmpty() || !idColumn.isEmpty())) {
            return "--value-column, --padj-column and --id-column are for result tables; with --groups the matrix's "
                    + "first column holds the identifiers and the values are computed";
        }
        if (!network.equals("default")) {
            return "--network: only 'default' (the bundled senescence–immunity network) is available, found '"
                    + network + "'";
        }
        if (!List.of("auto", "human", "mouse").contains(species.toLowerCase(Locale.ROOT))) {
            return "--species: expected human, mouse or auto, found '" + species + "'";
        }
        if (DuplicateRule.fromOptionName(duplicates).isEmpty()) {
            return "--duplicates: expected one of " + Arrays.stream(DuplicateRule.values())
                    .map(DuplicateRule::optionName).collect(Collectors.joining(", ")) + ", found '" + duplicates + "'";
        }
        if (!(range >= 0) || Double.isInfinite(range)) {
            return "--range: expected a positive number (or 0 for a range from the data), found " + range;
        }
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            return "--name must be a plain file name, found '" + baseName + "'";
        }
        return "";
    }

    private List<OutputFile> outputFiles(Network net, OverlayResult result) {
        OverlayLayer layer = result.layer();
        List<OutputFile> files = new ArrayList<>();
        for (NetworkFormat format : NetworkFormat.values()) {
            files.addAll(NetworkFiles.of(format, baseName, layer));
        }
        files.add(new OutputFile(baseName + ".overlay.tsv", (n, o) -> OverlayTableWriter.writeNodes(net, result, o)));
        files.add(new OutputFile(baseName + ".mapping-report.tsv", (n, o) -> result.report().writeTsv(o)));
        files.add(new OutputFile(baseName + ".modules.tsv", (n, o) -> OverlayTableWriter.writeModules(result, o)));
        files.add(new OutputFile(baseName + ".edge-consistency.tsv",
                (n, o) -> OverlayTableWriter.writeEdges(result, o)));
        return files;
    }

    private void printSummary(PrintWriter o, OverlayResult result, List<OutputFile> files) {
        result.report().summary().forEach(o::println);
        String first = result.overlay().conditions().get(0);
        o.printf(Locale.ROOT, "Colours: %s in %s, blue -%.1f .. white 0 .. red +%.1f; grey: not measured; "
                + "wide border: adjusted p < %s%n", result.overlay().valueLabel(), first,
                result.colourScale().range(), result.colourScale().range(), result.threshold());
        for (ModuleSummary m : result.modules()) {
            if (m.condition().equals(first) && m.measured() > 0) {
                o.printf(Locale.ROOT, "  module %s: %d of %d gene nodes measured, mean %.2f, %d up and %d down "
                        + "significantly%n", m.label(), m.measured(), m.geneNodes(), m.meanValue(), m.upSignificant(),
                        m.downSignificant());
            }
        }
        List<EdgeConsistency> edges = result.edges().stream().filter(e -> e.condition().equals(first)).toList();
        o.printf("Edge consistency (a heuristic): %d agree, %d disagree, %d cannot say, of %d signed edges between "
                        + "measured genes%n", count(edges, EdgeConsistency.AGREE), count(edges, EdgeConsistency.DISAGREE),
                count(edges, EdgeConsistency.CANNOT_SAY), edges.size());
        o.printf("Wrote %d files to %s:%n", files.size(), out);
        for (OutputFile f : files) {
            o.printf("  %s%n", out.resolve(f.fileName()));
        }
        o.println("Open in Cytoscape 3.10+: File > Import > Network from File..., choose the .cx2 file "
                + "(coloured by the overlay).");
    }

    private static long count(List<EdgeConsistency> edges, String verdict) {
        return edges.stream().filter(e -> e.verdict().equals(verdict)).count();
    }
}
