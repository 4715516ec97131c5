package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.scores.Gsva;
import org.senescope.analysis.scores.Plage;
import org.senescope.analysis.scores.SampleScores;
import org.senescope.analysis.scores.Singscore;
import org.senescope.analysis.scores.SsGsea;
import org.senescope.analysis.scores.ZScore;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;
import org.senescope.model.data.SampleGroups;
import org.senescope.model.analysis.SmallSetCaution;
import org.senescope.model.format.FigureFormat;
import org.senescope.output.PlannedFile;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.render.plots.PlotWriter;
import org.senescope.render.plots.ScoreHeatmap;

/**
 * Per-sample gene-set scores ({@code senescope score}): reads the matrix, the groups and the sets, scores them with
 * the request's method, and plans {@code scores.tsv} (samples ordered by group when there are groups, with
 * {@code score-samples.tsv} naming each one's group), singscore's {@code dispersions.tsv},
 * {@code score-skipped.tsv}, {@code score-settings.tsv} and the heat map. Nothing is written here. Stateless and
 * thread-safe.
 */
public final class ScoreJob {

    /** The one group of every sample when there are no groups. */
    static final String ALL_SAMPLES = "all samples";
    /** The heat map's resolution as PNG. */
    static final int HEATMAP_DPI = 300;
    /** Up to this many samples the heat map fits one journal column; more take two. */
    private static final int SINGLE_COLUMN_SAMPLES = 24;

    private ScoreJob() {
    }

    /** The scores, and singscore's dispersions (none for the other methods). */
    private record Scored(SampleScores scores, List<SampleScores> dispersions) {
    }

