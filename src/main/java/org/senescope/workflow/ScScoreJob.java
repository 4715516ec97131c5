package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.singlecell.AUCell;
import org.senescope.analysis.singlecell.CellColumns;
import org.senescope.analysis.singlecell.CellScores;
import org.senescope.analysis.singlecell.LogNormalised;
import org.senescope.analysis.singlecell.MatrixColumns;
import org.senescope.analysis.singlecell.SeuratModuleScore;
import org.senescope.analysis.singlecell.UCell;
import org.senescope.failure.BadDataException;
import org.senescope.model.Network;
import org.senescope.model.cell.ValueKind;
import org.senescope.model.data.GeneSet;
import org.senescope.output.PlannedFile;

/**
 * Per-cell gene-set scores ({@code senescope sc-score}): reads the single-cell data, the sets (GMT files as given;
 * the network's modules put into the data's identifiers as {@code gsea --modules} puts them), scores every cell with
 * UCell, AUCell or Seurat's module score, and plans {@code cell-scores.tsv}, with cell types
 * {@code cell-type-scores.tsv} and its figure ({@code cell-type-scores.png}, {@code .svg}, {@code .pdf}), with
 * modules also the network figure of their per-type medians ({@code cell-type-module-scores.png}, {@code .svg},
 * {@code .pdf}),
 * {@code gene-set-mapping.tsv}, {@code sc-score-skipped.tsv} and
 * {@code sc-score-settings.tsv}. Nothing is written here. Stateless and thread-safe.
 */
public final class ScScoreJob {

    private ScScoreJob() {
    }

