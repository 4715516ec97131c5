package org.senescope.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.senescope.failure.BadRequestException;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.format.FigureFormat;
import org.senescope.output.FileNames;

/**
 * One figure to make: the network, the data on it, module scores, how it looks, the formats, and where it goes.
 * {@link FigureJob#run(FigureRequest)} makes it. Immutable; nulls are not accepted.
 *
 * <p>A request for no format, for more than one module-score table or with a base name that is not a plain file name
 * is refused with a {@link BadRequestException}.
 *
 * @param network      where the network comes from
 * @param data         the data colouring the nodes, or {@link FigureData.None}
 * @param moduleScores none, or one module-score table drawn as badges on the nodes
 * @param options      every drawing parameter; a network without a curated layout is drawn with the automatic one
 * @param formats      the figure formats, in the order listed; repeats are dropped
 * @param directory    the folder the files go into
 * @param baseName     the files' name before the extension: {@code BASE.png}, {@code BASE.recipe.json}...
 */
public record FigureRequest(NetworkOrigin network, FigureData data, List<ModuleScoreTable> moduleScores,
                            FigureOptions options, List<FigureFormat> formats, Path directory, String baseName) {

    public FigureRequest {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(data, "data");
        moduleScores = List.copyOf(moduleScores);
        Objects.requireNonNull(options, "options");
        formats = List.copyOf(new LinkedHashSet<>(formats));
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(baseName, "baseName");
        if (formats.isEmpty()) {
            throw new BadRequestException("formats: ask for at least one of png, svg, pdf, html");
        }
        if (moduleScores.size() > 1) {
            throw new BadRequestException("module scores: a figure shows one module-score table, found "
                    + moduleScores.size());
        }
        if (!FileNames.isPlain(baseName)) {
            throw new BadRequestException("name: must be a plain file name, found '" + baseName + "'");
        }
    }

    /** The files this request reads: the saved data tables and the module-score tables. */
    public List<Path> inputs() {
        List<Path> files = new ArrayList<>();
        if (data instanceof FigureData.Tables tables) {
            tables.tables().stream().filter(t -> t instanceof FigureData.SavedTable).map(FigureData.Table::file)
                    .forEach(files::add);
        }
        moduleScores.forEach(table -> files.add(table.file()));
        return List.copyOf(files);
    }
}
