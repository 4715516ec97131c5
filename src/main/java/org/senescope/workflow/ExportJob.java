package org.senescope.workflow;

import java.util.ArrayList;
import java.util.List;

import org.senescope.export.AttributeTables;
import org.senescope.export.ModuleScoreAttributes;
import org.senescope.export.OverlayLayer;
import org.senescope.export.files.NetworkFiles;
import org.senescope.export.files.OutputFile;
import org.senescope.failure.BadRequestException;
import org.senescope.model.Network;
import org.senescope.model.format.NetworkFormat;
import org.senescope.model.table.NetworkTables;

/**
 * The export job: a network, plain, overlaid or with module scores, as the files of the chosen
 * {@link NetworkFormat}s, one output set. Building the network, the overlay and the gene-set jobs all write through
 * it, so that a format's files are made in one place. Stateless and thread-safe.
 */
public final class ExportJob {

    private ExportJob() {
    }

    /**
     * The files of {@code request}, not yet written, and the tables they carry.
     *
     * @throws BadRequestException when module scores are asked for in SIF, whose tables cannot carry them
     */
    public static ExportResult run(ExportRequest request) {
        FileOutput.Folder output = request.output();
        if (request.layer() instanceof NetworkLayer.ModuleScored && output.formats().contains(NetworkFormat.SIF)) {
            throw new BadRequestException("module scores are not carried in sif; use cx2, xgmml, graphml or cyjs");
        }
        List<OutputFile> files = new ArrayList<>();
        for (NetworkFormat format : output.formats()) {
            files.addAll(filesOf(format, output.baseName(), request.layer()));
        }
        return new ExportResult(tables(request.network(), request.layer()),
                new OutputSet(output.directory(), OutputFile.planAll(output.directory(), files, request.network())));
    }

    /** The attribute tables of {@code network} with the columns of {@code layer}, as every format writes them. */
    public static NetworkTables tables(Network network, NetworkLayer layer) {
        if (layer instanceof NetworkLayer.Overlaid overlaid) {
            return AttributeTables.of(network, OverlayLayer.of(overlaid.overlay()));
        }
        NetworkTables plain = AttributeTables.of(network);
        return layer instanceof NetworkLayer.ModuleScored scored
                ? ModuleScoreAttributes.addTo(plain, network, scored.scores()) : plain;
    }

    private static List<OutputFile> filesOf(NetworkFormat format, String baseName, NetworkLayer layer) {
        if (layer instanceof NetworkLayer.Overlaid overlaid) {
            return NetworkFiles.of(format, baseName, OverlayLayer.of(overlaid.overlay()));
        }
        if (layer instanceof NetworkLayer.ModuleScored scored) {
            return NetworkFiles.of(format, baseName, scored.scores());
        }
        return NetworkFiles.of(format, baseName);
    }
}
