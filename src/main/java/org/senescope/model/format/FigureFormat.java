package org.senescope.model.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;


/** The formats a figure can be written in, each with its file extension (the writers are chosen by {@code render.files.FigureExport}). Thread-safe. */
public enum FigureFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf"),
    /** The self-contained interactive page (Cytoscape.js inlined). */
    HTML("html");

    private final String extension;

    FigureFormat(String extension) {
        this.extension = extension;
    }

    /** The lower-case name used on the command line and as the file extension. */
    public String extension() {
        return extension;
    }

    /** The format with this name, ignoring case. */
    public static Optional<FigureFormat> fromName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
