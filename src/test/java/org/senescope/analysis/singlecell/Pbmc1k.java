package org.senescope.analysis.singlecell;

import org.senescope.model.data.GeneSet;
import org.senescope.read.gmt.GmtReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real PBMC 1k v2 counts of ../shared/data/single-cell (never copied), read by a minimal test-only MatrixMarket
 * loader, the 19 gene sets of the R references and the reference tables. Gene names are features.tsv's second column
 * made unique as Seurat's {@code Read10X} does ({@code make.unique}: the second occurrence gets ".1").
 */
final class Pbmc1k {

    static final Path FOLDER = Path.of("..", "shared", "data", "single-cell", "pbmc1k_v2", "filtered_feature_bc_matrix");
    static final Path GENE_SETS = Path.of("..", "shared", "data", "genesets");
    static final List<String> HALLMARKS = List.of("HALLMARK_INTERFERON_GAMMA_RESPONSE",
            "HALLMARK_INFLAMMATORY_RESPONSE", "HALLMARK_P53_PATHWAY", "HALLMARK_TNFA_SIGNALING_VIA_NFKB",
            "HALLMARK_ALLOGRAFT_REJECTION", "HALLMARK_IL2_STAT5_SIGNALING", "HALLMARK_NOTCH_SIGNALING",
            "HALLMARK_ANGIOGENESIS");

    private static Matrix counts;

    /** An in-memory genes × cells matrix with its barcodes. */
    record Matrix(List<String> genes, List<String> barcodes, List<SparseColumn> columns) implements CellColumns {
        @Override
        public int cellCount() {
            return columns.size();
        }

        @Override
        public SparseColumn cell(int cell) {
            return columns.get(cell);
        }
    }

    private Pbmc1k() {
    }

    /** The counts, read once. */
    static synchronized Matrix counts() {
        if (counts == null) {
            try {
                counts = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counts;
    }

    /** The 11 senescence sets and the 8 Hallmark sets, in the references' order. */
    static List<GeneSet> geneSets() {
        try {
            List<GeneSet> sets = new ArrayList<>(new GmtReader().read(GENE_SETS.resolve("senescence_sets.gmt")).sets());
            Map<String, GeneSet> hallmark = new HashMap<>();
            new GmtReader().read(GENE_SETS.resolve("h.all.v7.0.symbols.gmt")).sets()
                    .forEach(set -> hallmark.put(set.name(), set));
            HALLMARKS.forEach(name -> sets.add(Objects.requireNonNull(hallmark.get(name), name)));
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference table (barcode, then one column per set) as set name → scores in the barcodes' order. */
    static Map<String, double[]> reference(String resource, List<String> barcodes) throws IOException {
        try (BufferedReader reader = gzipText(Objects.requireNonNull(Pbmc1k.class.getResourceAsStream(resource)))) {
            String[] header = reader.readLine().split("\t", -1);
            assertEquals("barcode", header[0]);
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split("\t", -1));
            }
            assertEquals(barcodes, rows.stream().map(r -> r[0]).toList(), resource);
            Map<String, double[]> scores = new LinkedHashMap<>();
            for (int c = 1; c < header.length; c++) {
                int column = c;
                scores.put(header[c], rows.stream().mapToDouble(r -> Double.parseDouble(r[column])).toArray());
            }
            return scores;
        }
    }

    private static Matrix read() throws IOException {
        List<String> genes = makeUnique(lines(FOLDER.resolve("features.tsv.gz")).stream()
                .map(line -> line.split("\t", -1)[1]).toList());
        List<String> barcodes = lines(FOLDER.resolve("barcodes.tsv.gz"));
        List<List<double[]>> entries = new ArrayList<>();
        barcodes.forEach(b -> entries.add(new ArrayList<>()));
        try (BufferedReader reader = gzipText(Files.newInputStream(FOLDER.resolve("matrix.mtx.gz")))) {
            String line = reader.readLine();
            while (line.startsWith("%")) {
                line = reader.readLine();
            }
            String[] size = line.split(" ");
            assertEquals(List.of(genes.size(), barcodes.size()), List.of(Integer.parseInt(size[0]),
                    Integer.parseInt(size[1])));
            for (line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(" ");
                entries.get(Integer.parseInt(f[1]) - 1).add(new double[] {Integer.parseInt(f[0]) - 1,
                        Double.parseDouble(f[2])});
            }
        }
        List<SparseColumn> columns = new ArrayList<>(entries.size());
        for (List<double[]> cell : entries) {
            cell.sort((a, b) -> Double.compare(a[0], b[0]));
            columns.add(SparseColumn.of(cell.stream().mapToInt(e -> (int) e[0]).toArray(),
                    cell.stream().mapToDouble(e -> e[1]).toArray()));
        }
        return new Matrix(genes, barcodes, columns);
    }

    /** R's {@code make.unique}: later duplicates get ".1", ".2" ..., skipping names already taken. */
    static List<String> makeUnique(List<String> names) {
        Set<String> taken = new HashSet<>(names);
        Set<String> used = new HashSet<>();
        Map<String, Integer> next = new HashMap<>();
        List<String> unique = new ArrayList<>(names.size());
        for (String name : names) {
            String result = name;
            if (!used.add(name)) {
                int k = next.getOrDefault(name, 1);
                while (taken.contains(name + "." + k) || used.contains(name + "." + k)) {
                    k++;
                }
                next.put(name, k + 1);
                result = name + "." + k;
                used.add(result);
            }
            unique.add(result);
        }
        return unique;
    }

    private static List<String> lines(Path file) throws IOException {
        try (BufferedReader reader = gzipText(Files.newInputStream(file))) {
            return reader.lines().toList();
        }
    }

    private static BufferedReader gzipText(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    }
}
