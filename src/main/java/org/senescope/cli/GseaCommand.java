package org.senescope.cli;

import org.senescope.workflow.GeneSetTables;

import org.senescope.workflow.GseaTables;

import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.gsea.GseaOptions;
import org.senescope.analysis.gsea.GseaRun;
import org.senescope.analysis.gsea.PrerankedGsea;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.analysis.gsea.RankingException;
import org.senescope.workflow.NetworkOrigin;
import org.senescope.failure.InputFormatException;
import org.senescope.model.format.NetworkFormat;
import org.senescope.read.rnk.RnkReadResult;
import org.senescope.read.rnk.RnkReader;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.table.TableRanking;
import org.senescope.read.TextTable;
import org.senescope.knowledge.CurationException;
import org.senescope.model.Network;
import org.senescope.model.data.GeneSet;
import org.senescope.model.data.RankedList;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.recipe.RecipeFormatException;
import org.senescope.render.plots.EnrichmentPlots;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

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
    RankingSource source;

    static final class RankingSource {
        @Option(names = "--ranks", paramLabel = "FILE", required = true,
                description = "A .rnk ranked list (gene TAB statistic).")
        Path ranks;

        @CommandLine.ArgGroup(exclusive = false)
        TableSource table;
    }

    static final class TableSource {
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
            description = "The network whose modules --modules tests and --figure draws: 'default' (the bundled one) "
                    + "or a curation folder, as for senescope figure (default: ${DEFAULT-VALUE}).")
    String network;

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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!geneSets.usageProblem().isEmpty()) {
            err.println("senescope gsea: " + geneSets.usageProblem());
            return ExitCodes.USAGE;
        }
        GseaOptions options;
        SetSizeFilter filter;
        try {
            if (plots < 0) {
                throw new IllegalArgumentException("--plots must be 0 or more, found " + plots);
            }
            options = new GseaOptions(seed, permutations, 101, eps);
            filter = geneSets.filter();
            if ((!figure.isEmpty() || !export.isEmpty()) && !geneSets.modules) {
                throw new IllegalArgumentException("--figure and --export draw the network's module scores; add "
                        + "--modules");
            }
            GseaModuleOutputs.checkExportFormats(export);
        } catch (IllegalArgumentException e) {
            err.println("senescope gsea: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Ranking ranking;
        List<GeneSet> sets = new ArrayList<>();
        Network modulesOf = null;
        try {
            ranking = Ranking.of(readRanking(settings, notes));
            if (geneSets.modules) {
                try {
                    modulesOf = NetworkOrigin.parse(network).load();
                } catch (IllegalArgumentException e) {
                    err.println("senescope gsea: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                settings.put("network", network);
            }
            sets.addAll(geneSets.modules ? geneSets.load(settings, notes, modulesOf) : geneSets.load(settings, notes));
        } catch (InputFormatException | RankingException e) {
            err.println("senescope gsea: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (CurationException e) {
            err.println("senescope gsea: the network cannot be built: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (IOException e) {
            err.println("senescope gsea: cannot read input: " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        GseaRun run = PrerankedGsea.run(ranking, sets, filter, options);
        notes.addAll(GseaTables.rankingNotes(run, ranking));
        if (run.results().isEmpty()) {
            err.println("senescope gsea: no gene set has between " + geneSets.minSize + " and " + geneSets.maxSize
                    + " genes in the ranking (" + run.skipped().size() + " sets skipped: "
                    + GeneSetTables.reasonCounts(run.skipped()) + "); nothing written");
            return ExitCodes.DATA_ERROR;
        }
        int drawn = 0;
        List<Path> networkFiles = new ArrayList<>();
        try {
            Files.createDirectories(out);
            GseaTables.write(out, run, settings);
            if (plots > 0) {
                drawn = EnrichmentPlots.write(ranking, sets, run, plots, out.resolve("plots")).size() / 3;
            }
            if (!figure.isEmpty()) {
                networkFiles.addAll(GseaModuleOutputs.figure(network, modulesOf, out, figure.stream().distinct()
                        .toList(), rankingName()));
            }
            if (!export.isEmpty()) {
                networkFiles.addAll(GseaModuleOutputs.export(modulesOf, out, export));
            }
        } catch (InputFormatException | RecipeFormatException e) {
            err.println("senescope gsea: cannot draw the module scores: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (IOException e) {
            err.println("senescope gsea: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        notes.forEach(n -> stdout.println("note: " + n));
        long significant = run.results().stream().filter(r -> r.q() < 0.05).count();
        stdout.printf("%d gene sets tested, %d skipped (%s), %d with BH q < 0.05; seed %d%n", run.results().size(),
                run.skipped().size(), GeneSetTables.reasonCounts(run.skipped()), significant, seed);
        stdout.printf("Wrote %s, %s and %s%n", out.resolve(GseaTables.RESULTS), out.resolve(GseaTables.SKIPPED),
                out.resolve(GseaTables.SETTINGS));
        if (drawn > 0) {
            stdout.printf("Wrote %d enrichment plots (PNG, SVG, PDF) into %s%n", drawn, out.resolve("plots"));
        }
        if (!networkFiles.isEmpty()) {
            stdout.printf("Wrote the network with the module scores: %s%n", String.join(", ",
                    networkFiles.stream().map(p -> p.getFileName().toString()).toList()));
        }
        return ExitCodes.OK;
    }

    private String rankingName() {
        Path file = source.ranks != null ? source.ranks : source.table.file;
        return file.getFileName() + (source.ranks != null ? "" : " (" + source.table.column + ")");
    }

    private RankedList readRanking(Map<String, String> settings, List<String> notes) throws IOException {
        if (source.ranks != null) {
            RnkReadResult rnk = new RnkReader().read(source.ranks);
            settings.put("ranking", source.ranks.toString());
            // Ties are reported once, by the analysis, with fgsea's count.
            rnk.report().stream().skip(1).filter(line -> !line.contains("(ties)")).forEach(notes::add);
            return rnk.list();
        }
        TextTable table = new DelimitedTableReader().read(source.table.file);
        String name = source.table.file.toString();
        TableRanking ranking = TableRanking.of(table, name, source.table.column,
                source.table.geneColumn == null ? "" : source.table.geneColumn);
        notes.addAll(ranking.notes());
        settings.put("ranking", name + " column " + source.table.column);
        return ranking.list();
    }
}
