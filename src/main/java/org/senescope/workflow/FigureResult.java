package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.model.figure.FigureOptions;

/**
 * A figure made and not yet written: what to tell the user, how it was drawn, and its files. Immutable.
 *
 * @param notes         how the data and module scores reached the network, one line each; empty without either
 * @param options       the options drawn with: the request's, the layout automatic where the network has no curated one
 * @param warnings      what the user should not miss, one line each: a figure taller than a journal page
 * @param measuredNodes how many of the drawn network's nodes the data measured; 0 without data
 * @param files         the figure in each format, then {@code BASE.mapping.tsv} (with data), {@code BASE.recipe.json}
 *                      and {@code BASE.methods.txt}, to be written as one set
 */
public record FigureResult(List<String> notes, List<String> warnings, FigureOptions options, int measuredNodes,
                           OutputSet files) {
    public FigureResult {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(files, "files");
    }
}
