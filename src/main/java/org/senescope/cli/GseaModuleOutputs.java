package org.senescope.cli;

import org.senescope.workflow.GseaTables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.senescope.workflow.FigureJob;
import org.senescope.output.AtomicFileWriter;
import org.senescope.model.format.NetworkFormat;
import org.senescope.export.files.OutputFile;
import org.senescope.export.cx2.Cx2Writer;
import org.senescope.export.cyjs.CyjsWriter;
import org.senescope.export.graphml.GraphmlWriter;
import org.senescope.read.results.ModuleScoreReader;
import org.senescope.read.results.OtherSetPolicy;
import org.senescope.export.xgmml.CytoscapeStyleWriter;
import org.senescope.export.xgmml.XgmmlWriter;
import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.FigureOptions;
import org.senescope.render.recipe.RecipeFormatException;

/**
 * What {@code senescope gsea --figure/--export} writes beside the results: the network figure with each module's NES
 * on its member nodes and in the legend (through {@link FigureJob}, so its recipe records {@code gsea.tsv} by checksum
 * and {@code senescope figure --recipe} remakes it), and the network files whose node tables carry the module scores.
 * Both read the scores back from the written {@code gsea.tsv}, so they show exactly what the table holds; gene sets
 * that are not modules (GMT sets tested alongside) are left out.
 */
final class GseaModuleOutputs {

    /** The base name of the figure and network files. */
    static final String BASE_NAME = "gsea-modules";

    private GseaModuleOutputs() {
    }

    /** Refuses a network format whose files cannot carry the module-score columns. */
    static void checkExportFormats(List<NetworkFormat> formats) {
        if (formats.contains(NetworkFormat.SIF)) {
            throw new IllegalArgumentException("--export: module scores are not carried in sif; use cx2, xgmml, "
                    + "graphml or cyjs");
        }
    }

    /**
     * Draws the figure into {@code directory} from the results table there.
     *
     * @return the files written
     */
    static List<Path> figure(String networkName, Network network, Path directory, List<FigureFormat> formats,
                             String rankingName) throws IOException, RecipeFormatException {
        FigureOptions options = FigureOptions.defaults("Senescence\u2013immunity modules: GSEA of " + rankingName, "");
        FigureJob job = new FigureJob(networkName, List.of(), List.of(), SpeciesChoice.AUTO, "", "", options,
                formats, BASE_NAME, List.of(directory.resolve(GseaTables.RESULTS)), OtherSetPolicy.SKIP);
        return job.run(network, directory, "").files();
    }

    /**
     * Writes the network in {@code formats} with the module-score node columns, all or nothing.
     *
     * @return the files written
     */
    static List<Path> export(Network network, Path directory, List<NetworkFormat> formats) throws IOException {
        Set<String> ids = network.modules().stream().map(Module::id).collect(Collectors.toSet());
        ModuleScores scores = new ModuleScoreReader().read(directory.resolve(GseaTables.RESULTS), ids,
                OtherSetPolicy.SKIP).scores();
        List<OutputFile> files = new ArrayList<>();
        for (NetworkFormat format : formats.stream().distinct().toList()) {
            String base = BASE_NAME + "." + format.formatName();
            switch (format) {
                case CX2 -> files.add(new OutputFile(base, new Cx2Writer().withModuleScores(scores)));
                case XGMML -> {
                    files.add(new OutputFile(base, new XgmmlWriter().withModuleScores(scores)));
                    files.add(new OutputFile(BASE_NAME + ".style.xml", new CytoscapeStyleWriter()));
                }
                case GRAPHML -> files.add(new OutputFile(base, new GraphmlWriter().withModuleScores(scores)));
                case CYJS -> files.add(new OutputFile(base, new CyjsWriter().withModuleScores(scores)));
                case SIF -> throw new IllegalArgumentException("sif cannot carry module scores");
            }
        }
        Files.createDirectories(directory);
        AtomicFileWriter.writeAll(OutputFile.planAll(directory, files, network));
        return files.stream().map(f -> directory.resolve(f.fileName())).toList();
    }
}
