package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.SenescopeException;
import org.senescope.workflow.CellScoreMethod;
import org.senescope.workflow.ExistingFiles;
import org.senescope.workflow.GeneSetChoice;
import org.senescope.workflow.ModuleChoice;
import org.senescope.workflow.ScScoreJob;
import org.senescope.workflow.ScScoreRequest;
import org.senescope.workflow.ScScoreResult;

/**
 * Apps &gt; Senescope &gt; Single-cell module scores... and the {@code senescope sc-score} command: per-cell scores
 * (UCell, AUCell or Seurat's module score) of the network's modules and GMT gene sets in the user's single-cell data,
 * by the command line's {@link ScScoreJob}, written as its files ({@code cell-scores.tsv}, with cell types
 * {@code cell-type-scores.tsv} and its figure and, with the modules, the network figure of their medians per cell
 * type, the mapping, skipped-set and settings tables) into a chosen folder,
 * whole or not at all. Changes nothing in Cytoscape. Runs on Cytoscape's task thread.
 */
public final class CellScoreTask extends SingleCellTask {

    static final String TITLE = "Single-cell module scores...";

    static final String COMMAND = "sc-score";

    static final String EXAMPLE_JSON = """
            {"files": ["/data/scores/cell-scores.tsv", "/data/scores/cell-type-scores.tsv"], "method": "ucell", \
            "cells": 996, "setsScored": 8, "notes": ["values of pbmc: counts ..."], \
            "summary": ["8 gene sets scored (UCell) in 996 cells, 2 skipped (...)"]}""";

    @Tunable(description = "Score: ucell, aucell or seurat", gravity = 5.0,
            longDescription = "UCell (Mann-Whitney U, maximum rank 1500), AUCell (area under the recovery curve of "
                    + "the top 5% of genes) or seurat (AddModuleScore: 24 bins, 100 control genes, seed 1).",
            exampleStringValue = "ucell")
    public String method = CellScoreMethod.UCELL.optionName();

    @Tunable(description = "Score the network's modules", gravity = 6.0,
            longDescription = "Score the modules of the Senescope network (their genes put into the data's "
                    + "identifiers).", exampleStringValue = "true")
    public boolean modules = true;

    @Tunable(description = "Gene sets from a GMT file", gravity = 7.0, params = "input=true;fileCategory=unspecified",
            longDescription = "A GMT file of gene sets, scored as named there.", exampleStringValue = "/data/senmayo.gmt")
    public @Nullable File gmtFile;

    @Tunable(description = "More GMT files (comma-separated paths)", gravity = 8.0,
            longDescription = "Further GMT files, separated by commas.", exampleStringValue = "/data/a.gmt,/data/b.gmt")
    public String gmtFiles = "";

    @Tunable(description = "Folder to write the scores into", gravity = 9.0, required = true,
            params = "input=false;fileCategory=unspecified",
            longDescription = "The folder the tables (and with cell types the figure) go into; made if missing.",
            exampleStringValue = "/data/scores")
    public @Nullable File folder;

    @Tunable(description = "Replace files of the same names", gravity = 10.0,
            longDescription = "Replace files that already exist in the folder under the same names; without it an "
                    + "existing file is refused and nothing is written.", exampleStringValue = "false")
    public boolean overwrite;

    private static final Map<String, String> PARAMETERS = parameters();

    private volatile @Nullable ScScoreResult written;

    CellScoreTask() {
        super();
    }

