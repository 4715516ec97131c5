package org.senescope.read.anndata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import org.senescope.model.cell.CellColumn;
import org.senescope.read.hdf5.Hdf5Input;

/**
 * AnnData's data frames ({@code obs}, {@code var}) as anndata 0.7 and later write them: a group whose {@code _index}
 * attribute names the index dataset and whose {@code column-order} attribute lists the columns; a categorical column
 * is a group of {@code categories} and {@code codes} (0.8) or a codes dataset with its categories in
 * {@code __categories/NAME} (0.7). Public for readers that stream the matrix themselves (the Spark module's
 * converter). Stateless.
 */
public final class DataFrames {

    private static final String EXPECTED = "expected an AnnData data frame (anndata 0.7 or later)";

    private DataFrames() {
    }

    /** The index (cell barcodes, gene names) of the frame at {@code path}. */
    public static List<String> index(Hdf5Input in, String path) {
        Group frame = in.group(path).orElseThrow(() -> in.fail("no group /" + path + "; " + EXPECTED));
        String name = in.textAttribute(frame, "_index").orElseThrow(() -> in.fail("/" + path
                + " has no _index attribute; " + EXPECTED));
        return in.texts(in.dataset(path + "/" + name, EXPECTED));
    }

    /** The columns of the frame at {@code path}, in its column order, each of {@code rows} values. */
    public static List<CellColumn> columns(Hdf5Input in, String path, int rows) {
        Group frame = in.group(path).orElseThrow(() -> in.fail("no group /" + path + "; " + EXPECTED));
        List<CellColumn> columns = new ArrayList<>();
        for (String name : in.textsAttribute(frame, "column-order")) {
            CellColumn column = column(in, path + "/" + name, name);
            if (column.values().size() != rows) {
                throw in.fail("/" + path + "/" + name + " has " + column.values().size() + " values; expected "
                        + rows + ", one per row of /" + path);
            }
            columns.add(column);
        }
        return columns;
    }

    /** The text column {@code name} of the frame at {@code path}, if it has one (as var's gene_ids). */
    public static List<String> texts(Hdf5Input in, String path, String name) {
        return in.textsAttribute(in.group(path).orElseThrow(), "column-order").contains(name)
                ? column(in, path + "/" + name, name).values() : List.of();
    }

    private static CellColumn column(Hdf5Input in, String path, String name) {
        Node node = in.node(path).orElseThrow(() -> in.fail("no " + path + ", which column-order names; "
                + EXPECTED));
        String parent = path.substring(0, path.lastIndexOf('/'));
        if (node instanceof Group) {
            return categorical(in, name, in.dataset(path + "/categories", EXPECTED),
                    in.dataset(path + "/codes", EXPECTED));
        }
        if (in.node(parent + "/__categories/" + name).isPresent()) {
            return categorical(in, name, in.dataset(parent + "/__categories/" + name, EXPECTED), (Dataset) node);
        }
        Dataset d = (Dataset) node;
        if (d.getJavaType() == String.class) {
            return new CellColumn(name, in.texts(d), List.of());
        }
        boolean single = d.getJavaType() == float.class;
        List<String> values = Arrays.stream(in.numbers(d)).mapToObj(v -> v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v) : single ? Float.toString((float) v) : Double.toString(v)).toList();
        return new CellColumn(name, values, List.of());
    }

    private static CellColumn categorical(Hdf5Input in, String name, Dataset categories, Dataset codes) {
        List<String> names = in.texts(categories);
        List<String> values = new ArrayList<>();
        for (double code : in.numbers(codes)) {
            if (code < -1 || code >= names.size() || code != Math.rint(code)) {
                throw in.fail(codes.getPath() + " holds code " + code + "; expected -1 (missing) to "
                        + (names.size() - 1) + ", one per category of " + categories.getPath());
            }
            values.add(code < 0 ? "" : names.get((int) code));
        }
        return new CellColumn(name, values, names);
    }
}
