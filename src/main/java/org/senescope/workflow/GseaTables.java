package org.senescope.workflow;


import org.senescope.analysis.gsea.GseaResult;
import org.senescope.analysis.gsea.GseaRun;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.output.AtomicFileWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The TSV files of {@code senescope gsea}: results, skipped sets, settings. Missing numbers are written {@code NA}. */
public final class GseaTables {

    public static final String RESULTS = "gsea.tsv";
    public static final String SKIPPED = "gsea-skipped.tsv";
    public static final String SETTINGS = "gsea-settings.tsv";

    public static final List<String> RESULT_COLUMNS = List.of("gene_set", "direction", "ES", "NES", "p", "p_method",
            "log2err", "q_bh", "size_before", "size_in_data", "leading_edge_size", "leading_edge");

    private GseaTables() {
    }

    /** Writes the three files into {@code directory}, each replaced whole or not at all. */
    public static void write(Path directory, GseaRun run, Map<String, String> inputs) throws IOException {
        AtomicFileWriter.write(directory.resolve(RESULTS), out -> results(run, out));
        AtomicFileWriter.write(directory.resolve(SKIPPED),
                out -> out.write(GeneSetTables.skippedTable(run.skipped()).getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.write(directory.resolve(SETTINGS),
                out -> out.write(GeneSetTables.settingsTable(settings(run, inputs)).getBytes(StandardCharsets.UTF_8)));
    }

    private static void results(GseaRun run, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(String.join("\t", RESULT_COLUMNS)).append('\n');
        List<GseaResult> sorted = new ArrayList<>(run.results());
        sorted.sort(Comparator.comparingDouble((GseaResult r) -> Double.isNaN(r.p()) ? 2 : r.p())
                .thenComparing(r -> -Math.abs(r.normalized())).thenComparing(GseaResult::name));
        for (GseaResult r : sorted) {
            b.append(r.name()).append('\t').append(r.direction()).append('\t').append(number(r.score()))
                    .append('\t').append(number(r.normalized())).append('\t').append(number(r.p())).append('\t')
                    .append(r.method().name().toLowerCase(Locale.ROOT)).append('\t')
                    .append(number(r.log2Error())).append('\t').append(number(r.q())).append('\t')
                    .append(r.sizeBefore()).append('\t').append(r.size()).append('\t')
                    .append(r.leadingEdge().size()).append('\t').append(String.join("|", r.leadingEdge()))
                    .append('\n');
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> settings(GseaRun run, Map<String, String> inputs) {
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

    /** What was done to the ranking, for the user. */
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

    public static String number(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
