package org.senescope.model.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The formats a network can be exported in, by name. The files each produces, and their writers, are
 * {@code export.files.NetworkFiles}'. Nulls are not accepted.
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
}