    /**
     * Scores the sets {@code request} names in every cell.
     *
     * @throws org.senescope.failure.InputFormatException naming file and place of bad content in the data, the cell
     *                                                    types or a GMT file
     * @throws BadDataException                           when no set has a size in range, Seurat's score is asked of
     *                                                    values neither counts nor log-normalised, or no cell has a
     *                                                    cell type
     * @throws org.senescope.failure.BadRequestException  when an option does not fit the data (a layer of a 10x
     *                                                    file, a missing column)
     * @throws IOException                                when a file cannot be read
     */
    public static ScScoreResult run(ScScoreRequest request) throws IOException {
        CellData data = CellData.read(request.data());
        CellColumns columns = new MatrixColumns(data.matrix());
        List<String> notes = new ArrayList<>();
        DataIdentifiers identifiers = new DataIdentifiers(data.name(), columns.genes());
        Optional<Network> network = request.geneSets().modules().load();
        GeneSetCatalog catalog = network.isPresent()
                ? GeneSetCatalog.load(request.geneSets(), network.get(), identifiers)
                : GeneSetCatalog.load(request.geneSets(), identifiers);
        notes.addAll(catalog.notes());
        FilteredGeneSets filtered = request.geneSets().filter().apply(catalog.all(), columns.genes());
        if (filtered.kept().isEmpty()) {
            throw GeneSetTables.noSetInRange(request.geneSets(), data.name(), filtered.skipped());
        }
        Map<String, GeneSet> byName = catalog.byName();
        List<GeneSet> sets = filtered.kept().stream().map(IndexedGeneSet::name).map(byName::get).toList();
        ValueKind kind = data.matrix().kind();
        String valueNote = valueNote(request.method(), kind, data.name());
        notes.add(valueNote);
        CellScores scores = score(request.method(), columns, kind, sets, data.name());
        Map<String, String> settings = new LinkedHashMap<>(catalog.settings());
        settings.put("method", request.method().optionName());
        settings.put("data", request.data().data() + " (" + data.format().phrase() + ", " + data.matrix().genes()
                + " genes x " + data.matrix().cells() + " cells)");
        settings.put("values", valueNote);
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "%d gene sets scored (%s) in %d cells, %d skipped (%s)",
                sets.size(), request.method().displayName(), scores.cellCount(), filtered.skipped().size(),
                GeneSetTables.reasonCounts(filtered.skipped())));
        Path out = request.directory();
        byte[] cellTable = CellScoreTables.cellScores(scores, data.matrix().barcodes());
        byte[] mapping = CellScoreTables.mapping(sets, catalog, new HashSet<>(columns.genes()));
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile(out.resolve(CellScoreTables.CELL_SCORES), o -> o.write(cellTable)));
        if (!(request.cellTypes() instanceof CellTypeChoice.None)) {
            CellLabels labels = labels(request.cellTypes(), data);
            notes.add(labels.note());
            settings.put("cell_types", labels.note());
            byte[] byType = CellScoreTables.groupSummaries(scores, labels);
            files.add(new PlannedFile(out.resolve(CellScoreTables.CELL_TYPE_SCORES), o -> o.write(byType)));
            files.addAll(CellTypeScoreFigure.plan(out, scores, labels, request.method(), data.name()));
            if (network.isPresent() && sets.stream().anyMatch(set -> catalog.modules().contains(set.name()))) {
                files.addAll(CellTypeScoreFigure.planNetwork(out, network.get(), catalog.modules(), scores, labels,
                        request.method(), data.name()));
            }
        }
        files.add(new PlannedFile(out.resolve(CellScoreTables.MAPPING), o -> o.write(mapping)));
        files.addAll(GeneSetTables.plan(out, CellScoreTables.SKIPPED, filtered.skipped(), CellScoreTables.SETTINGS,
                settings));
        notes.add(geneNote(sets, new HashSet<>(columns.genes())));
        List<Path> inputs = new ArrayList<>(data.files());
        inputs.addAll(request.inputs());
        return new ScScoreResult(scores, data.matrix().barcodes(), notes, summary,
                new OutputSet(out, files).reading(inputs));
    }

    /** The cell types {@code choice} names for the cells of {@code data}; see {@link CellLabels#of}. */
    static CellLabels labels(CellTypeChoice choice, CellData data) throws IOException {
        String source = choice instanceof CellTypeChoice.FileColumn file ? file.file().toString()
                : data.name() + " (obs)";
        String column = choice instanceof CellTypeChoice.FileColumn file ? file.column()
                : ((CellTypeChoice.ObsColumn) choice).column();
        return CellLabels.of(CellLabels.annotations(choice, data), source, column, data.matrix().barcodes());
    }

    private static CellScores score(CellScoreMethod method, CellColumns columns, ValueKind kind, List<GeneSet> sets,
                                    String name) {
        return switch (method) {
            case UCELL -> UCell.score(columns, sets);
            case AUCELL -> AUCell.score(columns, sets);
            case SEURAT -> {
                if (kind == ValueKind.OTHER) {
                    throw new BadDataException(name + " holds " + kind.description() + "; Seurat's module score "
                            + "needs counts (normalised here as NormalizeData does) or log-normalised values: "
                            + "choose another matrix (--raw, --layer) or use ucell or aucell");
                }
                yield SeuratModuleScore.score(kind == ValueKind.COUNTS ? LogNormalised.seurat(columns) : columns,
                        sets);
            }
        };
    }

    /** What the values are and what was done to them, in one line. */
    static String valueNote(CellScoreMethod method, ValueKind kind, String name) {
        String detected = "values of " + name + ": " + kind.description() + "; ";
        if (method != CellScoreMethod.SEURAT) {
            return detected + method.displayName() + " ranks them within each cell as given (no normalisation: "
                    + "scaling a cell does not change its ranks)";
        }
        return detected + (kind == ValueKind.COUNTS
                ? "log-normalised as Seurat's NormalizeData does (log1p(count / cell total x 10,000)) before scoring"
                : "scored as given, taken to be log-normalised already");
    }

    private static String geneNote(List<GeneSet> sets, Set<String> dataGenes) {
        long distinct = sets.stream().flatMap(s -> s.genes().stream()).distinct().count();
        long found = sets.stream().flatMap(s -> s.genes().stream()).distinct().filter(dataGenes::contains).count();
        return String.format(Locale.ROOT, "genes: %d of the scored sets' %d distinct genes are in the data; "
                + "%s lists each set's missing genes", found, distinct, CellScoreTables.MAPPING);
    }
}
