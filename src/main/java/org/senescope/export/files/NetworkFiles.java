package org.senescope.export.files;

import java.util.List;
import java.util.Objects;

import org.senescope.export.ModuleScoreAttributes;
import org.senescope.export.OverlayLayer;
import org.senescope.export.TableExtension;
import org.senescope.export.cx2.Cx2Writer;
import org.senescope.export.cyjs.CyjsWriter;
import org.senescope.export.graphml.GraphmlWriter;
import org.senescope.export.sif.AttributeTableWriter;
import org.senescope.export.sif.SifWriter;
import org.senescope.export.xgmml.CytoscapeStyleWriter;
import org.senescope.export.xgmml.XgmmlWriter;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.format.NetworkFormat;

/**
 * The files each {@link NetworkFormat} produces, with their writers, as {@link OutputFile}s; write them as one set
 * with {@link OutputFile#planAll} and {@code output.AtomicFileWriter}. Nulls are not accepted; thread-safe.
 */
public final class NetworkFiles {

    private NetworkFiles() {
    }

    /**
     * The files {@code format} produces for {@code baseName} (a file name without extension, such as
     * {@code senescence-immunity}), main file first, each with its writer.
     */
    public static List<OutputFile> of(NetworkFormat format, String baseName) {
        Objects.requireNonNull(baseName, "baseName");
        if (baseName.isBlank()) {
            throw new IllegalArgumentException("base name is blank");
        }
        return switch (format) {
            case CX2 -> List.of(new OutputFile(baseName + ".cx2", new Cx2Writer()));
            case XGMML -> List.of(
                    new OutputFile(baseName + ".xgmml", new XgmmlWriter()),
                    new OutputFile(baseName + ".style.xml", new CytoscapeStyleWriter()));
            case GRAPHML -> List.of(new OutputFile(baseName + ".graphml", new GraphmlWriter()));
            case SIF -> List.of(
                    new OutputFile(baseName + ".sif", new SifWriter()),
                    new OutputFile(baseName + ".nodes.tsv", AttributeTableWriter.forNodes()),
                    new OutputFile(baseName + ".edges.tsv", AttributeTableWriter.forEdges()));
            case CYJS -> List.of(new OutputFile(baseName + ".cyjs", new CyjsWriter()));
        };
    }

    /**
     * The files {@code format} produces for an overlaid network: the same files as {@link #of(NetworkFormat, String)}, whose
     * attribute tables carry the columns of {@code layer}; CX2, XGMML and the Style XML colour the nodes by it.
     */
    public static List<OutputFile> of(NetworkFormat format, String baseName, OverlayLayer layer) {
        Objects.requireNonNull(layer, "layer");
        List<OutputFile> plain = of(format, baseName);
        return switch (format) {
            case CX2 -> List.of(new OutputFile(plain.get(0).fileName(), new Cx2Writer().withOverlay(layer)));
            case XGMML -> List.of(new OutputFile(plain.get(0).fileName(), new XgmmlWriter().withOverlay(layer)),
                    new OutputFile(plain.get(1).fileName(), new CytoscapeStyleWriter().withOverlay(layer)));
            case GRAPHML -> List.of(new OutputFile(plain.get(0).fileName(), new GraphmlWriter().withOverlay(layer)));
            case SIF -> List.of(plain.get(0),
                    new OutputFile(plain.get(1).fileName(), AttributeTableWriter.forNodes(layer)),
                    new OutputFile(plain.get(2).fileName(), AttributeTableWriter.forEdges(layer)));
            case CYJS -> List.of(new OutputFile(plain.get(0).fileName(), new CyjsWriter().withOverlay(layer)));
        };
    }

    /**
     * The files {@code format} produces for a network whose node tables carry module scores (see
     * {@link ModuleScoreAttributes}); the Style XML of XGMML is the plain one.
     *
     * @throws IllegalArgumentException for {@link NetworkFormat#SIF}, whose tables cannot carry them
     */
    public static List<OutputFile> of(NetworkFormat format, String baseName, ModuleScores scores) {
        Objects.requireNonNull(scores, "scores");
        if (format == NetworkFormat.SIF) {
            throw new IllegalArgumentException("sif cannot carry module scores");
        }
        return of(format, baseName, (tables, network) -> ModuleScoreAttributes.addTo(tables, network, scores));
    }

    /**
     * The files {@code format} produces for a network whose tables carry the columns of {@code extension} after
     * all others; the Style XML of XGMML is the plain one.
     *
     * @throws IllegalArgumentException for {@link NetworkFormat#SIF}, whose fixed tables cannot carry them
     */
    public static List<OutputFile> of(NetworkFormat format, String baseName, TableExtension extension) {
        Objects.requireNonNull(extension, "extension");
        List<OutputFile> plain = of(format, baseName);
        return switch (format) {
            case CX2 -> List.of(new OutputFile(plain.get(0).fileName(), new Cx2Writer().withColumns(extension)));
            case XGMML -> List.of(new OutputFile(plain.get(0).fileName(), new XgmmlWriter().withColumns(extension)),
                    plain.get(1));
            case GRAPHML -> List.of(new OutputFile(plain.get(0).fileName(),
                    new GraphmlWriter().withColumns(extension)));
            case CYJS -> List.of(new OutputFile(plain.get(0).fileName(), new CyjsWriter().withColumns(extension)));
            case SIF -> throw new IllegalArgumentException("sif cannot carry extra node columns");
        };
    }
}