    /**
     * Scores the sets {@code request} names.
     *
     * @throws org.senescope.failure.InputFormatException naming file, line and column of bad content in the matrix,
     *                                                    the groups or a GMT file, or a value log2 cannot take
     * @throws org.senescope.failure.BadDataException     when no set has a size in range
     * @throws org.senescope.failure.BadRequestException  when sheet columns are named for a CLS file
     * @throws IOException                                when a file cannot be read
     */
    public static ScoreResult run(ScoreRequest request) throws IOException {
        ExpressionFiles.ReadMatrix read = ExpressionFiles.readAsIs(request.expression());
        ExpressionMatrix matrix = request.log2() ? ExpressionFiles.log2(read) : read.matrix();
        Optional<MatrixGroups> groups = request.groups() instanceof SampleGrouping.GroupsFile file
                ? Optional.of(MatrixGroups.read(file, matrix, read.source())) : Optional.empty();
        List<String> notes = new ArrayList<>();
        if (request.method().expectsLogScale()) {
            ValueScale.warning(read.source(), read.matrix(), request.log2()).ifPresent(notes::add);
        }
        GeneSetCatalog sets = GeneSetCatalog.load(request.geneSets(), new DataIdentifiers(read.source(),
                matrix.rowIds()));
        notes.addAll(sets.notes());
        Scored scored = score(request.method(), matrix, sets.all(), request.geneSets().filter());
        SampleScores scores = scored.scores();
        if (scores.sets().isEmpty()) {
            throw GeneSetTables.noSetInRange(request.geneSets(), "the data", scores.skipped());
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < scores.sets().size(); i++) {
            sizes.put(scores.sets().get(i), scores.setSizes().get(i));
        }
        List<String> small = GeneSetTables.smallSetNotes(sizes);
        notes.addAll(small);
        SampleGroups sampleGroups = groups.map(MatrixGroups::groups).orElseGet(() -> new SampleGroups(
                List.of(ALL_SAMPLES), scores.samples().stream().map(x -> ALL_SAMPLES).toList()));
        Map<String, String> settings = new LinkedHashMap<>(sets.settings());
        settings.put("method", request.method().settingsName());
        settings.put("expression", request.expression() + (request.log2() ? " (log2 taken)" : ""));
        settings.put("small_sets", small.size() + " scored sets under " + SmallSetCaution.BELOW
                + " genes in the data: their scores are about those few genes, not a pathway");
        settings.put("rows_left_out", scores.droppedRows() + " (a missing value, or one value in every sample)");
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "%d gene sets scored in %d samples, %d skipped (%s); %d rows left "
                + "out", scores.sets().size(), scores.samples().size(), scores.skipped().size(),
                GeneSetTables.reasonCounts(scores.skipped()), scores.droppedRows()));
        groups.ifPresent(g -> {
            settings.put("groups", g.summary());
            settings.put("sample_order", "by group (" + String.join(", ", sampleGroups.groupNames())
                    + "), matrix order within a group");
            summary.add("Samples ordered by group: " + g.summary());
        });
        List<PlannedFile> files = tables(request.directory(), scored, groups.isPresent() ? List.of(sampleGroups)
                : List.of(),
                ScoreHeatmap.sampleOrder(sampleGroups));
        files.addAll(GeneSetTables.plan(request.directory(), ScoreTables.SKIPPED, scores.skipped(),
                ScoreTables.SETTINGS, settings));
        List<PlannedFile> heatmap = heatmap(request, scores, rowLabels(sets, scores), sampleGroups,
                groups.isPresent());
        files.addAll(heatmap);
        heatmap.forEach(f -> summary.add("Wrote " + f.target()));
        return new ScoreResult(scores, notes, summary, new OutputSet(request.directory(), files).reading(request.inputs()));
    }

    /** The scores, singscore's dispersions and, with groups, each sample's group, samples in {@code order}. */
    private static List<PlannedFile> tables(Path out, Scored scored, List<SampleGroups> groups,
                                            List<Integer> order) {
        List<PlannedFile> files = new ArrayList<>();
        byte[] table = ScoreTables.scores(scored.scores(), order);
        files.add(new PlannedFile(out.resolve(ScoreTables.SCORES), o -> o.write(table)));
        for (SampleScores dispersions : scored.dispersions()) {
            byte[] bytes = ScoreTables.scores(dispersions, order);
            files.add(new PlannedFile(out.resolve(ScoreTables.DISPERSIONS), o -> o.write(bytes)));
        }
        for (SampleGroups g : groups) {
            byte[] bytes = ScoreTables.samples(scored.scores(), g, order);
            files.add(new PlannedFile(out.resolve(ScoreTables.SAMPLES), o -> o.write(bytes)));
        }
        return files;
    }

    private static Scored score(ScoreMethod method, ExpressionMatrix matrix, List<GeneSet> sets,
                                SetSizeFilter filter) {
        if (method instanceof ScoreMethod.Singscore) {
            Singscore.Scores singscore = Singscore.score(matrix, sets, filter);
            return new Scored(singscore.scores(), List.of(singscore.dispersions()));
        }
        if (method instanceof ScoreMethod.SsGsea ssgsea) {
            return new Scored(SsGsea.score(matrix, sets, filter, SsGsea.DEFAULT_ALPHA, ssgsea.normalise()),
                    List.of());
        }
        if (method instanceof ScoreMethod.Gsva gsva) {
            return new Scored(Gsva.score(matrix, sets, filter, gsva.kernel() == ScoreMethod.Kernel.ECDF
                    ? Gsva.Kernel.ECDF : Gsva.Kernel.GAUSSIAN, gsva.maxDifference()), List.of());
        }
        return new Scored(method instanceof ScoreMethod.ZScore ? ZScore.score(matrix, sets, filter)
                : Plage.score(matrix, sets, filter), List.of());
    }

    /** The heat map's files, in the request's format order; drawn when written. */
    /** Each scored set's row label: a module's label (its name), a GMT set's name. */
    private static List<String> rowLabels(GeneSetCatalog sets, SampleScores scores) {
        return sets.labels(scores.sets());
    }

    private static List<PlannedFile> heatmap(ScoreRequest request, SampleScores scores, List<String> rowLabels,
                                             SampleGroups groups, boolean grouped) {
        List<PlannedFile> files = new ArrayList<>();
        if (request.heatmap().isEmpty()) {
            return files;
        }
        String name = request.method().displayName();
        String title = name + " scores of " + request.expression().getFileName() + (grouped ? " by group" : "");
        ScoreHeatmap plot = ScoreHeatmap.of(scores, rowLabels, groups, Double.NaN, title,
                request.method() instanceof ScoreMethod.Singscore ? name : name + " score",
                scores.samples().size() <= SINGLE_COLUMN_SAMPLES ? PhysicalLength.SINGLE_COLUMN
                        : PhysicalLength.DOUBLE_COLUMN);
        for (FigureFormat format : request.heatmap()) {
            files.add(new PlannedFile(request.directory().resolve(ScoreTables.HEATMAP + "." + format.extension()),
                    out -> PlotWriter.write(plot, format, HEATMAP_DPI, out)));
        }
        return files;
    }
}
