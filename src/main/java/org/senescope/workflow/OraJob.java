package org.senescope.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.senescope.analysis.ora.OraRun;
import org.senescope.analysis.ora.OraSetResult;
import org.senescope.analysis.ora.OverRepresentation;
import org.senescope.failure.BadDataException;
import org.senescope.failure.InputFormatException;
import org.senescope.model.analysis.SmallSetCaution;
import org.senescope.output.PlannedFile;
import org.senescope.output.TsvCell;

/**
 * Over-representation analysis ({@code senescope ora}): a one-sided hypergeometric test of a gene selection in each
 * gene set against an explicit background, Benjamini-Hochberg q. Reads the selection, the sets and the background,
 * and plans {@code ora.tsv} (smallest p first), {@code ora-skipped.tsv} and {@code ora-settings.tsv}. Nothing is
 * written here. Stateless and thread-safe.
 */
public final class OraJob {

    public static final String RESULTS = "ora.tsv";
    public static final String SKIPPED = "ora-skipped.tsv";
    public static final String SETTINGS = "ora-settings.tsv";
    /** The results table's columns, in order. */
    public static final List<String> RESULT_COLUMNS = List.of("set", "size_before", "size", "overlap", "expected",
            "fold_enrichment", "p", "q", "overlap_genes", "caution");
    /** Genes named in a note before it says "and N more". */
    private static final int LISTED = 10;

    private OraJob() {
    }

    /**
     * Tests the selection {@code request} names.
     *
     * @throws InputFormatException naming the file and line of a bad gene list or GMT line, or an empty selection
     * @throws BadDataException     when no selected gene is in the background, or no set has a size in range
     * @throws IOException          when a file cannot be read
     */
    public static OraResult run(OraRequest request) throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("method", "one-sided hypergeometric test (over-representation), Benjamini-Hochberg q");
        List<String> selected = GeneListFile.read(request.genes());
        if (selected.isEmpty()) {
            throw new InputFormatException(request.genes().toString(), 0, 0, "expected at least one gene, found none");
        }
        List<String> universe = List.of();
        if (request.background() instanceof OraRequest.Background.GeneFile file) {
            universe = GeneListFile.read(file.file());
            if (universe.isEmpty()) {
                throw new InputFormatException(file.file().toString(), 0, 0,
                        "expected at least one background gene, found none");
            }
        }
        List<String> dataGenes = new ArrayList<>(selected);
        dataGenes.addAll(universe);
        GeneSetCatalog sets = GeneSetCatalog.load(request.geneSets(), new DataIdentifiers(request.genes()
                + (universe.isEmpty() ? "" : " and its background"), dataGenes));
        inputs.putAll(sets.settings());
        String source;
        if (request.background() instanceof OraRequest.Background.GeneFile file) {
            source = file.file().toString();
        } else {
            universe = sets.all().stream().flatMap(s -> s.genes().stream()).toList();
            source = "every gene of the gene sets";
        }
        OraRun run;
        try {
            run = OverRepresentation.test(selected, universe, sets.all(), request.geneSets().filter());
        } catch (IllegalArgumentException e) {
            // The test's one check of the data: no selected gene is in the background.
            throw new BadDataException(request.genes() + ": " + e.getMessage() + " (" + source + "); nothing written",
                    e);
        }
        if (run.results().isEmpty()) {
            throw GeneSetTables.noSetInRange(request.geneSets(), "the background", run.skipped());
        }
        List<String> notes = new ArrayList<>(sets.notes());
        notes.addAll(notes(run, source));
        notes.addAll(GeneSetTables.smallSetNotes(run.results().stream().collect(LinkedHashMap::new,
                (m, r) -> m.put(r.name(), r.size()), Map::putAll)));
        Map<String, String> settings = settings(run, inputs, request.genes(), selected.size(), universe.size(),
                source);
        Path out = request.directory();
        byte[] results = results(run);
        List<PlannedFile> files = new ArrayList<>();
        files.add(new PlannedFile(out.resolve(RESULTS), o -> o.write(results)));
        files.addAll(GeneSetTables.plan(out, SKIPPED, run.skipped(), SETTINGS, settings));
        long significant = run.results().stream().filter(r -> r.q() < 0.05).count();
        List<String> summary = List.of(String.format(Locale.ROOT, "%d of %d selected genes in a background of %d; "
                        + "%d gene sets tested, %d skipped (%s), %d with BH q < 0.05", run.selectedSize(),
                selected.size() - run.selectedRepeats(), run.backgroundSize(), run.results().size(),
                run.skipped().size(), GeneSetTables.reasonCounts(run.skipped()), significant),
                String.format(Locale.ROOT, "Wrote %s, %s and %s", out.resolve(RESULTS), out.resolve(SKIPPED),
                        out.resolve(SETTINGS)));
        return new OraResult(run, notes, summary, new OutputSet(out, files).reading(request.inputs()));
    }

    /** The results table, most significant first ({@link OraRun#byP()}). */
    private static byte[] results(OraRun run) {
        StringBuilder b = new StringBuilder(TsvCell.row(RESULT_COLUMNS));
        for (OraSetResult r : run.byP()) {
            b.append(TsvCell.row(List.of(r.name(), String.valueOf(r.sizeBefore()), String.valueOf(r.size()),
                    String.valueOf(r.overlap()), String.valueOf(r.expected()), String.valueOf(r.foldEnrichment()),
                    String.valueOf(r.p()), String.valueOf(r.q()), String.join("|", r.overlapGenes()),
                    SmallSetCaution.cell(r.size()))));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> settings(OraRun run, Map<String, String> inputs, Path genes,
                                                int selectedEntries, int backgroundEntries, String source) {
        Map<String, String> all = new LinkedHashMap<>(inputs);
        all.put("genes", genes.toString());
        all.put("genes_read", Integer.toString(selectedEntries));
        all.put("genes_repeated", Integer.toString(run.selectedRepeats()));
        all.put("genes_not_in_background", Integer.toString(run.notInBackground().size()));
        all.put("genes_not_in_background_list", String.join("|", run.notInBackground()));
        all.put("genes_tested", Integer.toString(run.selectedSize()));
        all.put("background", source);
        all.put("background_read", Integer.toString(backgroundEntries));
        all.put("background_repeated", Integer.toString(run.backgroundRepeats()));
        all.put("background_size", Integer.toString(run.backgroundSize()));
        all.put("sets_tested", Integer.toString(run.results().size()));
        all.put("sets_skipped", Integer.toString(run.skipped().size()));
        return all;
    }

    private static List<String> notes(OraRun run, String source) {
        List<String> notes = new ArrayList<>();
        if (run.selectedRepeats() > 0) {
            notes.add(run.selectedRepeats() + " repeated genes in the selection were counted once");
        }
        if (run.backgroundRepeats() > 0) {
            notes.add(run.backgroundRepeats() + " repeated genes in the background (" + source
                    + ") were counted once");
        }
        List<String> missing = run.notInBackground();
        if (!missing.isEmpty()) {
            notes.add(missing.size() + " selected genes are not in the background and were left out: "
                    + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                    + (missing.size() > LISTED ? " and " + (missing.size() - LISTED) + " more (all listed in "
                    + SETTINGS + ")" : ""));
        }
        return notes;
    }
}
