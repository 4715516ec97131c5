package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.format.NetworkFormat;
import org.senescope.read.results.ModuleScoreReader;
import org.senescope.model.analysis.OtherSetPolicy;
import org.senescope.model.figure.FigureOptions;
import org.senescope.output.PlannedFile;

/**
 * What a GSEA writes after its tables, from the results table on disk: the network figure with each module's NES on
 * its member nodes and in the legend (through {@link FigureJob}, so its recipe records {@code gsea.tsv} by checksum
 * and {@code senescope figure --recipe} remakes it), and the network files whose node tables carry the module scores.
 * Both read the scores back from the written {@value GseaTables#RESULTS}, so they show exactly what the table holds;
 * gene sets that are not modules are left out. Immutable; {@link #write} must follow the writing of the tables.
 */
public sealed interface GseaModuleOutputs {

    /** The base name of the figure and network files. */
    String BASE_NAME = "gsea-modules";

    /**
     * Draws the figure and writes it and the network files as one set, whole or not at all.
     *
     * @param existing what to do with a file that exists where one of them goes
     * @return the files written: the figure's, then the network's; empty when nothing was asked for
     * @throws org.senescope.failure.InputFormatException when the results table cannot be read back
     * @throws IOException                               when a file cannot be read or written (then none is)
     */
    List<Path> write(ExistingFiles existing) throws IOException;

    /** Nothing to write. */
    record None() implements GseaModuleOutputs {
        @Override
        public List<Path> write(ExistingFiles existing) {
            return List.of();
        }
    }

    /**
     * The figure in {@code figure} formats and the network in {@code export} formats, into {@code directory}.
     *
     * @param network     the network whose modules were tested
     * @param origin      where the network came from, as the figure recipe names it
     * @param directory   the folder holding the results table, and the files' folder
     * @param figure      the figure's formats; empty for none
     * @param export      the network formats; empty for none
     * @param rankingName the ranking, for the figure's title
     * @param read        the files the GSEA read (ranking, GMT files, curation), which no file may replace
     */
    record Planned(Network network, NetworkOrigin origin, Path directory, List<FigureFormat> figure,
                   List<NetworkFormat> export, String rankingName, List<Path> read) implements GseaModuleOutputs {

        public Planned {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(directory, "directory");
            figure = List.copyOf(figure);
            export = List.copyOf(export);
            Objects.requireNonNull(rankingName, "rankingName");
            read = List.copyOf(read);
        }

        @Override
        public List<Path> write(ExistingFiles existing) throws IOException {
            List<PlannedFile> files = new ArrayList<>();
            List<Path> inputs = new ArrayList<>(read);
            if (!figure.isEmpty()) {
                FigureOptions options = FigureOptions.defaults("Senescence\u2013immunity modules: GSEA of "
                        + rankingName, "");
                FigureRequest request = new FigureRequest(origin, new FigureData.None(),
                        List.of(new ModuleScoreTable(directory.resolve(GseaTables.RESULTS), OtherSetPolicy.SKIP)),
                        options, figure, directory, BASE_NAME);
                OutputSet drawn = FigureJob.run(request, network).files();
                files.addAll(drawn.files());
                inputs.addAll(drawn.inputs());
            }
            if (!export.isEmpty()) {
                Set<String> ids = network.modules().stream().map(Module::id).collect(Collectors.toSet());
                ModuleScores scores = new ModuleScoreReader(ids, OtherSetPolicy.SKIP)
                        .read(directory.resolve(GseaTables.RESULTS)).scores();
                files.addAll(ExportJob.run(new ExportRequest(network, new NetworkLayer.ModuleScored(scores),
                        new FileOutput.Folder(directory, BASE_NAME, export))).files().files());
            }
            OutputSet set = new OutputSet(directory, files, inputs);
            set.write(existing);
            return set.paths();
        }
    }
}
