package org.senescope.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.senescope.knowledge.GeneReference;
import org.senescope.model.Network;
import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.output.PlannedFile;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;
import org.senescope.overlay.OverlayMapper;
import org.senescope.read.table.TableOptions;

/**
 * The pseudobulk path of {@code sc-overlay}: {@link PseudobulkJob}'s contrast of one cell type (its tables written
 * beside the network, as {@code sc-pseudobulk} writes them), mapped onto the network as {@code overlay} maps a DE
 * table, so its log fold changes colour the figure's nodes. Immutable.
 *
 * @param overlay the contrast's log fold changes and adjusted p-values on the network's nodes, one condition
 * @param notes   the pseudobulk's and the mapping's notes, one line each
 * @param summary what was summed and compared, one line each
 * @param files   the pseudobulk tables to write
 */
record ScOverlayDe(Overlay overlay, List<String> notes, List<String> summary, List<PlannedFile> files) {

    ScOverlayDe {
        Objects.requireNonNull(overlay, "overlay");
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        files = List.copyOf(files);
    }

    /**
     * The contrast {@code contrast} of {@code data} (read from {@code request.data()}) on {@code network}.
     *
     * @throws org.senescope.failure.BadDataException    as {@link PseudobulkJob#run(PseudobulkRequest)} says
     * @throws org.senescope.failure.BadRequestException as {@link PseudobulkJob#run(PseudobulkRequest)} says
     * @throws org.senescope.failure.InputFormatException when no gene of the contrast reaches the network
     * @throws IOException                                when the cell-metadata TSV cannot be read
     */
    static ScOverlayDe of(ScOverlayRequest request, ScOverlayRequest.Contrast contrast, CellData data,
                          Network network, GeneReference genes) throws IOException {
        if (!(request.cellTypes() instanceof CellTypeChoice.FileColumn file)) {
            throw new IllegalArgumentException("a pseudobulk contrast without a cell-metadata TSV");
        }
        PseudobulkResult result = PseudobulkJob.run(new PseudobulkRequest(request.data(), file.file(), file.column(),
                contrast.sampleColumn(), List.of(contrast.cellType()), contrast.conditions(), request.directory()),
                data);
        if (!(result.de() instanceof PseudobulkResult.Tested tested)) {
            throw new IllegalStateException("a pseudobulk contrast came back untested");
        }
        InputTable table = InputTableReader.read(request.directory().resolve(PseudobulkDe.TABLE).toString(),
                tested.table().getBytes(StandardCharsets.UTF_8), TableOptions.defaults());
        OverlayOptions options = OverlayOptions.defaults();
        GroupContrast c = tested.contrast();
        MappedOverlay mapped = RelabelledOverlay.of(network, new OverlayMapper(network, genes).map(List.of(table),
                options), List.of(contrast.cellType() + " " + c.label()), "log2 fold change (" + c.test() + "/"
                + c.reference() + ")", PseudobulkDe.TABLE + ", the pseudobulk contrast " + contrast.cellType() + " "
                + c.label(), options);
        List<String> notes = new ArrayList<>(result.notes());
        notes.addAll(OverlayNotes.of(mapped));
        return new ScOverlayDe(mapped.overlay(), notes, result.summary(), result.files().files());
    }
}
