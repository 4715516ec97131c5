package org.senescope.read.anndata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * Small {@code .h5ad} files written at test time with jhdf's writer, laid out as anndata writes them: 3 cells
 * ({@code c1..c3}) × 4 genes ({@code G1..G4}), X = [[1,0,0,2],[0,3,0,0],[4,0,5,0]] (cells in rows), obs with a
 * categorical {@code cell_type} (T, NK, none) and a plain {@code n_counts}; var's {@code gene_ids} E1..E4; raw with 5
 * genes ({@code R1..R5}, ids ER1..ER5) and
 * X × 10 in its first four; a layer {@code counts} of X + 1 where X is not 0. Each part can be written in either
 * layout or spoiled by a test.
 */
public final class SmallH5ad {

    /** X as cells × genes. */
    public static final float[][] X = {{1, 0, 0, 2}, {0, 3, 0, 0}, {4, 0, 5, 0}};

    private SmallH5ad() {
    }

    /** How X is stored; {@code NONE} leaves X to the test's spoiler (layers are then CSR). */
    public enum Layout { DENSE, CSR, CSC, NONE }

    /** How categorical obs columns are stored: anndata 0.8's group or 0.7's {@code __categories}. */
    public enum Categories { GROUP, OLD }

    /** Writes the file; {@code spoil} may overwrite or add anything before it is closed. */
    public static Path write(Path file, Layout layout, Categories categories, Consumer<WritableHdfFile> spoil)
            throws IOException {
        try (WritableHdfFile f = HdfFile.write(file)) {
            f.putAttribute("encoding-type", "anndata");
            f.putAttribute("encoding-version", "0.1.0");
            WritableGroup obs = frame(f.putGroup("obs"), new String[] {"c1", "c2", "c3"}, "cell_type", "n_counts");
            if (categories == Categories.GROUP) {
                WritableGroup type = obs.putGroup("cell_type");
                type.putAttribute("encoding-type", "categorical");
                type.putDataset("categories", new String[] {"NK", "T"});
                type.putDataset("codes", new byte[] {1, 0, -1});
            } else {
                obs.putGroup("__categories").putDataset("cell_type", new String[] {"NK", "T"});
                obs.putDataset("cell_type", new byte[] {1, 0, -1});
            }
            obs.putDataset("n_counts", new long[] {3, 3, 9});
            frame(f.putGroup("var"), new String[] {"G1", "G2", "G3", "G4"}, "gene_ids")
                    .putDataset("gene_ids", new String[] {"E1", "E2", "E3", "E4"});
            if (layout != Layout.NONE) {
                matrix(f, "X", layout, X);
            }
            WritableGroup raw = f.putGroup("raw");
            frame(raw.putGroup("var"), new String[] {"R1", "R2", "R3", "R4", "R5"}, "gene_ids")
                    .putDataset("gene_ids", new String[] {"ER1", "ER2", "ER3", "ER4", "ER5"});
            float[][] rawX = new float[3][5];
            float[][] counts = new float[3][4];
            for (int c = 0; c < 3; c++) {
                for (int g = 0; g < 4; g++) {
                    rawX[c][g] = X[c][g] * 10;
                    counts[c][g] = X[c][g] == 0 ? 0 : X[c][g] + 1;
                }
            }
            matrix(raw, "X", Layout.CSR, rawX);
            matrix(f.putGroup("layers"), "counts", layout == Layout.NONE ? Layout.CSR : layout, counts);
            spoil.accept(f);
        }
        return file;
    }

    private static WritableGroup frame(WritableGroup g, String[] index, String... columns) {
        g.putAttribute("encoding-type", "dataframe");
        g.putAttribute("_index", "_index");
        g.putAttribute("column-order", columns);
        g.putDataset("_index", index);
        return g;
    }

    /** A matrix of {@code m} (cells × genes) as a dense dataset or a CSR/CSC group. */
    static void matrix(WritableGroup parent, String name, Layout layout, float[][] m) {
        if (layout == Layout.DENSE) {
            parent.putDataset(name, m);
            return;
        }
        boolean byCell = layout == Layout.CSR;
        int major = byCell ? m.length : m[0].length;
        int minor = byCell ? m[0].length : m.length;
        List<Float> data = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        long[] indptr = new long[major + 1];
        for (int i = 0; i < major; i++) {
            for (int j = 0; j < minor; j++) {
                float v = byCell ? m[i][j] : m[j][i];
                if (v != 0) {
                    data.add(v);
                    indices.add(j);
                }
            }
            indptr[i + 1] = data.size();
        }
        sparse(parent.putGroup(name), byCell ? "csr_matrix" : "csc_matrix", new long[] {m.length, m[0].length},
                toFloats(data), indices.stream().mapToInt(Integer::intValue).toArray(), indptr);
    }

    /** A sparse matrix group as given, however wrong. */
    public static void sparse(WritableGroup g, String encoding, long[] shape, float[] data, int[] indices,
                              long[] indptr) {
        g.putAttribute("encoding-type", encoding);
        g.putAttribute("encoding-version", "0.1.0");
        g.putAttribute("shape", shape);
        g.putDataset("data", data);
        g.putDataset("indices", indices);
        g.putDataset("indptr", indptr);
    }

    private static float[] toFloats(List<Float> values) {
        float[] a = new float[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}