    private static Map<String, String> parameters() {
        Map<String, String> all = new HashMap<>(DATA_PARAMETERS);
        all.putAll(Map.of("--method", "method", "--gene-sets", "gmtFile", "--modules", "modules=true", "--out",
                "folder", "--overwrite", "overwrite=true"));
        return Map.copyOf(all);
    }

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle("Single-cell module scores");
        try {
            score(monitor);
        } catch (SenescopeException e) {
            throw CommandFailure.told(e, PARAMETERS);
        } catch (FileSystemException e) {
            throw CommandFailure.told(e, PARAMETERS);
        }
    }

    private void score(TaskMonitor monitor) throws IOException {
        ScScoreRequest request = request();
        monitor.setStatusMessage("Reading " + request.data().data().getFileName() + " and scoring every cell");
        ScScoreResult result = ScScoreJob.run(request);
        monitor.setProgress(0.9);
        if (cancelled) {
            return;
        }
        monitor.setStatusMessage("Writing " + result.files().paths().size() + " files to " + request.directory());
        result.files().write(overwrite ? ExistingFiles.REPLACE : ExistingFiles.REFUSE);
        written = result;
        monitor.setProgress(1.0);
        result.notes().forEach(n -> monitor.showMessage(TaskMonitor.Level.INFO, "Note: " + n));
        result.summary().forEach(s -> monitor.showMessage(TaskMonitor.Level.INFO, s));
    }

    /**
     * The scores the Tunables ask for, checked before any file is read.
     *
     * @throws BadRequestException when the method, the folder or the gene sets are missing or not known
     */
    ScScoreRequest request() {
        CellScoreMethod chosen = Arrays.stream(CellScoreMethod.values())
                .filter(m -> m.optionName().equals(method.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadRequestException("method: expected ucell, aucell or seurat, found '"
                        + method + "'"));
        File out = folder;
        if (out == null) {
            throw new BadRequestException("folder: choose the folder to write the scores into");
        }
        List<Path> gmt = new ArrayList<>();
        if (gmtFile != null) {
            gmt.add(CommandFailure.existing("gmtFile", gmtFile).toPath());
        }
        Arrays.stream(gmtFiles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> CommandFailure.existing("gmtFiles", new File(s)).toPath()).forEach(gmt::add);
        ModuleChoice moduleSets = modules ? ModuleChoice.bundled() : ModuleChoice.none();
        if (gmt.isEmpty() && !modules) {
            throw new BadRequestException("no gene sets: score the network's modules (modules=true) or give a GMT "
                    + "file (gmtFile)");
        }
        GeneSetChoice sets = new GeneSetChoice(gmt, moduleSets, GeneSetChoice.defaultMinSize(gmt, moduleSets),
                GeneSetChoice.DEFAULT_MAX_SIZE);
        return new ScScoreRequest(dataChoice(), sets, chosen, cellTypeChoice(), out.toPath());
    }

    @Override
    public List<Class<?>> getResultClasses() {
        return TaskResults.TYPES;
    }

    /** The files written as text, or the {@link JSONResult}; {@code null} (Cytoscape's convention) otherwise. */
    @Override
    public <R> @Nullable R getResults(Class<? extends R> type) {
        ScScoreResult done = written;
        return done == null ? null : TaskResults.as(type, () -> String.join("\n", done.summary()), () -> json(done));
    }

    private String json(ScScoreResult done) {
        return JsonText.of(json -> {
            json.writeStartObject();
            JsonText.strings(json, "files", done.files().paths().stream().map(Path::toString).toList());
            json.writeStringField("method", method.strip().toLowerCase(Locale.ROOT));
            json.writeNumberField("cells", done.barcodes().size());
            json.writeNumberField("setsScored", done.sets().size());
            JsonText.strings(json, "notes", done.notes());
            JsonText.strings(json, "summary", done.summary());
            json.writeEndObject();
        });
    }

    /** The service properties that make the task's factory a menu item and a command. */
    static Properties properties() {
        Properties p = TaskProperties.menu(TITLE, 6.0, "always",
                "Scores the network's modules and your gene sets in every cell of your single-cell data");
        p.putAll(TaskProperties.command(COMMAND, "Per-cell gene-set scores of single-cell data",
                "Scores, as senescope sc-score does, the network's modules and/or GMT gene sets in every cell of "
                        + "single-cell data (a 10x matrix folder, a 10x .h5 or an .h5ad file) with UCell, AUCell or "
                        + "Seurat's AddModuleScore, and writes into folder cell-scores.tsv (one row per cell, the "
                        + "barcode first, one column per set) and, given cell types, cell-type-scores.tsv (per cell "
                        + "type and set: cells, mean, median, fraction above 0) with its figure and, with the modules, "
                        + "the network figure of their medians per cell type, besides "
                        + "gene-set-mapping.tsv, sc-score-skipped.tsv and sc-score-settings.tsv, all of them or "
                        + "none. Set sizes as the command line's defaults (15 to 500 genes in the data; from 2 when "
                        + "only the modules are scored). Returns the files written, the cells and sets scored, and "
                        + "the notes.",
                EXAMPLE_JSON));
        return p;
    }
}
