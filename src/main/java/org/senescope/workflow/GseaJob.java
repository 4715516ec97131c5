package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.senescope.analysis.gsea.PrerankedGsea;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.model.Network;
import org.senescope.model.analysis.GseaRun;
import org.senescope.output.PlannedFile;
import org.senescope.read.TextTable;
import org.senescope.read.rnk.RnkReadResult;
import org.senescope.read.rnk.RnkReader;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.table.TableRanking;

/**
 * Preranked GSEA, written once for {@code senescope gsea} and the Cytoscape app: reads the ranking and the gene sets,
 * runs {@link PrerankedGsea} (fgseaMultilevel's algorithm), and plans the tables, plots and module outputs the request
 * asks for. Nothing is written here: the caller writes {@link GseaResult#files()}, then
 * {@link GseaResult#moduleOutputs()}. Stateless and thread-safe; runs on the caller's thread (the analysis itself
 * uses a fork-join pool).
 */
public final class GseaJob {

    private GseaJob() {
    }

    /**
     * Runs the GSEA {@code request} asks for.
     *
     * @throws org.senescope.failure.InputFormatException naming file, line and column of a bad ranking or GMT line
     * @throws org.senescope.failure.BadDataException     when the ranking has no usable statistic, the network's
     *                                                    curation does not build, or no set has a size in range
     * @throws org.senescope.failure.BadRequestException  when a curation folder is not a folder
     * @throws IOException                                when an input file cannot be read
     */
    public static GseaResult run(GseaRequest request) throws IOException {
        RankingSource.Given read = read(request.ranking());
        Ranking ranking = Ranking.of(read.list());
        Optional<Network> network = request.geneSets().modules().load();
        DataIdentifiers data = new DataIdentifiers(read.description(), ranking.genes());
        GeneSetCatalog sets = network.isPresent() ? GeneSetCatalog.load(request.geneSets(), network.get(), data)
                : GeneSetCatalog.load(request.geneSets(), data);
        GseaRun run = PrerankedGsea.run(ranking, sets.all(), request.geneSets().filter(), request.options());
        List<String> notes = new ArrayList<>(read.notes());
        notes.addAll(sets.notes());
        notes.addAll(GseaTables.rankingNotes(run, ranking));
        notes.addAll(GeneSetTables.smallSetNotes(run.results().stream().collect(LinkedHashMap::new,
                (m, r) -> m.put(r.name(), r.size()), Map::putAll)));
        if (run.results().isEmpty()) {
            throw GeneSetTables.noSetInRange(request.geneSets(), "the ranking", read.description() + ", "
                    + run.rankedGenes() + " genes", run.skipped());
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("ranking", read.description());
        request.geneSets().modules().networkName().ifPresent(name -> inputs.put("network", name));
        inputs.putAll(sets.settings());
        Map<String, String> settings = GseaTables.settings(run, inputs);
        if (!(request.outputs() instanceof GseaOutputs.Files files)) {
            return new GseaResult(run, read.description(), notes, sets, settings, 0, OutputSet.empty(),
                    new GseaModuleOutputs.None());
        }
        List<PlannedFile> planned = new ArrayList<>(GseaTables.plan(files.directory(), run, settings));
        List<PlannedFile> plots = GseaPlots.plan(files.directory(), ranking, sets.byName(), run, files.plots());
        planned.addAll(plots);
        return new GseaResult(run, read.description(), notes, sets, settings, plots.size() / 3,
                new OutputSet(files.directory(), planned).reading(inputs(request)),
                network.isPresent() ? moduleOutputs(request, files, network.get()) : new GseaModuleOutputs.None());
    }

    /** The figure and network files of the scores of {@code network}'s modules, when asked for. */
    private static GseaModuleOutputs moduleOutputs(GseaRequest request, GseaOutputs.Files files, Network network)
            throws IOException {
        Optional<NetworkOrigin> origin = request.geneSets().modules().origin();
        if (!files.drawsModules() || origin.isEmpty()) {
            return new GseaModuleOutputs.None();
        }
        return new GseaModuleOutputs.Planned(network, origin.get(), files.directory(), files.figure(), files.export(),
                request.ranking().shortName(), inputs(request));
    }

    /** The files the request reads: the ranking's, the GMT files and the modules' curation folder. */
    private static List<Path> inputs(GseaRequest request) throws IOException {
        List<Path> files = new ArrayList<>(request.inputs());
        Optional<NetworkOrigin> origin = request.geneSets().modules().origin();
        if (origin.isPresent()) {
            files.addAll(origin.get().files());
        }
        return files;
    }

    /**
     * The ranking {@code source} names, read, with what the reader left out. Ties are not noted here: the analysis
     * notes them once, with fgsea's count.
     *
     * @throws org.senescope.failure.InputFormatException naming file, line and column of bad content or a missing
     *                                                    column
     */
    static RankingSource.Given read(RankingSource source) throws IOException {
        if (source instanceof RankingSource.RnkFile rnk) {
            RnkReadResult read = new RnkReader().read(rnk.file());
            List<String> notes = read.report().stream().skip(1).filter(line -> !line.contains("(ties)")).toList();
            return new RankingSource.Given(read.list(), rnk.file().toString(), notes);
        }
        if (source instanceof RankingSource.TableColumn column) {
            TextTable table = new DelimitedTableReader().read(column.file());
            String name = column.file().toString();
            String genes = column.geneNames() instanceof ColumnChoice.Named named ? named.name() : "";
            TableRanking ranking = TableRanking.of(table, name, column.column(), genes);
            return new RankingSource.Given(ranking.list(), name + " column " + column.column(), ranking.notes());
        }
        return (RankingSource.Given) source;
    }
}
