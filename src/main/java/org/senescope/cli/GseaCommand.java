package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.senescope.model.analysis.GseaRun;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.format.NetworkFormat;
import org.senescope.workflow.ColumnChoice;
import org.senescope.workflow.NetworkOrigin;
import org.senescope.workflow.GseaJob;
import org.senescope.workflow.GseaOutputs;
import org.senescope.workflow.GeneSetChoice;
import org.senescope.workflow.GseaRequest;
import org.senescope.workflow.GseaResult;
import org.senescope.workflow.GseaTables;
import org.senescope.workflow.ModuleChoice;
import org.senescope.workflow.RankingSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code senescope gsea}: preranked GSEA of gene sets (GMT files, the network's modules) on a ranking. */
@Command(name = "gsea",
        mixinStandardHelpOptions = true,
        description = {"Preranked gene-set enrichment analysis, as fgseaMultilevel computes it: enrichment score "
                + "(weight 1) and leading edge, NES, p-values by adaptive multilevel splitting, Benjamini-Hochberg q.",
                "Writes gsea.tsv (one row per set), gsea-skipped.tsv (sets left out, with the reason) and "
                        + "gsea-settings.tsv (seed and every setting), each whole or not at all.",
                "With --modules, --figure and --export put each module's NES back on the network "
                        + "(gsea-modules.*)."})
final class GseaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(multiplicity = "1")
    RankingOptions source;

    /** {@code --ranks FILE}, or {@code --table FILE --column NAME [--gene-column NAME]}. */
    static final class RankingOptions {
        @Option(names = "--ranks", paramLabel = "FILE", required = true,
                description = "A .rnk ranked list (gene TAB statistic).")
        Path ranks;

        @CommandLine.ArgGroup(exclusive = false)
        TableOptions table;

        RankingSource source() {
            return ranks != null ? new RankingSource.RnkFile(ranks) : new RankingSource.TableColumn(table.file,
                    table.column, ColumnChoice.namedOrDefault(Objects.requireNonNullElse(table.geneColumn, "")));
        }
    }

    /** A differential-expression table ranked by one of its columns. */
    static final class TableOptions {
        @Option(names = "--table", paramLabel = "FILE", required = true,
                description = "A differential-expression table (TSV, CSV, XLSX) to rank by one of its columns.")
        Path file;

        @Option(names = "--column", paramLabel = "NAME", required = true,
                description = "The table's column to rank by (e.g. stat, t, log2FoldChange).")
        String column;

        @Option(names = "--gene-column", paramLabel = "NAME",
                description = "The column of gene names (default: the first column).")
        String geneColumn;
    }

    @CommandLine.Mixin
    GeneSetOptions geneSets;

    @Option(names = "--seed", defaultValue = "42",
            description = "Seed of all random numbers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--permutations", defaultValue = "10000",
            description = "Random sets for NES and permutation p-values (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--eps", defaultValue = "0",
            description = "Report p-values below this as eps, without estimating them (default: ${DEFAULT-VALUE}, "
                    + "estimate all).")
    double eps;

    @Option(names = "--plots", paramLabel = "N", defaultValue = "0",
            description = "Draw the enrichment plots of the N most significant sets as PNG, SVG and PDF into "
                    + "DIR/plots/ (default: ${DEFAULT-VALUE}, none).")
    int plots;

    @Option(names = "--network", paramLabel = "N", defaultValue = NetworkOrigin.BUNDLED_NAME,
            converter = FigureOptionWords.Network.class,
            description = "The network whose modules --modules tests and --figure draws: 'default' (the bundled one) "
                    + "or a curation folder, as for senescope figure (default: ${DEFAULT-VALUE}).")
    NetworkOrigin network;

    @Option(names = "--figure", paramLabel = "FORMAT", split = ",", converter = FigureCommand.FormatConverter.class,
            description = "Also draw the network with each module's NES on its member nodes and in the legend, as "
                    + "DIR/gsea-modules.<format> (png, svg, pdf, html) with a recipe and methods text; needs "
                    + "--modules.")
    List<FigureFormat> figure = new ArrayList<>();

    @Option(names = "--export", paramLabel = "FORMAT", split = ",", converter = NetworkCommand.FormatConverter.class,
            description = "Also write the network as DIR/gsea-modules.<format> (cx2, xgmml, graphml, cyjs) with node "
                    + "columns module_scores, module_score, module_score_q, module_score_module; needs --modules.")
    List<NetworkFormat> export = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        GseaResult result = GseaJob.run(request());
        List<Path> networkFiles = result.write(overwrite.existingFiles());
        PrintWriter stdout = spec.commandLine().getOut();
        result.notes().forEach(n -> stdout.println("note: " + n));
        GseaRun run = result.run();
        stdout.printf("%d gene sets tested, %d skipped (%s), %d with BH q < 0.05; seed %d%n", run.results().size(),
                run.skipped().size(), result.skippedByReason(), result.significant(), seed);
        stdout.printf("Wrote %s, %s and %s%n", out.resolve(GseaTables.RESULTS), out.resolve(GseaTables.SKIPPED),
                out.resolve(GseaTables.SETTINGS));
        if (result.plots() > 0) {
            stdout.printf("Wrote %d enrichment plots (PNG, SVG, PDF) into %s%n", result.plots(),
                    out.resolve(GseaOutputs.PLOTS_FOLDER));
        }
        if (!networkFiles.isEmpty()) {
            stdout.printf("Wrote the network with the module scores: %s%n", String.join(", ",
                    networkFiles.stream().map(p -> p.getFileName().toString()).toList()));
        }
        return 0;
    }

    /**
     * The GSEA the options ask for.
     *
     * @throws CommandLine.ParameterException when the options do not fit together
     * @throws org.senescope.failure.BadRequestException when a setting is out of range
     */
    GseaRequest request() {
        GeneSetChoice sets = geneSets.choice(new ModuleChoice.Of(network));
        if ((!figure.isEmpty() || !export.isEmpty()) && !geneSets.modules) {
            throw usage("--figure and --export draw the network's module scores; add --modules");
        }
        if (export.contains(NetworkFormat.SIF)) {
            throw usage("--export: module scores are not carried in sif; use cx2, xgmml, graphml or cyjs");
        }
        if (plots < 0) {
            throw usage("--plots must be 0 or more, found " + plots);
        }
        return new GseaRequest(source.source(), sets, seed, permutations, eps, new GseaOutputs.Files(out, plots,
                figure, export));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
