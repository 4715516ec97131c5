package org.senescope.workflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellColumn;
import org.senescope.read.InputLimits;
import org.senescope.read.cellmeta.CellAnnotationReader;

/**
 * One annotation (a cell type, a sample, a condition) for each cell of a matrix, matched by barcode, and the groups
 * in order: a categorical column's categories in the file's order, a plain column's values in order of first
 * appearance. A cell the annotations do not list, or leave empty, has none. Immutable.
 *
 * @param column  the column's name
 * @param groups  the groups, in order, each holding at least one of the matrix's cells
 * @param groupOf for each cell of the matrix, its group's index in {@code groups}, or -1 for none
 * @param note    how many cells were matched, in words
 */
record CellLabels(String column, List<String> groups, int[] groupOf, String note) {

    CellLabels {
        Objects.requireNonNull(column, "column");
        groups = List.copyOf(groups);
        groupOf = groupOf.clone();
        Objects.requireNonNull(note, "note");
    }

    @Override
    public int[] groupOf() {
        return groupOf.clone();
    }

    /** The annotations of a cell-metadata TSV, or the data's {@code obs}. */
    static CellAnnotations annotations(CellTypeChoice choice, CellData data) throws IOException {
        if (choice instanceof CellTypeChoice.FileColumn file) {
            return new CellAnnotationReader(InputLimits.DEFAULT).read(file.file());
        }
        if (data.format() != CellData.Format.ANNDATA) {
            throw new BadRequestException("--obs-column is for an .h5ad file; " + data.path() + " is "
                    + data.format().phrase() + ": give --cell-types TSV --cell-type-column NAME");
        }
        return data.obs();
    }

    /**
     * Column {@code name} of {@code annotations} ({@code source} names them in messages) for the cells of
     * {@code barcodes}.
     *
     * @throws BadRequestException when there is no such column
     * @throws BadDataException    when no cell of the matrix is annotated
     */
    static CellLabels of(CellAnnotations annotations, String source, String name, List<String> barcodes) {
        CellColumn column = annotations.column(name).orElseThrow(() -> new BadRequestException(source
                + " has no column \"" + name + "\"; its columns: " + String.join(", ",
                annotations.columns().stream().map(CellColumn::name).toList())));
        Map<String, String> byBarcode = new HashMap<>(annotations.barcodes().size() * 2);
        for (int i = 0; i < annotations.barcodes().size(); i++) {
            byBarcode.put(annotations.barcodes().get(i), column.values().get(i));
        }
        String[] label = new String[barcodes.size()];
        Set<String> present = new LinkedHashSet<>();
        int labelled = 0;
        for (int c = 0; c < barcodes.size(); c++) {
            String value = byBarcode.getOrDefault(barcodes.get(c), "");
            label[c] = value;
            if (!value.isEmpty()) {
                present.add(value);
                labelled++;
            }
        }
        if (labelled == 0) {
            throw new BadDataException("none of the " + barcodes.size() + " cells of the data has a value in column \""
                    + name + "\" of " + source + " (barcodes must match the data's exactly)");
        }
        List<String> groups = new ArrayList<>();
        column.categories().stream().filter(present::contains).forEach(groups::add);
        present.stream().filter(g -> !groups.contains(g)).forEach(groups::add);
        Map<String, Integer> index = new HashMap<>();
        groups.forEach(g -> index.put(g, index.size()));
        int[] groupOf = new int[barcodes.size()];
        for (int c = 0; c < barcodes.size(); c++) {
            groupOf[c] = index.getOrDefault(label[c], -1);
        }
        String note = String.format(Locale.ROOT, "%s: %d of the %d cells have a value in %s (%d groups)%s", name,
                labelled, barcodes.size(), source, groups.size(), labelled < barcodes.size()
                        ? "; the other " + (barcodes.size() - labelled) + " are left out of the summaries by " + name
                        : "");
        return new CellLabels(name, groups, groupOf, note);
    }
}
