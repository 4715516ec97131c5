package org.senescope.read.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.senescope.model.analysis.OtherSetPolicy;
import org.senescope.failure.InputFormatException;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.TextTable;
import org.senescope.model.analysis.GseaColumn;
import org.senescope.model.data.ModuleScore;
import org.senescope.model.data.ModuleScores;
import java.io.InputStream;
import org.senescope.read.DataReader;
import org.senescope.read.table.TableOptions;
import org.senescope.read.InputLimits;

/**
 * Reads the scores of a network's modules from a {@code senescope gsea} results table ({@code gsea.tsv}: the NES,
 * with p and BH q) or a {@code senescope camera} one ({@code camera.tsv}: the signed −log10 p, positive for sets that
 * are up, with p and FDR). The kind is recognised by its columns. Stateless and thread-safe.
 *
 * <p>Bad input is an {@link InputFormatException} naming file, line and column: a table that is neither kind (the
 * missing columns named), a number cell holding text, a set size that is not a whole number, a gene set listed twice,
 * an unknown camera direction, and, under {@link OtherSetPolicy#FAIL}, a gene set that is not a module of the network.
 */
public final class ModuleScoreReader implements DataReader<ModuleScoreFile> {

    /** What {@code senescope gsea} computes, in words. */
    public static final String GSEA_METHOD = "preranked GSEA (fgseaMultilevel algorithm)";
    /** What {@code senescope camera} computes, in words. */
    public static final String CAMERA_METHOD = "camera (limma competitive gene-set test)";

    private static final List<String> GSEA_COLUMNS = List.of(GseaColumn.GENE_SET.header(), GseaColumn.NES.header(),
            GseaColumn.P.header(), GseaColumn.Q_BH.header(), GseaColumn.SIZE_IN_DATA.header());
    private static final List<String> CAMERA_COLUMNS = List.of("gene_set", "genes", "direction", "p", "fdr");

    private final Set<String> moduleIds;
    private final OtherSetPolicy policy;
    private final DelimitedTableReader tables;

    /**
     * A reader of the scores of the modules named {@code moduleIds}.
     *
     * @param moduleIds the network's module ids
     * @param policy    what to do with rows of other gene sets
     */
    public ModuleScoreReader(Set<String> moduleIds, OtherSetPolicy policy) {
        this(moduleIds, policy, InputLimits.DEFAULT);
    }

    /** As {@link #ModuleScoreReader(Set, OtherSetPolicy)}, holding the input to {@code limits}. */
    public ModuleScoreReader(Set<String> moduleIds, OtherSetPolicy policy, InputLimits limits) {
        this.moduleIds = Set.copyOf(moduleIds);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tables = new DelimitedTableReader(TableOptions.defaults().withLimits(limits));
    }

    /**
     * {@inheritDoc}
     *
     * @throws InputFormatException when the file is not a results table or a row is bad (see the class comment)
     */
    @Override
    public ModuleScoreFile read(Path file) throws IOException {
        return scores(tables.read(file));
    }

    /**
     * {@inheritDoc}
     *
     * @throws InputFormatException when the stream is not a results table or a row is bad (see the class comment)
     */
    @Override
    public ModuleScoreFile read(InputStream in, String source) throws IOException {
        return scores(tables.read(in, source));
    }

