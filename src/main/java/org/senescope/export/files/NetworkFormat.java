package org.senescope.export.files;

import org.senescope.export.OverlayLayer;

import org.senescope.output.AtomicFileWriter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.senescope.export.cx2.Cx2Writer;
import org.senescope.export.cyjs.CyjsWriter;
import org.senescope.export.graphml.GraphmlWriter;
import org.senescope.export.sif.AttributeTableWriter;
import org.senescope.export.sif.SifWriter;
import org.senescope.export.xgmml.CytoscapeStyleWriter;
import org.senescope.export.xgmml.XgmmlWriter;

/**
 * The formats a network can be exported in, each with the files it produces and their writers. Write them with
 * {@link AtomicFileWriter#writeAll}. Nulls are not accepted; thread-safe.
 */
public enum NetworkFormat {
    /** CX2, the format of NDEx and Cytoscape Web, style included; opens in Cytoscape 3.10 too. */
    CX2("cx2"),
    /** Cytoscape's XGMML with per-element graphics, plus the Senescope style as Cytoscape Style XML. */
    XGMML("xgmml"),
    /** GraphML for general graph tools (yEd, Gephi, networkx, JGraphT); list attributes joined with "|". */
    GRAPHML("graphml"),
    /** Simple Interaction Format, plus node and edge attribute tables for Cytoscape's Import Table from File. */
    SIF("sif"),
    /** Cytoscape.js JSON as Cytoscape Desktop exports it, with the preset layout. */
    CYJS("cyjs");

    private final String formatName;

    NetworkFormat(String formatName) {
        this.formatName = formatName;
    }

    /** The lower-case name used on the command line and as the main file's extension. */
    public String formatName() {
        return formatName;
    }

    /** The format with this name, ignoring case. */
    public static Optional<NetworkFormat> fromName(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.formatName.equals(wanted)).findFirst();
    }

    /**
     * The files this format produces for {@code baseName} (a file name without extension, such as
     * {@code senescence-immunity}), main file first, each with its writer.
     */
    public List<OutputFile> files(String baseName) {
        Objects.requireNonNull(baseName, "baseName");
        if (baseName.isBlank()) {
            throw new IllegalArgumentException("base name is blank");
        }
        return switch (this) {
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
     * The files this format produces for an overlaid network: the same files as {@link #files(String)}, whose
     * attribute tables carry the columns of {@code layer}; CX2, XGMML and the Style XML colour the nodes by it.
     */
    public List<OutputFile> files(String baseName, OverlayLayer layer) {
        Objects.requireNonNull(layer, "layer");
        List<OutputFile> plain = files(baseName);
        return switch (this) {
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
}
