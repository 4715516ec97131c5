package org.senescope.analysis;

import org.senescope.read.gmt.GmtReader;
import org.senescope.read.rnk.RnkReader;
import org.senescope.model.data.GeneSet;
import org.senescope.model.data.RankedList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The P53 NCI-60 inputs and R reference results of {@code ../shared/reference/p53/}, read with the project's readers
 * (never copied into the project).
 */
public final class P53Data {

    public static final Path DATA = Path.of("..", "shared", "data");
    public static final Path REFERENCE = Path.of("..", "shared", "reference", "p53");

    private P53Data() {
    }

    /** c2 + Hallmark + senescence sets, in the order the reference used. */
    public static List<GeneSet> geneSets() {
        List<GeneSet> sets = new ArrayList<>();
        try {
            sets.addAll(new GmtReader().read(DATA.resolve("gsea-p53/c2.symbols.gmt")).sets());
            sets.addAll(new GmtReader().read(DATA.resolve("genesets/h.all.v7.0.symbols.gmt")).sets());
            sets.addAll(new GmtReader().read(DATA.resolve("genesets/senescence_sets.gmt")).sets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }

    /** The limma moderated t ranking, MUT vs WT. */
    public static RankedList ranking() {
        try {
            return new RnkReader().read(REFERENCE.resolve("p53_limma_t_MUT_vs_WT.rnk")).list();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference TSV as rows keyed by their first field, each row a map of column name to text. */
    public static Map<String, Map<String, String>> table(String file) {
        try {
            List<String> lines = Files.readAllLines(REFERENCE.resolve(file));
            String[] header = lines.get(0).split("\t", -1);
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], f[i]);
                }
                rows.put(f[0], row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
