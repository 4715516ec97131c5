package org.senescope.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.senescope.analysis.singlecell.Pseudobulk;
import org.senescope.analysis.singlecell.UniqueNames;
import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.ValueKind;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.output.PlannedFile;
import org.senescope.output.TsvCell;
import org.senescope.read.InputLimits;
import org.senescope.read.cellmeta.CellAnnotationReader;

/**
 * Pseudobulk ({@code senescope sc-pseudobulk}): sums single-cell counts by cell type × sample into
 * {@code pseudobulk-counts.tsv} with {@code pseudobulk-columns.tsv} saying how many cells fed each column; with a
 * contrast of conditions, {@code pseudobulk.cls} and limma's moderated t on log-CPM ({@link PseudobulkDe}) as
 * {@code pseudobulk-de.tsv}. Nothing is written here. Stateless and thread-safe.
 */
public final class PseudobulkJob {

    static final String COUNTS = "pseudobulk-counts.tsv";
    static final String COLUMNS = "pseudobulk-columns.tsv";
    static final String DUPLICATES = "pseudobulk-duplicates.tsv";

    private PseudobulkJob() {
    }

    /**
     * Sums the counts {@code request} names.
     *
     * @throws BadDataException    when the data are not counts, no cell is annotated, or a sample mixes conditions
     * @throws BadRequestException when a column or cell type is not in the annotations, or a contrast is asked of
     *                             several cell types
     * @throws org.senescope.failure.InputFormatException naming file and place of bad content
     * @throws IOException         when a file cannot be read
     */
    public static PseudobulkResult run(PseudobulkRequest request) throws IOException {
        return run(request, CellData.read(request.data()));
    }

    /**
     * Sums the counts of {@code data}, read already from {@code request.data()}, as {@link #run(PseudobulkRequest)}
     * does.
     */
    static PseudobulkResult run(PseudobulkRequest request, CellData data) throws IOException {
        if (data.matrix().kind() != ValueKind.COUNTS) {
            throw new BadDataException(data.name() + " holds " + data.matrix().kind().description()
                    + "; pseudobulk sums counts: choose the counts (--raw or --layer for an .h5ad file)");
        }
        CellAnnotations annotations = new CellAnnotationReader(InputLimits.DEFAULT).read(request.annotations());
        String source = request.annotations().toString();
        List<String> barcodes = data.matrix().barcodes();
        CellLabels types = CellLabels.of(annotations, source, request.cellTypeColumn(), barcodes);
        CellLabels samples = CellLabels.of(annotations, source, request.sampleColumn(), barcodes);
        PseudobulkColumns columns = PseudobulkColumns.of(types, samples, request.cellTypes());
        UniqueNames unique = UniqueNames.of(Pseudobulk.sums(data.matrix(), columns.columnOf(), columns.names()));
        ExpressionMatrix counts = unique.counts();
        List<String> notes = new ArrayList<>(List.of(types.note(), samples.note()));
        List<PlannedFile> files = new ArrayList<>();
        if (!unique.shared().isEmpty()) {
            notes.add(duplicatesNote(unique, data.name()));
            files.add(text(request.directory().resolve(DUPLICATES), duplicatesTable(unique)));
        }
        List<String> summary = new ArrayList<>();
        int used = IntStream.of(columns.cells()).sum();
        summary.add(String.format(Locale.ROOT, "%d pseudobulk columns (%d cell types x %d samples present) from %d "
                + "of the %d cells; %s lists the cells of each", counts.sampleCount(),
                columns.types().stream().distinct().count(), columns.samples().stream().distinct().count(), used,
                barcodes.size(), COLUMNS));
        Path out = request.directory();
        List<String> conditions = List.of();
        PseudobulkResult.De tested = new PseudobulkResult.NotTested();
        if (request.contrast() instanceof PseudobulkRequest.Conditions contrast) {
            CellLabels byCondition = CellLabels.of(annotations, source, contrast.column(), barcodes);
            conditions = PseudobulkDe.conditionOfColumns(columns, byCondition);
            PseudobulkDe de = PseudobulkDe.of(counts, columns, conditions, contrast);
            summary.add(de.description());
            files.add(text(out.resolve(PseudobulkDe.CLS), de.cls()));
            files.add(text(out.resolve(PseudobulkDe.TABLE), de.table()));
            tested = new PseudobulkResult.Tested(de.contrast(), de.table(), de.description());
        }
        files.add(0, text(out.resolve(COUNTS), PseudobulkDe.matrixTable(counts)));
        files.add(1, text(out.resolve(COLUMNS), columnsTable(columns, conditions)));
        List<Path> inputs = new ArrayList<>(data.files());
        inputs.add(request.annotations());
        return new PseudobulkResult(counts, notes, summary, new OutputSet(out, files).reading(inputs),
                tested);
    }

    private static String duplicatesNote(UniqueNames unique, String dataName) {
        return String.format(Locale.ROOT, "%d gene names name more than one feature of %s: per name the feature with "
                + "the most counts over the pseudobulk columns is kept (the first on a tie), as edgeR's user's guide "
                + "keeps one row per symbol; %d features left out, listed in %s", unique.namesShared(), dataName,
                unique.left(), DUPLICATES);
    }

    /** {@code gene, row, id, counts, kept}: every feature of a name that several share, in the data's order. */
    private static String duplicatesTable(UniqueNames unique) {
        StringBuilder b = new StringBuilder("gene\trow\tid\tcounts\tkept\n");
        for (UniqueNames.SharedName s : unique.shared()) {
            b.append(TsvCell.row(List.of(s.name(), Integer.toString(s.row()), s.id(),
                    Long.toString(Math.round(s.total())), s.kept() ? "yes" : "no")));
        }
        return b.toString();
    }

    private static PlannedFile text(Path target, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new PlannedFile(target, o -> o.write(bytes));
    }

    private static String columnsTable(PseudobulkColumns columns, List<String> conditions) {
        StringBuilder b = new StringBuilder("column\tcell_type\tsample\t" + (conditions.isEmpty() ? ""
                : "condition\t") + "cells\n");
        for (int i = 0; i < columns.names().size(); i++) {
            List<String> row = new ArrayList<>(List.of(columns.names().get(i), columns.types().get(i),
                    columns.samples().get(i)));
            if (!conditions.isEmpty()) {
                row.add(conditions.get(i));
            }
            row.add(Integer.toString(columns.cells()[i]));
            b.append(TsvCell.row(row));
        }
        return b.toString();
    }
}
