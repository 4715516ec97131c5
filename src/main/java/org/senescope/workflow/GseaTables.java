package org.senescope.workflow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.senescope.analysis.gsea.Ranking;
import org.senescope.model.analysis.GseaColumn;
import org.senescope.model.analysis.GseaRun;
import org.senescope.model.analysis.GseaSetResult;
import org.senescope.output.PlannedFile;
import org.senescope.output.TsvCell;

/**
 * The TSV files of a GSEA: results ({@link GseaColumn}s, smallest p first), skipped sets and settings; and the notes
 * on what was done to the ranking. Missing numbers are written {@code NA}. Stateless.
 */
public final class GseaTables {

    public static final String RESULTS = "gsea.tsv";
    public static final String SKIPPED = "gsea-skipped.tsv";
    public static final String SETTINGS = "gsea-settings.tsv";

    private GseaTables() {
    }

    /** The three tables as files in {@code directory}. */
    public static List<PlannedFile> plan(Path directory, GseaRun run, Map<String, String> settings) {
        byte[] results = results(run);
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile(directory.resolve(RESULTS), out -> out.write(results)));
        files.addAll(GeneSetTables.plan(directory, SKIPPED, run.skipped(), SETTINGS, settings));
        return files;
    }

    /** The results table: one row per set, smallest p first (no p last), then larger |NES|, then name. */
    public static byte[] results(GseaRun run) {
        StringBuilder b = new StringBuilder(TsvCell.row(GseaColumn.headers()));
        List<GseaSetResult> sorted = new ArrayList<>(run.results());
        sorted.sort(Comparator.comparingDouble((GseaSetResult r) -> Double.isNaN(r.p()) ? 2 : r.p())
                .thenComparing(r -> -Math.abs(r.normalized())).thenComparing(GseaSetResult::name));
        for (GseaSetResult r : sorted) {
            List<String> cells = new ArrayList<>();
            for (GseaColumn column : GseaColumn.values()) {
                cells.add(cell(column.value(r)));
            }
            b.append(TsvCell.row(cells));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A value of a {@link GseaColumn} as the results file writes it: NaN as {@code NA}, a list joined by {@code |}. */
    static String cell(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof List<?> list) {
            return String.join("|", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** The settings table's rows: the method and its settings, {@code inputs} in order, then the counts. */
    public static Map<String, String> settings(GseaRun run, Map<String, String> inputs) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("method", "preranked GSEA, weight 1 (fgseaMultilevel algorithm)");
        all.put("seed", Long.toString(run.options().seed()));
        all.put("permutations", Integer.toString(run.options().permutations()));
        all.put("multilevel_sample_size", Integer.toString(run.options().sampleSize()));
        all.put("eps", number(run.options().eps()));
        all.putAll(inputs);
        all.put("genes_ranked", Integer.toString(run.rankedGenes()));
        all.put("ranking_duplicates_dropped", Integer.toString(run.droppedDuplicates().size()));
        all.put("ranking_ties", Integer.toString(run.ties()));
        all.put("sets_tested", Integer.toString(run.results().size()));
        all.put("sets_skipped", Integer.toString(run.skipped().size()));
        return all;
    }

    /** What was done to the ranking, for the user: repeated genes dropped, ties, all statistics of one sign. */
    public static List<String> rankingNotes(GseaRun run, Ranking ranking) {
        List<String> notes = new ArrayList<>();
        if (!run.droppedDuplicates().isEmpty()) {
            notes.add(run.droppedDuplicates().size() + " repeated gene names in the ranking: the first row of each "
                    + "was kept (first repeated: " + run.droppedDuplicates().get(0) + ")");
        }
        if (run.ties() > 0) {
            notes.add(String.format(Locale.ROOT, "%d tied statistics (%.2f%% of the ranking): tied genes keep their "
                    + "input order, which can change enrichment scores slightly", run.ties(),
                    100.0 * run.ties() / run.rankedGenes()));
        }
        if (ranking.isOneSided()) {
            notes.add("every statistic has the same sign: GSEA then only measures where sets sit in one direction");
        }
        return notes;
    }

    /** A number as the tables write it: {@code NA} for NaN, else {@link Double#toString(double)}. */
    public static String number(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