    private ModuleScoreFile scores(TextTable table) {
        String name = table.source();
        boolean gsea = table.columns().containsAll(GSEA_COLUMNS);
        boolean camera = !gsea && table.columns().containsAll(CAMERA_COLUMNS);
        if (!gsea && !camera) {
            List<String> closer = closerKind(table.columns());
            List<String> missing = closer.stream().filter(c -> !table.columns().contains(c)).toList();
            throw new InputFormatException(name, 1, 0, "missing column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing.stream().map(c -> "'" + c + "'").toList())
                    + "; expected a senescope gsea table (" + String.join(", ", GSEA_COLUMNS)
                    + ") or a senescope camera table (" + String.join(", ", CAMERA_COLUMNS) + ")");
        }
        Map<String, Integer> indices = new HashMap<>();
        for (String c : gsea ? GSEA_COLUMNS : CAMERA_COLUMNS) {
            indices.put(c, table.findColumn(c).orElseThrow());
        }
        ColumnIndex column = new ColumnIndex(indices);
        List<ModuleScore> scores = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            int setColumn = column.of(GseaColumn.GENE_SET.header());
            String set = table.cell(row, setColumn).strip();
            Long earlier = seen.putIfAbsent(set, table.line(row));
            if (earlier != null) {
                throw new InputFormatException(name, table.line(row), setColumn + 1, "gene set '" + set
                        + "' is listed again (first on line " + earlier + "); expected one row per set");
            }
            if (!moduleIds.contains(set)) {
                if (policy == OtherSetPolicy.FAIL) {
                    throw new InputFormatException(name, table.line(row), setColumn + 1, "gene set '" + set
                            + "' is not a module of the network (its modules: " + String.join(", ",
                            moduleIds.stream().sorted().toList()) + "); give --other-sets skip to leave such rows out");
                }
                others.add(set);
                continue;
            }
            scores.add(gsea ? gseaScore(table, row, set, column) : cameraScore(table, row, set, column));
        }
        // The file name alone, as a figure legend names the results it shows.
        String source = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        ModuleScores result = gsea ? new ModuleScores("GSEA", GSEA_METHOD, "NES", "q", source, scores)
                : new ModuleScores("camera", CAMERA_METHOD, "signed \u2212log10 p", "FDR", source, scores);
        return new ModuleScoreFile(result, others);
    }

    private static List<String> closerKind(List<String> columns) {
        long gsea = GSEA_COLUMNS.stream().filter(columns::contains).count();
        long camera = CAMERA_COLUMNS.stream().filter(columns::contains).count();
        return camera > gsea ? CAMERA_COLUMNS : GSEA_COLUMNS;
    }

    private static ModuleScore gseaScore(TextTable table, int row, String set, ColumnIndex column)
            throws InputFormatException {
        return new ModuleScore(set, table.number(row, column.of(GseaColumn.NES.header())),
                table.number(row, column.of(GseaColumn.P.header())), table.number(row,
                column.of(GseaColumn.Q_BH.header())), count(table, row, column.of(GseaColumn.SIZE_IN_DATA.header())));
    }

    private static ModuleScore cameraScore(TextTable table, int row, String set, ColumnIndex column)
            throws InputFormatException {
        double p = table.number(row, column.of("p"));
        int directionColumn = column.of("direction");
        String direction = table.cell(row, directionColumn).strip();
        double sign = switch (direction.toLowerCase(Locale.ROOT)) {
            case "up" -> 1;
            case "down" -> -1;
            default -> throw new InputFormatException(table.source(), table.line(row), directionColumn + 1,
                    "expected Up or Down in column 'direction', found '" + direction + "'");
        };
        // A p-value that underflowed to 0 is taken as the smallest double, so the score stays finite (about 323.3).
        double value = Double.isNaN(p) ? Double.NaN : sign * -Math.log10(Math.max(p, Double.MIN_VALUE));
        return new ModuleScore(set, value, p, table.number(row, column.of("fdr")),
                count(table, row, column.of("genes")));
    }

    private static int count(TextTable table, int row, int column) throws InputFormatException {
        String cell = table.cell(row, column).strip();
        try {
            int n = Integer.parseInt(cell);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputFormatException(table.source(), table.line(row), column + 1, "expected a gene count (a whole "
                + "number, 0 or more) in column '" + table.columns().get(column) + "', found '" + cell + "'");
    }

    /** The index of each column the reader uses, all of them checked present. */
    private record ColumnIndex(Map<String, Integer> byName) {
        int of(String name) {
            return Objects.requireNonNull(byName.get(name), name);
        }
    }
}
